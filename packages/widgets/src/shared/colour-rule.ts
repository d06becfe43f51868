import { cssColour, labelIn, type Tier } from '@dti-kit/core/present';
import type { Locale } from './locale.js';

// Loaded only for a tier colour that is not plain hex: the list of CSS colour names and these
// sentences stay out of the first download.

export { cssColour };

/**
 * A sentence for each tier colour that is not a CSS colour (and so is not drawn), in the reader's language.
 *
 * @example refusedColours([{ id: 'a', label: { vi: 'A' }, min: 50, color: 'redd' }], 'en')
 * // → ['The colour "redd" of tier A (framework.tiers[0].color) is not a CSS colour: the tier is shown without it.']
 */
export function refusedColours(tiers: readonly Tier[], locale: Locale): string[] {
  return tiers.flatMap((tier, i) => {
    if (tier.color === undefined || cssColour(tier.color) !== undefined) return [];
    const colour = JSON.stringify(tier.color.length > 40 ? `${tier.color.slice(0, 40)}…` : tier.color);
    const name = labelIn(tier.label, locale);
    const at = `framework.tiers[${i}].color`;
    return [
      locale === 'vi'
        ? `Màu ${colour} của xếp loại ${name} (${at}) không phải màu CSS: xếp loại này hiện không có màu.`
        : `The colour ${colour} of tier ${name} (${at}) is not a CSS colour: the tier is shown without it.`,
    ];
  });
}
