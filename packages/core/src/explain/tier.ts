import type { Tier } from '../schema/framework.js';

/**
 * The tier a published value falls in: the tier with the highest `min` not above the value, or `null`
 * below every tier. Tiers may be listed in any order. Anything with a numeric `min` works the same way
 * (the gauge's colour bands, a table's tiers), so every caller reads a threshold list by this one rule.
 *
 * @example
 * tierOf([{ id: 'kha', label: { vi: 'Khá' }, min: 0.65 }, { id: 'tot', label: { vi: 'Tốt' }, min: 0.8 }], 0.7069)
 * // → the Khá tier
 * @example tierOf([{ min: 0 }, { min: 50 }], 49.99) // → { min: 0 }
 */
export function tierOf<T extends Pick<Tier, 'min'>>(tiers: readonly T[], value: number): T | null {
  let best: T | null = null;
  for (const tier of tiers) if (tier.min <= value && (best === null || tier.min > best.min)) best = tier;
  return best;
}
