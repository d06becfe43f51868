const LF = 0x0a;

/** Whether `trim()` removes this character: white space or a line terminator. */
function isTrimmed(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return String.fromCharCode(c).trim() === '';
}

/** The delimiters CSV files from Vietnamese offices use: comma, semicolon (Excel, vi-VN), tab. */
export const DELIMITERS = [',', ';', '\t'] as const;

/**
 * How many times `delimiter` occurs in a line outside double quotes.
 *
 * @example countOutsideQuotes('a;"b;c";d', ';') // → 2
 */
export function countOutsideQuotes(line: string, delimiter: string): number {
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
 *
 * @example sniffDelimiter('Mã;Tỷ lệ cán bộ, công chức\nx;5') // → ';'
 */
export function sniffDelimiter(text: string): string {
  let lines: string[] = [];
  for (const line of firstLines(text, 5)) if (line.trim() !== '') lines.push(line);
  // A title above the header ("Kết quả DTI 2024") holds no delimiter: the lines from the first that
  // holds one decide, or the title would make every delimiter look inconsistent and the header one cell.
  const start = lines.findIndex((line) => DELIMITERS.some((d) => countOutsideQuotes(line, d) > 0));
  if (start > 0) lines = lines.slice(start);
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

/** The first non-empty lines, without splitting a whole large file. */
function* firstLines(text: string, wanted: number): Generator<string> {
  let from = 0;
  let found = 0;
  while (from <= text.length && found < wanted) {
    const lf = text.indexOf('\n', from);
    const end = lf < 0 ? text.length : lf;
    const line = text.slice(from, end).replace(/\r$/u, '');
    if (line.trim() !== '') found++;
    yield line;
    if (lf < 0) return;
    from = lf + 1;
  }
}

/**
 * The number of fields most lines without a quote split into: what a record of this file should
 * have. `undefined` when every line holds a quote.
 *
 * @example usualFieldCount('a;b;c\n1;2;3\n4;5', ';') // → 3
 */
export function usualFieldCount(text: string, delimiter: string): number | undefined {
  const tally = new Map<number, number>();
  // The first character only, as a record is split by one (a longer delimiter given by hand included).
  const delim = delimiter.charAt(0);
  // A line holding the delimiter is not blank, unless the delimiter is white space (tab).
  const marks = delim !== '' && !isTrimmed(delim.charCodeAt(0));
  const n = text.length;
  // Searched for with indexOf, which runs through text far faster than a loop over its characters;
  // each position is searched for again only once the line passes it.
  let lf = -1;
  let cr = -1;
  let quote = -1;
  let start = 0;
  for (;;) {
    if (lf < start) lf = after(text, '\n', start, n);
    if (cr < start) cr = after(text, '\r', start, n);
    if (quote < start) quote = after(text, '"', start, n);
    const end = Math.min(lf, cr);
    if (quote >= end) {
      let fields = 1;
      if (delim !== '')
        for (let at = text.indexOf(delim, start); at >= 0 && at < end; at = text.indexOf(delim, at + 1)) fields++;
      if ((fields > 1 && marks) || !blankBetween(text, start, end)) tally.set(fields, (tally.get(fields) ?? 0) + 1);
    }
    if (end >= n) break;
    start = end + (end === cr && text.charCodeAt(end + 1) === LF ? 2 : 1);
  }
  return mostCommon(tally);
}

/** Where `search` next occurs from `from` on, or `n` (the end of the text) if nowhere. */
function after(text: string, search: string, from: number, n: number): number {
  const at = text.indexOf(search, from);
  return at < 0 ? n : at;
}

/** Whether the text from `start` to `end` is only what `trim()` removes (white space). */
function blankBetween(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isTrimmed(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The most common count in a tally (count → how many times it was seen), the larger on a tie.
 *
 * @example mostCommon(new Map([[3, 5], [4, 5], [2, 1]])) // → 4
 */
export function mostCommon(tally: ReadonlyMap<number, number>): number | undefined {
  let best: number | undefined;
  let most = 0;
  for (const [count, times] of tally)
    if (times > most || (times === most && count > (best ?? 0))) {
      best = count;
      most = times;
    }
  return best;
}
