import type { SortKeys } from './sort-order.js';

export type { SortKeys };

// The sorts a table uses. A table of a few hundred or thousand units sorts in a few milliseconds with a
// comparator. The sorts of a large table (sort-order.ts: native sorts of packed numbers, the first rows
// of a column picked in one pass) load with its part (league-table/large-table.ts) while its first page
// shows; until they have, every order here is the same, made with a comparator (a table listed in rank
// order, as `dti score` writes it, takes one pass of it). Over 2,000 units, not only over 100,000: the
// 3,321 communes re-ranked by what-if weights get a new ranking on every move of a slider, and its
// first page of 25 is picked in one pass instead of a sort of every unit (within the frame of the move).

type LargeTable = typeof import('../league-table/large-table.js');
let fast: LargeTable | undefined;
let loading: Promise<LargeTable | undefined> | undefined;

/**
 * Starts loading the part of a large table when `units` is a list of over 2,000 (`undefined`
 * otherwise). A table does not await it: its first page shows with the plain sorts, and a click or
 * keystroke before the part arrives gets the same rows.
 *
 * @example void loadLargeTable(table.units)?.then((part) => part?.warmModel(model, () => this._model));
 */
export function loadLargeTable(units: unknown): Promise<LargeTable | undefined> | undefined {
  return Array.isArray(units) && units.length > 2000 ? loadLargeTablePart() : undefined;
}

/**
 * Loads the part of a large table once per page (again after a failed attempt); `undefined` when it
 * could not be loaded: the plain sorts give the same orders.
 *
 * @example await loadLargeTablePart();
 */
export function loadLargeTablePart(): Promise<LargeTable | undefined> {
  loading ??= import('../league-table/large-table.js').then(
    (m) => (fast = m),
    () => (loading = undefined),
  );
  return loading;
}

/**
 * Row positions in order of `keys`: ascending (or `descending`), missing values (`NaN`) last in both,
 * equal keys in the rows' order.
 */
function plainOrder(keys: SortKeys, descending: boolean): Int32Array {
  const order = new Int32Array(keys.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => {
    const x = keys[a] as number | string;
    const y = keys[b] as number | string;
    const nx = Number.isNaN(x);
    const ny = Number.isNaN(y);
    if (nx || ny) return nx && ny ? a - b : nx ? 1 : -1;
    if (x === y) return a - b;
    return x < y !== descending ? -1 : 1;
  });
}

/**
 * Row positions in ascending order of `keys`; missing values (`NaN`) last; equal keys keep the rows'
 * order.
 *
 * @example ascendingOrder(Float64Array.of(3, NaN, 1, 3)) // → Int32Array [2, 0, 3, 1]
 */
export function ascendingOrder(keys: SortKeys): Int32Array {
  return fast ? fast.ascendingOrder(keys) : plainOrder(keys, false);
}

/**
 * The opposite order of one already sorted on `keys`: equal keys still in the rows' order, missing
 * values still last.
 *
 * @example reversedOrder(Int32Array.of(2, 0, 3, 1), Float64Array.of(3, NaN, 1, 3)) // → Int32Array [0, 3, 2, 1]
 */
export function reversedOrder(order: Int32Array, keys: SortKeys): Int32Array {
  return fast ? fast.reversedOrder(order, keys) : plainOrder(keys, true);
}

/**
 * The first `k` row positions of the order {@link ascendingOrder} gives (or, `descending`, the order
 * {@link reversedOrder} gives). The first page of a column clicked before its order is made needs 25
 * rows: a large table's sorts pick them in one pass over the keys.
 *
 * @example firstInOrder(Float64Array.of(3, NaN, 1, 3), true, 2) // → Int32Array [0, 3]
 */
export function firstInOrder(keys: SortKeys, descending: boolean, k: number): Int32Array {
  return fast ? fast.firstInOrder(keys, descending, k) : plainOrder(keys, descending).slice(0, Math.max(0, k));
}
