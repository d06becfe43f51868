import { clip } from '../validate/issue.js';
import { cellText } from './headers.js';
import { type Cell, columnLetter } from './sheet.js';
import type { SheetIssues } from './sheet-issues.js';
import { ShiftedShapes } from './split-shape.js';

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
 * A comma-delimited CSV read with the decimal comma, where a number written so ("97,8", unquoted)
 * splits in two and the row's cells no longer sit under their headers, though the row may have as
 * many fields as the header, so nothing looks wrong while "97" and "8" are read as two cells.
 *
 * The rule: a row holding a whole number immediately followed by a cell of digits (the decimals), with a
 * column no role reads ("Ghi chú") that holds a number in this row, in a column that in some other row
 * holds none, is an error naming the unit, the line, the two cells and the likely "97,8", when that
 * column sits where the split puts a number: right of the pair (it took the row's last value: "a" 97,
 * "b" 8, "Ghi chú" 50), the pair's second cell (it took the decimals, between two value columns:
 * "a" 97, "Ghi chú" 8, "b" 50) or, left of the values, the pair's first cell (it took the whole part:
 * "Ghi chú" 97, "a" 8, "b" 50, the row one cell short of its empty note). A column that holds a number
 * in every row is read as a column of its own, and such rows are weighed by {@link ShiftedShapes}.
 */
export class SplitDecimals {
  readonly #name: string;
  readonly #header: readonly Cell[];
  /** Ignored columns, each with the rows where it holds a number beside a pair and whether some row does not. */
  readonly #columns: { c: number; first: number; rows: SplitRow[]; count: number; other: boolean }[];
  readonly #shapes: ShiftedShapes;
  readonly #firstValue: number;

  constructor(name: string, header: readonly Cell[], ignored: readonly number[], firstValue: number) {
    this.#name = name;
    this.#firstValue = firstValue;
    this.#header = header;
    this.#columns = ignored.map((c) => ({ c, first: Math.min(firstValue, c), rows: [], count: 0, other: false }));
    this.#shapes = new ShiftedShapes(header, firstValue);
  }

  /**
   * Checks one unit's data row (0-based `r`, on CSV line `line`); `id` is its unit's id as written.
   * A row with fewer fields than the header or no value at all (a unit not yet filled in) says
   * nothing of what the columns hold in a full row: it is no evidence for the shape of the others.
   */
  check(r: number, line: number, row: readonly Cell[], id: string): void {
    const full = row.length >= this.#header.length && hasValue(row, this.#firstValue);
    for (const column of this.#columns) {
      const absorbed = cellText(row[column.c]).trim();
      const split = /^-?\d+(?:\.\d+)?\s*%?$/u.test(absorbed) ? splitUpTo(row, column.first, column.c) : undefined;
      if (!split) column.other ||= full;
      // A column of numbers in every row may be a large file's own column: only the first rows are kept.
      else if (column.count++ < LISTED) column.rows.push({ r, line, unit: id, absorbed, ...split });
    }
    if (full) this.#shapes.add(r, line, row, id);
  }

  /** Reports each row whose number was likely split, in columns that are not numbers throughout. */
  finish(issues: SheetIssues): void {
    const reported = new Set<number>();
    for (const column of this.#columns) {
      if (!column.other) continue;
      for (const row of column.rows) {
        issues.add(this.#issue(row, column.c, issues));
        reported.add(row.r);
      }
      if (column.count > LISTED) issues.add(this.#more(column.count - LISTED, column.c));
    }
    this.#shapes.finish(this.#name, issues, reported);
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
    const last = `"${clip(row.absorbed, 40)}"`;
    const [takes, takesVi] =
      ignored > row.column + 1
        ? [`the row's last value ${last} would fall in`, `giá trị cuối ${last} của dòng rơi vào`]
        : ignored === row.column + 1
          ? [`the decimals ${last} would fall in`, `phần thập phân ${last} rơi vào`]
          : [`the whole part ${last} would fall in`, `phần nguyên ${last} rơi vào`];
    return {
      severity: 'error' as const,
      code: 'malformed-csv' as const,
      detail: 'split-decimal',
      path: [],
      unit: row.unit,
      value: row.split,
      cell: issues.at(row.r, row.column, whole ?? ''),
      message: `${this.#name} line ${row.line}: unit "${unit}": "${row.split}" in columns ${cells} is likely one number written with a decimal comma, split in two by the comma delimiter: read so, "${header(row.column)}" would be ${whole} and "${header(row.column + 1)}" ${part}, and ${takes} the ignored column "${header(ignored)}"; quote the number ("${row.split}") or save the file with ";" as the delimiter`,
      messageVi: `${this.#name}, dòng ${row.line}: đơn vị "${unit}": "${row.split}" ở cột ${cellsVi} có thể là một số viết với dấu phẩy thập phân, bị dấu phân cách "," tách làm hai: đọc như vậy thì "${header(row.column)}" là ${whole}, "${header(row.column + 1)}" là ${part}, và ${takesVi} cột bị bỏ qua "${header(ignored)}"; hãy đặt số trong ngoặc kép ("${row.split}") hoặc lưu tệp với dấu ";" làm dấu phân cách`,
    };
  }
}

/**
 * The first two neighbouring cells, the first from `from` up to the ignored column `to` itself, that
 * read as a number split by a comma ("97" then "8"): a pair ending at `to` put its decimals there, one
 * starting at `to` its whole part.
 */
function splitUpTo(row: readonly Cell[], from: number, to: number): { column: number; split: string } | undefined {
  for (let c = from; c <= to && c + 1 < row.length; c++) {
    const whole = cellText(row[c]).trim();
    const part = cellText(row[c + 1]).trim();
    if (/^-?\d+$/u.test(whole) && /^\d+\s*%?$/u.test(part)) return { column: c, split: `${whole},${part}` };
  }
  return undefined;
}

/** Whether any cell from `from` on holds something: a unit row with every value blank has none. */
function hasValue(row: readonly Cell[], from: number): boolean {
  for (let c = from; c < row.length; c++) if (cellText(row[c]).trim() !== '') return true;
  return false;
}
