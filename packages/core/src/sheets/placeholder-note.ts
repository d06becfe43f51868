import { coveredCells } from '../validate/covered-cells.js';
import { type CellLocation, clip, type DtiIssue } from '../validate/issue.js';
import type { CellTarget } from './cell-value.js';
import type { Describe, SheetIssues } from './sheet-issues.js';

/**
 * A placeholder for no value ("N/A", "-", "chưa báo cáo") is read as missing, as the reader always did;
 * one warning per column counts the cells that held one, in how many units, and names the first few
 * (every cell is in its `cells`), so that a reader finds each value the missing-value rule scored.
 *
 * @example placeholderNote(at, { path: [], unit: 'HN', indicator: 'c', cell }, issues) // at the cell "N/A"
 */
export function placeholderNote(
  at: CellTarget,
  about: Pick<DtiIssue, 'path' | 'unit' | 'indicator'> & { cell: CellLocation },
  issues: SheetIssues,
): void {
  const text = about.cell.text.trim();
  issues.addNote(
    'placeholder',
    at.column,
    at.target.id,
    () => ({
      ...about,
      severity: 'warning',
      code: 'reading-note',
      detail: 'placeholder',
      value: 1,
      message: `${issues.whereWithHeader(at.row, at.column)}: 1 cell for indicator "${at.target.id}" holds a placeholder, "${text}" (unit "${clip(at.unit)}"); it is read as a missing value, so the framework's missing-value rule applies to it`,
    }),
    placeholderCells,
  );
  issues.cover('placeholder', at.column, at.target.id, { unit: at.unit, row: at.row, text });
}

/** The message of a placeholder note that covers several cells: how many, in how many units, the first few. */
const placeholderCells: Describe = (issue, cells) => {
  issue.value = cells.length;
  issue.message = `${columnPlace(issue)}: a placeholder stands for the value of indicator "${issue.indicator ?? ''}" ${coveredCells(cells, 'en')}; they are read as missing values, so the framework's missing-value rule applies to them`;
};

/** `d.csv!D2 (column "Số C")`: the note's first cell and its column, as the messages lead with it. */
export function columnPlace(issue: DtiIssue): string {
  const cell = issue.cell;
  if (!cell) return '';
  return `${cell.sheet}!${cell.column}${cell.row}${cell.header ? ` (column "${cell.header}")` : ''}`;
}
