/**
 * The invisible format characters that move or hide text, as the body of a regular-expression class:
 * bidirectional overrides, embeddings and isolates (U+202A–202E, U+2066–2069), marks (U+200E/200F,
 * U+061C), line and paragraph separators (U+2028/2029), zero-width spaces and joiners (U+200B–200D,
 * U+FEFF). A right-to-left override in a unit name shows "2025" as "5202" on a terminal or a page;
 * one set for both, so what the terminal refuses the HTML report refuses too.
 */
const FORMAT_CLASS = '\\u061c\\u200b-\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ufeff';

/**
 * Any one invisible format character (see `FORMAT_CLASS` above), global.
 *
 * @example 'Xã\u202e2025'.replace(INVISIBLE_FORMAT, '\uFFFD') // → 'Xã\uFFFD2025'
 */
export const INVISIBLE_FORMAT = new RegExp(`[${FORMAT_CLASS}]`, 'gu');

// Control characters (C0, DEL, C1) and the invisible format characters.
const CONTROL = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f${FORMAT_CLASS}]`, 'gu');

/**
 * Text from data made safe for a terminal: C0 and C1 control characters (ESC, BEL, NUL, CSI…) are
 * shown as visible placeholders instead of being obeyed, so a unit named `x\u001b[2J` cannot clear the
 * screen or rewrite earlier lines. C0 characters and DEL become their Unicode "control pictures"
 * (ESC → ␛, NUL → ␀), C1 characters and invisible format characters (a right-to-left override
 * U+202E would show the rest of a table row reversed) become �. Characters in `keep` (e.g. `'\n'` for a message laid
 * out on several lines by the program itself) pass through.
 *
 * @example printable('Xã\u001b[2J') // → 'Xã␛[2J'
 */
export function printable(text: string, keep = ''): string {
  return text.replace(CONTROL, (c) => {
    if (keep.includes(c)) return c;
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\uFFFD';
  });
}
