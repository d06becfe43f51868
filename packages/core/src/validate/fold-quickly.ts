import { foldText } from './fold-text.js';

/**
 * {@link foldText}, the same result, about ten times faster on Latin and Vietnamese text, at the cost
 * of a table of 1,136 entries built on the first call. For validation, which folds every unit's name;
 * `foldText` stays the small one that the page's script carries.
 *
 * @example foldQuickly('Xã Phúc Thọ') // → 'xa phuc tho'
 */
export function foldQuickly(text: string): string {
  // Validation folds every unit's name: a table of what each Latin character folds to reads 100,000
  // names without a normaliser call or a regular expression.
  // The table is built from `foldText` itself, so the two agree by construction; text with a
  // character outside it (Greek, CJK, emoji, …) takes the slow path.
  const table = LATIN ?? buildLatin();
  let out = '';
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = table[c < 0x370 ? c : c >= 0x1e00 && c < 0x1f00 ? c - 0x1a90 : 0x470];
    if (f === undefined) return foldText(text);
    if (f === ' ') gap = true;
    else if (f !== '') {
      if (gap && out !== '') out += ' ';
      gap = false;
      out += f;
    }
  }
  return out;
}

/**
 * What each character of U+0000–U+036F and U+1E00–U+1EFF (Latin, its marks, and Vietnamese's
 * precomposed letters) folds to alone: its letters, '' for a mark, ' ' for a separator, `undefined`
 * where a character folds to letters and a separator at once (none does today; read slowly then).
 */
let LATIN: (string | undefined)[] | undefined;

function buildLatin(): (string | undefined)[] {
  const table: (string | undefined)[] = [];
  for (let k = 0; k < 0x470; k++) {
    const ch = String.fromCharCode(k < 0x370 ? k : k + 0x1a90);
    const bare = ch.normalize('NFD').replace(/\p{M}+/gu, '');
    const folded = foldText(`a${ch}a`);
    if (bare === '') table[k] = '';
    else if (folded === 'a a') table[k] = ' ';
    else if (/^a[\p{L}\p{N}]+a$/u.test(folded)) table[k] = folded.slice(1, -1);
  }
  LATIN = table;
  return table;
}
