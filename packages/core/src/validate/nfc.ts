/**
 * Whether a character is NFC however it is surrounded: below U+0300 (ASCII, Latin-1, the Latin
 * letters Vietnamese uses) or in Latin Extended Additional (U+1E00–U+1EFF, "ộ", "ữ"). None of them
 * decomposes, and none composes with the character before it; text of them alone is NFC as it stands.
 *
 * @example composedLatin('ộ'.charCodeAt(0)) // → true
 */
export function composedLatin(c: number): boolean {
  return c < 0x300 || (c >= 0x1e00 && c < 0x1f00);
}

/**
 * Text in Unicode NFC, so "Đà Nẵng" typed on a Mac (NFD) is the same unit as on Windows. Text of
 * characters that are NFC on their own (every id, and a Vietnamese name typed on Windows) is returned
 * as it is, without a call into the normaliser.
 *
 * @example toNfc('Ha\u0300 No\u0323i') === 'Hà Nội' // → true
 */
export function toNfc(text: string): string {
  for (let i = 0; i < text.length; i++) if (!composedLatin(text.charCodeAt(i))) return text.normalize('NFC');
  return text;
}
