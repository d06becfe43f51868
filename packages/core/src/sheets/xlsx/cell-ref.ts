import { MAX_COLUMNS, MAX_ROWS } from './limits.js';

/** A cell reference read from `r="B7"`: zero-based row and column. */
export interface CellRef {
  row: number;
  col: number;
}

/**
 * Parses a 1-based row number as written in `<row r="…">`, within Excel's 1,048,576 rows; undefined
 * for `0`, `-5`, `999999999999` or anything not a plain number.
 *
 * @example parseRowNumber('7') // 6
 */
export function parseRowNumber(text: string): number | undefined {
  if (!/^\d{1,7}$/u.test(text)) return undefined;
  const n = Number(text);
  return n >= 1 && n <= MAX_ROWS ? n - 1 : undefined;
}

/**
 * Parses a cell reference such as `B7` within Excel's grid (A1 to XFD1048576); undefined for `A0`,
 * `XFE1`, `B-5` or anything else.
 *
 * @example parseCellRef('B7') // { row: 6, col: 1 }
 */
export function parseCellRef(text: string): CellRef | undefined {
  const m = /^(?:\$?)([A-Za-z]{1,3})(?:\$?)(\d{1,7})$/u.exec(text);
  if (!m) return undefined;
  const row = parseRowNumber(m[2] as string);
  let col = 0;
  for (const ch of (m[1] as string).toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  col -= 1;
  return row === undefined || col >= MAX_COLUMNS ? undefined : { row, col };
}

/**
 * Parses a range such as `A1:K1` (or a single cell) into its corners, top-left first.
 *
 * @example parseRange('A1:K1') // [{ row: 0, col: 0 }, { row: 0, col: 10 }]
 */
export function parseRange(text: string): [CellRef, CellRef] | undefined {
  const [a, b = a, ...rest] = text.split(':');
  if (a === undefined || b === undefined || rest.length > 0) return undefined;
  const from = parseCellRef(a);
  const to = parseCellRef(b);
  if (!from || !to) return undefined;
  return [
    { row: Math.min(from.row, to.row), col: Math.min(from.col, to.col) },
    { row: Math.max(from.row, to.row), col: Math.max(from.col, to.col) },
  ];
}
