import type { Tier } from '../schema/framework.js';

/**
 * The tier a published value falls in: the tier with the highest `min` not above the value, or `null`
 * below every tier. Tiers may be listed in any order.
 *
 * @example
 * tierOf([{ id: 'kha', label: { vi: 'Khá' }, min: 0.65 }, { id: 'tot', label: { vi: 'Tốt' }, min: 0.8 }], 0.7069)
 * // → the Khá tier
 */
export function tierOf(tiers: readonly Tier[], value: number): Tier | null {
  let best: Tier | null = null;
  for (const tier of tiers) if (tier.min <= value && (best === null || tier.min > best.min)) best = tier;
  return best;
}
