import { clip } from '../validate/issue.js';
import { cellText } from './headers.js';
import { type Cell, columnLetter } from './sheet.js';
import type { SheetIssues } from './sheet-issues.js';

/** Rows named one by one for a column, before the rest are counted. */
const LISTED = 20;

/** A row whose number may have been split by the comma delimiter: where, its unit, the two cells and what the ignored column got. */
interface SplitRow {
  r: number;
  line: number;
  unit: string;
  column: number;
  split: string;
  absorbed: string;
}

/**
 * A comma-delimited CSV whose header has a column no role reads ("Ghi chú") right of the value columns:
 * a number written with a decimal comma ("97,8", unquoted) splits in two, the row shifts one column to
 * the right, and the ignored column takes the last value, so the row has as many fields as the header
 * and nothing looks wrong, while "97" and "8" are read as two values. A row where that column holds a
 * number, in a column that in other rows holds none (notes, or nothing), and whose value cells hold two
 * neighbouring whole numbers is an error naming the unit, the line and the likely decimal comma.
 * (A column that holds a number in every row is read as a column of its own, unknown to the framework.)
 */
export class SplitDecimals {
  readonly #name: string;
  readonly #header: readonly Cell[];
  /** Ignored columns right of a value column, each with the rows where it holds a number and whether some row holds none. */
  readonly #columns: { c: number; first: number; rows: SplitRow[]; count: number; other: boolean }[];

  constructor(name: string, header: readonly Cell[], ignored: readonly number[], firstValue: number) {
    this.#name = name;
    this.#header = header;
    this.#columns = ignored
      .filter((c) => c > firstValue)
      .map((c) => ({ c, first: firstValue, rows: [], count: 0, other: false }));
  }

  /** Whether there is anything to check: a comma-delimited file with an ignored column right of a value. */
  get active(): boolean {
    return this.#columns.length > 0;
  }

  /** Checks one data row (0-based `r`, on CSV line `line`); `id` is its unit's id as written. */
  check(r: number, line: number, row: readonly Cell[], id: string): void {
    for (const column of this.#columns) {
      const absorbed = cellText(row[column.c]).trim();
      const split = /^-?\d+(?:\.\d+)?\s*%?$/u.test(absorbed) ? splitBefore(row, column.first, column.c) : undefined;
      if (!split) column.other = true;
      // A column of numbers in every row may be a large file's own column: only the first rows are kept.
      else if (column.count++ < LISTED) column.rows.push({ r, line, unit: id, absorbed, ...split });
    }
  }

  /** Reports each row whose number was likely split, in columns that are not numbers throughout. */
  finish(issues: SheetIssues): void {
    for (const column of this.#columns) {
      if (!column.other) continue;
      for (const row of column.rows) issues.add(this.#issue(row, column.c, issues));
      if (column.count > LISTED) issues.add(this.#more(column.count - LISTED, column.c));
    }
  }

  /** The rows past the first LISTED, counted in one more error. */
  #more(count: number, ignored: number) {
    const header = clip(cellText(this.#header[ignored]).trim());
    return {
      severity: 'error' as const,
      code: 'malformed-csv' as const,
      detail: 'split-decimal',
      path: [],
      value: count,
      message: `${this.#name}: ${count} more rows hold a number in the ignored column "${header}" beside two whole numbers that may be one number split by the comma delimiter`,
      messageVi: `${this.#name}: còn ${count} dòng khác có một số ở cột bị bỏ qua "${header}" cạnh hai số nguyên có thể là một số bị dấu phân cách "," tách làm hai`,
    };
  }

  #issue(row: SplitRow, ignored: number, issues: SheetIssues) {
    const header = (c: number) => clip(cellText(this.#header[c]).trim());
    const [whole, part] = row.split.split(',');
    const cells = `${columnLetter(row.column)} and ${columnLetter(row.column + 1)}`;
    const cellsVi = `${columnLetter(row.column)} và ${columnLetter(row.column + 1)}`;
    const unit = clip(row.unit);
    return {
      severity: 'error' as const,
      code: 'malformed-csv' as const,
      detail: 'split-decimal',
      path: [],
      unit: row.unit,
      value: row.split,
      cell: issues.at(row.r, row.column, whole ?? ''),
      message: `${this.#name} line ${row.line}: unit "${unit}": "${row.split}" in columns ${cells} is likely one number written with a decimal comma, split in two by the comma delimiter: read so, "${header(row.column)}" would be ${whole} and "${header(row.column + 1)}" ${part}, and the row's last value "${clip(row.absorbed, 40)}" would fall in the ignored column "${header(ignored)}"; quote the number ("${row.split}") or save the file with ";" as the delimiter`,
      messageVi: `${this.#name}, dòng ${row.line}: đơn vị "${unit}": "${row.split}" ở cột ${cellsVi} có thể là một số viết với dấu phẩy thập phân, bị dấu phân cách "," tách làm hai: đọc như vậy thì "${header(row.column)}" là ${whole}, "${header(row.column + 1)}" là ${part}, và giá trị cuối "${clip(row.absorbed, 40)}" của dòng rơi vào cột bị bỏ qua "${header(ignored)}"; hãy đặt số trong ngoặc kép ("${row.split}") hoặc lưu tệp với dấu ";" làm dấu phân cách`,
    };
  }
}

/** The first two neighbouring cells from `from` to before `to` that read as a number split by a comma ("97" then "8"). */
function splitBefore(row: readonly Cell[], from: number, to: number): { column: number; split: string } | undefined {
  for (let c = from; c + 1 < to; c++) {
    const whole = cellText(row[c]).trim();
    const part = cellText(row[c + 1]).trim();
    if (/^-?\d+$/u.test(whole) && /^\d+\s*%?$/u.test(part)) return { column: c, split: `${whole},${part}` };
  }
  return undefined;
}
