// Language and number formats, apart from the strings so an element that needs only these stays small.

import { intlLocale, type Locale } from '@dti-kit/core/present';

/** The languages the widgets speak: `vi` or `en`, as the core's presentation helpers take them. */
export type { Locale };

/**
 * The widget's language: its own `lang`/`locale`, else the nearest `lang` of the page, else Vietnamese.
 *
 * @example localeOf(el) // 'vi' on a page with <html lang="vi">
 */
export function localeOf(element: Element, explicit?: string | null): Locale {
  const lang = (explicit || element.closest('[lang]')?.getAttribute('lang') || 'vi').toLowerCase();
  return lang.startsWith('en') ? 'en' : 'vi';
}

// Making an Intl.NumberFormat costs far more than using one, and elements ask for one on every render:
// each locale and number of digits is made once (the formats never change).
const formats = new Map<string, Intl.NumberFormat>();

/**
 * Number formatting per locale: `vi-VN` gives "0,6961" and "2.528". The same format object for the
 * same locale and digits.
 *
 * @example numberFormat('vi', 1).format(97.8) // → '97,8'
 */
export function numberFormat(locale: Locale, digits?: number): Intl.NumberFormat {
  const key = `${locale} ${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), {
      minimumFractionDigits: digits ?? 0,
      maximumFractionDigits: digits ?? 2,
    });
    formats.set(key, format);
  }
  return format;
}

const counts: Partial<Record<Locale, Intl.NumberFormat>> = {};

/**
 * A count as the language writes it: 3.321 in Vietnamese, 3,321 in English.
 *
 * @example count(3321, 'vi') // '3.321'
 */
export function count(n: number, locale: Locale): string {
  counts[locale] ??= new Intl.NumberFormat(intlLocale(locale));
  return counts[locale].format(n);
}

const ranks: Partial<Record<Locale, Intl.NumberFormat>> = {};

/**
 * A rank as the language writes it, as the CLI's tables write it: a whole number without grouping (a
 * rank is read as a label), a fractional tie with its decimal mark: "2,5" in Vietnamese, "2.5" in English.
 *
 * @example rankText(2.5, 'vi') // '2,5'
 */
export function rankText(n: number, locale: Locale): string {
  ranks[locale] ??= new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 2, useGrouping: false });
  return ranks[locale].format(n);
}
