import { fractionalRun, type TableTies } from './parent-rank.js';

// The tie rule read from published ranks: used by the what-if ranking and the scorecard, not by the
// table every page loads (it reads the rule while it ranks, in `rankRuns`), so a module of its own keeps
// it out of the first download.

/**
 * How many units hold each rank within each group, by group key then rank.
 *
 * @example rankCounts([1, 2, 2], ['', '', '']).get('')?.get(2) // → 2
 */
export function rankCounts(
  ranks: ArrayLike<number | null>,
  groups: ArrayLike<string>,
): Map<string, Map<number, number>> {
  const counts = new Map<string, Map<number, number>>();
  for (let i = 0; i < ranks.length; i++) {
    const r = ranks[i];
    if (r === null || r === undefined || Number.isNaN(r)) continue;
    const g = groups[i] as string;
    let byRank = counts.get(g);
    if (!byRank) {
      byRank = new Map();
      counts.set(g, byRank);
    }
    byRank.set(r, (byRank.get(r) ?? 0) + 1);
  }
  return counts;
}

/**
 * The tie rule a table's ranks follow, read from the ranks themselves (a score table does not carry
 * its framework's rule), from the counts of each rank in each peer group (`rankCounts`): `fractional`
 * when a tied rank is no whole number, the mean of the places its units take (1, 2.5, 2.5, 4), `dense`
 * when a tied rank is followed by the next number (2, 2, 3), `competition` (the core's default and
 * Vietnam's practice) otherwise. The same rule as `rankRuns` reads while it ranks.
 *
 * @example tiesOf(rankCounts([1, 2, 2, 4], ['', '', '', ''])) // → 'competition'
 */
export function tiesOf(counts: Map<string, Map<number, number>>): TableTies {
  // Peer groups are ranked apart: a rank is a tie only within its group.
  let dense = false;
  for (const byRank of counts.values())
    for (const [r, count] of byRank) {
      if (fractionalRun(r, count)) return 'fractional';
      if (count > 1 && byRank.has(r + 1)) dense = true;
    }
  return dense ? 'dense' : 'competition';
}

/**
 * How many units a table's ranks were counted among, per peer group (key `''` when the table has no
 * peer groups), as far as the table says: its `rankedAmong` (a table without peer groups), else the
 * number of ranked units of the group when every unit of it has a rank, else `undefined`. A table of
 * published results that lists only some ranks (Huế 2nd, Gia Lai 31st of 34) does not say how many
 * were ranked, and neither the ranks listed (2) nor the largest rank (31) is the field: the rank is
 * then shown without one. `peer` is each unit's peer-group key, in unit order.
 *
 * @example rankFields({ units: [{ rank: 2 }, { rank: 31 }, { rank: null }] }, ['', '', '']).get('') // → undefined
 * @example rankFields({ rankedAmong: 34, units: [{ rank: 2 }, { rank: null }] }, ['', '']).get('') // → 34
 */
export function rankFields(
  table: { rankedAmong?: number | undefined; units: readonly { rank: number | null }[] },
  peer: readonly string[],
): Map<string, number | undefined> {
  const fields = new Map<string, number | undefined>();
  const partial = new Set<string>();
  table.units.forEach((u, i) => {
    const g = peer[i] as string;
    if (u.rank === null) partial.add(g);
    fields.set(g, (fields.get(g) ?? 0) + (u.rank === null ? 0 : 1));
  });
  for (const g of partial) fields.set(g, undefined);
  // `rankedAmong` counts the units of every peer group together: it is the field only without groups.
  if (table.rankedAmong !== undefined && fields.size === 1 && fields.has('')) fields.set('', table.rankedAmong);
  return fields;
}
