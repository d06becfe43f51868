// The table's sort orders and search index, prepared while the reader looks at the table.
import type { TableModel } from './view-model.js';

/**
 * Prepares the search and the other sort orders of `model` while the reader looks at the table, a slice
 * per idle period, so a keystroke in 100,000 names or a click on a column header answers within a frame.
 * A page never idle for 2 s gets the rest at once; without `requestIdleCallback` (Safari), slices of
 * 8 ms. Stops once `shown()` is another model, or none (the element was taken off the page).
 *
 * @example warmModel(model, () => (this.isConnected ? this._model : undefined));
 */
export function warmModel(model: TableModel, shown: () => TableModel | undefined): void {
  const idle = (work: (more: () => boolean) => void) =>
    'requestIdleCallback' in window
      ? requestIdleCallback((d) => work(() => d.didTimeout || d.timeRemaining() > 1), { timeout: 2000 })
      : setTimeout(() => {
          const end = performance.now() + 8;
          work(() => performance.now() < end);
        }, 50);
  const next = (more: () => boolean) => {
    if (shown() === model && !model.prepare(more)) idle(next);
  };
  idle(next);
}
