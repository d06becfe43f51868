import type { TableTies } from './parent-rank.js';

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
 * its framework's rule), from the counts of each rank in each peer group (`rankCounts`): `dense` when a
 * tied rank is followed by the next number (2, 2, 3), `competition` (the core's default and Vietnam's
 * practice) otherwise. The same rule as `rankRuns` reads while it ranks.
 *
 * @example tiesOf(rankCounts([1, 2, 2, 4], ['', '', '', ''])) // → 'competition'
 */
export function tiesOf(counts: Map<string, Map<number, number>>): TableTies {
  // Peer groups are ranked apart: a rank is a tie only within its group.
  for (const byRank of counts.values())
    for (const [r, count] of byRank) if (count > 1 && byRank.has(r + 1)) return 'dense';
  return 'competition';
}
