import { clip } from '../validate/issue.js';
import { cellText } from './headers.js';
import { type Cell, columnLetter } from './sheet.js';
import type { SheetIssues } from './sheet-issues.js';

/** Lines listed one by one in a message before the rest are counted. */
const LISTED = 10;

/**
 * Finds what the data rows hold outside the header's columns, which no column role reads:
 * - a CSV row with more fields than the header row (`x1;One;;50;100;500` under five headers): its
 *   values have shifted, so the row is an error naming the line and the extra text;
 * - a value under a column with an empty header (a workbook column left without a heading): a warning
 *   per column naming the first cell and how many there are;
 * - CSV rows with fewer fields than the header: one warning listing the lines, since a short row may be
 *   a row whose values shifted left.
 *
 * `lines` gives the CSV line of each row, when the sheet is a CSV file.
 */
export class StrayCells {
  readonly #header: readonly Cell[];
  readonly #width: number;
  readonly #issues: SheetIssues;
  readonly #lines: readonly number[] | undefined;
  readonly #name: string;
  readonly #unheaded = new Map<number, { row: number; cell: Cell; count: number }>();
  readonly #short: number[] = [];

  /** Whether a column has a header: cells under one are read by its role, not checked here. */
  readonly #headed: boolean[];

  /** The column of the unit ids (−1 when none), to name the unit of a row that has shifted. */
  readonly #idColumn: number;
  /** The CSV file's delimiter: a comma splits a number written with a decimal comma in two. */
  readonly #delimiter: string | undefined;

  constructor(
    name: string,
    header: readonly Cell[],
    issues: SheetIssues,
    lines: readonly number[] | undefined,
    csv: { idColumn: number; delimiter: string | undefined } = { idColumn: -1, delimiter: undefined },
  ) {
    this.#idColumn = csv.idColumn;
    this.#delimiter = csv.delimiter;
    this.#headed = header.map((cell) => cellText(cell).trim() !== '');
    this.#name = name;
    this.#header = header;
    this.#issues = issues;
    this.#lines = lines;
    let width = header.length;
    while (width > 0 && cellText(header[width - 1]).trim() === '') width--;
    this.#width = width;
  }

  /** The CSV line of a 0-based row, or the sheet row when the sheet is no CSV file. */
  #line(r: number): number {
    return this.#lines?.[r] ?? r + 1;
  }

  /** Checks one data row (0-based `r`), not blank. */
  check(r: number, row: readonly Cell[]): void {
    if (this.#lines && row.length < this.#width) this.#short.push(this.#line(r));
    const extra: string[] = [];
    for (let c = 0; c < row.length; c++) {
      if (this.#headed[c] === true) continue;
      const text = cellText(row[c]).trim();
      if (text === '') continue;
      if (this.#lines && c >= this.#header.length) {
        extra.push(text);
        continue;
      }
      const seen = this.#unheaded.get(c);
      if (seen) seen.count++;
      else this.#unheaded.set(c, { row: r, cell: row[c] ?? null, count: 1 });
    }
    if (extra.length > 0) this.#extraFields(r, row, extra);
  }

  /** The error for a CSV row with more fields than the header, naming its unit and a likely decimal comma. */
  #extraFields(r: number, row: readonly Cell[], extra: readonly string[]): void {
    const shown = extra.map((t) => `"${clip(t, 40)}"`).join(', ');
    const line = this.#line(r);
    const id = this.#idColumn >= 0 ? cellText(row[this.#idColumn]).trim() : '';
    const unit = id === '' ? undefined : clip(id);
    const split = this.#delimiter === ',' ? decimalCommaSplit(row) : undefined;
    const en = unit === undefined ? '' : `unit "${unit}": `;
    const vi = unit === undefined ? '' : `đơn vị "${unit}": `;
    const hintEn = split
      ? `; "${split}" may be one number written with a decimal comma: quote it ("${split}") or save the file with ";" as the delimiter`
      : '';
    const hintVi = split
      ? `; "${split}" có thể là một số viết với dấu phẩy thập phân: hãy đặt số trong ngoặc kép ("${split}") hoặc lưu tệp với dấu ";" làm dấu phân cách`
      : '';
    this.#issues.add({
      severity: 'error',
      code: 'malformed-csv',
      detail: 'extra-fields',
      path: [],
      ...(unit !== undefined && { unit: id }),
      value: extra.map((t) => clip(t, 40)),
      message: `${this.#name} line ${line}: ${en}the row has ${row.length} fields where the header has ${this.#header.length}; the extra ${shown} is read by no column, so the row's values may have shifted: check the delimiters in the row${hintEn}`,
      messageVi: `${this.#name}, dòng ${line}: ${vi}dòng có nhiều trường hơn dòng tiêu đề; phần thừa ${shown} không thuộc cột nào, nên các số liệu của dòng có thể đã bị lệch cột: hãy kiểm tra dấu phân cách trong dòng${hintVi}`,
      cell: {
        sheet: this.#name,
        row: line,
        column: columnLetter(this.#header.length),
        text: cellText(row[this.#header.length]),
      },
    });
  }

  /** Reports the columns without a header that hold values, and the short CSV rows. */
  finish(headerRow: number, reportShort: boolean): void {
    for (const [c, first] of this.#unheaded) {
      const more = first.count > 1 ? ` and ${first.count - 1} more cell${first.count === 2 ? '' : 's'} below` : '';
      this.#issues.add({
        severity: 'warning',
        code: 'unknown-column',
        detail: 'no-header',
        path: [],
        value: first.count,
        message: `${this.#issues.where(first.row, c)}: "${clip(cellText(first.cell))}"${more} in column ${columnLetter(c)}, which has no header in row ${headerRow + 1}; the column is ignored`,
        cell: this.#issues.at(first.row, c, first.cell),
      });
    }
    if (!reportShort || this.#short.length === 0) return;
    const lines = this.#short;
    const shown = lines.slice(0, LISTED).join(', ');
    const more = lines.length > LISTED ? ` and ${lines.length - LISTED} more` : '';
    this.#issues.add({
      severity: 'warning',
      code: 'malformed-csv',
      detail: 'short-rows',
      path: [],
      value: lines.slice(0, LISTED),
      message: `${this.#name}: line${lines.length === 1 ? '' : 's'} ${shown}${more} ha${lines.length === 1 ? 's' : 've'} fewer fields than the header (${this.#width}); the missing fields are read as empty, and the values of a short row may have shifted: check ${lines.length === 1 ? 'it' : 'them'}`,
      cell: { sheet: this.#name, row: lines[0] as number, column: 'A', text: '' },
    });
  }
}

/**
 * The first two adjacent cells of a row that read as one number split by a comma (`97` then `8` →
 * "97,8"), or `undefined`: what a comma-delimited file makes of a number written with a decimal comma.
 */
function decimalCommaSplit(row: readonly Cell[]): string | undefined {
  for (let c = 0; c + 1 < row.length; c++) {
    const whole = cellText(row[c]).trim();
    const part = cellText(row[c + 1]).trim();
    if (/^-?\d+$/u.test(whole) && /^\d+\s*%?$/u.test(part)) return `${whole},${part}`;
  }
  return undefined;
}
