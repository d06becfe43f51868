import { type Better, type Column, mapPresent } from './column.js';

/** Options of {@link distanceToTarget}: the target, in the raw unit, and `lower` when less is better. */
export interface DistanceToTargetOptions {
  target: number;
  direction?: Better;
}

/**
 * Distance to target, capped at 1:
 *
 *   s = min(x / target, 1)                       higher is better
 *   s = x ≤ target ? 1 : target / x              lower is better
 *
 * Values and target must be ≥ 0 (checked by the dataset validation); a target of 0 with "higher is
 * better" is met by every value.
 *
 * @example distanceToTarget(Float64Array.of(45, 90, 100), { target: 90 }) // → [0.5, 1, 1]
 */
export function distanceToTarget(values: ArrayLike<number>, options: DistanceToTargetOptions): Column {
  const { target } = options;
  if (options.direction === 'lower') return mapPresent(values, (x) => (x <= target ? 1 : target / x));
  if (target === 0) return mapPresent(values, () => 1);
  return mapPresent(values, (x) => (x >= target ? 1 : x / target));
}
