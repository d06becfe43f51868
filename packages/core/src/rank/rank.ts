import type { TieRule } from '../schema/framework.js';
import { sortOrder } from './sort-order.js';

/** Options of {@link rank}. */
export interface RankOptions {
  /** Tie rule; default `competition` (1224), as Vietnam's official tables, SQL `RANK` and Excel `RANK.EQ`. */
  ties?: TieRule;
  /** `descending` (default): the largest value ranks 1st. */
  order?: 'descending' | 'ascending';
  /**
   * Ranks are computed separately within each group: `groups[i]` is unit i's group key (e.g. ministries
   * with and without public services).
   */
  groups?: ArrayLike<string | undefined>;
  /** A false or 0 `include[i]` leaves unit i unranked (assessed but excluded); it gets `NaN`. */
  include?: ArrayLike<boolean | number>;
}

/** Ranks the units listed in `members` (indices into `values`), writing into `out`. */
function rankMembers(
  values: ArrayLike<number>,
  members: Int32Array,
  ties: TieRule,
  descending: boolean,
  out: Float64Array,
): void {
  const m = members.length;
  const sign = descending ? -1 : 1;
  const keys = new Float64Array(m);
  for (let k = 0; k < m; k++) keys[k] = sign * (values[members[k] as number] as number) + 0;
  const order = sortOrder(keys);
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

/**
 * Ranks values, 1 for the best. Missing values (`NaN`) and excluded units get `NaN`.
 *
 * | rule          | values 9, 7, 7, 5 | as in                                   |
 * | ------------- | ----------------- | --------------------------------------- |
 * | `competition` | 1, 2, 2, 4        | Vietnam's DTI tables, SQL RANK, COINr   |
 * | `dense`       | 1, 2, 2, 3        | pandas `dense`                          |
 * | `ordinal`     | 1, 2, 3, 4        | ties broken by input order              |
 * | `fractional`  | 1, 2.5, 2.5, 4    | R, pandas and scipy `average`           |
 *
 * Sorts with a radix sort on the values' bits: ranking 10,000 units takes a fraction of a millisecond.
 *
 * @example rank([0.633, 0.64, 0.633, 0.6]) // → Float64Array [2, 1, 2, 4]
 */
export function rank(values: ArrayLike<number>, options: RankOptions = {}): Float64Array {
  const n = values.length;
  const out = new Float64Array(n).fill(Number.NaN);
  const ties = options.ties ?? 'competition';
  const descending = options.order !== 'ascending';
  const { groups, include } = options;
  const eligible = (i: number) => !Number.isNaN(values[i]) && (include === undefined || Boolean(include[i]));
  if (!groups) {
    let m = 0;
    const members = new Int32Array(n);
    for (let i = 0; i < n; i++) if (eligible(i)) members[m++] = i;
    rankMembers(values, members.subarray(0, m), ties, descending, out);
    return out;
  }
  const byGroup = new Map<string | undefined, number[]>();
  for (let i = 0; i < n; i++) {
    if (!eligible(i)) continue;
    const key = groups[i];
    const list = byGroup.get(key);
    if (list) list.push(i);
    else byGroup.set(key, [i]);
  }
  for (const list of byGroup.values()) rankMembers(values, Int32Array.from(list), ties, descending, out);
  return out;
}
