// The CSV export, apart from the table's model: its writer loads when the reader asks for the file,
// not with the table.

import type { ScoreTable } from '@dti-kit/core';
import { type CsvCell, writeCsv } from '@dti-kit/core/present';
import { type Locale, STRINGS } from '../shared/i18n.js';
import { coveragePercent, type RowModel, type ViewColumn } from './view-model.js';

/** One exported cell: numbers stay numbers, text is what the table shows. */
function csvCell(
  row: RowModel,
  column: ViewColumn,
  tierLabel: (id: string) => string,
  isNew: string,
  withinParent: boolean,
): CsvCell {
  const u = row.unit;
  switch (column.key) {
    case 'rank':
      return withinParent ? row.parentRank : u.rank;
    case 'national-rank':
      return u.rank;
    case 'name':
      return u.name;
    case 'group':
      return u.peerGroup ?? null;
    case 'value':
      return u.value;
    case 'pillars':
      return u.nodes[column.node ?? '']?.value ?? null;
    case 'change': {
      const change = withinParent ? row.parentChange : row.change;
      return change === 'new' ? isNew : change;
    }
    case 'tier':
      return u.tier === null ? null : tierLabel(u.tier);
    case 'coverage':
      return coveragePercent(u);
  }
}

/**
 * The current view as CSV text, written by the core's `writeCsv` (UTF-8 with BOM for Excel; semicolons
 * and decimal commas in Vietnamese; text that a spreadsheet would run as a formula, such as a unit named
 * `=HYPERLINK(…)`, is protected with a leading `'`). The header and every row have one field per
 * visible column, in the order shown. With `withinParent`, the rank and change columns are those within
 * the parent, as the table shows them while ranking within one.
 *
 * @example new Blob([viewCsv(rows, [{ key: 'rank', label: 'Hạng' }, { key: 'name', label: 'Đơn vị' }], 'vi')], { type: 'text/csv' })
 */
export function viewCsv(
  rows: readonly RowModel[],
  columns: readonly ViewColumn[],
  locale: 'vi' | 'en',
  options: { tierLabel?: (id: string) => string; isNew?: string; withinParent?: boolean } = {},
): string {
  const tierLabel = options.tierLabel ?? ((id: string) => id);
  const isNew = options.isNew ?? (locale === 'vi' ? 'mới' : 'new');
  const within = options.withinParent === true;
  return writeCsv(
    [columns.map((c) => c.label), ...rows.map((r) => columns.map((c) => csvCell(r, c, tierLabel, isNew, within)))],
    { locale },
  );
}

/**
 * Downloads the rows shown as CSV, named after the framework and period (`thu-2024.csv`). It loads
 * with the writer, on the first click: it is not needed to show the table.
 *
 * @example downloadCsv(rows, heads, 'vi', { table, tierLabel: (id) => id, withinParent: false });
 */
export function downloadCsv(
  rows: RowModel[],
  columns: readonly ViewColumn[],
  locale: Locale,
  options: { table: ScoreTable | undefined; tierLabel: (id: string) => string; withinParent: boolean },
): void {
  const { table, tierLabel, withinParent } = options;
  const text = viewCsv(rows, columns, locale, { tierLabel, isNew: STRINGS[locale].isNew, withinParent });
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${table?.framework.id ?? 'dti'}${table?.period ? `-${table.period}` : ''}.csv`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
