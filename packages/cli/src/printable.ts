// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu;

/**
 * Text from data made safe for a terminal: C0 and C1 control characters (ESC, BEL, NUL, CSI…) are
 * shown as visible placeholders instead of being obeyed, so a unit named `x\u001b[2J` cannot clear the
 * screen or rewrite earlier lines. C0 characters and DEL become their Unicode "control pictures"
 * (ESC → ␛, NUL → ␀), C1 characters become �. Characters in `keep` (e.g. `'\n'` for a message laid
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
