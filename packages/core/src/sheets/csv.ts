import { dsvFormat } from 'd3-dsv';
import type { Sheet } from './sheet.js';

const DELIMITERS = [',', ';', '\t'] as const;

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === delimiter) count++;
  }
  return count;
}

/**
 * The delimiter that splits the first lines into the same number of fields (Vietnamese headers often
 * hold commas: "Tỷ lệ cán bộ, công chức…"), else the one most frequent in the first line.
 */
function sniffDelimiter(text: string): string {
  const lines = text
    .split(/\r?\n/u)
    .filter((l) => l.trim() !== '')
    .slice(0, 5);
  let best: string = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, d));
    const first = counts[0] ?? 0;
    if (first > 0 && counts.every((c) => c === first) && first > bestCount) {
      best = d;
      bestCount = first;
    }
  }
  if (bestCount > 0) return best;
  for (const d of DELIMITERS) {
    const count = countOutsideQuotes(lines[0] ?? '', d);
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Reads CSV text into a sheet: strips a byte-order mark, normalises text to NFC, and detects the
 * delimiter (comma, semicolon as Excel writes it in Vietnamese locales, or tab). Uses d3-dsv's row
 * parser, which needs no `eval`, so it works under a strict Content-Security-Policy.
 *
 * @example readCsv('Đơn vị;Tỷ lệ\nGia Lâm;97,8%').rows // → [['Đơn vị', 'Tỷ lệ'], ['Gia Lâm', '97,8%']]
 */
export function readCsv(text: string, options: { name?: string; delimiter?: string } = {}): Sheet {
  const clean = text.replace(/^\uFEFF/u, '').normalize('NFC');
  const delimiter = options.delimiter ?? sniffDelimiter(clean);
  const rows = dsvFormat(delimiter)
    .parseRows(clean)
    .map((row) => row.map((cell) => (cell === '' ? null : cell)));
  while (rows.length > 0 && (rows[rows.length - 1] as unknown[]).every((c) => c === null)) rows.pop();
  return { name: options.name ?? 'csv', rows };
}
