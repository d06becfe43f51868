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
