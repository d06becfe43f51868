import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MissingPolicy } from '@dti-kit/core';
import { goalposts, group, indicator, framework as testFramework } from '@dti-kit/testing';
import { describe, expect, it } from 'vitest';
import { dti, scratch } from './dti.js';

const dir = scratch();

// Two indicators worth 50 points each; only the missing-value rule differs between the two files.
function framework(name: string, missing: MissingPolicy): string {
  const path = join(dir, name);
  const tiny = testFramework({
    id: 'tiny',
    version: '0.1.0',
    label: { vi: 'Thử', en: 'Tiny' },
    precision: 1,
    missing,
    root: group(
      'root',
      [
        indicator('a', { label: { vi: 'A', en: 'A' }, unit: '%', method: goalposts(0, 100) }),
        indicator('b', { label: { vi: 'B', en: 'B' }, unit: 'cái', method: goalposts(0, 5000) }),
      ],
      { label: { vi: 'Gốc', en: 'Root' }, points: 100 },
    ),
  });
  writeFileSync(path, JSON.stringify(tiny));
  return path;
}

const zero = framework('zero.json', { type: 'zero' });
const mean = framework('mean.json', { type: 'mean' });

function csv(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

// C4 is blank: one value missing, in one unit.
const oneBlank = csv('v1.csv', 'id;ten;a;b\nA;An;50;2500\nB;Bình;80;1000\nC;Cần;;4000\n');
// C4 blank, D3 and D4 "N/A": three values missing, in two units (B and C).
const three = csv('v3.csv', 'id;ten;a;b\nA;An;50;2500\nB;Bình;80;N/A\nC;Cần;;N/A\n');
const complete = csv('full.csv', 'id;ten;a;b\nA;An;50;2500\nB;Bình;80;1000\n');

describe('dti validate says how many values are missing and what the rule does with them', () => {
  it('a blank cell under the zero rule, in Vietnamese and in English', () => {
    const vi = dti('validate', oneBlank, '--framework', zero);
    expect(vi.code).toBe(0);
    expect(vi.out.split('\n')).toEqual([
      `✓ ${oneBlank}: 3 đơn vị, hợp lệ với bộ chỉ số tiny`,
      '1 giá trị chưa có số liệu (ở 1 đơn vị): được tính 0 điểm theo quy tắc của bộ chỉ số',
      '',
    ]);
    const en = dti('validate', oneBlank, '--framework', zero, '--locale', 'en');
    expect(en.out.split('\n')).toEqual([
      `✓ ${oneBlank}: 3 unit(s), valid for tiny`,
      "1 value(s) not reported (in 1 unit(s)): scored 0, by the framework's rule",
      '',
    ]);
  });

  it('a blank cell under the mean rule, in Vietnamese and in English', () => {
    const vi = dti('validate', oneBlank, '--framework', mean);
    expect(vi.out.split('\n')[1]).toBe(
      '1 giá trị chưa có số liệu (ở 1 đơn vị): được ước tính bằng giá trị trung bình của các đơn vị có số liệu theo quy tắc của bộ chỉ số',
    );
    const en = dti('validate', oneBlank, '--framework', mean, '--locale', 'en');
    expect(en.out.split('\n')[1]).toBe(
      "1 value(s) not reported (in 1 unit(s)): estimated from the mean of the units that reported them, by the framework's rule",
    );
  });

  it('counts placeholders with blanks, and --verbose lists each cell, unit and indicator', () => {
    const vi = dti('validate', three, '--framework', zero, '--verbose');
    expect(vi.code).toBe(0);
    // Each line now leads with the cell, as issues do: the unit and indicator alone left it to be found.
    expect(vi.out.split('\n').slice(1)).toEqual([
      '3 giá trị chưa có số liệu (ở 2 đơn vị): được tính 0 điểm theo quy tắc của bộ chỉ số',
      '  v3.csv!D3: đơn vị "B", chỉ số "b"',
      '  v3.csv!C4: đơn vị "C", chỉ số "a"',
      '  v3.csv!D4: đơn vị "C", chỉ số "b"',
      '',
    ]);
    expect(
      dti('validate', oneBlank, '--framework', zero, '--verbose', '--locale', 'en').out.split('\n').slice(2),
    ).toEqual(['  v1.csv!C4: unit "C", indicator "a"', '']);
    const en = dti('validate', three, '--framework', mean, '--locale', 'en');
    expect(en.out.split('\n').slice(1)).toEqual([
      "3 value(s) not reported (in 2 unit(s)): estimated from the mean of the units that reported them, by the framework's rule",
      '',
    ]);
  });

  it('adds nothing when every value is reported', () => {
    expect(dti('validate', complete, '--framework', zero).out).toBe(
      `✓ ${complete}: 2 đơn vị, hợp lệ với bộ chỉ số tiny\n`,
    );
  });
});
