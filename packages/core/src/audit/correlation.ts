import { deviation, fsum, variance } from 'd3-array';
import { rank } from '../rank/rank.js';

/**
 * Pearson's correlation of two columns over the units where both have a value; `NaN` with fewer than
 * two such units or no variance.
 *
 * @example pearson([1, 2, 3], [2, 4, 7]) // → 0.9934
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const [a, b] = paired(x, y);
  const sa = deviation(a) ?? 0;
  const sb = deviation(b) ?? 0;
  return sa > 0 && sb > 0 ? pairedCovariance(a, b) / (sa * sb) : Number.NaN;
}

/** The values of the units that have a value in both columns, as two arrays in unit order. */
function paired(x: ArrayLike<number>, y: ArrayLike<number>): [number[], number[]] {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const u = x[i] as number;
    const v = y[i] as number;
    if (Number.isNaN(u) || Number.isNaN(v)) continue;
    a.push(u);
    b.push(v);
  }
  return [a, b];
}

/** Sample covariance of two arrays of equal length with no NaN; `NaN` below two values. */
function pairedCovariance(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  if (n < 2) return Number.NaN;
  const ma = fsum(a) / n;
  const mb = fsum(b) / n;
  return fsum(a, (u, i) => (u - ma) * ((b[i] as number) - mb)) / (n - 1);
}

/**
 * The sample covariance of two columns over the units where both have a value; `NaN` with fewer than
 * two such units. (d3-array has variance and deviation but no covariance.)
 *
 * @example covariance([1, 2, 3], [2, 4, 7]) // → 2.5
 */
export function covariance(x: ArrayLike<number>, y: ArrayLike<number>): number {
  return pairedCovariance(...paired(x, y));
}

/**
 * Spearman's rank correlation: Pearson's correlation of the average ranks (ties share their rank),
 * over the units where both columns have a value.
 *
 * @example spearman([1, 2, 3, 4], [10, 20, 15, 40]) // → 0.8
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const both = Array.from(
    { length: x.length },
    (_, i) => !Number.isNaN(x[i] as number) && !Number.isNaN(y[i] as number),
  );
  const rx = rank(x, { ties: 'fractional', order: 'ascending', include: both });
  const ry = rank(y, { ties: 'fractional', order: 'ascending', include: both });
  return pearson(rx, ry);
}

/**
 * Cronbach's alpha of a group of columns over the units with every value:
 * α = k / (k − 1) · (1 − Σ var(xᵢ) / var(Σ xᵢ)), sample variances. `NaN` for fewer than two columns.
 *
 * @example cronbachAlpha([[1, 2, 3, 4], [2, 3, 3, 5]]) // → 0.96
 */
export function cronbachAlpha(columns: readonly ArrayLike<number>[]): number {
  const k = columns.length;
  if (k < 2) return Number.NaN;
  const n = columns[0]?.length ?? 0;
  const rows: number[] = [];
  for (let u = 0; u < n; u++) if (columns.every((c) => !Number.isNaN(c[u] as number))) rows.push(u);
  if (rows.length < 2) return Number.NaN;
  // Sample variances (n − 1); every row here has every value, so d3's skipping of NaN never applies.
  const itemVariances = fsum(columns, (c) => variance(rows, (u) => c[u] as number) ?? 0);
  const totals = rows.map((u) => fsum(columns, (c) => c[u] as number));
  const totalVariance = variance(totals) ?? 0;
  return totalVariance > 0 ? (k / (k - 1)) * (1 - itemVariances / totalVariance) : Number.NaN;
}
