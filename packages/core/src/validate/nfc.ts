/** Anything but printable ASCII, tabs and line breaks: only such text may differ between NFC and NFD. */
const NON_ASCII = /[^\t\n\r\u0020-\u007e]/;

/**
 * Text in Unicode NFC, so "Đà Nẵng" typed on a Mac (NFD) is the same unit as on Windows. ASCII text
 * (most ids) is returned as it is, without a call into the normaliser.
 *
 * @example toNfc('Ha\u0300 No\u0323i') === 'Hà Nội' // → true
 */
export function toNfc(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFC') : text;
}
