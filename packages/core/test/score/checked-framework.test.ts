import { describe, expect, it } from 'vitest';
import { defineFramework, type Framework, type FrameworkNode, score, validateDataset } from '../../src/index.js';

/** Indicators `a` and `b` on goalposts 0–100 under one root, weights 1 unless given. */
function twoIndicators(b: Partial<FrameworkNode> = {}): Framework {
  return {
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
        { kind: 'indicator', id: 'a', label: { vi: 'A' }, method: { type: 'goalposts', min: 0, max: 100 } },
        { kind: 'indicator', id: 'b', label: { vi: 'B' }, method: { type: 'goalposts', min: 0, max: 100 }, ...b },
      ],
    },
  } as Framework;
}

/** The node at position `k` under the root, as a plain record to write into. */
const child = (fw: Framework, k: number) => fw.root.children[k] as unknown as Record<string, unknown>;
const values = (fw: Framework, data: unknown) => score(fw, data).units.map((u) => [u.id, u.value]);

describe('a checked framework is frozen', () => {
  const data = {
    units: [
      { id: 'x', name: 'X', values: { a: 100, b: 0 } },
      { id: 'y', name: 'Y', values: { a: 0, b: 60 } },
    ],
  };

  it('refuses a new weight or new goalposts with a TypeError, and scores as before', () => {
    const fw = defineFramework(twoIndicators());
    expect(values(fw, data)).toEqual([
      ['x', 50],
      ['y', 30],
    ]);
    expect(() => {
      child(fw, 0).weight = 3;
    }).toThrow(TypeError);
    expect(() => {
      (child(fw, 1).method as Record<string, unknown>).max = 60;
    }).toThrow(TypeError);
    // Both refused, so both ignored as a whole: the weights are not read from one place and the goalposts from another.
    expect(values(fw, data)).toEqual([
      ['x', 50],
      ['y', 30],
    ]);
  });

  it('scores a changed copy with its own weights and goalposts', () => {
    const fw = defineFramework(twoIndicators());
    score(fw, data);
    const weighted = structuredClone(fw);
    child(weighted, 0).weight = 3;
    // x: (3 × 100 + 0) / 4 = 75; y: (0 + 60) / 4 = 15.
    expect(values(defineFramework(weighted), data)).toEqual([
      ['x', 75],
      ['y', 15],
    ]);
    const narrower = structuredClone(weighted);
    (child(narrower, 1).method as Record<string, unknown>).max = 60;
    // b on 0–60: y's 60 is 100. x: (300 + 0) / 4 = 75; y: (0 + 100) / 4 = 25.
    expect(values(defineFramework(narrower), data)).toEqual([
      ['x', 75],
      ['y', 25],
    ]);
    expect(values(narrower, data)).toEqual([
      ['x', 75],
      ['y', 25],
    ]);
  });

  it('refuses a new missing-value policy or a new indicator, and scores a copy that has them', () => {
    const fw = defineFramework(twoIndicators({ missing: { type: 'skip' } }));
    const rows = {
      units: [
        { id: 'x', name: 'X', values: { a: 100 } },
        { id: 'y', name: 'Y', values: { a: 40, b: 60 } },
      ],
    };
    expect(values(fw, rows)).toEqual([
      ['x', 100],
      ['y', 50],
    ]);
    expect(() => {
      child(fw, 1).missing = { type: 'zero' };
    }).toThrow(TypeError);
    const c = { kind: 'indicator', id: 'c', label: { vi: 'C' }, method: { type: 'goalposts', min: 0, max: 100 } };
    expect(() => fw.root.children.push(c as FrameworkNode)).toThrow(TypeError);
    const withC = { units: [{ id: 'x', values: { a: 100, c: 100 } }] };
    expect(validateDataset(fw, withC).success).toBe(false);

    const zero = structuredClone(fw);
    child(zero, 1).missing = { type: 'zero' };
    // x's missing b counts 0: (100 + 0) / 2 = 50.
    expect(values(defineFramework(zero), rows)).toEqual([
      ['x', 50],
      ['y', 50],
    ]);
    zero.root.children.push(c as FrameworkNode);
    const three = defineFramework(zero);
    const rowsC = {
      units: [
        { id: 'x', name: 'X', values: { a: 100, c: 100 } },
        { id: 'y', name: 'Y', values: { a: 40, b: 60, c: 0 } },
      ],
    };
    // x: (100 + 0 + 100) / 3 = 66.67; y: (40 + 60 + 0) / 3 = 33.33.
    const r = score(three, rowsC);
    expect(r.unit('x')?.value).toBeCloseTo(200 / 3, 10);
    expect(r.unit('y')?.value).toBeCloseTo(100 / 3, 10);
  });

  it('leaves the object it was given as it was, free to change', () => {
    const input = twoIndicators();
    const fw = defineFramework(input);
    expect(Object.isFrozen(fw.root.children[0])).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.root.children[0])).toBe(false);
    child(input, 0).weight = 3;
    expect(values(input, data)).toEqual([
      ['x', 75],
      ['y', 15],
    ]);
  });
});
