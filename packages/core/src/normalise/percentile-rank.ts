import { rankMembers, rankScratch } from '../sort/tied-ranks.js';
import { type Better, type Column, mapPresent } from './column.js';

/** Options of {@link percentileRank}: `lower` when a smaller raw value is better. */
export interface PercentileRankOptions {
  direction?: Better;
}

/**
 * Percentile rank: `s = (r − 1) / (n − 1)` where `r` is the unit's fractional (average) rank from the
 * worst value up and `n` the number of units with a value. The worst unit scores 0, the best 1, tied
 * units share the average; a single unit scores 0.5.
 *
 * @example percentileRank(Float64Array.of(10, 30, 30, 50)) // → [0, 0.5, 0.5, 1]
 */
export function percentileRank(values: ArrayLike<number>, options: PercentileRankOptions = {}): Column {
  const present = new Int32Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) present[n++] = i;
  // Ranked from the worst value up: the lowest value ranks 1 unless lower is better.
  const ascending = new Float64Array(values.length).fill(Number.NaN);
  rankMembers(values, present, n, 'fractional', options.direction === 'lower', rankScratch(n), ascending);
  if (n === 1) return mapPresent(ascending, () => 0.5);
  return mapPresent(ascending, (r) => (r - 1) / (n - 1));
}
