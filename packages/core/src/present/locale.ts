/**
 * A language the kit writes in: Vietnamese (`vi`, the default everywhere) or English (`en`).
 *
 * @example const locale: Locale = document.documentElement.lang === 'en' ? 'en' : 'vi';
 */
export type Locale = 'vi' | 'en';
