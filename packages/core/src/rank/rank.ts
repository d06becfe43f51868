import type { TieRule } from '../schema/framework.js';
import { rankMembers, rankScratch } from '../sort/tied-ranks.js';

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

/** The included units by group, each list in input order. */
function memberLists(n: number, groups: RankOptions['groups'], include: RankOptions['include']): Int32Array[] {
  const byGroup = new Map<string | undefined, number[]>();
  for (let i = 0; i < n; i++) {
    if (include !== undefined && !include[i]) continue;
    const key = groups?.[i];
    const list = byGroup.get(key);
    if (list) list.push(i);
    else byGroup.set(key, [i]);
  }
  return Array.from(byGroup.values(), (list) => Int32Array.from(list));
}

/** Ranks a column of values into `out` (which it returns), reusing the ranker's buffers. */
export type Ranker = (values: ArrayLike<number>, out: Float64Array) => Float64Array;

/**
 * A {@link rank} for repeated use on columns of `n` values under the same options: groups and
 * exclusions are sorted out once, and every call ranks into the caller's `out` with no allocation
 * (below 64 units a group), as the uncertainty analysis needs for its thousands of replications.
 *
 * @example
 * const rankInto = ranker(3, { ties: 'dense' });
 * rankInto([0.9, 0.9, 0.5], new Float64Array(3)); // → Float64Array [1, 1, 2]
 */
export function ranker(n: number, options: RankOptions = {}): Ranker {
  const ties = options.ties ?? 'competition';
  const descending = options.order !== 'ascending';
  const lists = memberLists(n, options.groups, options.include);
  const scratch = rankScratch(n);
  return (values, out) => {
    out.fill(Number.NaN);
    const { present } = scratch;
    for (const list of lists) {
      let m = 0;
      for (const i of list) if (!Number.isNaN(values[i])) present[m++] = i;
      rankMembers(values, present, m, ties, descending, scratch, out);
    }
    return out;
  };
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
  return ranker(values.length, options)(values, new Float64Array(values.length));
}
