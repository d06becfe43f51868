import { ascendingOrder } from '../shared/sort-order.js';

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

/**
 * Each unit's rank among the units of its own parent and peer group (`within[i]`, `NaN` for a unit
 * without a rank), and whether another unit there shares it (`tied[i]`, 1 or 0), from the units'
 * national ranks and their parent and group keys (see `nameKey`). The order is the table's own: ranking
 * the national ranks keeps every tie and every difference the published ranks make (whether the
 * framework ranked on rounded or exact values), and the tie rule applies within the parent, so Hà Nội's
 * communes ranked 407, 407, 547 nationally rank 1, 1, 3 within Hà Nội (1, 1, 2 when `dense`).
 *
 * @example ranksWithin([407, 407, 547], ['Hà Nội', 'Hà Nội', 'Hà Nội'], ['', '', ''], 'competition').within // → [1, 1, 3]
 */
export function ranksWithin(
  ranks: readonly (number | null)[],
  parents: readonly string[],
  peerGroups: readonly string[],
  ties: TableTies,
): { within: Float64Array; tied: Uint8Array } {
  // Each parent and group a number; a unit's key is that number, then its national rank.
  const ids = new Map<string, number>();
  let span = 1;
  for (const r of ranks) if (r !== null && r >= span) span = r + 1;
  const keys = Float64Array.from(ranks, (r, i) => {
    const group = `${parents[i]}\u0000${peerGroups[i]}`;
    const id = ids.get(group) ?? (ids.set(group, ids.size).get(group) as number);
    return r === null ? Number.NaN : id * span + r;
  });
  return rankRuns(keys, ascendingOrder(keys), span, ties);
}

/**
 * Ranks within groups from `keys` (a group's number × `span` + a national rank; `NaN` unranked) in
 * ascending `order`, where equal ranks of a group are neighbours: each unit's rank by the tie rule
 * `ties`, whether it is shared, and the rule the keys themselves follow (`dense` when a shared rank is
 * followed by the next number: 2, 2, 3; else `competition`).
 *
 * @example rankRuns(Float64Array.of(1, 2, 2, 3), Int32Array.of(0, 1, 2, 3), 4, 'competition').rule // → 'dense'
 */
export function rankRuns(
  keys: Float64Array,
  order: Int32Array,
  span: number,
  ties: TableTies,
): { within: Float64Array; tied: Uint8Array; rule: TableTies } {
  const n = keys.length;
  const within = new Float64Array(n).fill(Number.NaN);
  const tied = new Uint8Array(n);
  let rule: TableTies = 'competition';
  // Runs of equal keys in order: `before` units and `distinct` ranks of the group come before a run.
  let group = -1;
  let before = 0;
  let distinct = 0;
  for (let start = 0; start < n; ) {
    const key = keys[order[start] as number] as number;
    if (Number.isNaN(key)) break;
    let end = start + 1;
    while (end < n && keys[order[end] as number] === key) end++;
    if (Math.floor(key / span) !== group) {
      group = Math.floor(key / span);
      before = distinct = 0;
    }
    const r = ties === 'dense' ? distinct + 1 : before + 1;
    for (let k = start; k < end; k++) {
      within[order[k] as number] = r;
      tied[order[k] as number] = +(end - start > 1);
    }
    if (end - start > 1 && keys[order[end] as number] === key + 1) rule = 'dense';
    before += end - start;
    distinct++;
    start = end;
  }
  return { within, tied, rule };
}
