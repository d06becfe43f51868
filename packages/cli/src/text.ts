import { INVISIBLE_FORMAT, printable } from './printable.js';

/** Width of text in terminal columns: code points of the NFC form (Vietnamese letters are single). */
export function width(text: string): number {
  return [...text.normalize('NFC')].length;
}

/** Pads to a display width, on the right (`start`) or the left (`end`). */
export function pad(text: string, size: number, align: 'start' | 'end' = 'start'): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'start' ? text + fill : fill + text;
}

/**
 * A plain-text table with a rule under the header. Cells are made {@link printable}: a control
 * character in a unit name can neither drive the terminal nor break the layout.
 */
export function textTable(head: string[], rows: string[][], right: boolean[]): string {
  const shownHead = head.map((h) => printable(h));
  const shownRows = rows.map((r) => r.map((cell) => printable(cell)));
  // A loop, not Math.max(...column): spreading a column of a million rows overflows the call stack.
  const widths = shownHead.map((h, c) => {
    let most = width(h);
    for (const r of shownRows) most = Math.max(most, width(r[c] ?? ''));
    return most;
  });
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => pad(cell, widths[c] ?? 0, right[c] ? 'end' : 'start'))
      .join('  ')
      .trimEnd();
  return [line(shownHead), widths.map((w) => '─'.repeat(w)).join('  '), ...shownRows.map(line)].join('\n');
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
const HTML_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;

/**
 * Escapes text for HTML element content and attribute values. Control characters (NUL, ESC, C1),
 * which HTML forbids and which would reach a terminal showing the file, are removed. Invisible format
 * characters, the same set the terminal output refuses (a right-to-left override would show a
 * following "2025" as "5202"), become a visible U+FFFD: the page shows that something was there.
 *
 * @example escapeHtml('Bộ chỉ số\u202e <b>') // → 'Bộ chỉ số\uFFFD &lt;b&gt;'
 */
export function escapeHtml(text: string): string {
  return text
    .replace(HTML_CONTROL, '')
    .replace(INVISIBLE_FORMAT, '\uFFFD')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&#39;');
}
