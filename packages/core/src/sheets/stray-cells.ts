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

  constructor(name: string, header: readonly Cell[], issues: SheetIssues, lines: readonly number[] | undefined) {
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
    if (extra.length > 0) {
      const shown = extra.map((t) => `"${clip(t, 40)}"`).join(', ');
      this.#issues.add({
        severity: 'error',
        code: 'malformed-csv',
        detail: 'extra-fields',
        path: [],
        value: extra.map((t) => clip(t, 40)),
        message: `${this.#name} line ${this.#line(r)}: the row has ${row.length} fields where the header has ${this.#header.length}; the extra ${shown} is read by no column, so the row's values may have shifted: check the delimiters in the row`,
        cell: {
          sheet: this.#name,
          row: this.#line(r),
          column: columnLetter(this.#header.length),
          text: cellText(row[this.#header.length]),
        },
      });
    }
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
