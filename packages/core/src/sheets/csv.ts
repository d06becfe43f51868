import { DtiError, type DtiIssue } from '../validate/issue.js';
import { countOutsideQuotes, DELIMITERS, sniffDelimiter, usualFieldCount } from './csv-delimiter.js';
import { type CsvRecord, type QuotedField, readsAsRows, scanRecord } from './csv-record.js';
import type { Cell, Sheet } from './sheet.js';

/** Issues about the file's structure listed one by one before they are summed up. */
const SHOWN_ISSUES = 20;

/** Options of {@link readCsv}: the name issues give the file (default `csv`), and the delimiter when it should not be detected. */
export interface ReadCsvOptions {
  name?: string;
  delimiter?: string;
}

/**
 * Reads CSV text into a sheet: strips a byte-order mark, normalises text to NFC, and detects the
 * delimiter (comma, semicolon as Excel writes it in Vietnamese locales, or tab). Parses with no
 * `eval`, so it works under a strict Content-Security-Policy.
 *
 * What no writer produces is reported in `issues` as a `malformed-csv` error naming the line, never
 * read silently: a quote never closed, text after a closing quote, a quoted field that runs across
 * lines and breaks the record's
 * field count (it would swallow the next rows into one cell), lines split by another delimiter than
 * the rest of the file, NUL characters. The quote is then read as a plain character, so the rows
 * after it stay rows. Quoted fields with line breaks that fit the record (a header written by Excel
 * with Alt+Enter) read as they should. Text that looks like UTF-16 without a byte-order mark throws a
 * `DtiError`.
 *
 * @example readCsv('Đơn vị;Tỷ lệ\nGia Lâm;97,8%').rows // → [['Đơn vị', 'Tỷ lệ'], ['Gia Lâm', '97,8%']]
 */
export function readCsv(text: string, options: ReadCsvOptions = {}): Sheet {
  const name = options.name ?? 'csv';
  const issues: DtiIssue[] = [];
  // Text is normalised to NFC field by field (see scanRecord): the delimiters, quotes and line breaks
  // compose with nothing, so that reads as normalising the whole text would, at a fraction of the cost.
  const clean = withoutNul(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, name, issues);
  const delimiter = options.delimiter ?? sniffDelimiter(clean);
  const usual = usualFieldCount(clean, delimiter);
  const records = readRecords(clean, delimiter, usual, name, issues);
  issues.push(...mixedDelimiters(clean, records, delimiter, usual, name));
  const rows: Cell[][] = new Array(records.length);
  for (let r = 0; r < records.length; r++) rows[r] = emptyAsNull((records[r] as CsvRecord).fields);
  while (rows.length > 0 && (rows[rows.length - 1] as unknown[]).every((c) => c === null)) rows.pop();
  const lines: number[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) lines[r] = (records[r] as CsvRecord).line;
  return issues.length > 0 ? { name, rows, issues, lines, delimiter } : { name, rows, lines, delimiter };
}

/** The fields as cells, in place: an empty field is an empty cell. */
function emptyAsNull(fields: (string | null)[]): Cell[] {
  for (let c = 0; c < fields.length; c++) if (fields[c] === '') fields[c] = null;
  return fields;
}

/** What is wrong, as `detail`: `unclosed-quote`, `quote-across-lines`, `nul`, `mixed-delimiters`, `more-quotes`. */
type CsvProblem = 'unclosed-quote' | 'quote-across-lines' | 'nul' | 'mixed-delimiters' | 'more-quotes';

function malformed(name: string, line: number, detail: CsvProblem, message: string, value?: unknown): DtiIssue {
  return {
    severity: 'error',
    code: 'malformed-csv',
    detail,
    path: [],
    ...(value !== undefined && { value }),
    message: `${name} line ${line}: ${message}`,
    cell: { sheet: name, row: line, column: 'A', text: '' },
  };
}

/**
 * NUL never belongs in CSV text. Many of them, one every other character, is UTF-16 read as UTF-8:
 * refuse it. A few are reported and removed, so they reach no cell and no output.
 */
function withoutNul(text: string, name: string, issues: DtiIssue[]): string {
  const first = text.indexOf('\u0000');
  if (first < 0) return text;
  const sample = text.slice(0, 4096);
  let nuls = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0) nuls++;
  if (nuls * 4 >= sample.length)
    throw new DtiError(
      `${name}: the text looks like UTF-16 without a byte-order mark (every other byte is NUL): save the file as "CSV UTF-8"`,
      'invalid-format',
      `${name}: tệp có vẻ là văn bản UTF-16 không có dấu BOM (cứ một byte lại có một byte NUL): hãy lưu tệp dưới dạng "CSV UTF-8"`,
    );
  let line = 1;
  for (let i = 0; i < first; i++) if (text.charCodeAt(i) === 0x0a) line++;
  issues.push(
    malformed(
      name,
      line,
      'nul',
      'the text holds NUL characters (byte 0), which no spreadsheet writes; they are removed',
    ),
  );
  return text.replaceAll('\u0000', '');
}

/** Whether a quoted field is what a spreadsheet would write, given the record it ends up in. */
function brokenQuote(
  field: QuotedField,
  record: CsvRecord,
  expected: number | undefined,
  text: string,
  delimiter: string,
  literal: ReadonlySet<number>,
): string | undefined {
  const lines = field.endLine - field.line + 1;
  if (!field.closed)
    return `a quote opened here is never closed${lines > 1 ? ` (it would take in ${lines} lines)` : ''}`;
  if (field.trailing)
    return lines === 1
      ? 'a quoted field is followed by more text before the next delimiter'
      : `a quote opened here runs across ${lines} lines and closes in the middle of a field`;
  if (lines === 1) return undefined;
  if (expected !== undefined && record.fields.length !== expected)
    return `a quote opened here runs across ${lines} lines, making a row of ${record.fields.length} fields where the file has ${expected}`;
  if (expected !== undefined && expected > 1 && readsAsRows(text, record, field, delimiter, literal, expected))
    return `a quote opened here runs across ${lines} lines that each read as a row of ${expected} fields without it`;
  return undefined;
}

/** The first quoted field of a record that no writer would produce, and why. */
function brokenField(
  record: CsvRecord,
  expected: number | undefined,
  text: string,
  delimiter: string,
  literal: ReadonlySet<number>,
): { field: QuotedField; why: string } | undefined {
  for (const field of record.quoted) {
    const why = brokenQuote(field, record, expected, text, delimiter, literal);
    if (why !== undefined) return { field, why };
  }
  return undefined;
}

/**
 * The records of the text. A broken quote is reported and read again as a plain character, so the
 * lines it would have swallowed come back as rows. Work is bounded: past a budget of re-reading, the
 * text is refused.
 */
function readRecords(
  text: string,
  delimiter: string,
  usual: number | undefined,
  name: string,
  issues: DtiIssue[],
): CsvRecord[] {
  const expected = usual ?? usualRecordLength(text, delimiter);
  const literal = new Set<number>();
  const records: CsvRecord[] = [];
  let budget = 4 * text.length + 1_000_000;
  let broken = 0;
  let at = 0;
  let line = 1;
  while (at < text.length) {
    const record = scanRecord(text, at, line, delimiter, literal);
    const bad = record.quoted.length === 0 ? undefined : brokenField(record, expected, text, delimiter, literal);
    if (bad) {
      broken++;
      if (broken <= SHOWN_ISSUES)
        issues.push(
          malformed(
            name,
            bad.field.line,
            bad.field.closed ? 'quote-across-lines' : 'unclosed-quote',
            `${bad.why}; the quote is read as a plain character`,
            bad.field.endLine - bad.field.line + 1,
          ),
        );
      literal.add(bad.field.open);
      budget -= record.next - at;
      if (budget < 0)
        throw new DtiError(
          `${name}: too many unbalanced quotes (${broken} from line ${bad.field.line} on): fix the quotes or save the file again from a spreadsheet`,
          'malformed-csv',
          `${name}: quá nhiều dấu nháy kép không khép (${broken} chỗ, từ dòng ${bad.field.line}): sửa các dấu nháy hoặc lưu lại tệp từ bảng tính`,
        );
      continue;
    }
    records.push(record);
    at = record.next;
    line = record.nextLine;
  }
  if (broken > SHOWN_ISSUES)
    issues.push(
      malformed(
        name,
        line,
        'more-quotes',
        `… and ${broken - SHOWN_ISSUES} more unbalanced quotes`,
        broken - SHOWN_ISSUES,
      ),
    );
  return records;
}

/** The most common record length when every line holds a quote (files that quote every field). */
function usualRecordLength(text: string, delimiter: string): number | undefined {
  const tally = new Map<number, number>();
  let at = 0;
  let line = 1;
  const none = new Set<number>();
  while (at < text.length) {
    const record = scanRecord(text, at, line, delimiter, none);
    if (record.quoted.every((q) => q.closed && q.endLine === q.line))
      tally.set(record.fields.length, (tally.get(record.fields.length) ?? 0) + 1);
    at = record.next;
    line = record.nextLine;
  }
  let best: number | undefined;
  let most = 0;
  for (const [count, times] of tally)
    if (times > most) {
      best = count;
      most = times;
    }
  return best;
}

/**
 * Lines that another delimiter splits into the file's usual number of fields while the file's own
 * delimiter does not: a file pasted together from two exports. Read with one delimiter, such a line
 * would become one cell.
 */
function mixedDelimiters(
  text: string,
  records: CsvRecord[],
  delimiter: string,
  expected: number | undefined,
  name: string,
): DtiIssue[] {
  if (expected === undefined || expected < 2) return [];
  const lines: number[] = [];
  let other = '';
  for (const record of records) {
    if (record.fields.length === expected || record.quoted.some((q) => q.endLine > q.line)) continue;
    const raw = text.slice(record.start, record.end);
    const match = DELIMITERS.find((d) => d !== delimiter && countOutsideQuotes(raw, d) + 1 === expected);
    if (match) {
      lines.push(record.line);
      other ||= match;
    }
  }
  if (lines.length === 0) return [];
  const shown = lines.slice(0, 10).join(', ');
  const more = lines.length > 10 ? ` and ${lines.length - 10} more` : '';
  return [
    malformed(
      name,
      lines[0] as number,
      'mixed-delimiters',
      `fields are separated by ${show(other)} on line${lines.length === 1 ? '' : 's'} ${shown}${more}, by ${show(delimiter)} elsewhere: save the file again with one delimiter`,
      lines.slice(0, 10),
    ),
  ];
}

function show(delimiter: string): string {
  return delimiter === '\t' ? 'tabs' : `"${delimiter}"`;
}
