import { foldText } from '../validate/fold-text.js';

/** Folds Vietnamese text for matching (see `validate/fold-text.ts`), where the sheet readers have always found it. */
export { foldText };

/**
 * A slug for ids derived from names: folded, words joined by hyphens.
 *
 * @example slugify('TP. Hồ Chí Minh') // → 'tp-ho-chi-minh'
 */
export function slugify(text: string): string {
  return foldText(text).replace(/ /gu, '-');
}
