/**
 * Folds Vietnamese text for matching: NFD, combining marks removed, đ → d, lower case, anything that is
 * not a letter or digit turned into single spaces. "Tỷ lệ hồ sơ (%)" and "ty le ho so" fold alike, and
 * so do "Đà Nẵng" and "da nang"; the look-alike Ð (U+00D0) folds with Đ too.
 *
 * @example foldText('Phúc Thọ') === foldText('phuc tho') // → true
 */
export function foldText(text: string): string {
  // Built as character codes, not by adding to a string: a name of twenty letters would otherwise
  // leave twenty partial strings behind, and a file of a million names a gigabyte of them.
  if (text.length > MAX_CODES) return foldAnyText(text);
  let n = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const folded = c < 0x80 ? ascii(c) : latinFold(c);
    if (folded === undefined) return foldAnyText(text);
    if (folded === '') gap = n > 0;
    else {
      if (gap) CODES[n++] = 0x20;
      for (let k = 0; k < folded.length; k++) CODES[n++] = folded.charCodeAt(k);
      gap = false;
    }
  }
  return String.fromCharCode.apply(null, CODES.subarray(0, n) as unknown as number[]);
}

/** Text longer than this is folded by {@link foldAnyText}: no name or header is. */
const MAX_CODES = 1024;
/** The folded text's character codes: a Latin letter folds to one, with at most a space before it. */
const CODES = new Uint16Array(MAX_CODES * 2);

/** The definition {@link foldText} follows, for any text: what it gives for text beyond the Latin letters. */
function foldAnyText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐÐð]/gu, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** An ASCII letter or digit in lower case; '' for anything else, which separates words. */
function ascii(c: number): string {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) return String.fromCharCode(c);
  if (c >= 0x41 && c <= 0x5a) return String.fromCharCode(c | 0x20);
  return '';
}

/**
 * Each Latin letter's fold (U+0080–U+024F and the Vietnamese block U+1E00–U+1EFF), learnt from
 * {@link foldAnyText} the first time the letter is met: a Vietnamese name folds letter by letter,
 * without normalising and scanning it five times. Every letter of those blocks folds on its own, as
 * no rule of lower case there depends on the letters around it.
 */
const LATIN: (string | null)[] = [];

/** The fold of one Latin character; `undefined` for any other, or one that does not fold on its own. */
function latinFold(c: number): string | undefined {
  const slot = c < 0x250 ? c : c >= 0x1e00 && c < 0x1f00 ? c - 0x1e00 + 0x250 : -1;
  if (slot < 0) return undefined;
  let folded = LATIN[slot];
  if (folded === undefined) {
    const alone = foldAnyText(String.fromCharCode(c));
    folded = /^[\p{L}\p{N}]*$/u.test(alone) ? alone : null;
    LATIN[slot] = folded;
  }
  return folded ?? undefined;
}
