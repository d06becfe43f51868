import { type Crosswalk, rollUp } from '../compare/roll-up.js';
import type { ScoreTable } from '../explain/table.js';
import { tierOf } from '../explain/tier.js';
import { rank } from '../rank/rank.js';
import type { FormerUnit, SeriesPoint } from './schema.js';

/** A unit's point in one period, with the name it carried there. */
export interface NamedPoint {
  name: string;
  point: SeriesPoint;
}

/**
 * The points of a period that counted units before a merger, one per unit after it. The value of a unit
 * made of several former ones is their equal-weighted mean (`rollUp`'s `mean`, rounded to the
 * framework's precision; `null` unless every former unit published a value), marked `rolled-up`. Ranks
 * are re-ranked among the new units (competition ranks) only when every one of them has a value: a
 * rank among the few known would not be a rank among all. A unit that is one former unit keeps that
 * unit's published rank, among `rankedAmong` units. Throws when a unit is in no crosswalk entry.
 *
 * @example formerPeriodPoints('2024', table63, [{ to: 'da-nang', from: ['da-nang', 'quang-nam'] }], 63)
 */
export function formerPeriodPoints(
  period: string,
  table: ScoreTable,
  crosswalk: Crosswalk,
  rankedAmong: number,
): Map<string, NamedPoint> {
  const byId = new Map(table.units.map((u) => [u.id, u]));
  const rows = table.units.map((u) => ({ id: u.id, name: u.name, values: { value: u.value } }));
  const { units, unmapped } = rollUp(rows, crosswalk, {
    ...(table.framework.precision === undefined ? {} : { precision: table.framework.precision }),
  });
  if (unmapped.length > 0)
    throw new RangeError(`scoreSeries: period ${period}: unit(s) ${unmapped.join(', ')} are in no crosswalk entry`);
  const values = units.map((u) => u.values.value ?? Number.NaN);
  const ranks = values.every((v) => !Number.isNaN(v)) ? rank(values, { ties: 'competition' }) : undefined;
  const out = new Map<string, NamedPoint>();
  units.forEach((u, k) => {
    const from: FormerUnit[] = u.members.map((id) => {
      const f = byId.get(id);
      return f ? { id, name: f.name, value: f.value, rank: f.rank } : { id, value: null, rank: null };
    });
    const single = from.length === 1 ? from[0] : undefined;
    const value = u.values.value ?? null;
    let point: Pick<SeriesPoint, 'rank' | 'rankBasis' | 'rankedAmong'> = {
      rank: null,
      rankBasis: null,
      rankedAmong: null,
    };
    if (ranks) point = { rank: ranks[k] as number, rankBasis: 're-ranked', rankedAmong: units.length };
    else if (single && single.rank !== null) point = { rank: single.rank, rankBasis: 'published', rankedAmong };
    const tier = single
      ? (byId.get(single.id)?.tier ?? null)
      : value === null
        ? null
        : (tierOf(table.framework.tiers, value)?.id ?? null);
    out.set(u.id, {
      name: u.name,
      point: { period, value, ...point, tier, basis: single ? 'published' : 'rolled-up', from },
    });
  });
  return out;
}
