import { describe, expect, it } from 'vitest';
import { scoreTable } from '../../src/explain/table.js';
import { score } from '../../src/index.js';
import { flatFramework, percentIndicator } from '../helpers.js';

// Three indicators scored 0–100 (goalposts 0–100: the published value is the percentage), one rule each:
// `a` scores a missing value 0, `b` fills it in with the mean of the units that reported it, `c` leaves
// it out (its weight shared by the other two).
const fw = flatFramework(
  [
    percentIndicator('a', { missing: { type: 'zero' } }),
    percentIndicator('b', { missing: { type: 'mean' } }),
    percentIndicator('c', { missing: { type: 'skip' } }),
  ],
  { precision: 1 },
);
const data = {
  units: [
    { id: 'x', name: 'X', values: { a: 80, b: 60, c: 40 } },
    { id: 'y', name: 'Y', values: { a: null, b: null, c: 90 } },
    { id: 'z', name: 'Z', values: { a: 50, b: 40, c: null } },
  ],
};

describe('score table: values a unit did not report', () => {
  const result = score(fw, data);

  it('says per indicator value what the missing-value rule did, as explain() does', () => {
    const table = scoreTable(result, { indicators: true });
    const nodes = Object.fromEntries(table.units.map((u) => [u.id, u.nodes]));
    // y: a is scored 0 (last of 3 on a: x 80, z 50, y 0); b is the mean of 60 and 40, 50 (2nd of 3);
    // its index is (0 + 50 + 90) / 3 = 46.67, published 46.7, 2nd behind x's (80 + 60 + 40) / 3 = 60.
    expect(nodes.y).toEqual({
      index: { value: 46.7, rank: 2 },
      a: { value: 0, rank: 3, missing: 'zero' },
      b: { value: 50, rank: 2, missing: 'imputed' },
      c: { value: 90, rank: 1 },
    });
    // z: c is left out, so its index is (50 + 40) / 2 = 45, 3rd.
    expect(nodes.z).toEqual({
      index: { value: 45, rank: 3 },
      a: { value: 50, rank: 2 },
      b: { value: 40, rank: 3 },
      c: { value: null, rank: null, missing: 'skipped' },
    });
    // A reported value has no `missing` key at all: what an older reader sees is unchanged.
    expect(Object.values(nodes.x ?? {}).some((n) => 'missing' in n)).toBe(false);
    // The same three facts as explain() gives them: raw null, with imputed and skipped.
    const y = result.explain('y').children ?? [];
    expect(y.map((n) => [n.id, n.raw, n.value, n.imputed, n.skipped])).toEqual([
      ['a', null, null, true, false],
      ['b', null, 50, true, false],
      ['c', 90, 90, false, false],
    ]);
    expect(result.explain('z').children?.[2]).toMatchObject({ raw: null, imputed: false, skipped: true });
    // The unit's own counts agree: y has 2 values filled in (a scored 0, b estimated), 1 of 3 reported.
    expect(table.units.map((u) => [u.id, u.imputed, u.coverage])).toEqual([
      ['x', 0, 1],
      ['y', 2, 1 / 3],
      ['z', 0, 2 / 3],
    ]);
  });

  it('a table of groups only has no indicator values, so no mark', () => {
    const table = scoreTable(result);
    expect(table.units.map((u) => u.nodes)).toEqual([
      { index: { value: 60, rank: 1 } },
      { index: { value: 46.7, rank: 2 } },
      { index: { value: 45, rank: 3 } },
    ]);
  });

  it('missingOutcomes() lists the outcome unit by unit, and refuses a group', () => {
    expect(result.missingOutcomes('a')).toEqual([undefined, 'zero', undefined]);
    expect(result.missingOutcomes('b')).toEqual([undefined, 'imputed', undefined]);
    expect(result.missingOutcomes('c')).toEqual([undefined, undefined, 'skipped']);
    expect(() => result.missingOutcomes('index')).toThrow('framework "test" has no indicator "index"');
  });

  it('a previous-period rule says imputed where the previous value is taken, zero where its fallback scores 0', () => {
    const prev = flatFramework([percentIndicator('a', { missing: { type: 'previous', fallback: 'zero' } })]);
    const now = {
      units: [
        { id: 'x', values: { a: null } },
        { id: 'y', values: { a: null } },
        { id: 'z', values: { a: 70 } },
      ],
    };
    const before = {
      units: [
        { id: 'x', values: { a: 30 } },
        { id: 'y', values: { a: null } },
      ],
    };
    const table = scoreTable(score(prev, now, { previous: before }), { indicators: true });
    // x takes 30 from the previous period; y has none there, so the fallback scores it 0.
    expect(table.units.map((u) => u.nodes.a)).toEqual([
      { value: 30, rank: 2, missing: 'imputed' },
      { value: 0, rank: 3, missing: 'zero' },
      { value: 70, rank: 1 },
    ]);
  });
});
