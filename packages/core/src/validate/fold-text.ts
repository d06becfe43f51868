/**
 * Folds Vietnamese text for matching: NFD, combining marks removed, đ → d, lower case, anything that is
 * not a letter or digit turned into single spaces. "Tỷ lệ hồ sơ (%)" and "ty le ho so" fold alike, and
 * so do "Đà Nẵng" and "da nang"; the look-alike Ð (U+00D0) folds with Đ too.
 *
 * @example foldText('Phúc Thọ') === foldText('phuc tho') // → true
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐÐð]/gu, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
