import type { TieRule } from '../schema/framework.js';
import { sortOrder } from './sort-order.js';

/** Below this many members, an insertion sort into a reused buffer beats building a sort order. */
const INSERTION_LIMIT = 64;

/**
 * Writes into `order[0..m)` the positions that sort `keys[0..m)` ascending, stable. Small blocks use
 * an insertion sort in place (no allocation: the analyses rank thousands of times); larger ones the
 * radix sort of {@link sortOrder}.
 */
function orderKeys(keys: Float64Array, m: number, order: Int32Array): void {
  if (m > INSERTION_LIMIT) {
    order.set(sortOrder(keys.subarray(0, m)));
    return;
  }
  for (let k = 0; k < m; k++) {
    const key = keys[k] as number;
    let p = k;
    while (p > 0 && (keys[order[p - 1] as number] as number) > key) {
      order[p] = order[p - 1] as number;
      p--;
    }
    order[p] = k;
  }
}

/**
 * Ranks the first `m` units listed in `members` (indices into `values`), writing into `out` under a
 * tie rule: the one place where ties are decided, for the rankings and for percentile-rank scoring.
 * Units not listed keep what `out` held. Values must not be NaN.
 *
 * @example
 * const out = new Float64Array(4);
 * rankMembers([9, 7, 7, 5], Int32Array.of(0, 1, 2, 3), 4, 'competition', true, rankScratch(4), out);
 * // out → [1, 2, 2, 4]
 */
export function rankMembers(
  values: ArrayLike<number>,
  members: Int32Array,
  m: number,
  ties: TieRule,
  descending: boolean,
  scratch: RankScratch,
  out: Float64Array,
): void {
  const sign = descending ? -1 : 1;
  const { keys, order } = scratch;
  for (let k = 0; k < m; k++) keys[k] = sign * (values[members[k] as number] as number) + 0;
  orderKeys(keys, m, order);
  // Walk the sorted order one block of equal keys at a time.
  let start = 0;
  let block = 0;
  while (start < m) {
    const key = keys[order[start] as number] as number;
    let end = start + 1;
    while (end < m && keys[order[end] as number] === key) end++;
    block++;
    for (let p = start; p < end; p++) {
      const i = members[order[p] as number] as number;
      switch (ties) {
        case 'competition':
          out[i] = start + 1;
          break;
        case 'dense':
          out[i] = block;
          break;
        case 'ordinal':
          out[i] = p + 1;
          break;
        case 'fractional':
          out[i] = (start + 1 + end) / 2;
          break;
      }
    }
    start = end;
  }
}

/** Buffers a ranking reuses on every call, each at least as long as the units ranked. */
export interface RankScratch {
  keys: Float64Array;
  order: Int32Array;
  present: Int32Array;
}

/** Fresh buffers for ranking up to `n` units. */
export function rankScratch(n: number): RankScratch {
  return { keys: new Float64Array(n), order: new Int32Array(n), present: new Int32Array(n) };
}
