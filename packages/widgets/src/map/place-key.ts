import { foldText } from '@dti-kit/core/present';

// "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TP Hồ Chí Minh", "Hồ Chí Minh" and the id
// "tp-ho-chi-minh" name one place: the key drops what a name may or may not carry in front of it.
const PREFIX = /^(?:tp|thanh pho|tinh) /u;

/**
 * The key a place is matched by: the name folded as the league table's search folds it (core `foldText`:
 * no diacritics, đ → d, lower case, punctuation and hyphens as spaces), without a leading "TP", "Thành
 * phố" or "Tỉnh". An id made by core `slugify` gives the same key as the name it was made from.
 *
 * @example placeKey('TP. Hồ Chí Minh') === placeKey('ho-chi-minh') // → true ('ho chi minh')
 */
export function placeKey(text: string): string {
  return foldText(text).replace(PREFIX, '');
}
