import type { NumberLocale } from '../schema/dataset.js';

/**
 * Spaces inside a number, which a cell may hold only as a thousands separator: "2 528", "1 000 000",
 * "2 528,5" (NBSP and narrow NBSP as well). "9 5", "12 50" or "1 2.528" group nothing in threes: two
 * values typed into one cell, or a digit split off by mistake. Joining their digits gave 95, 1250 and
 * 12528, numbers no one wrote.
 */

/** Whitespace as cells hold it: a space, NBSP (Excel, Word), narrow NBSP (French-style grouping). */
const SPACE = /[\s\u00a0\u202f]/u;
/** A whole part grouped by single spaces in threes, then an optional fraction: "1 000 000,5". */
const GROUPED_BY_SPACES = /^[1-9]\d{0,2}(?: \d{3})+(?:[.,]\d+)?$/u;
/**
 * The other convention's decimal mark before exactly three digits, after space groups: "1 000.000" in
 * a Vietnamese file may be a million grouped two ways as well as a thousand, so it is refused too.
 */
const OTHER_MARK_GROUP: Record<NumberLocale, RegExp> = { vi: /\.\d{3}$/u, en: /,\d{3}$/u };
/** A space between two digits, as written: what a separator between digit groups is. */
const BETWEEN_DIGITS = /\d([\s\u00a0\u202f]+)(?=\d)/gu;

/**
 * Whether the spaces in a number's text (spaces already folded to single ones, as `parseValue` folds
 * them) fail to group thousands in threes, all alike, under the locale. A sign may be followed by a
 * space ("- 5").
 *
 * @example badNumberSpaces('2 528,5', 'vi') // → false; badNumberSpaces('12 50', 'vi') // → true
 */
export function badNumberSpaces(text: string, locale: NumberLocale): boolean {
  const body = text.trim().replace(/^[-+−–]\s*/u, '');
  if (!SPACE.test(body)) return false;
  return !GROUPED_BY_SPACES.test(body) || OTHER_MARK_GROUP[locale].test(body);
}

/**
 * Whether a cell's raw text separates its digit groups with more than one kind of space ("1 000\u00a0000"):
 * the separators of one number are all the same, so two kinds mean text pasted together.
 *
 * @example mixedNumberSpaces('1 000\u00a0000') // → true; mixedNumberSpaces('1\u00a0000\u00a0000') // → false
 */
export function mixedNumberSpaces(text: string): boolean {
  // Most cells hold no NBSP at all: without one, every separator is an ordinary space or tab.
  if (!/[\u00a0\u202f]/u.test(text)) return false;
  let kind: string | undefined;
  for (const [, space] of text.matchAll(BETWEEN_DIGITS)) {
    if (kind === undefined) kind = space;
    else if (space !== kind) return true;
  }
  return false;
}
