// Replaces the default theme's composables/langs (see the alias in config.mts): the same links, except
// that a page's language link goes to its translation (counterparts.ts) rather than to the same slug
// under the other locale, which does not exist on this site. Keeps the default's signature and keys.
import { useData } from 'vitepress';
import { computed } from 'vue';
import { counterpartOf, pageLink } from './counterparts';

/**
 * The current locale and a link to every other locale: to the translation of the current page when
 * `correspondingLink` is set and one is listed, else to that locale's home page.
 *
 * @example const { localeLinks } = useLangs({ correspondingLink: true }); // on /phuong-phap: [{ text: 'English', link: '/en/methodology' }]
 */
export function useLangs({ correspondingLink = false } = {}) {
  const { site, localeIndex, page, theme, hash } = useData();
  const homeOf = (key: string) => site.value.locales[key]?.link || (key === 'root' ? '/' : `/${key}/`);
  const currentLang = computed(() => ({
    label: site.value.locales[localeIndex.value]?.label,
    link: homeOf(localeIndex.value),
  }));
  const localeLinks = computed(() =>
    Object.entries(site.value.locales).flatMap(([key, value]) => {
      if (currentLang.value.label === value.label) return [];
      const translation =
        correspondingLink && theme.value.i18nRouting !== false
          ? counterpartOf(page.value.relativePath, key)
          : undefined;
      // Pages whose headings keep the English anchors open at the same section; elsewhere the hash
      // matches nothing and the page opens at its top.
      const link = translation ? `${pageLink(translation, site.value.cleanUrls)}${hash.value}` : homeOf(key);
      return [{ text: value.label, link }];
    }),
  );
  return { localeLinks, currentLang };
}
