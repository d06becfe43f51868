import type { ScoreTable } from '@dti-kit/core';
import { type Locale, STRINGS } from '../shared/i18n.js';
import type { RowModel, ViewColumn } from './view-model.js';

/**
 * Downloads the rows shown as CSV, named after the framework and period (`thu-2024.csv`). The writer
 * loads on the first click: it is not needed to show the table.
 *
 * @example void downloadCsv(rows, heads, 'vi', { table, tierLabel: (id) => id, withinParent: false });
 */
export async function downloadCsv(
  rows: RowModel[],
  columns: readonly ViewColumn[],
  locale: Locale,
  options: { table: ScoreTable | undefined; tierLabel: (id: string) => string; withinParent: boolean },
): Promise<void> {
  const { table, tierLabel, withinParent } = options;
  const { viewCsv } = await import('./view-csv.js');
  const text = viewCsv(rows, columns, locale, { tierLabel, isNew: STRINGS[locale].isNew, withinParent });
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${table?.framework.id ?? 'dti'}${table?.period ? `-${table.period}` : ''}.csv`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
