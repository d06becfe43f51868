import type { NumberLocale } from '../schema/dataset.js';

/**
 * The number convention a file is read under, as messages name it in English and Vietnamese, with a
 * number written its way so a reader sees which mark is which.
 *
 * @example NUMBER_CONVENTION.vi.en // → 'the Vietnamese number convention (1.234,5)'
 */
export const NUMBER_CONVENTION: Record<NumberLocale, { en: string; vi: string }> = {
  vi: { en: 'the Vietnamese number convention (1.234,5)', vi: 'quy ước số Việt Nam (1.234,5)' },
  en: { en: 'the English number convention (1,234.5)', vi: 'quy ước số tiếng Anh (1,234.5)' },
};
