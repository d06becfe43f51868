import type { Locale } from './locale.js';

/**
 * The `Intl` locale that writes numbers and dates as readers of a language expect: `vi-VN` for
 * Vietnamese (decimal comma, dot between thousands: `97,8`, `2.528`), `en-GB` for English (`97.8`,
 * `2,528`; day before month in dates).
 *
 * @example new Intl.NumberFormat(intlLocale('vi')).format(2528.5) // '2.528,5'
 */
export function intlLocale(locale: Locale): 'vi-VN' | 'en-GB' {
  return locale === 'vi' ? 'vi-VN' : 'en-GB';
}
