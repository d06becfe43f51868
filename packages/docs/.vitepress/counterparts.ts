/**
 * Each page of the site and its translation, as source paths from the site root, keyed by locale
 * (`root` is Vietnamese, `en` English). The slugs differ between languages (`phuong-phap` and
 * `methodology`), so the language switch cannot find a page's translation by swapping the prefix.
 *
 * @example counterpartOf('phuong-phap.md', 'en') // 'en/methodology.md'
 */
export const counterparts: ReadonlyArray<Readonly<Record<'root' | 'en', string>>> = [
  { root: 'index.md', en: 'en/index.md' },
  { root: 'bat-dau.md', en: 'en/quick-start.md' },
  { root: 'nhung-widget.md', en: 'en/embedding.md' },
  { root: 'trang-vi-du.md', en: 'en/example-pages.md' },
  { root: 'phuong-phap.md', en: 'en/methodology.md' },
  { root: 'dinh-dang-bo-chi-so.md', en: 'en/framework-format.md' },
  { root: 'bo-chi-so-co-san.md', en: 'en/presets.md' },
  { root: 'bang-tinh.md', en: 'en/spreadsheets.md' },
  { root: 'do-tin-cay.md', en: 'en/robustness.md' },
  { root: 'thu-nghiem.md', en: 'en/playground.md' },
  { root: 'hieu-nang.md', en: 'en/performance.md' },
];

/**
 * The translation of a page into a locale, or `undefined` when the page has none listed.
 *
 * @param relativePath the page's source path from the site root, as VitePress reports it
 * @param locale a key of the site's `locales`
 * @example counterpartOf('en/spreadsheets.md', 'root') // 'bang-tinh.md'
 */
export function counterpartOf(relativePath: string, locale: string): string | undefined {
  const pair = counterparts.find((p) => p.root === relativePath || p.en === relativePath);
  return pair && (locale === 'root' || locale === 'en') ? pair[locale] : undefined;
}

/**
 * The address of a page from its source path.
 *
 * @example pageLink('en/index.md', true) // '/en/'
 * @example pageLink('bang-tinh.md', false) // '/bang-tinh.html'
 */
export function pageLink(relativePath: string, cleanUrls: boolean): string {
  return `/${relativePath.replace(/(^|\/)index\.md$/u, '$1').replace(/\.md$/u, cleanUrls ? '' : '.html')}`;
}
