import {
  pillarsOf,
  type ScoreTable,
  type ScoreTableNode,
  type ScoreTableUnit,
  type TargetsMet,
  type Tier,
} from '@dti-kit/core/present';
import { nameKeys, ranksWithin } from '../league-table/parent-rank.js';
import { rankCounts, rankFields, tiesOf } from '../league-table/tie-rule.js';

/** What each pillar's bar is compared with: the mean of all units, the mean of the unit's parent, or the best unit. */
export type Benchmark = 'mean' | 'parent-mean' | 'best';

/** One pillar of a unit's profile: its published value and the benchmark's. */
export interface PillarLine {
  node: ScoreTableNode;
  value: number | null;
  /** The benchmark's value on the same scale; `null` when no unit has a value. */
  benchmark: number | null;
}

/** An indicator where the unit lost points. */
export interface LostLine {
  node: ScoreTableNode;
  value: number | null;
  /** Points lost: `maxPoints × (1 − share)`; all of them when not reported. */
  lost: number;
  /** `not-reported` when the table has no value for it. */
  reason: 'not-reported' | 'below-max';
}

/** A rank and how many ranked units it is out of; `of` is `undefined` when the table does not say. */
export interface RankOf {
  rank: number;
  of: number | undefined;
}

/** One unit's profile, as `<dti-scorecard>` shows it. */
export interface UnitProfile {
  unit: ScoreTableUnit;
  tier: Tier | undefined;
  /** Rank among all ranked units (of the same peer group). */
  overall: RankOf | undefined;
  /** Rank among the ranked units of the same parent (and peer group). */
  inParent: RankOf | undefined;
  /** Places gained since the previous period; `'new'` without a previous rank; `undefined` without a previous table. */
  rankChange: number | 'new' | undefined;
  /** Value change since the previous period, on the published scale. */
  valueChange: number | undefined;
  pillars: PillarLine[];
  targets: TargetsMet;
  /** The indicators where the unit lost the most points, most first (empty when the table lists none). */
  lost: LostLine[];
}

/** The tier counts of a group of units. */
export interface TierCounts {
  /** Each tier, best first, with its count. */
  tiers: { tier: Tier; count: number }[];
  /** Units with a value but no tier, and units without a value. */
  untiered: number;
  total: number;
}

interface Ranked {
  index: Map<string, number>;
  within: Float64Array;
  groups: string[];
  counts: Map<string, number>;
  overallCounts: Map<string, number | undefined>;
  peer: string[];
}

// A table is ranked within parents once, then each selection is a look-up.
const rankedCache = new WeakMap<ScoreTable, Ranked>();

function ranked(table: ScoreTable): Ranked {
  const cached = rankedCache.get(table);
  if (cached) return cached;
  const key = nameKeys();
  const ranks = table.units.map((u) => u.rank);
  const peer = table.units.map((u) => key(u.peerGroup));
  const parents = table.units.map((u) => key(u.parent));
  const ties = tiesOf(rankCounts(ranks, peer));
  const { within } = ranksWithin(ranks, parents, peer, ties);
  const groups = parents.map((p, i) => `${p}\u0000${peer[i]}`);
  const counts = new Map<string, number>();
  table.units.forEach((u, i) => {
    if (u.rank !== null) counts.set(groups[i] as string, (counts.get(groups[i] as string) ?? 0) + 1);
  });
  // The field of an overall rank is what the table says, never guessed from the ranks it lists.
  const overallCounts = rankFields(table, peer);
  const result = { index: new Map(table.units.map((u, i) => [u.id, i])), within, groups, counts, overallCounts, peer };
  rankedCache.set(table, result);
  return result;
}

/**
 * The value of a node that a benchmark compares with: the mean over the units with a value (all, or
 * those of `parent`), or the best value. `null` when no unit has one.
 *
 * @example benchmarkValue(table, 'kinh-te-so', 'parent-mean', 'Hà Nội') // → 75.8
 */
export function benchmarkValue(table: ScoreTable, node: string, benchmark: Benchmark, parent?: string): number | null {
  const wanted = nameKeys()(parent);
  const parents = parentKeysOf(table);
  let sum = 0;
  let count = 0;
  let best = Number.NEGATIVE_INFINITY;
  const { units } = table;
  for (let i = 0; i < units.length; i++) {
    if (benchmark === 'parent-mean' && parents[i] !== wanted) continue;
    const v = (units[i] as ScoreTableUnit).nodes[node]?.value;
    if (v === null || v === undefined) continue;
    sum += v;
    count++;
    if (v > best) best = v;
  }
  if (count === 0) return null;
  return benchmark === 'best' ? best : sum / count;
}

// Each unit's parent as compared (NFC), once per table rather than once per pillar and benchmark.
const parentKeyCache = new WeakMap<ScoreTable, string[]>();
function parentKeysOf(table: ScoreTable): string[] {
  const cached = parentKeyCache.get(table);
  if (cached) return cached;
  const key = nameKeys();
  const keys = table.units.map((u) => key(u.parent));
  parentKeyCache.set(table, keys);
  return keys;
}

/**
 * A unit's profile from a score table: tier, rank overall and within its parent (by the table's tie
 * rule, as the league table ranks within a parent), the change since `previous`, each pillar against
 * the benchmark, targets met and the `limit` indicators where it lost the most points. `undefined`
 * when the table has no unit with that id.
 *
 * @example unitProfile(table, 'gia-lam', { benchmark: 'parent-mean' })?.inParent // → { rank: 1, of: 3 }
 */
export function unitProfile(
  table: ScoreTable,
  id: string,
  options: { benchmark?: Benchmark; previous?: ScoreTable | undefined; limit?: number } = {},
): UnitProfile | undefined {
  const r = ranked(table);
  const i = r.index.get(id);
  if (i === undefined) return undefined;
  const unit = table.units[i] as ScoreTableUnit;
  const within = r.within[i] as number;
  const before = options.previous?.units.find((u) => u.id === id);
  const benchmark = options.benchmark ?? 'mean';
  const { min, max } = table.framework.scale;
  return {
    unit,
    tier: table.framework.tiers.find((t) => t.id === unit.tier),
    overall: unit.rank === null ? undefined : { rank: unit.rank, of: r.overallCounts.get(r.peer[i] as string) },
    inParent:
      unit.parent === undefined || Number.isNaN(within)
        ? undefined
        : { rank: within, of: r.counts.get(r.groups[i] as string) ?? 0 },
    rankChange:
      options.previous === undefined || unit.rank === null
        ? undefined
        : before?.rank === null || before === undefined
          ? 'new'
          : before.rank - unit.rank,
    valueChange:
      before?.value === null || before === undefined || unit.value === null ? undefined : unit.value - before.value,
    pillars: pillarsOf(table).map((node) => ({
      node,
      value: unit.nodes[node.id]?.value ?? null,
      benchmark: benchmarkValue(table, node.id, benchmark, unit.parent),
    })),
    targets: unit.targets,
    lost: lostPoints(table, unit, min, max).slice(0, options.limit ?? 5),
  };
}

/** The indicators with points the unit did not earn, most lost first. */
function lostPoints(table: ScoreTable, unit: ScoreTableUnit, min: number, max: number): LostLine[] {
  const lines: LostLine[] = [];
  for (const node of table.nodes) {
    if (node.kind !== 'indicator' || node.maxPoints <= 0) continue;
    const value = unit.nodes[node.id]?.value ?? null;
    const share = value === null ? 0 : (value - min) / (max - min);
    const lost = node.maxPoints * (1 - share);
    // Exactly full marks lose nothing; a rounding residue below a millionth of a point is not a loss.
    if (lost > 1e-6) lines.push({ node, value, lost, reason: value === null ? 'not-reported' : 'below-max' });
  }
  return lines.sort((a, b) => b.lost - a.lost);
}

/**
 * How many units of a group fall in each tier (best tier first), with those without a tier.
 * `parent` selects the units of one parent (matched as the league table matches parents); without it,
 * every unit.
 *
 * @example tierCounts(table, 'Hà Nội').tiers.map((t) => t.count) // → [1, 2, 0]
 */
export function tierCounts(table: ScoreTable, parent?: string): TierCounts {
  const key = nameKeys();
  const wanted = parent === undefined ? undefined : key(parent);
  const tiers = [...table.framework.tiers].sort((a, b) => b.min - a.min).map((tier) => ({ tier, count: 0 }));
  let untiered = 0;
  let total = 0;
  for (const u of table.units) {
    if (wanted !== undefined && key(u.parent) !== wanted) continue;
    total++;
    const line = tiers.find((t) => t.tier.id === u.tier);
    if (line) line.count++;
    else untiered++;
  }
  return { tiers, untiered, total };
}

/**
 * The parent a name means in a table: the same name in any Unicode form, or `undefined` when no unit
 * has it as parent.
 *
 * @example parentNamed(table, 'Ha\u0300 No\u0323\u0302i') // → 'Hà Nội'
 */
export function parentNamed(table: ScoreTable, name: string): string | undefined {
  const key = nameKeys();
  const wanted = key(name);
  return table.units.find((u) => u.parent !== undefined && key(u.parent) === wanted)?.parent;
}
