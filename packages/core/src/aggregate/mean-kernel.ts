import type { Aggregation } from '../schema/framework.js';

/**
 * Every aggregation here is a weighted quasi-arithmetic mean `f⁻¹(Σ wᵢ f(xᵢ) / Σ wᵢ)`: arithmetic
 * (f = x), geometric (f = ln x), harmonic (f = 1/x). One kernel keeps the per-unit functions and the
 * column-wise engine in step.
 *
 * Zeros: with a positive weight, a zero score makes the geometric and the harmonic mean 0, the limit
 * of the mean as that score tends to 0 (IEEE arithmetic gives it exactly: ln 0 = −∞, 1/0 = ∞). This is
 * deliberate: these means are chosen to stop a good pillar from compensating for a failed one. To
 * soften it, set `shift` s: the mean of (x + s), minus s.
 */
export interface MeanKernel {
  forward(x: number): number;
  inverse(y: number): number;
}

const identity = (x: number) => x;

/** The kernel of an aggregation method. */
export function meanKernel(aggregation: Aggregation): MeanKernel {
  switch (aggregation.type) {
    case 'arithmetic':
    case 'sum':
      return { forward: identity, inverse: identity };
    case 'geometric': {
      const s = aggregation.shift ?? 0;
      return { forward: (x) => Math.log(x + s), inverse: (y) => Math.exp(y) - s };
    }
    case 'harmonic': {
      const s = aggregation.shift ?? 0;
      return { forward: (x) => 1 / (x + s), inverse: (y) => 1 / y - s };
    }
  }
}

/**
 * The weighted mean of one unit's child scores. Missing scores (`NaN`) are left out and the weights of
 * the others re-normalised; zero weights are left out too (x⁰ = 1 adds nothing). Returns `NaN` when no
 * child with a positive weight has a score.
 *
 * @example weightedMean({ type: 'geometric' }, [0.25, 1, Number.NaN], [1, 1, 5]) // → 0.5
 */
export function weightedMean(aggregation: Aggregation, values: ArrayLike<number>, weights: ArrayLike<number>): number {
  const { forward, inverse } = meanKernel(aggregation);
  let acc = 0;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    const w = weights[i] as number;
    if (Number.isNaN(x) || !(w > 0)) continue;
    acc += w * forward(x);
    total += w;
  }
  return total > 0 ? inverse(acc / total) : Number.NaN;
}
