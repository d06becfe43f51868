const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

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
  const lines: string[] = [];
  for (const line of firstLines(text, 5)) if (line.trim() !== '') lines.push(line);
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
  const delim = delimiter.charCodeAt(0);
  const n = text.length;
  let fields = 1;
  let quote = false;
  let blank = true;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : LF;
    if (c === LF || c === CR) {
      if (!quote && !blank) tally.set(fields, (tally.get(fields) ?? 0) + 1);
      fields = 1;
      quote = false;
      blank = true;
      if (c === CR && text.charCodeAt(i + 1) === LF) i++;
    } else if (c === QUOTE) quote = true;
    else {
      if (c === delim) fields++;
      // What String.prototype.trim keeps: anything but white space and line terminators.
      if (blank && !isTrimmed(c)) blank = false;
    }
  }
  return mostCommon(tally);
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
