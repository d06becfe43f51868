import { rank } from '@dti-kit/core/present';

/**
 * A parent or peer-group name as one key: NFC, so "Hà Nội" typed with composed letters and "Hà Nội"
 * with combining marks (as some systems export it) are one parent, not two; `''` for none.
 *
 * @example nameKey('Ha\u0300 No\u0323\u0302i') === nameKey('Hà Nội') // → true
 */
export function nameKey(name: string | undefined): string {
  return name?.normalize('NFC') ?? '';
}

/**
 * `nameKey` for the many units of one table, which share a few parents and groups: each distinct name
 * is normalised once.
 *
 * @example const key = nameKeys(); key('Hà Nội') === key('Ha\u0300 No\u0323\u0302i') // → true
 */
export function nameKeys(): (name: string | undefined) => string {
  const seen = new Map<string | undefined, string>();
  return (name) => seen.get(name) ?? (seen.set(name, nameKey(name)).get(name) as string);
}

/** How tied units share a rank in a table: `competition` 1, 2, 2, 4 or `dense` 1, 2, 2, 3. */
export type TableTies = 'competition' | 'dense';

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
 * practice) otherwise.
 *
 * @example tiesOf(rankCounts([1, 2, 2, 4], ['', '', '', ''])) // → 'competition'
 */
export function tiesOf(counts: Map<string, Map<number, number>>): TableTies {
  // Peer groups are ranked apart: a rank is a tie only within its group.
  for (const byRank of counts.values())
    for (const [r, count] of byRank) if (count > 1 && byRank.has(r + 1)) return 'dense';
  return 'competition';
}

/**
 * Each unit's rank among the units of its own parent and peer group (`within[i]`, `NaN` for a unit
 * without a rank), with the key of that parent and group (`groups[i]`), from the units' national
 * ranks and their parent and group keys (see `nameKey`). The order is the table's own: ranking the
 * national ranks keeps every tie and every difference the published ranks make (whether the framework
 * ranked on rounded or exact values), and the core's `rank` applies the tie rule, so Hà Nội's communes
 * ranked 407, 407, 547 nationally rank 1, 1, 3 within Hà Nội.
 *
 * @example ranksWithin([407, 407, 547], ['Hà Nội', 'Hà Nội', 'Hà Nội'], ['', '', ''], 'competition').within // → [1, 1, 3]
 */
export function ranksWithin(
  ranks: readonly (number | null)[],
  parents: readonly string[],
  peerGroups: readonly string[],
  ties: TableTies,
): { within: Float64Array; groups: string[] } {
  const groups = parents.map((p, i) => `${p}\u0000${peerGroups[i]}`);
  const national = Float64Array.from(ranks, (r) => r ?? Number.NaN);
  return { within: rank(national, { ties, order: 'ascending', groups }), groups };
}
