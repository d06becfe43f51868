import type { Tier } from '@dti-kit/core/present';
import type { ReactiveControllerHost } from 'lit';
import type { Locale } from './locale.js';

// A tier colour comes from a published file and goes into an SVG `fill`: `url(…)` there would make the
// reader's browser fetch it. Only what the core's `cssColour` takes is drawn. Plain hex (what the
// presets and most frameworks use) is drawn at once; anything else waits for the rule, which brings
// the list of CSS colour names, so that list is downloaded only by pages that need it.

const HEX = /^#(?:[\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/iu;

type Rule = typeof import('./colour-rule.js');
let rule: Rule | undefined;
let loading: Promise<Rule> | undefined;

function whenLoaded(host: ReactiveControllerHost): void {
  loading ??= import('./colour-rule.js').then((m) => {
    rule = m;
    return m;
  });
  void loading.then(() => host.requestUpdate());
}

/**
 * The colour to draw for a tier, or `undefined`: for a colour that is not a CSS colour, and, until the
 * rule has loaded, for one that is not plain hex (`host` renders again when it has).
 *
 * @example fill=${drawnColour(tier.color, this) ?? 'currentColor'}
 */
export function drawnColour(colour: string | undefined, host: ReactiveControllerHost): string | undefined {
  if (colour === undefined || HEX.test(colour)) return colour;
  if (rule) return rule.cssColour(colour);
  whenLoaded(host);
  return undefined;
}

/**
 * A sentence for each tier colour that is not drawn because it is not a CSS colour; empty until the
 * rule has loaded (`host` renders again when it has).
 *
 * @example colourWarnings(table.framework.tiers, 'vi', this) // → ['Màu "redd" của xếp loại A (…) không phải màu CSS: …']
 */
export function colourWarnings(tiers: readonly Tier[], locale: Locale, host: ReactiveControllerHost): string[] {
  if (tiers.every((t) => t.color === undefined || HEX.test(t.color))) return [];
  if (rule) return rule.refusedColours(tiers, locale);
  whenLoaded(host);
  return [];
}
