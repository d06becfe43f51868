// Ranks within a parent: needed only once a reader or a page chooses a parent, so the portal bundle
// loads it with the names' collation (names-load.ts), which a table with parents has already loaded.

import type { ScoreTable, ScoreTableUnit } from '@dti-kit/core';
import { ascendingOrder } from '../shared/sorts.js';
import { rankRuns, type TableTies } from './parent-rank.js';
import type { Within } from './view-model.js';

/**
 * Each unit's rank among the units of its own parent and peer group (`within[i]`, `NaN` for a unit
 * without a rank), and whether another unit there shares it (`tied[i]`, 1 or 0), from the units'
 * national ranks and their parent and group keys (see `nameKey`). The order is the table's own: ranking
 * the national ranks keeps every tie and every difference the published ranks make (whether the
 * framework ranked on rounded or exact values), and the tie rule applies within the parent, so Hà Nội's
 * communes ranked 407, 407, 547 nationally rank 1, 1, 3 within Hà Nội (1, 1, 2 when `dense`, 1.5, 1.5, 3
 * when `fractional`).
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
 * The ranks within parents, their ties, and the previous period's ranks within its parents, from the
 * units' parent and group keys (`key`, see `nameKey`).
 *
 * @example withinParents(units, { parents, groups }, 'competition', undefined, nameKey).rank
 */
export function withinParents(
  units: readonly ScoreTableUnit[],
  { parents: parentKeys, groups: groupKeys }: { parents: string[]; groups: string[] },
  ties: TableTies,
  before: ScoreTable | undefined,
  key: (name: string | undefined) => string,
): Within {
  const { within, tied } = ranksWithin(
    units.map((u) => u.rank),
    parentKeys,
    groupKeys,
    ties,
  );
  let then: Within['before'];
  if (before) {
    then = new Map();
    const parentsThen = before.units.map((u) => key(u.parent));
    const ranked = ranksWithin(
      before.units.map((u) => u.rank),
      parentsThen,
      before.units.map((u) => key(u.peerGroup)),
      ties,
    ).within;
    before.units.forEach((u, i) => {
      const r = ranked[i] as number;
      then?.set(u.id, [Number.isNaN(r) ? null : r, parentsThen[i] as string]);
    });
  }
  return { rank: within, tied, before: then };
}
