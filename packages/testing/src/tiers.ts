// The tier sets fixtures use. Labels and colours are those of the widgets' examples; the minima are the
// caller's, as each framework publishes on its own scale.
import type { Tier } from '@dti-kit/core';

/** The tiers fixtures know by id: Vietnamese and English label, colour. */
export const TIER_LOOKS = {
  tot: { vi: 'Tốt', en: 'Good', color: '#1a7f37' },
  kha: { vi: 'Khá', en: 'Fair', color: '#4d8f00' },
  'trung-binh': { vi: 'Trung bình', en: 'Average', color: '#b07800' },
  tb: { vi: 'Trung bình', en: 'Average', color: '#b07800' },
  yeu: { vi: 'Yếu', en: 'Weak', color: '#b42318' },
} as const;

/** An id of {@link TIER_LOOKS}. */
export type TierId = keyof typeof TIER_LOOKS;

/** Options of {@link tiers}. */
export interface TierOptions {
  /** English labels too; default true. */
  english?: boolean;
  /** Colours: true (default) for the usual ones, false for none, or some ids' colours replaced. */
  colours?: boolean | Partial<Record<TierId, string>>;
}

/**
 * Tiers from their minima on the published scale, in the order given (highest first, as frameworks list
 * them), with their usual labels and colours.
 *
 * @example tiers({ tot: 80, kha: 65, yeu: 0 })
 * // [{ id: 'tot', label: { vi: 'Tốt', en: 'Good' }, min: 80, color: '#1a7f37' }, … Khá 65 …, … Yếu 0 …]
 * @example tiers({ tot: 0.8, kha: 0.65 }, { english: false, colours: false }) // DTI's scale 0–1, bare
 */
export function tiers(minima: Partial<Record<TierId, number>>, options: TierOptions = {}): Tier[] {
  const { english = true, colours = true } = options;
  return (Object.entries(minima) as [TierId, number][]).map(([id, min]) => {
    const look = TIER_LOOKS[id];
    const color = colours === false ? undefined : colours === true ? look.color : (colours[id] ?? look.color);
    return {
      id,
      label: english ? { vi: look.vi, en: look.en } : { vi: look.vi },
      min,
      ...(color === undefined ? {} : { color }),
    };
  });
}

/**
 * Tốt from 80, Khá from 65, Yếu below, on a 0–100 scale, labelled in both languages and coloured: the set
 * most widget fixtures show.
 *
 * @example commonTiers().map((t) => t.min) // [80, 65, 0]
 */
export function commonTiers(options: TierOptions = {}): Tier[] {
  return tiers({ tot: 80, kha: 65, yeu: 0 }, options);
}
