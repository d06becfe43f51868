import { type Better, type Column, finiteExtent, mapPresent, spanScale } from './column.js';

/** Options of {@link minMax}. */
export interface MinMaxOptions {
  direction?: Better;
  /** Output range inside 0–1; default `[0, 1]`. */
  range?: readonly [number, number];
}

/**
 * Min-max normalisation across units (the JRC/COINr default):
 *
 *   s = lo + (hi − lo) · (x − min) / (max − min)      higher is better
 *   s = lo + (hi − lo) · (max − x) / (max − min)      lower is better
 *
 * where min and max are taken over the units' non-missing values. When every unit has the same value
 * the indicator cannot tell them apart and each gets the middle of the range, `(lo + hi) / 2`.
 *
 * @example minMax(Float64Array.of(20, 50, 80)) // → [0, 0.5, 1]
 */
export function minMax(values: ArrayLike<number>, options: MinMaxOptions = {}): Column {
  const [lo, hi] = options.range ?? [0, 1];
  const extent = finiteExtent(values);
  if (!extent) return mapPresent(values, () => Number.NaN);
  // Values spanning more than the largest double (−1e308 to 1e308) make max − min overflow: halving
  // every term first is exact and keeps each difference finite.
  const scale = spanScale(extent[0], extent[1]);
  const min = extent[0] * scale;
  const max = extent[1] * scale;
  const span = max - min;
  if (span === 0) return mapPresent(values, () => (lo + hi) / 2);
  // Divide by the span first: (hi − lo) / span overflows when the span is subnormal. Plain loops:
  // a shared map helper would see many callbacks and stop being inlined on large columns.
  const width = hi - lo;
  const lower = options.direction === 'lower';
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const x = (values[i] as number) * scale;
    out[i] = lo + width * ((lower ? max - x : x - min) / span);
  }
  return out;
}
