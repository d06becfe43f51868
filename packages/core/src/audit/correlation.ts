import { fsum, variance } from 'd3-array';
import { rank } from '../rank/rank.js';

/**
 * Pearson's correlation of two columns over the units where both have a value; `NaN` with fewer than
 * two such units or no variance.
 *
 * @example pearson([1, 2, 3], [2, 4, 7]) // → 0.9934
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const { n, mx, my } = pairedMeans(x, y);
  if (n < 2) return Number.NaN;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  forEachPair(x, y, (a, b) => {
    sxy += (a - mx) * (b - my);
    sxx += (a - mx) ** 2;
    syy += (b - my) ** 2;
  });
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Number.NaN;
}

/** Calls `f` with the two values of each unit that has a value in both columns, in unit order. */
function forEachPair(x: ArrayLike<number>, y: ArrayLike<number>, f: (a: number, b: number) => void): void {
  for (let i = 0; i < x.length; i++) {
    const a = x[i] as number;
    const b = y[i] as number;
    if (!Number.isNaN(a) && !Number.isNaN(b)) f(a, b);
  }
}

/** How many units have a value in both columns, and the mean of each column over them. */
function pairedMeans(x: ArrayLike<number>, y: ArrayLike<number>): { n: number; mx: number; my: number } {
  let n = 0;
  let sx = 0;
  let sy = 0;
  forEachPair(x, y, (a, b) => {
    n++;
    sx += a;
    sy += b;
  });
  return { n, mx: sx / n, my: sy / n };
}

/**
 * The sample covariance of two columns over the units where both have a value; `NaN` with fewer than
 * two such units. (d3-array has variance and deviation but no covariance.)
 *
 * @example covariance([1, 2, 3], [2, 4, 7]) // → 2.5
 */
export function covariance(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const pairs: [number, number][] = [];
  for (let i = 0; i < x.length; i++)
    if (!Number.isNaN(x[i] as number) && !Number.isNaN(y[i] as number)) pairs.push([x[i] as number, y[i] as number]);
  if (pairs.length < 2) return Number.NaN;
  const mx = pairs.reduce((a, p) => a + p[0], 0) / pairs.length;
  const my = pairs.reduce((a, p) => a + p[1], 0) / pairs.length;
  return pairs.reduce((a, p) => a + (p[0] - mx) * (p[1] - my), 0) / (pairs.length - 1);
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
