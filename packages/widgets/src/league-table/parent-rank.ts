import type { ScoreTableUnit } from '@dti-kit/core';
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

/** How tied units share a rank in a table: `competition` 1, 2, 2, 4 or `dense` 1, 2, 2, 3. */
export type TableTies = 'competition' | 'dense';

/**
 * The tie rule a table's ranks follow, read from the ranks themselves (a score table does not carry
 * its framework's rule): `dense` when a tied rank is followed by the next number (2, 2, 3),
 * `competition` (the core's default and Vietnam's practice) otherwise.
 *
 * @example tiesOf([{ rank: 1 }, { rank: 2 }, { rank: 2 }, { rank: 4 }]) // → 'competition'
 */
export function tiesOf(units: readonly Pick<ScoreTableUnit, 'rank' | 'peerGroup'>[]): TableTies {
  // Peer groups are ranked apart: a rank is a tie only within its group.
  const count = new Map<string, number>();
  const key = (group: string | undefined, rank: number) => `${nameKey(group)}\u0000${rank}`;
  for (const u of units)
    if (u.rank !== null) count.set(key(u.peerGroup, u.rank), (count.get(key(u.peerGroup, u.rank)) ?? 0) + 1);
  for (const u of units)
    if (u.rank !== null && (count.get(key(u.peerGroup, u.rank)) ?? 0) > 1 && count.has(key(u.peerGroup, u.rank + 1)))
      return 'dense';
  return 'competition';
}

/**
 * Each unit's rank among the units of its own parent (and peer group, when the table ranks peer
 * groups apart), by unit id; `null` for a unit without a rank. The order is the table's own: ranking
 * the national ranks keeps every tie and every difference the published ranks make (whether the
 * framework ranked on rounded or exact values), and the core's `rank` applies the tie rule, so Hà Nội's
 * communes ranked 407, 407, 547 nationally rank 1, 1, 3 within Hà Nội.
 *
 * @example ranksWithinParent(table.units).get('gia-lam') // → 1 for Hà Nội's best commune
 */
export function ranksWithinParent(
  units: readonly ScoreTableUnit[],
  ties: TableTies = tiesOf(units),
): Map<string, number | null> {
  const national = Float64Array.from(units, (u) => u.rank ?? Number.NaN);
  const groups = units.map((u) => `${nameKey(u.parent)}\u0000${nameKey(u.peerGroup)}`);
  const within = rank(national, { ties, order: 'ascending', groups });
  return new Map(units.map((u, i) => [u.id, Number.isNaN(within[i] as number) ? null : (within[i] as number)]));
}
