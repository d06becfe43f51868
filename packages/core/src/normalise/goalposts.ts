import { type Better, type Column, spanScale } from './column.js';

/** Options of {@link goalposts}: the raw values scored 0 (`min`) and 1 (`max`), and the better direction. */
export interface GoalpostsOptions {
  min: number;
  max: number;
  direction?: Better;
}

/**
 * Fixed goalposts with capping, in the indicator's own unit:
 *
 *   s = clamp((x − min) / (max − min), 0, 1)      higher is better
 *   s = clamp((max − x) / (max − min), 0, 1)      lower is better
 *
 * The goalposts mean the same for both directions: `min` and `max` are the smallest and largest
 * values that matter, whichever end is good (unlike COINr, which applies them to sign-flipped data).
 *
 * @example goalposts(Float64Array.of(50, 97.8, 120), { min: 0, max: 100 }) // → [0.5, 0.978, 1]
 */
export function goalposts(values: ArrayLike<number>, posts: GoalpostsOptions): Column {
  if (!(posts.max > posts.min)) throw new RangeError(`goalposts: min (${posts.min}) must be below max (${posts.max})`);
  const scale = spanScale(posts.min, posts.max);
  const min = posts.min * scale;
  const max = posts.max * scale;
  const span = max - min;
  const lower = posts.direction === 'lower';
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const x = (values[i] as number) * scale;
    const s = (lower ? max - x : x - min) / span;
    out[i] = s < 0 ? 0 : Math.min(s, 1); // NaN stays NaN
  }
  return out;
}
