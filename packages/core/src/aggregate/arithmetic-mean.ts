import { weightedMean } from './mean-kernel.js';

/**
 * Weighted arithmetic mean `Σ wᵢxᵢ / Σ wᵢ` over the values present (`NaN` skipped, weights
 * re-normalised): the JRC/COINr default, fully compensatory.
 *
 * @example weightedArithmeticMean([0.5, 1], [1, 3]) // → 0.875
 */
export function weightedArithmeticMean(values: ArrayLike<number>, weights: ArrayLike<number>): number {
  return weightedMean({ type: 'arithmetic' }, values, weights);
}
