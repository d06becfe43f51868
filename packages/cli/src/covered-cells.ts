import type { DtiIssue } from '@dti-kit/core';
import type { Locale } from './options.js';
import { printable } from './printable.js';

/**
 * The `--verbose` listing of every cell a column's note covers (a placeholder, a decimal mark of the
 * other convention, …), one line each, indented under the note, so that no cell it counts is hidden:
 * unit, cell, text and the number read. Nothing for a note about one cell, which its line names.
 *
 * @example coveredCellLines(note, 'en') // → ['    unit "HN": d.csv!C4 "N/A"', '    unit "HP": d.csv!C9 "-"']
 */
export function coveredCellLines(issue: DtiIssue, locale: Locale): string[] {
  const cells = issue.cells ?? [];
  if (cells.length < 2) return [];
  const sheet = issue.cell?.sheet ?? '';
  const unit = locale === 'vi' ? 'đơn vị' : 'unit';
  const number = (v: number) => (locale === 'vi' ? String(v).replace('.', ',') : String(v));
  return cells.map((c) =>
    printable(
      `    ${unit} "${c.unit}": ${sheet}!${c.column}${c.row} "${c.text.trim()}"${c.value === undefined ? '' : ` → ${number(c.value)}`}`,
    ),
  );
}
