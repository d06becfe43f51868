/**
 * Text NFC leaves as it is: ASCII, Latin-1 to Latin Extended-B, IPA and spacing modifiers, and the
 * precomposed letters of U+1E00–U+1EFF (all of Vietnamese's), with no combining mark among them.
 * Checked for every character and every pair of them; anything else goes through the normaliser.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range starts at U+0000 on purpose, control characters included.
const NFC_AS_IS = /^[\u0000-\u02ff\u1e00-\u1eff]*$/;

/**
 * Text in Unicode NFC, so "Đà Nẵng" typed on a Mac (NFD) is the same unit as on Windows. ASCII text
 * (most ids) and Vietnamese typed in precomposed letters (most names) are returned as they are, without a
 * call into the normaliser.
 *
 * @example toNfc('Ha\u0300 No\u0323i') === 'Hà Nội' // → true
 */
export function toNfc(text: string): string {
  return NFC_AS_IS.test(text) ? text : text.normalize('NFC');
}
