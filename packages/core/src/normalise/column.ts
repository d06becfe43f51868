/**
 * A column of one indicator over all units, in unit order. `NaN` marks a missing value: typed arrays
 * keep large datasets compact and fast, and every function here skips `NaN` explicitly.
 */
export type Column = Float64Array;

/** Which way is better. */
export type Better = 'higher' | 'lower';

/** Smallest and largest non-missing values, or `undefined` when every value is missing. */
export function finiteExtent(values: ArrayLike<number>): [number, number] | undefined {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : undefined;
}

/** Clamps to 0–1. */
export function clamp01(x: number): number {
  return x < 0 ? 0 : Math.min(x, 1);
}

/** Applies `f` to every non-missing value, keeping `NaN` where the value is missing. */
export function mapPresent(values: ArrayLike<number>, f: (x: number) => number): Column {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    out[i] = !Number.isNaN(v) ? f(v) : Number.NaN;
  }
  return out;
}

/**
 * 1, or ½ when `hi − lo` overflows to Infinity (both ends near ±1.8e308). Scaling every term by ½ is
 * exact for numbers that large, so `(½x − ½lo) / (½hi − ½lo)` equals `(x − lo) / (hi − lo)` without
 * the overflow that would turn it into 0 or NaN.
 *
 * @example spanScale(-1e308, 1e308) // → 0.5; spanScale(0, 100) // → 1
 */
export function spanScale(lo: number, hi: number): number {
  return Number.isFinite(hi - lo) ? 1 : 0.5;
}
