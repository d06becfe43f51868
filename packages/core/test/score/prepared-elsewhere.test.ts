import { describe, expect, it } from 'vitest';
import {
  defineFramework,
  type Framework,
  type FrameworkNode,
  prepareDataset,
  safeScore,
  score,
} from '../../src/index.js';

/** `a` scored as given, `b` on goalposts 0–100, equal weights, on 0–100. */
function withA(a: Partial<FrameworkNode>): Framework {
  return defineFramework({
    format: 1,
    id: 'm',
    version: '1',
    label: { vi: 'M' },
    scale: { min: 0, max: 100 },
    root: {
      kind: 'group',
      id: 'r',
      label: { vi: 'R' },
      children: [
        { kind: 'indicator', id: 'a', label: { vi: 'A' }, ...a } as FrameworkNode,
        { kind: 'indicator', id: 'b', label: { vi: 'B' }, method: { type: 'goalposts', min: 0, max: 100 } },
      ],
    },
  } as Framework);
}

const rows = {
  units: [
    { id: 'x', name: 'X', values: { a: -5, b: 50 } },
    { id: 'y', name: 'Y', values: { a: 10, b: 50 } },
    { id: 'z', name: 'Z', values: { a: 100, b: 50 } },
  ],
};

describe('a dataset prepared against one framework, scored with another', () => {
  const minMax = withA({ method: { type: 'minMax' } });
  const data = prepareDataset(minMax, rows);

  it('is refused where the other refuses the raw values, with the same issues', () => {
    const withLog = withA({ method: { type: 'minMax' }, transform: 'log' });
    const fromRaw = safeScore(withLog, rows);
    const fromPrepared = safeScore(withLog, data);
    expect(fromPrepared.success).toBe(false);
    expect(fromRaw.success).toBe(false);
    if (fromPrepared.success || fromRaw.success) return;
    expect(fromPrepared.issues.map((i) => i.message)).toEqual([
      'unit "x", indicator "a": value -5 must be > 0 for a log transform',
    ]);
    expect(fromPrepared.issues).toEqual(fromRaw.issues);
    expect(() => score(withLog, data)).toThrow(/value -5 must be > 0 for a log transform/);
    const positive = { units: rows.units.map((u) => ({ ...u, values: { ...u.values, a: Math.abs(u.values.a) } })) };
    expect(() => score(withLog, positive, { previous: data })).toThrow(
      /previous period: unit "x", indicator "a": value -5/,
    );
  });

  it('scores what the other accepts as it scores the raw values', () => {
    const wide = withA({ method: { type: 'goalposts', min: -10, max: 190 } });
    // a on −10…190: x 5/200 = 2.5, y 20/200 = 10, z 110/200 = 55; b is 50 for all; the mean of the two.
    const expected = [
      ['x', 26.25],
      ['y', 30],
      ['z', 52.5],
    ];
    expect(score(wide, data).units.map((u) => [u.id, u.value])).toEqual(expected);
    expect(score(wide, rows).units.map((u) => [u.id, u.value])).toEqual(expected);
    expect(score(wide, data).units.map((u) => u.coverage)).toEqual([1, 1, 1]);
  });

  it('is taken as it is by a framework checked again from the same text', () => {
    const again = withA({ method: { type: 'minMax' } });
    // a min–max over −5…100: x 0, y 15/105, z 100; with b's 50.
    const r = score(again, data);
    expect(r.unit('x')?.value).toBe(25);
    expect(r.unit('y')?.value).toBeCloseTo((1500 / 105 + 50) / 2, 10);
    expect(r.unit('z')?.value).toBe(75);
  });
});
