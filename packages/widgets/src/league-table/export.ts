// The table's export button: the rows shown, as CSV.
import type { ScoreTable } from '@dti-kit/core';
import type { CellContext, Head } from './cells.js';
import type { RowModel } from './view-model.js';

/**
 * Downloads `rows` as CSV with the columns `heads`. The writer loads on the first click: it is not
 * needed to show the table.
 *
 * @example exportCsv(rows, heads, ctx, table)
 */
export async function exportCsv(
  rows: RowModel[],
  heads: readonly Head[],
  ctx: CellContext,
  table: ScoreTable | undefined,
): Promise<void> {
  const { downloadCsv } = await import('./view-csv.js');
  downloadCsv(rows, heads, ctx.locale, {
    table,
    tierLabel: (id) => ctx.tierLabel.get(id) ?? id,
    withinParent: ctx.within,
  });
}
