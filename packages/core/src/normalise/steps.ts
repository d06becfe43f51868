import { type Better, type Column, mapPresent } from './column.js';

/** One step: a value at or beyond `at` earns `score`. */
export interface Step {
  at: number;
  score: number;
}

/** Options of {@link steps}: the thresholds, the score below every one (`otherwise`, default 0), the better direction. */
export interface StepsOptions {
  steps: readonly Step[];
  otherwise?: number;
  direction?: Better;
}

/**
 * Step thresholds, as self-assessment frameworks write them ("≥ 90% → full points, ≥ 70% → half"):
 *
 *   s = max { step.score : x ≥ step.at }, or `otherwise` when no step is reached      higher is better
 *   s = max { step.score : x ≤ step.at }, or `otherwise`                              lower is better
 *
 * @example steps(Float64Array.of(95, 75, 40), { steps: [{ at: 90, score: 1 }, { at: 70, score: 0.5 }] })
 * // → [1, 0.5, 0]
 */
export function steps(values: ArrayLike<number>, options: StepsOptions): Column {
  const otherwise = options.otherwise ?? 0;
  const lower = options.direction === 'lower';
  const list = options.steps;
  return mapPresent(values, (x) => {
    let best = otherwise;
    for (const step of list) {
      const reached = lower ? x <= step.at : x >= step.at;
      if (reached && step.score > best) best = step.score;
    }
    return best;
  });
}
