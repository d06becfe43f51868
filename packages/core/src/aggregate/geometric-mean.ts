import { weightedMean } from './mean-kernel.js';

/**
 * Weighted geometric mean `exp(Σ wᵢ ln xᵢ / Σ wᵢ)` over the values present: partly compensatory, a
 * weak score costs more than under the arithmetic mean. Any zero with positive weight gives 0 (see
 * `meanKernel`); `shift` s computes `G(x + s) − s` instead.
 *
 * @example weightedGeometricMean([0.25, 1], [1, 1]) // → 0.5
 */
export function weightedGeometricMean(values: ArrayLike<number>, weights: ArrayLike<number>, shift?: number): number {
  return weightedMean(shift === undefined ? { type: 'geometric' } : { type: 'geometric', shift }, values, weights);
}
