import { finiteExtent, spanScale } from '../normalise/column.js';
import type { Indicator } from '../schema/framework.js';

/**
 * Normalises one indicator's column and adds `w × score` into a group's running sums (`acc`, and `w`
 * into `total` where the unit has a score), without building the column of scores: what `score` does
 * for min-max and goalposts indicators under an arithmetic mean or a sum, the common case, so scoring
 * writes one column per group rather than one per indicator.
 *
 * Each score is the very expression `minMax` or `goalposts` evaluates, so a column built later from
 * the same values (for `ScoreResult.scores` or `explain`) is identical to the last bit. Returns false,
 * touching nothing, for any other method or a log transform: the caller then builds the column.
 *
 * @example
 * const acc = new Float64Array(2), total = new Float64Array(2);
 * addNormalised(indicator, Float64Array.of(20, 80), 2, acc, total); // min-max: acc → [0, 2], total → [2, 2]
 */
export function addNormalised(
  indicator: Indicator,
  values: Float64Array,
  w: number,
  acc: Float64Array,
  total: Float64Array,
): boolean {
  const { method } = indicator;
  if (indicator.transform) return false;
  const lower = indicator.direction === 'lower';
  if (method.type === 'minMax') return addMinMax(values, method.range, lower, w, acc, total);
  if (method.type === 'goalposts') return addGoalposts(values, method.min, method.max, lower, w, acc, total);
  return false;
}

/** Min–max onto `range` (default 0–1), added in one pass per direction; a column of one value scores the range's middle. */
function addMinMax(
  values: Float64Array,
  range: readonly [number, number] | undefined,
  lower: boolean,
  w: number,
  acc: Float64Array,
  total: Float64Array,
): true {
  const [lo, hi] = range ?? [0, 1];
  const extent = finiteExtent(values);
  if (!extent) return true; // nobody reported it: it adds nothing to anyone
  const scale = spanScale(extent[0], extent[1]);
  const min = extent[0] * scale;
  const max = extent[1] * scale;
  const span = max - min;
  if (span === 0) {
    addConstant(values, w * ((lo + hi) / 2), w, acc, total);
    return true;
  }
  const width = hi - lo;
  const n = values.length;
  // One loop per direction keeps the test out of the engine's innermost loop.
  if (lower)
    for (let u = 0; u < n; u++) {
      const v = values[u] as number;
      if (Number.isNaN(v)) continue;
      acc[u] = (acc[u] as number) + w * (lo + width * ((max - v * scale) / span));
      total[u] = (total[u] as number) + w;
    }
  else
    for (let u = 0; u < n; u++) {
      const v = values[u] as number;
      if (Number.isNaN(v)) continue;
      acc[u] = (acc[u] as number) + w * (lo + width * ((v * scale - min) / span));
      total[u] = (total[u] as number) + w;
    }
  return true;
}

/** Goalposts `lowPost`–`highPost`, clamped to 0–1, added in one pass per direction; false for goalposts the wrong way round. */
function addGoalposts(
  values: Float64Array,
  lowPost: number,
  highPost: number,
  lower: boolean,
  w: number,
  acc: Float64Array,
  total: Float64Array,
): boolean {
  // Goalposts the wrong way round: `goalposts` itself says so, with a message.
  if (!(highPost > lowPost)) return false;
  const scale = spanScale(lowPost, highPost);
  const min = lowPost * scale;
  const max = highPost * scale;
  const span = max - min;
  const n = values.length;
  if (lower)
    for (let u = 0; u < n; u++) {
      const v = values[u] as number;
      if (Number.isNaN(v)) continue;
      const s = (max - v * scale) / span;
      acc[u] = (acc[u] as number) + w * (s < 0 ? 0 : Math.min(s, 1));
      total[u] = (total[u] as number) + w;
    }
  else
    for (let u = 0; u < n; u++) {
      const v = values[u] as number;
      if (Number.isNaN(v)) continue;
      const s = (v * scale - min) / span;
      acc[u] = (acc[u] as number) + w * (s < 0 ? 0 : Math.min(s, 1));
      total[u] = (total[u] as number) + w;
    }
  return true;
}

function addConstant(values: Float64Array, term: number, w: number, acc: Float64Array, total: Float64Array): void {
  for (let u = 0; u < values.length; u++) {
    if (Number.isNaN(values[u])) continue;
    acc[u] = (acc[u] as number) + term;
    total[u] = (total[u] as number) + w;
  }
}
