import type { DtiIssue } from '../validate/issue.js';

/** A cell as read from a file: text, a number stored as a number, a boolean, or empty. */
export type Cell = string | number | boolean | null;

/** One sheet of a workbook, or a whole CSV file: rows of cells, the first row at index 0. */
export interface Sheet {
  name: string;
  rows: Cell[][];
  /**
   * What the reader found wrong in the file itself, each naming the part or cell: a formula error
   * cell, a malformed cell reference, an unknown shared string, an unbalanced quote. Readers never
   * drop anything without an issue here.
   */
  issues?: DtiIssue[];
  /**
   * Merged ranges whose top-left value the reader repeated over the range (0-based, inclusive,
   * clamped to the cells holding data). A merged heading then names every column under it; in the
   * data rows the layout reads only the top-left cell, so one value never becomes another's.
   */
  merges?: MergedRange[];
  /**
   * For a workbook: the number each percent-formatted cell stores (0.85 for a cell showing 85%), by
   * {@link cellKey}; `rows` give the percentage shown (85). An indicator measured in % reads the
   * percentage, a 0–1 share or a count the number stored.
   */
  percentCells?: ReadonlyMap<number, number>;
  /** For CSV: the 1-based line each row starts on (a quoted field may span lines). */
  lines?: number[];
  /** For CSV: the delimiter the file was read with (`,`, `;` or tab). */
  delimiter?: string;
  /**
   * The workbook's active tab (the sheet it opens on, `<workbookView activeTab>`): when several
   * sheets match a framework, the one the person last looked at is the likelier one to read.
   */
  active?: true;
}

/** A merged range of cells, 0-based rows and columns, inclusive. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A range's spreadsheet name.
 *
 * @example rangeName({ top: 1, left: 2, bottom: 1, right: 3 }) // → 'C2:D2'
 */
export function rangeName(range: MergedRange): string {
  return `${columnLetter(range.left)}${range.top + 1}:${columnLetter(range.right)}${range.bottom + 1}`;
}

/**
 * The key of a cell (0-based row and column) in {@link Sheet.percentCells}: one number, as a sheet
 * has at most 16,384 columns.
 *
 * @example cellKey(2, 3) // → 32771
 */
export function cellKey(row: number, column: number): number {
  return row * 16_384 + column;
}

/** Spreadsheet column letters of a zero-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Zero-based column index of spreadsheet letters: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
