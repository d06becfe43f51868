// Values near the limits of double precision are normalised exactly, or refused with a message.
import { describe, expect, it } from 'vitest';
import { defineFramework, formatIssue, score, validateDataset, validateFramework } from '../../src/index.js';
import { goalposts, minMax, normalCdf, zScore } from '../../src/methods.js';
import { flatFramework, group, indicator, framework as testFramework } from '../helpers.js';

const MAX = Number.MAX_VALUE;

describe('min-max over values spanning more than the largest double', () => {
  it('gives 0, ½, 1 for −1e308, 0, 1e308 (max − min overflows)', () => {
    expect(Array.from(minMax(Float64Array.of(-1e308, 0, 1e308)))).toEqual([0, 0.5, 1]);
    expect(Array.from(minMax(Float64Array.of(-MAX, 0, MAX)))).toEqual([0, 0.5, 1]);
    expect(Array.from(minMax(Float64Array.of(-1e308, 0, 1e308), { direction: 'lower' }))).toEqual([1, 0.5, 0]);
    // 0.5e308 is three quarters of the way from −1e308 to 1e308; range [0.2, 0.6] → 0.2 + 0.4 · 0.75
    expect(minMax(Float64Array.of(-1e308, 0.5e308, 1e308), { range: [0.2, 0.6] })[1]).toBeCloseTo(0.5, 15);
  });
  it('goalposts −1e308 and 1e308 put 0 in the middle', () => {
    expect(Array.from(goalposts(Float64Array.of(0, 1e308, -MAX), { min: -1e308, max: 1e308 }))).toEqual([0.5, 1, 0]);
  });
  it('scores through the engine: 0, 50, 100', () => {
    const fw = flatFramework([indicator('x')]);
    const r = score(fw, {
      units: [
        { id: 'a', values: { x: -1e308 } },
        { id: 'b', values: { x: 0 } },
        { id: 'c', values: { x: 1e308 } },
      ],
    });
    expect(r.units.map((u) => [u.value, u.rank])).toEqual([
      [0, 3],
      [50, 2],
      [100, 1],
    ]);
  });
});

describe('z-scores of huge values', () => {
  it('gives z = −1, 0, 1 for 1e-320, 2e-320, 3e-320 (the squares underflow to zero)', () => {
    expect(Array.from(zScore(Float64Array.of(1e-320, 2e-320, 3e-320), { map: 'clamp', limit: 1 }))).toEqual([
      0, 0.5, 1,
    ]);
    expect(Array.from(zScore(Float64Array.of(-1e-200, 0, 1e-200), { map: 'clamp', limit: 1 }))).toEqual([0, 0.5, 1]);
  });

  it('gives z = −1, 0, 1 for −1e200, 0, 1e200 (the squares overflow)', () => {
    expect(Array.from(zScore(Float64Array.of(-1e200, 0, 1e200), { map: 'clamp', limit: 1 }))).toEqual([0, 0.5, 1]);
    expect(Array.from(zScore(Float64Array.of(-1e200, 0, 1e200)))).toEqual([normalCdf(-1), normalCdf(0), normalCdf(1)]);
  });
  it('is unchanged by scaling: 1, 2, 4 and 1e300, 2e300, 4e300 score alike', () => {
    // mean 7/3, sd = √(7/3) ≈ 1.5275: z = −0.8729, −0.2182, 1.0911
    const small = Array.from(zScore(Float64Array.of(1, 2, 4)));
    expect(Array.from(zScore(Float64Array.of(1e300, 2e300, 4e300)))).toEqual(small.map((s) => expect.closeTo(s, 14)));
    expect(small[0]).toBeCloseTo(normalCdf(-(4 / 3) / Math.sqrt(7 / 3)), 14);
  });
  it('a constant huge column is constant: every unit 0.5', () => {
    expect(Array.from(zScore(Float64Array.of(MAX, MAX, Number.NaN)))).toEqual([0.5, 0.5, Number.NaN]);
  });
});

describe('weights and scales near the largest double', () => {
  it('weights of 1e308 each count as equal weights', () => {
    const fw = flatFramework([
      indicator('a', { method: { type: 'goalposts', min: 0, max: 100 }, weight: 1e308 }),
      indicator('b', { method: { type: 'goalposts', min: 0, max: 100 }, weight: 1e308 }),
    ]);
    // (80 + 40) / 2 = 60
    expect(score(fw, { units: [{ id: 'u', values: { a: 80, b: 40 } }] }).units[0]?.value).toBeCloseTo(60, 12);
  });
  it('a scale whose span overflows is refused', () => {
    const r = validateFramework(testFramework({ id: 'wide', label: 'Rộng', scale: { min: -1e308, max: 1e308 } }));
    expect(r.success ? [] : r.issues.map((i) => i.message)).toEqual([
      'scale: the span from -1e+308 to 1e+308 is beyond the largest number (about 1.8e308): published values would be infinite',
    ]);
  });
});

describe('formula warnings say what happened', () => {
  const fw = defineFramework(
    testFramework({
      id: 'formulas',
      label: 'Công thức',
      fields: [
        { id: 'a', label: { vi: 'a' } },
        { id: 'b', label: { vi: 'b' } },
      ],
      root: group(
        'r',
        [
          indicator('total', { formula: { type: 'sum', fields: ['a', 'b'] } }),
          indicator('share', { formula: { type: 'ratio', numerator: 'a', denominator: 'b' } }),
        ],
        { label: 'r' },
      ),
    }),
  );
  it('a sum beyond the largest double is an overflow, not a division by zero', () => {
    const r = validateDataset(fw, { units: [{ id: 'u', values: { a: 1e308, b: 1e308 } }] });
    expect(r.success ? r.warnings.map((w) => w.message) : []).toEqual([
      'unit "u", indicator "total": value [1e+308,1e+308] gives a sum beyond the largest number (about ±1.8e308): the indicator is treated as missing',
    ]);
    // Not "mẫu số bằng 0": a sum has no denominator.
    expect(r.success ? r.warnings.map((w) => formatIssue(w, 'vi')) : []).toEqual([
      'đơn vị "u", chỉ số "total": công thức cho kết quả vượt quá số lớn nhất (khoảng ±1,8e308), chỉ số được coi là chưa có số liệu',
    ]);
  });
  it('a zero denominator is a division by zero', () => {
    const r = validateDataset(fw, { units: [{ id: 'u', values: { a: 5, b: 0 } }] });
    expect(r.success ? r.warnings.map((w) => w.message) : []).toEqual([
      'unit "u", indicator "share": value [5,0] gives no ratio: division by zero (the denominator is 0); the indicator is treated as missing',
    ]);
  });
});
