import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScoreTable } from '@dti-kit/core';
import { describe, expect, it } from 'vitest';
import { completeCsv, dti, scratch } from './dti.js';

const dir = scratch();

// Three communes with every column of self-assessment-template at 80 % (every ratio 10/10), but X02:
// "N/A" for van-ban-dien-tu (C3), a blank xu-ly-tren-mang (D3), a blank numerator of xa-to-cds (E3).
// The template scores a missing value 0, except xa-to-cds, which it leaves out (`skip`).
const path = join(dir, 'a.csv');
writeFileSync(
  path,
  completeCsv([
    {
      id: 'X01',
      name: 'Xã An Bình',
      values: { 'van-ban-dien-tu': '80', 'xu-ly-tren-mang': '80', 'xa-co-to-cds': '10' },
    },
    {
      id: 'X02',
      name: 'Xã Bình Minh',
      values: { 'van-ban-dien-tu': 'N/A', 'xu-ly-tren-mang': '', 'xa-co-to-cds': '' },
    },
    { id: 'X03', name: 'Xã Cẩm Sơn' },
  ]),
);

describe('dti score --format json --indicators says which values were not reported', () => {
  it('marks each value the rule scored 0 or left out, and nothing else', () => {
    const { code, out } = dti(
      'score',
      path,
      '--framework',
      'self-assessment-template',
      '--format',
      'json',
      '--indicators',
    );
    expect(code).toBe(0);
    const table = JSON.parse(out) as ScoreTable;
    const [x01, x02, x03] = table.units;
    // 80 % on goalposts 0–100 publishes 80; the two missing values score 0, last of 3 (X01 and X03 share 1st).
    expect(x02?.nodes['van-ban-dien-tu']).toEqual({ value: 0, rank: 3, missing: 'zero' });
    expect(x02?.nodes['xu-ly-tren-mang']).toEqual({ value: 0, rank: 3, missing: 'zero' });
    // 10/10 × 100 = 100 % for X01 and X03; X02's numerator is blank, so the indicator is left out.
    expect(x02?.nodes['xa-to-cds']).toEqual({ value: null, rank: null, missing: 'skipped' });
    expect(x01?.nodes['xa-to-cds']).toEqual({ value: 100, rank: 1 });
    expect(x01?.nodes['van-ban-dien-tu']).toEqual({ value: 80, rank: 1 });
    // Only X02's three values carry the field; groups never do.
    const marked = table.units.flatMap((u) =>
      Object.entries(u.nodes)
        .filter(([, n]) => n.missing !== undefined)
        .map(([id, n]) => `${u.id} ${id} ${n.missing}`),
    );
    expect(marked).toEqual(['X02 van-ban-dien-tu zero', 'X02 xu-ly-tren-mang zero', 'X02 xa-to-cds skipped']);
    expect(x03?.imputed).toBe(0);
    // The unit's own count agrees: 2 values filled in (scored 0); xa-to-cds left out is not one of them.
    expect(x02?.imputed).toBe(2);
  });

  it('without --indicators the table lists groups only, with no field', () => {
    const { out } = dti('score', path, '--framework', 'self-assessment-template', '--format', 'json');
    expect(out).not.toContain('"missing"');
  });
});
