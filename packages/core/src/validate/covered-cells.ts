import { clip, type DtiIssue } from './issue.js';

/** One cell a column's note covers, as {@link DtiIssue.cells} holds it. */
type Covered = NonNullable<DtiIssue['cells']>[number];

/** How many cells a note names one by one before counting the rest: enough to find them, short enough to read. */
const NAMED = 3;

/**
 * The cells a column's note covers, counted and the first few named, so that each can be found:
 * `in 7 cells of 5 units: HN (C4 "N/A"), HP (C9 "-"), DN (C12 "N/A") and 4 other cells`.
 * Every cell is in the issue's `cells` (and printed by `dti … --verbose`).
 *
 * @example coveredCells([{ unit: 'HN', row: 4, column: 'C', text: 'N/A' }, { unit: 'HP', row: 9, column: 'C', text: '-' }], 'vi')
 * // → 'ở 2 ô của 2 đơn vị: HN (C4 "N/A"), HP (C9 "-")'
 */
export function coveredCells(cells: readonly Covered[], locale: 'vi' | 'en'): string {
  const units = new Set(cells.map((c) => c.unit)).size;
  const named = cells
    .slice(0, NAMED)
    .map((c) => `${clip(c.unit)} (${c.column}${c.row} "${clip(c.text.trim())}")`)
    .join(', ');
  const rest = cells.length - NAMED;
  if (locale === 'vi')
    return `ở ${cells.length} ô của ${units} đơn vị: ${named}${rest > 0 ? ` và ${rest} ô khác` : ''}`;
  return `in ${cells.length} cells of ${units} unit${units === 1 ? '' : 's'}: ${named}${rest > 0 ? ` and ${rest} other cell${rest === 1 ? '' : 's'}` : ''}`;
}

/**
 * A column note that says its other cells "are read alike and not listed", rewritten to count and name
 * them (`cells` holds every cell the note covers); a message without that ending is returned as it is.
 *
 * @example readAlike('…; the column\'s other percentages are read alike and not listed', cells, 'en')
 * // → '…; the column\'s percentages are read alike, in 2 cells of 2 units: a (B2 "85%"), b (B3 "90%")'
 */
export function readAlike(message: string, cells: readonly Covered[], locale: 'vi' | 'en'): string {
  if (cells.length < 2) return message;
  const where = coveredCells(cells, locale);
  return locale === 'vi'
    ? message.replace(
        /các (giá trị(?: phần trăm)?) khác (.*)cũng được đọc như vậy và không được liệt kê$/u,
        (_all, what: string, rest: string) => `các ${what} ${rest}được đọc như vậy, ${where}`,
      )
    : message.replace(
        /the column's other (.+) are read alike and not listed$/u,
        (_all, what: string) => `the column's ${what} are read alike, ${where}`,
      );
}
