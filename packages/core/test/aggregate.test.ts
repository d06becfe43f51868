import { describe, expect, it } from 'vitest';
import { sumOfPoints } from '../src/aggregate/sum-of-points.js';
import { weightedArithmeticMean, weightedGeometricMean, weightedHarmonicMean } from '../src/methods.js';

describe('weighted means', () => {
  it('arithmetic: Σ w x / Σ w', () => {
    expect(weightedArithmeticMean([0.5, 1], [1, 3])).toBe(0.875);
  });
  it('skips missing values and re-normalises the weights', () => {
    // (1·0.5 + 2·0.8) / (1 + 2) = 0.7
    expect(weightedArithmeticMean([0.5, Number.NaN, 0.8], [1, 5, 2])).toBeCloseTo(0.7, 12);
  });
  it('geometric: exp(Σ w ln x / Σ w)', () => {
    expect(weightedGeometricMean([0.25, 1], [1, 1])).toBeCloseTo(0.5, 12);
    // 0.2^(1/4) · 0.8^(3/4) = 0.565685…
    expect(weightedGeometricMean([0.2, 0.8], [1, 3])).toBeCloseTo(0.5656854, 6);
  });
  it('harmonic: Σ w / Σ (w / x)', () => {
    // 2 / (4 + 1) = 0.4
    expect(weightedHarmonicMean([0.25, 1], [1, 1])).toBeCloseTo(0.4, 12);
  });
  it('geometric and harmonic means of a zero are 0, not NaN', () => {
    expect(weightedGeometricMean([0, 0.9], [1, 1])).toBe(0);
    expect(weightedHarmonicMean([0, 0.9], [1, 1])).toBe(0);
  });
  it('a zero with zero weight does not count', () => {
    expect(weightedGeometricMean([0, 0.81], [0, 1])).toBeCloseTo(0.81, 12);
  });
  it('shift softens zeros: G(x + s) − s', () => {
    // sqrt(0.1 · 1.0) − 0.1 = 0.216227…
    expect(weightedGeometricMean([0, 0.9], [1, 1], 0.1)).toBeCloseTo(Math.sqrt(0.1) - 0.1, 12);
    // 2 / (1/0.1 + 1/1) − 0.1 = 0.081818…
    expect(weightedHarmonicMean([0, 0.9], [1, 1], 0.1)).toBeCloseTo(2 / 11 - 0.1, 12);
  });
  it('is NaN only when nothing is present', () => {
    expect(weightedArithmeticMean([Number.NaN], [1])).toBeNaN();
  });
});

describe('sumOfPoints', () => {
  it('adds score × points', () => {
    expect(sumOfPoints([1, 0.5, 0], [40, 40, 20])).toBe(60);
  });
});
