/**
 * DTI-style sum of points: each child earns `scoreᵢ × pointsᵢ` and the group earns the sum. Missing
 * scores (`NaN`) earn nothing here; whether they should be skipped instead is the missing-value
 * policy's decision, applied before aggregation.
 *
 * As a 0–1 score this equals the weighted arithmetic mean with the points as weights, which is how
 * the engine computes it.
 *
 * @example sumOfPoints([1, 0.5, 0], [40, 40, 20]) // → 60
 */
export function sumOfPoints(scores: ArrayLike<number>, points: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i] as number;
    if (!Number.isNaN(s)) sum += s * (points[i] as number);
  }
  return sum;
}
