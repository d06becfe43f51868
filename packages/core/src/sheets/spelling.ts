import { foldText } from './fold.js';

/*
 * Vietnamese writes the final i of some syllables as y too: tỉ lệ / tỷ lệ, lí do / lý do, kĩ thuật /
 * kỹ thuật, Mĩ / Mỹ, hi vọng / hy vọng, qui định / quy định. A header typed one way names the column
 * the framework labels the other way.
 */

/** Folded syllables written with a final y that are also written with i, each with the i form. */
const I_FOR_Y = new Map([
  ['ty', 'ti'],
  ['ly', 'li'],
  ['ky', 'ki'],
  ['my', 'mi'],
  ['hy', 'hi'],
  ['quy', 'qui'],
]);

/**
 * Folds a header for matching: {@link foldText}, then each syllable spelt with either i or y in its
 * i form, so that "Tỉ lệ" and "Tỷ lệ" are one header. Only whole syllables: "tuy", "y tế" are kept.
 *
 * @example foldHeader('Tỉ lệ hồ sơ') === foldHeader('Tỷ lệ hồ sơ') // → true ('ti le ho so')
 */
export function foldHeader(text: string): string {
  const folded = foldText(text);
  if (!folded.includes('y')) return folded;
  return folded
    .split(' ')
    .map((word) => I_FOR_Y.get(word) ?? word)
    .join(' ');
}
