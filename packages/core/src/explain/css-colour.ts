import { isNamedColour } from './css-colour-names.js';

// A number as CSS writes one (`50`, `.5`, `-1e2`), optionally followed by one unit.
const NUMBER = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?`;
const PERCENT = `${NUMBER}%?`;
const HUE = `${NUMBER}(?:deg|grad|rad|turn)?`;
/** `rgb()`/`hsl()` with three numbers and an optional alpha, commas between all or spaces and `/`. */
const call = (name: string, first: string, rest: string) =>
  String.raw`${name}a?\(\s*${first}(?:(?:\s*,\s*${rest}){2}(?:\s*,\s*${PERCENT})?|(?:\s+${rest}){2}(?:\s*/\s*${PERCENT})?)\s*\)`;
const SYNTAX = new RegExp(
  String.raw`^(?:#(?:[\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})|${call('rgb', PERCENT, PERCENT)}|${call('hsl', HUE, PERCENT)})$`,
  'iu',
);

/**
 * A tier colour a page can draw, trimmed; `undefined` for anything else. Taken: hex (`#rgb`, `#rgba`,
 * `#rrggbb`, `#rrggbbaa`), `rgb()`/`rgba()`/`hsl()`/`hsla()` with numeric arguments, and the named
 * colours of CSS. Refused: `url(…)`, `var(…)` and every other function (a colour read from a published
 * file must never make a reader's browser fetch anything), `none`, `transparent`, `currentColor`, system
 * colours, and words that are not colours (`redd`), which a browser would draw black or not at all.
 *
 * @example cssColour(' #1A7F37 ') // → '#1A7F37'
 * @example cssColour('hsl(120 50% 40% / 0.8)') // → 'hsl(120 50% 40% / 0.8)'
 * @example cssColour('url(https://x.test/a.svg#p)') // → undefined
 * @example cssColour('redd') // → undefined
 */
export function cssColour(text: string): string | undefined {
  const colour = text.trim();
  return SYNTAX.test(colour) || isNamedColour(colour) ? colour : undefined;
}
