import { fsum } from 'd3-array';
import { roundTo } from '../publish/round.js';
import { rank } from '../rank/rank.js';
import type { TieRule } from '../schema/framework.js';
import { ownValue, setOwn } from '../schema/keyed-by-id.js';
import { crosswalkProblem } from './crosswalk-problem.js';

/** A unit's values to combine: e.g. a former province's main indices, or a commune's counts. */
export interface RollUpRow {
  id: string;
  name?: string;
  values: Readonly<Record<string, number | null | undefined>>;
  /** Weight for `weightedMean`, e.g. population. */
  weight?: number;
}

/**
 * Which units become which: a list of `{ to, from }` (a merger: `from` are the old units) or a map
 * from each child id to its parent id (a roll-up of communes into provinces). A rename is a merger of one.
 */
export type Crosswalk =
  | readonly { to: string; from: readonly string[]; name?: string }[]
  | Readonly<Record<string, string>>;

/** Options of {@link rollUp}. */
export interface RollUpOptions {
  /** `mean` (default; how the 2024 DTI was re-ranked for the 34 merged provinces), `weightedMean`, `sum`. */
  method?: 'mean' | 'weightedMean' | 'sum';
  /** Round combined values to this many decimals, as published. */
  precision?: number;
  /** Rank the combined units on this value key (best = 1, on the rounded value when `precision` is set). */
  rankBy?: string;
  ties?: TieRule;
  /** When a member lacks a value: `null` (default, the combined value is unknown) or `skip` (combine the others). */
  incomplete?: 'null' | 'skip';
}

/** A combined unit. */
export interface RolledUpUnit {
  id: string;
  name: string;
  /** Ids of the units combined, as listed in the crosswalk. */
  members: string[];
  /** Members listed in the crosswalk but absent from the rows. */
  absent: string[];
  values: Record<string, number | null>;
  rank: number | null;
}

function normaliseCrosswalk(crosswalk: Crosswalk): { to: string; from: readonly string[]; name?: string }[] {
  if (Array.isArray(crosswalk)) {
    const entries = crosswalk as { to: string; from: readonly string[]; name?: string }[];
    const problem = crosswalkProblem(entries);
    if (problem) throw new RangeError(`rollUp: ${problem.vi} / ${problem.en}`);
    return entries;
  }
  const byParent = new Map<string, string[]>();
  for (const [child, parent] of Object.entries(crosswalk as Record<string, string>)) {
    const list = byParent.get(parent);
    if (list) list.push(child);
    else byParent.set(parent, [child]);
  }
  return [...byParent].map(([to, from]) => ({ to, from }));
}

/**
 * Combines units into new ones: merged provinces from former ones, provinces from their communes.
 * Every value key is combined separately by `method`; rows that no crosswalk entry mentions are
 * returned in `unmapped`, never silently dropped. A list crosswalk that would combine wrong numbers
 * (a former unit in two entries or twice in one, two entries for one new unit) throws a `RangeError`
 * naming the unit, in Vietnamese and English.
 *
 * @example
 * // The 2024 DTI re-ranked for the merged provinces: new Đà Nẵng = (0.8335 + 0.5803) / 2
 * rollUp(
 *   [{ id: 'Đà Nẵng', values: { dti: 0.8335 } }, { id: 'Quảng Nam', values: { dti: 0.5803 } }],
 *   [{ to: 'Đà Nẵng', from: ['Đà Nẵng', 'Quảng Nam'] }],
 *   { precision: 4, rankBy: 'dti' },
 * ).units[0].values.dti; // → 0.7069
 */
export function rollUp(
  rows: readonly RollUpRow[],
  crosswalk: Crosswalk,
  options: RollUpOptions = {},
): { units: RolledUpUnit[]; unmapped: string[] } {
  const method = options.method ?? 'mean';
  const byId = new Map(rows.map((r) => [r.id, r]));
  const entries = normaliseCrosswalk(crosswalk);
  const mapped = new Set<string>();
  // Every combined unit carries every value key, null where it cannot be combined.
  const keys = new Set(rows.flatMap((r) => Object.keys(r.values)));
  const units: RolledUpUnit[] = entries.map((entry) => {
    const members = entry.from.map((id) => byId.get(id));
    const present = members.filter((r): r is RollUpRow => r !== undefined);
    for (const r of present) mapped.add(r.id);
    const absent = entry.from.filter((id) => !byId.has(id));
    const values: Record<string, number | null> = {};
    for (const key of keys) {
      const xs = present.map((r) => ownValue(r.values, key));
      const known = present.filter((_, k) => typeof xs[k] === 'number' && Number.isFinite(xs[k]));
      const complete = known.length === entry.from.length;
      if (known.length === 0 || (!complete && options.incomplete !== 'skip')) {
        setOwn(values, key, null);
        continue;
      }
      const combined = combine(known, key, method);
      setOwn(
        values,
        key,
        Number.isFinite(combined)
          ? options.precision === undefined
            ? combined
            : roundTo(combined, options.precision)
          : null,
      );
    }
    const name = entry.name ?? byId.get(entry.to)?.name ?? entry.to;
    return { id: entry.to, name, members: [...entry.from], absent, values, rank: null };
  });
  if (options.rankBy !== undefined) rankUnits(units, options.rankBy, options.ties ?? 'competition');
  return { units, unmapped: rows.filter((r) => !mapped.has(r.id)).map((r) => r.id) };
}

/**
 * One value key of the members of a combined unit, combined by `method`: an exact sum (`fsum`, so
 * the order of the members cannot change the last digit), their mean, or their mean weighted by
 * `weight`; `NaN` when the weights add up to 0.
 */
function combine(known: readonly RollUpRow[], key: string, method: NonNullable<RollUpOptions['method']>): number {
  const valueAt = (r: RollUpRow) => ownValue(r.values, key) as number;
  if (method === 'sum') return fsum(known, valueAt);
  if (method === 'mean') return fsum(known, valueAt) / known.length;
  let wsum = 0;
  let acc = 0;
  for (const r of known) {
    const w = r.weight;
    if (w === undefined || !(w >= 0))
      throw new RangeError(`rollUp: unit "${r.id}" needs a weight ≥ 0 (e.g. population) for weightedMean`);
    wsum += w;
    acc += w * valueAt(r);
  }
  return wsum > 0 ? acc / wsum : Number.NaN;
}

/** Ranks the combined units on one value key (a unit without it is unranked). */
function rankUnits(units: RolledUpUnit[], rankBy: string, ties: NonNullable<RollUpOptions['ties']>): void {
  const ranks = rank(
    units.map((u) => ownValue(u.values, rankBy) ?? Number.NaN),
    { ties },
  );
  units.forEach((u, k) => {
    const r = ranks[k] as number;
    u.rank = !Number.isNaN(r) ? r : null;
  });
}
