import { weightedMean } from './mean-kernel.js';

/**
 * Weighted harmonic mean `Σ wᵢ / Σ (wᵢ / xᵢ)` over the values present: the least compensatory of the
 * three. Any zero with positive weight gives 0; `shift` s computes `H(x + s) − s` instead.
 *
 * @example weightedHarmonicMean([0.25, 1], [1, 1]) // → 0.4
 */
export function weightedHarmonicMean(values: ArrayLike<number>, weights: ArrayLike<number>, shift?: number): number {
  return weightedMean(shift === undefined ? { type: 'harmonic' } : { type: 'harmonic', shift }, values, weights);
}
