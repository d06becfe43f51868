import { median, quantile } from 'd3-array';

/**
 * The median and quartiles (type 7, as d3 and R) of the known values, with how many there were.
 * `null`s are left out and counted in neither; with no known value the three are `null`.
 *
 * @example spread([0.5, null, 0.7, 0.6]) // → { median: 0.6, q1: 0.55, q3: 0.65, n: 3 }
 */
export function spread(values: readonly (number | null)[]): {
  median: number | null;
  q1: number | null;
  q3: number | null;
  n: number;
} {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (known.length === 0) return { median: null, q1: null, q3: null, n: 0 };
  return {
    median: median(known) ?? null,
    q1: quantile(known, 0.25) ?? null,
    q3: quantile(known, 0.75) ?? null,
    n: known.length,
  };
}
