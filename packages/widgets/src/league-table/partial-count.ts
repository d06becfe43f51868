import { isPartial, type TableModel, visibleRows } from './view-model.js';

const partialCounts = new WeakMap<TableModel, Map<string, number>>();

/**
 * The ranked units on partial data among those the page ranks, counted once per table and parent: every
 * render (each keystroke of a search) reads it, and a pass over 100,000 rows is not free. With the
 * notices: a table without units on partial data never counts them.
 *
 * @example partialCount(model, 'Lạng Sơn') // → 2
 */
export function partialCount(model: TableModel, parent: string): number {
  let counts = partialCounts.get(model);
  if (!counts) {
    counts = new Map();
    partialCounts.set(model, counts);
  }
  let count = counts.get(parent);
  if (count === undefined) {
    const scope = parent
      ? visibleRows(model, { sort: 'rank', direction: 'ascending', query: '', parent, tier: '' }).map((r) => r.unit)
      : model.table.units;
    count = 0;
    for (const u of scope) if (u.rank !== null && isPartial(u, model.table)) count++;
    counts.set(parent, count);
  }
  return count;
}
