import type { ColumnRole } from './headers.js';
import { type Cell, columnLetter, type MergedRange, rangeName } from './sheet.js';
import type { SheetIssues } from './sheet-issues.js';

/** Ranges named one by one before the rest are counted. */
const LISTED = 20;

/**
 * The rows as the layout reads them: in a merged range below the header row only the top-left cell
 * keeps its value. The reader repeats a merged value over its range so a merged heading names every
 * column under it; in the data rows that would give one value to several indicators (C2:D2 holding 80
 * would give B the value of A). Each such range is a warning naming it. A merge down one column of
 * parent or group names (a district written once beside its communes) keeps its fill: it is a name,
 * not a value. The sheet's own rows are not changed.
 */
export function readableRows(
  rows: readonly Cell[][],
  merges: readonly MergedRange[] | undefined,
  headerRow: number,
  roles: readonly ColumnRole[],
  issues: SheetIssues,
): readonly Cell[][] {
  if (!merges || merges.length === 0) return rows;
  let out: Cell[][] | undefined;
  let reported = 0;
  for (const merge of merges) {
    if (merge.bottom <= headerRow) continue;
    const role = roles[merge.left];
    if (merge.left === merge.right && role?.kind === 'meta' && (role.meta === 'parent' || role.meta === 'peerGroup'))
      continue;
    out ??= rows.slice();
    const top = Math.max(merge.top, headerRow + 1);
    for (let r = top; r <= merge.bottom; r++) {
      const source = out[r];
      if (!source) continue;
      const row = source === rows[r] ? source.slice() : source;
      for (let c = merge.left; c <= merge.right; c++) if (r !== merge.top || c !== merge.left) row[c] = null;
      out[r] = row;
    }
    if (++reported > LISTED) continue;
    const name = rangeName(merge);
    const topLeft = `${columnLetter(merge.left)}${merge.top + 1}`;
    issues.add({
      severity: 'warning',
      code: 'merged-cells',
      path: [],
      value: name,
      message: `${issues.sheetName}: cells ${name} are merged: only ${topLeft}'s value is read${merge.top <= headerRow ? ' (and the header above)' : ''}; the other cells of the range are read as empty`,
      cell: issues.at(merge.top, merge.left, rows[merge.top]?.[merge.left] ?? null),
    });
  }
  if (reported > LISTED)
    issues.add({
      severity: 'warning',
      code: 'merged-cells',
      detail: 'more',
      path: [],
      value: reported - LISTED,
      message: `${issues.sheetName}: ${reported - LISTED} more merged ranges in the data rows; only the top-left cell of each is read`,
    });
  return out ?? rows;
}
