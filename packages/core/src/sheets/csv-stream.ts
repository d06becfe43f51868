import { countOutsideQuotes, DELIMITERS, mostCommon, sniffDelimiter, usualFieldCount } from './csv-delimiter.js';
import { type CsvRecord, scanRecord } from './csv-record.js';
import type { Cell } from './sheet.js';

/**
 * Thrown by {@link CsvRecordStream} when the text is not one record per line of the same number of
 * fields: a quote across lines or left open, NUL characters, a line split by another delimiter, a
 * record of megabytes. Such a file is read whole by {@link readCsv}, which says what is wrong where.
 */
export class IrregularCsv extends Error {
  constructor(why: string) {
    super(`the CSV text is read whole: ${why}`);
    this.name = 'IrregularCsv';
  }
}

/** Text held before the delimiter and the usual field count are decided from it. */
const SNIFF_CHARS = 1 << 20;
/** A record longer than this is no spreadsheet row. */
const LONGEST_RECORD = 1 << 20;
const NO_LITERAL: ReadonlySet<number> = new Set();

/**
 * Reads CSV text given in chunks, record by record, as {@link readCsv} reads the whole text: the
 * same delimiter, the same fields in NFC, empty fields as empty cells, trailing blank rows dropped, and
 * the 1-based line of each row. Holds only the record being read. It reads what spreadsheets write —
 * every record on one line, quoted fields closed where they open — and throws {@link IrregularCsv}
 * for anything else, which `readCsv` reports cell by cell from the whole text.
 *
 * @example
 * const stream = new CsvRecordStream((row, line) => rows.push(row));
 * stream.push('Mã;Tỷ lệ\nx1;"97,8'); stream.push('%"\n'); stream.end(); // rows: [['Mã', 'Tỷ lệ'], ['x1', '97,8%']]
 */
export class CsvRecordStream {
  readonly #sink: (row: Cell[], line: number) => void;
  #text = '';
  #started = false;
  #delimiter: string | undefined;
  /** The usual field count guessed from the first megabyte, checked against the whole text at the end. */
  #expected: number | undefined;
  #line = 1;
  readonly #tally = new Map<number, number>();
  #blank: Cell[][] = [];
  #blankLines: number[] = [];

  constructor(sink: (row: Cell[], line: number) => void, options: { delimiter?: string } = {}) {
    this.#sink = sink;
    this.#delimiter = options.delimiter;
  }

  /** The delimiter, once decided. */
  get delimiter(): string | undefined {
    return this.#started ? this.#delimiter : undefined;
  }

  /** Reads a chunk of text; the records it completes go to the sink. */
  push(chunk: string): void {
    if (chunk.includes('\u0000')) throw new IrregularCsv('it holds NUL characters');
    this.#text += chunk;
    if (!this.#started) {
      if (this.#text.length < SNIFF_CHARS) return;
      this.#start(false);
    }
    this.#read(false);
  }

  /** Reads what is left; throws {@link IrregularCsv} if the whole text turned out irregular. */
  end(): void {
    if (!this.#started) this.#start(true);
    this.#read(true);
    if (mostCommon(this.#tally) !== this.#expected)
      throw new IrregularCsv('most lines have another number of fields than the first ones');
  }

  #start(final: boolean): void {
    if (this.#text.charCodeAt(0) === 0xfeff) this.#text = this.#text.slice(1);
    const text = this.#text;
    if (!final && completeLines(text) < 5) throw new IrregularCsv('the first lines are too long to tell the delimiter');
    this.#delimiter ??= sniffDelimiter(text);
    const last = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
    this.#expected = usualFieldCount(final ? text : text.slice(0, Math.max(last, 0)), this.#delimiter);
    this.#started = true;
  }

  #read(final: boolean): void {
    const text = this.#text;
    const delimiter = this.#delimiter as string;
    let at = 0;
    let quote = text.indexOf('"');
    while (at < text.length) {
      const record = scanRecord(text, at, this.#line, delimiter, NO_LITERAL);
      if (record.next >= text.length && !final) break;
      if (quote >= 0 && quote < at) quote = text.indexOf('"', at);
      this.#take(record, text, quote >= 0 && quote < record.end);
      at = record.next;
      this.#line = record.nextLine;
    }
    this.#text = at === 0 ? text : text.slice(at);
    if (this.#text.length > LONGEST_RECORD) throw new IrregularCsv('a record runs over a megabyte');
  }

  #take(record: CsvRecord, text: string, quoted: boolean): void {
    for (const field of record.quoted)
      if (!field.closed || field.trailing || field.endLine !== field.line)
        throw new IrregularCsv(`line ${field.line} has a quote that spans lines or is not closed where it opens`);
    const { fields } = record;
    const expected = this.#expected;
    if (expected !== undefined && expected >= 2 && fields.length !== expected) {
      const raw = text.slice(record.start, record.end);
      if (DELIMITERS.some((d) => d !== this.#delimiter && countOutsideQuotes(raw, d) + 1 === expected))
        throw new IrregularCsv(`line ${record.line} is split by another delimiter`);
    }
    let empty = true;
    let blank = true;
    for (let c = 0; c < fields.length; c++) {
      const field = fields[c] as string;
      if (field !== '') empty = false;
      if (blank && (field.trim() !== '' || (c > 0 && this.#delimiter !== '\t'))) blank = false;
    }
    if (!quoted && !blank) this.#tally.set(fields.length, (this.#tally.get(fields.length) ?? 0) + 1);
    const row = fields as Cell[];
    for (let c = 0; c < row.length; c++) if (row[c] === '') row[c] = null;
    // Blank rows wait for a row that is not: the ones that end the text are no rows of the sheet.
    if (empty) {
      this.#blank.push(row);
      this.#blankLines.push(record.line);
      return;
    }
    for (let b = 0; b < this.#blank.length; b++) this.#sink(this.#blank[b] as Cell[], this.#blankLines[b] as number);
    if (this.#blank.length > 0) {
      this.#blank = [];
      this.#blankLines = [];
    }
    this.#sink(row, record.line);
  }
}

/** Non-blank lines that end with a line feed, counted up to five. */
function completeLines(text: string): number {
  let found = 0;
  let from = 0;
  while (found < 5) {
    const lf = text.indexOf('\n', from);
    if (lf < 0) break;
    if (text.slice(from, lf).trim() !== '') found++;
    from = lf + 1;
  }
  return found;
}
