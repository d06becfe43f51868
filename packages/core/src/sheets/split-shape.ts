import { clip } from '../validate/issue.js';
import { cellText } from './headers.js';
import { type Cell, columnLetter } from './sheet.js';
import type { SheetIssues } from './sheet-issues.js';

/** Rows kept to be weighed at the end: a file of whole numbers has a pair of them on every row. */
const KEPT = 1000;
/** Rows named one by one. */
const LISTED = 20;
/** A cell's shape: an empty cell has none. */
const EMPTY = -2;
/** A cell's shape: text, not a number. */
const TEXT = -1;

/** A row holding a whole number then digits, kept to be weighed once every row's shape is known. */
interface Candidate {
  r: number;
  line: number;
  unit: string;
  /** The shape of each cell from the first value column on (see {@link shapeOf}). */
  shapes: number[];
  /** Where each "whole number, digits" pair starts, from the first value column. */
  starts: number[];
  cells: string[];
}

/** How many digits a number's whole part has; {@link TEXT} or {@link EMPTY} for any other cell. */
function shapeOf(text: string): number {
  if (text === '') return EMPTY;
  const number = /^-?(\d+)(?:[.,]\d+)?\s*%?$/u.exec(text);
  return number ? (number[1] as string).length : TEXT;
}

/**
 * The split that nothing else shows: a comma-delimited file whose columns right of the values are
 * filled in every row (a column of numbers the framework does not use, or "Số dân"), where "97,8"
 * unquoted puts 97 and 8 in two value columns and moves the rest of the row one column right. No
 * cell is out of place by its kind, so each row is weighed by the shape of its numbers (how many digits
 * their whole part has) against the same columns in the other rows: a row whose cells, read as they
 * stand, fit two or more columns' other rows badly ("b" 8 where the others hold 70 and 90, "x" 50 where
 * they hold 1 and 2) and, read with the pair joined back ("97,8") and the rest moved left, fit every
 * column, is a warning naming the unit, the line, the cells and "97,8". It stays a warning: real numbers
 * can fall so. A row that fits either way (a pair 50, 97 beside a column of small numbers) cannot be
 * told from real values and is not named; nor is any row of a file with decimals everywhere.
 */
export class ShiftedShapes {
  readonly #from: number;
  readonly #header: readonly Cell[];
  /** For each column from the first value column: how many rows hold each shape. */
  readonly #counts: Map<number, number>[];
  readonly #kept: Candidate[] = [];

  constructor(header: readonly Cell[], firstValue: number) {
    this.#from = firstValue;
    this.#header = header;
    this.#counts = header.slice(firstValue).map(() => new Map<number, number>());
  }

  /** Counts one row's shapes and keeps it when it holds a pair of a whole number and digits. */
  add(r: number, line: number, row: readonly Cell[], unit: string): void {
    const cells = this.#counts.map((_, j) => cellText(row[this.#from + j]).trim());
    const shapes = cells.map(shapeOf);
    shapes.forEach((shape, j) => {
      const count = this.#counts[j] as Map<number, number>;
      count.set(shape, (count.get(shape) ?? 0) + 1);
    });
    if (this.#kept.length >= KEPT || shapes[shapes.length - 1] === EMPTY) return;
    const starts: number[] = [];
    for (let j = 0; j + 1 < cells.length; j++)
      if (/^-?\d+$/u.test(cells[j] as string) && /^\d+\s*%?$/u.test(cells[j + 1] as string)) starts.push(j);
    if (starts.length > 0) this.#kept.push({ r, line, unit, shapes, starts, cells });
  }

  /** Warns of each kept row that fits its columns only with a pair joined back, but for rows already `reported`. */
  finish(name: string, issues: SheetIssues, reported: ReadonlySet<number>): void {
    let said = 0;
    for (const row of this.#kept) {
      if (reported.has(row.r)) continue;
      const start = row.starts.find((j) => this.#misfits(row, j, false) >= 2 && this.#misfits(row, j, true) === 0);
      if (start === undefined) continue;
      if (said++ < LISTED) issues.add(this.#issue(name, row, start, issues));
    }
  }

  /** How many columns from `start` on a row's cells fit badly, as they stand or with the pair joined. */
  #misfits(row: Candidate, start: number, joined: boolean): number {
    let misfits = 0;
    for (let j = start; j < row.shapes.length; j++) {
      const own = row.shapes[j] as number;
      const shape = !joined || j === start ? own : (row.shapes[j + 1] ?? EMPTY);
      if (shape === EMPTY) continue;
      const others = (this.#counts[j]?.get(shape) ?? 0) - (shape === own ? 1 : 0);
      if (others <= 0) misfits++;
    }
    return misfits;
  }

  #issue(name: string, row: Candidate, start: number, issues: SheetIssues) {
    const at = (j: number) => this.#from + j;
    const header = (j: number) => clip(cellText(this.#header[at(j)]).trim());
    const whole = row.cells[start] as string;
    const part = row.cells[start + 1] as string;
    const split = `${whole},${part}`;
    const last = row.cells.length - 1;
    const moved = `"${header(last)}" ${clip(row.cells[last] as string, 40)}`;
    const unit = clip(row.unit);
    const letters = (and: string) => `${columnLetter(at(start))} ${and} ${columnLetter(at(start + 1))}`;
    return {
      severity: 'warning' as const,
      code: 'malformed-csv' as const,
      detail: 'split-decimal',
      path: [],
      unit: row.unit,
      value: split,
      cell: issues.at(row.r, at(start), whole),
      message: `${name} line ${row.line}: unit "${unit}": "${split}" in columns ${letters('and')} may be one number written with a decimal comma, split in two by the comma delimiter: read so, "${header(start)}" is ${whole}, "${header(start + 1)}" ${part} and each later value moves one column right (${moved}), which fits the other rows of those columns worse than "${split}" does; if it is one number, quote it ("${split}") or save the file with ";" as the delimiter`,
      messageVi: `${name}, dòng ${row.line}: đơn vị "${unit}": "${split}" ở cột ${letters('và')} có thể là một số viết với dấu phẩy thập phân, bị dấu phân cách "," tách làm hai: đọc như vậy thì "${header(start)}" là ${whole}, "${header(start + 1)}" là ${part} và mỗi giá trị sau lùi sang phải một cột (${moved}), lệch hẳn với các dòng khác của những cột đó, còn đọc là "${split}" thì khớp; nếu đó là một số, hãy đặt số trong ngoặc kép ("${split}") hoặc lưu tệp với dấu ";" làm dấu phân cách`,
    };
  }
}
