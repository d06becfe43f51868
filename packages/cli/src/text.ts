/** Width of text in terminal columns: code points of the NFC form (Vietnamese letters are single). */
export function width(text: string): number {
  return [...text.normalize('NFC')].length;
}

/** Pads to a display width, on the right (`start`) or the left (`end`). */
export function pad(text: string, size: number, align: 'start' | 'end' = 'start'): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'start' ? text + fill : fill + text;
}

/** A plain-text table with a rule under the header. */
export function textTable(head: string[], rows: string[][], right: boolean[]): string {
  const widths = head.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => pad(cell, widths[c] ?? 0, right[c] ? 'end' : 'start'))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&#39;');
}
