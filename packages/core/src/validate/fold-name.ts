import { foldText } from './fold-text.js';

/**
 * {@link foldText} for the many names of a dataset, letter by letter: what it gives is the same for
 * any text, in a fraction of the time for Latin text (a Vietnamese name), without normalising and
 * scanning the name five times. The widgets fold a few words with `foldText` itself, which is smaller.
 *
 * @example foldName('Xã Phú Lộc 12') // → 'xa phu loc 12'
 */
export function foldName(text: string): string {
  const n = foldCodes(text);
  if (n < 0) return foldText(text);
  return String.fromCharCode.apply(null, CODES.subarray(0, n) as unknown as number[]);
}

/**
 * A 32-bit hash of {@link foldName}`(text)` for Latin text, computed without building the folded
 * text; `-1` for text that only {@link foldText} folds (another script, a mark typed on a Mac), whose
 * fold {@link hashOfFold} hashes alike. Names of one fold have one hash, so a hash met once is a name
 * met once; names of equal hashes are compared by their folds.
 *
 * @example foldedHash('Xã Phú Lộc') === foldedHash('XA PHU LOC') // → true
 */
export function foldedHash(text: string): number {
  const n = foldCodes(text);
  if (n < 0) return -1;
  let h = FNV_OFFSET;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ (CODES[i] as number), FNV_PRIME);
  return h >>> 0;
}

/**
 * The hash {@link foldedHash} gives a text whose fold is `folded` (32-bit FNV-1a of its characters).
 *
 * @example hashOfFold(foldName('Xã Phú Lộc')) === foldedHash('Xã Phú Lộc') // → true
 */
export function hashOfFold(folded: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < folded.length; i++) h = Math.imul(h ^ folded.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Writes the fold of `text` into {@link CODES} and returns its length; `-1` when `text` is not made
 * of Latin letters that fold on their own (or is longer than any name), and needs {@link foldText}.
 */
function foldCodes(text: string): number {
  // Built as character codes, not by adding to a string: a name of twenty letters would otherwise
  // leave twenty partial strings behind, and a file of a million names a gigabyte of them.
  if (text.length > MAX_CODES) return -1;
  let n = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const a = ASCII[c] as number;
      if (a === 0) gap = n > 0;
      else {
        if (gap) CODES[n++] = 0x20;
        CODES[n++] = a;
        gap = false;
      }
      continue;
    }
    const folded = latinFold(c);
    if (folded === undefined) return -1;
    if (folded === '') gap = n > 0;
    else {
      if (gap) CODES[n++] = 0x20;
      for (let k = 0; k < folded.length; k++) CODES[n++] = folded.charCodeAt(k);
      gap = false;
    }
  }
  return n;
}

/** Text longer than this is folded by {@link foldText}: no name is. */
const MAX_CODES = 1024;
/** The folded text's character codes: a Latin letter folds to one, with at most a space before it. */
const CODES = new Uint16Array(MAX_CODES * 2);

/** Each ASCII character's fold: a letter or digit in lower case; 0 for anything else, which separates words. */
const ASCII = new Uint8Array(0x80).map((_, c) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ? c : c >= 0x41 && c <= 0x5a ? c | 0x20 : 0,
);

/**
 * Each Latin letter's fold (U+0080–U+024F and the Vietnamese block U+1E00–U+1EFF), learnt from
 * {@link foldText} the first time the letter is met: a Vietnamese name folds letter by letter,
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
    const alone = foldText(String.fromCharCode(c));
    folded = /^[\p{L}\p{N}]*$/u.test(alone) ? alone : null;
    LATIN[slot] = folded;
  }
  return folded ?? undefined;
}
