import { fsum } from 'd3-array';
import { type Better, type Column, clamp01, mapPresent } from './column.js';

/** Options of {@link zScore}. */
export interface ZScoreOptions {
  direction?: Better;
  /** `cdf` (default): Φ(z); `clamp`: (clamp(z, −limit, limit) + limit) / (2 · limit). */
  map?: 'cdf' | 'clamp';
  /** Standard deviations mapped to the ends of the scale by `clamp`; default 3. */
  limit?: number;
}

/**
 * Standard normal distribution function Φ(z), by the Abramowitz–Stegun 7.1.26 approximation of erf
 * (absolute error below 1.5 · 10⁻⁷, far under any published precision).
 *
 * @example normalCdf(0) // → 0.5
 */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/**
 * Standardisation: `z = (x − mean) / sd` with the sample standard deviation (n − 1, as R's `sd()` and
 * COINr), negated when lower is better, then mapped to 0–1 (see {@link ZScoreOptions}). A unit at the
 * mean scores 0.5; a constant indicator (sd = 0) gives every unit 0.5.
 *
 * @example zScore(Float64Array.of(1, 2, 3), { map: 'clamp', limit: 1 }) // z = −1, 0, 1 → [0, 0.5, 1]
 */
export function zScore(values: ArrayLike<number> & Iterable<number>, options: ZScoreOptions = {}): Column {
  // Exact sums (d3's fsum, which skips NaN) make the result independent of the order of the units,
  // to the last bit.
  let n = 0;
  let largest = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    if (Number.isNaN(x)) continue;
    n++;
    if (Math.abs(x) > largest) largest = Math.abs(x);
  }
  // Squares of values beyond about 1e154 overflow (and sums of values near 1e308), squares of values
  // below about 1e-154 underflow to zero (so a column of tiny values would look constant): scale such
  // columns by a power of two, which is exact, so z (a ratio) comes out the same as without either.
  const exponent = largest > 2 ** 500 || (largest > 0 && largest < 2 ** -500) ? -Math.floor(Math.log2(largest)) : 0;
  // In two steps: 2^1074, the factor a subnormal needs, is itself beyond the largest double.
  const half = 2 ** Math.trunc(exponent / 2);
  const rest = 2 ** (exponent - Math.trunc(exponent / 2));
  const scaled = exponent === 0 ? values : mapPresent(values, (x) => x * half * rest);
  const mean = n > 0 ? fsum(scaled) / n : 0;
  const sd = n > 1 ? Math.sqrt(fsum(scaled, (x: number) => (x - mean) ** 2) / (n - 1)) : 0;
  const sign = options.direction === 'lower' ? -1 : 1;
  const limit = options.limit ?? 3;
  const map = options.map === 'clamp' ? (z: number) => clamp01((z + limit) / (2 * limit)) : normalCdf;
  if (!(sd > 0)) return mapPresent(values, () => 0.5);
  return mapPresent(scaled, (x) => map((sign * (x - mean)) / sd));
}
