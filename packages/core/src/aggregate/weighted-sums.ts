/**
 * Adds `w × f(x)` of one child's 0–1 scores into a group's running sums (`acc`) and `w` into the weight
 * each unit has a score for (`total`); a unit without a score (`NaN`) adds nothing. `forward` is the
 * mean's transform (`undefined` for arithmetic means and sums, which add the score as it is).
 *
 * @example addWeighted(Float64Array.of(0.5, NaN), 2, acc, total) // acc += [1, 0], total += [2, 0]
 */
export function addWeighted(
  col: Float64Array,
  w: number,
  acc: Float64Array,
  total: Float64Array,
  forward?: (x: number) => number,
): void {
  const n = acc.length;
  // Two loops rather than a test per value: this is the engine's innermost loop.
  if (!forward)
    for (let u = 0; u < n; u++) {
      const x = col[u] as number;
      if (Number.isNaN(x)) continue;
      acc[u] = (acc[u] as number) + w * x;
      total[u] = (total[u] as number) + w;
    }
  else
    for (let u = 0; u < n; u++) {
      const x = col[u] as number;
      if (Number.isNaN(x)) continue;
      acc[u] = (acc[u] as number) + w * forward(x);
      total[u] = (total[u] as number) + w;
    }
}

/**
 * Adds a score of 0 at weight `w` for each unit marked in `zeroed` (the zero policy's units): the very
 * sums {@link addWeighted} makes from a column holding 0 for them, so that column need not be built.
 *
 * @example addZeroes(Uint8Array.of(0, 1), 2, acc, total) // acc[1] += 0, total[1] += 2
 */
export function addZeroes(zeroed: Uint8Array, w: number, acc: Float64Array, total: Float64Array): void {
  for (let u = 0; u < zeroed.length; u++) {
    if (zeroed[u] === 0) continue;
    acc[u] = (acc[u] as number) + w * 0;
    total[u] = (total[u] as number) + w;
  }
}

/**
 * Turns a group's running sums into its 0–1 scores, written to `out` (which may be `acc` itself): the
 * weighted mean `acc / total`, back through the mean's `inverse` transform; `NaN` for a unit with no
 * weight or not scored (`scored[u] === 0`).
 *
 * @example finishMeans(Float64Array.of(1), Float64Array.of(2), Uint8Array.of(1)) // → [0.5]
 */
export function finishMeans(
  acc: Float64Array,
  total: Float64Array,
  scored: Uint8Array,
  inverse?: (x: number) => number,
  out: Float64Array = new Float64Array(acc.length),
): Float64Array {
  for (let u = 0; u < acc.length; u++) {
    const t = total[u] as number;
    if (t > 0 && scored[u]) {
      const mean = (acc[u] as number) / t;
      out[u] = inverse ? inverse(mean) : mean;
    } else out[u] = Number.NaN;
  }
  return out;
}
