import { type Better, type Column, finiteExtent, mapPresent } from './column.js';

/** Options of {@link ratioToBest}: `lower` when a smaller raw value is better. */
export interface RatioToBestOptions {
  direction?: Better;
}

/**
 * Ratio to the best unit:
 *
 *   s = x / max(x)       higher is better
 *   s = min(x) / x       lower is better
 *
 * Values must be ≥ 0. If the best value is 0 (higher is better) nobody scores; if it is 0 (lower is
 * better) only the units at 0 score 1.
 *
 * @example ratioToBest(Float64Array.of(5, 10, 20)) // → [0.25, 0.5, 1]
 */
export function ratioToBest(values: ArrayLike<number>, options: RatioToBestOptions = {}): Column {
  const extent = finiteExtent(values);
  if (!extent) return mapPresent(values, () => Number.NaN);
  const [min, max] = extent;
  if (options.direction === 'lower') return mapPresent(values, (x) => (x === 0 ? 1 : min / x));
  if (max === 0) return mapPresent(values, () => 0);
  return mapPresent(values, (x) => x / max);
}
