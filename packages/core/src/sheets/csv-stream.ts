import { DtiError } from '../validate/issue.js';
import { countOutsideQuotes, DELIMITERS, mostCommon, sniffDelimiter, usualFieldCount } from './csv-delimiter.js';
import { type CsvRecord, type QuotedField, readsAsRows, scanRecord } from './csv-record.js';
import type { Cell } from './sheet.js';

/**
 * Thrown by {@link CsvRecordStream} when the text is not records of the same number of fields as
 * spreadsheets write them: a quote left open or across lines that read as rows without it, NUL characters, a line split by another delimiter, a
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
/**
 * A line longer than this (in characters) is refused: no spreadsheet writes a row of a megabyte, and a
 * line is held whole until it ends, so a file of one endless line would take memory without bound.
 */
const LONGEST_LINE = 1 << 20;
const NO_LITERAL: ReadonlySet<number> = new Set();

/**
 * Reads CSV text given in chunks, record by record, as {@link readCsv} reads the whole text: the
 * same delimiter, the same fields in NFC, empty fields as empty cells, trailing blank rows dropped, and
 * the 1-based line of each row. Holds only the record being read. It reads what spreadsheets write —
 * records of the usual field count, a quoted field closed where it ends (over several lines when its
 * cell holds a line break, also across chunks) — and throws {@link IrregularCsv} for anything else,
 * which `readCsv` reports cell by cell from the whole text.
 *
 * @example
 * const stream = new CsvRecordStream((row, line) => rows.push(row));
 * stream.push('Mã;Tỷ lệ\nx1;"97,8'); stream.push('%"\n'); stream.end(); // rows: [['Mã', 'Tỷ lệ'], ['x1', '97,8%']]
 */
export class CsvRecordStream {
  readonly #sink: (row: Cell[], line: number) => void;
  readonly #name: string;
  #text = '';
  #started = false;
  #delimiter: string | undefined;
  /** The usual field count guessed from the first megabyte, checked against the whole text at the end. */
  #expected: number | undefined;
  #line = 1;
  readonly #tally = new Map<number, number>();
  #blank: Cell[][] = [];
  #blankLines: number[] = [];

  /** `name`: the file's name in messages (default `csv`). */
  constructor(sink: (row: Cell[], line: number) => void, options: { delimiter?: string; name?: string } = {}) {
    this.#sink = sink;
    this.#name = options.name ?? 'csv';
    this.#delimiter = options.delimiter;
  }

  /** The delimiter, once decided. */
  get delimiter(): string | undefined {
    return this.#started ? this.#delimiter : undefined;
  }

  /**
   * Reads a chunk of text; the records it completes go to the sink. A line that runs over
   * {@link LONGEST_LINE} characters throws a `DtiError` (`limit-exceeded`) as soon as it does, before
   * the rest of it is read.
   */
  push(chunk: string): void {
    if (chunk.includes('\u0000')) throw new IrregularCsv('it holds NUL characters');
    this.#text += chunk;
    this.#refuseLongLine();
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

  /** Refuses the line being read once it is longer than any row: its end may be a hundred megabytes away. */
  #refuseLongLine(): void {
    const text = this.#text;
    const from = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1;
    if (text.length - from <= LONGEST_LINE) return;
    let line = this.#line;
    for (let i = 0; i < from; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++;
    }
    throw this.#tooLong(line);
  }

  #tooLong(line: number): DtiError {
    const limit = LONGEST_LINE.toLocaleString('en');
    return new DtiError(
      `${this.#name} line ${line}: the row runs over ${limit} characters (1 MB) without a line break, longer than any spreadsheet row; the file is refused without reading the rest of the line: check that it is the CSV export of the sheet`,
      'limit-exceeded',
      `${this.#name} dòng ${line}: hàng dài quá ${LONGEST_LINE.toLocaleString('vi-VN')} ký tự (1 MB) mà không xuống dòng, dài hơn mọi hàng của một bảng tính; tệp bị từ chối mà không đọc phần còn lại của dòng: hãy kiểm tra đây là tệp CSV xuất từ bảng tính`,
    );
  }

  #start(final: boolean): void {
    if (this.#text.charCodeAt(0) === 0xfeff) this.#text = this.#text.slice(1);
    const text = this.#text;
    if (!final && completeLines(text) < 5) {
      const long = firstLongLine(text);
      if (long !== undefined) throw this.#tooLong(long);
      throw new IrregularCsv('the first lines are too long to tell the delimiter');
    }
    this.#delimiter ??= sniffDelimiter(text);
    // Guessed from the first megabyte however much text came at once: the whole file is tallied as
    // it is read, and `end` checks the guess against that tally.
    const head = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
    const last = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('\r'));
    this.#expected = usualFieldCount(final && head === text ? text : head.slice(0, Math.max(last, 0)), this.#delimiter);
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

  /**
   * Whether a quoted field over several lines (a name with a line break in its cell) is one a
   * spreadsheet wrote, as `readCsv` judges it: its record has the usual field count, and its lines do
   * not each read as a row without the quote. Read here, a line break in the last row of a large file
   * does not make the whole text be read again at once.
   */
  #spansLines(record: CsvRecord, field: QuotedField, text: string): boolean {
    const expected = this.#expected;
    if (expected === undefined || record.fields.length !== expected) return false;
    return !(expected > 1 && readsAsRows(text, record, field, this.#delimiter as string, NO_LITERAL, expected));
  }

  #take(record: CsvRecord, text: string, quoted: boolean): void {
    for (const field of record.quoted)
      if (!field.closed || field.trailing || (field.endLine !== field.line && !this.#spansLines(record, field, text)))
        throw new IrregularCsv(`line ${field.line} has a quote that is not closed as a writer closes it`);
    // Text given whole reaches here with a long line inside it; a stream refused it in `push`.
    if (record.end - record.start > LONGEST_LINE) throw this.#tooLong(record.line);
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

/** The 1-based number of the first line longer than {@link LONGEST_LINE}, if any. */
function firstLongLine(text: string): number | undefined {
  let line = 1;
  let from = 0;
  while (from <= text.length) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    const cr = text.indexOf('\r', from);
    if (cr >= 0 && cr < end) end = cr;
    if (end - from > LONGEST_LINE) return line;
    line++;
    from = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
  }
  return undefined;
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
