import {
  type MissingOutcome,
  pillarsOf,
  type ScoreTable,
  type ScoreTableNode,
  type ScoreTableUnit,
  type TargetsMet,
  type Tier,
} from '@dti-kit/core/present';
import { nameKeys, type TableTies, tableTies, tiedRank } from '../league-table/parent-rank.js';
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
  /**
   * Points lost: `availablePoints × (1 − share)`, as `explain()` counts them: the indicator's points after
   * its skipped siblings' weight was shared among the others (its nominal `maxPoints` when none was
   * skipped); all of them when not reported and scored 0.
   */
  lost: number;
  /** `not-reported` when the table has no value for it, or says the unit did not report it. */
  reason: 'not-reported' | 'below-max';
  /** What the missing-value rule did, when the table says (`zero`: scored 0; `imputed`: a value filled in). */
  missing?: MissingOutcome | undefined;
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
  /**
   * The indicators the missing-value rule left out (`missing: 'skipped'`), in framework order: they lose
   * no points, their weight went to their siblings.
   */
  leftOut: ScoreTableNode[];
}

/** The tier counts of a group of units. */
export interface TierCounts {
  /** Each tier, best first, with its count. */
  tiers: { tier: Tier; count: number }[];
  /** Units with a value but no tier, and units without a value. */
  untiered: number;
  total: number;
}

/** Where each unit stands in a table: by id, and its parent's and peer group's keys (see `nameKey`). */
interface Layout {
  ids: readonly string[];
  parents: readonly (string | undefined)[];
  peerGroups: readonly (string | undefined)[];
  index: Map<string, number>;
  /** Each unit's peer-group key. */
  peer: string[];
  /** Each unit's parent and peer group as one number. */
  group: Int32Array;
}

/** A table's ranks as the profile reads them: the tie rule and each peer group's field, once per table. */
interface Ranked {
  layout: Layout;
  ties: TableTies;
  overallCounts: Map<string, number | undefined>;
}

function layoutOf(units: readonly ScoreTableUnit[]): Layout {
  const key = nameKeys();
  const peer = units.map((u) => key(u.peerGroup));
  const ids = new Map<string, number>();
  const group = Int32Array.from(units, (u, i) => {
    const k = `${key(u.parent)}\u0000${peer[i]}`;
    return ids.get(k) ?? (ids.set(k, ids.size).get(k) as number);
  });
  return {
    ids: units.map((u) => u.id),
    parents: units.map((u) => u.parent),
    peerGroups: units.map((u) => u.peerGroup),
    index: new Map(units.map((u, i) => [u.id, i])),
    peer,
    group,
  };
}

// The last layout made: a table re-ranked under what-if weights lists the same units in the same order,
// so each move of a weight reuses it instead of folding and indexing thousands of names again.
let lastLayout: Layout | undefined;

function sameLayout(layout: Layout, units: readonly ScoreTableUnit[]): boolean {
  if (layout.ids.length !== units.length) return false;
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as ScoreTableUnit;
    if (u.id !== layout.ids[i] || u.parent !== layout.parents[i] || u.peerGroup !== layout.peerGroups[i]) return false;
  }
  return true;
}

// A table's tie rule and fields are read once, then each selection is a look-up and one pass.
const rankedCache = new WeakMap<ScoreTable, Ranked>();

function ranked(table: ScoreTable): Ranked {
  const cached = rankedCache.get(table);
  if (cached) return cached;
  const layout = lastLayout && sameLayout(lastLayout, table.units) ? lastLayout : layoutOf(table.units);
  lastLayout = layout;
  const ties = tableTies(table.framework.ties, () =>
    tiesOf(
      rankCounts(
        table.units.map((u) => u.rank),
        layout.peer,
      ),
    ),
  );
  // The field of an overall rank is what the table says, never guessed from the ranks it lists.
  const result = { layout, ties, overallCounts: rankFields(table, layout.peer) };
  rankedCache.set(table, result);
  return result;
}

/**
 * Unit `i`'s rank among the ranked units of its own parent and peer group, by the table's tie rule
 * (as `ranksWithin` ranks them all, for one unit: the units ranked nationally before it, or the distinct
 * ranks before it when `dense`, the mean of the places it shares when `fractional`), and how many ranked
 * units that group has. `NaN` without a rank.
 */
function rankInParent(units: readonly ScoreTableUnit[], group: Int32Array, i: number, ties: TableTies) {
  const own = (units[i] as ScoreTableUnit).rank;
  const g = group[i] as number;
  let count = 0;
  let before = 0;
  let same = 0;
  const distinct = new Set<number>();
  for (let j = 0; j < units.length; j++) {
    if (group[j] !== g) continue;
    const r = (units[j] as ScoreTableUnit).rank;
    if (r === null) continue;
    count++;
    if (r === own) same++;
    if (own !== null && r < own) {
      before++;
      if (ties === 'dense') distinct.add(r);
    }
  }
  const within = own === null ? Number.NaN : tiedRank(ties, before, distinct.size, same);
  return { within, count };
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
  const i = r.layout.index.get(id);
  if (i === undefined) return undefined;
  const unit = table.units[i] as ScoreTableUnit;
  const { within, count } = rankInParent(table.units, r.layout.group, i, r.ties);
  const before = options.previous?.units.find((u) => u.id === id);
  const benchmark = options.benchmark ?? 'mean';
  const { min, max } = table.framework.scale;
  return {
    unit,
    tier: table.framework.tiers.find((t) => t.id === unit.tier),
    overall: unit.rank === null ? undefined : { rank: unit.rank, of: r.overallCounts.get(r.layout.peer[i] as string) },
    inParent: unit.parent === undefined || Number.isNaN(within) ? undefined : { rank: within, of: count },
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
    leftOut: table.nodes.filter((n) => n.kind === 'indicator' && unit.nodes[n.id]?.missing === 'skipped'),
  };
}

/**
 * Each listed node's points after re-weighting around the unit's skipped nodes, as `explain()` gives
 * them (`availablePoints`): a node left out by the missing-value rule (an indicator with `missing:
 * 'skipped'`, a group all of whose listed children were left out) has 0, and its siblings share its
 * points in proportion to their own. Without a skipped sibling a node keeps its share of its parent's.
 */
function availablePoints(table: ScoreTable, unit: ScoreTableUnit): Map<string, number> {
  const children = new Map<string | null, ScoreTableNode[]>();
  for (const n of table.nodes) children.set(n.parent, [...(children.get(n.parent) ?? []), n]);
  const skipped = (n: ScoreTableNode): boolean => {
    if (n.kind === 'indicator') return unit.nodes[n.id]?.missing === 'skipped';
    const below = children.get(n.id) ?? [];
    return below.length > 0 && below.every(skipped);
  };
  const out = new Map<string, number>();
  const place = (n: ScoreTableNode, points: number) => {
    out.set(n.id, points);
    const below = children.get(n.id) ?? [];
    let gone = 0;
    for (const c of below) if (skipped(c)) gone += c.maxPoints;
    // The points left for the children that were scored, over the nominal points they share them by.
    const kept = n.maxPoints - gone;
    for (const c of below) place(c, skipped(c) || kept <= 0 ? 0 : (points * c.maxPoints) / kept);
  };
  // A node whose parent the table does not list (an indicator table without groups) keeps its nominal points.
  for (const n of table.nodes)
    if (n.parent === null || !table.nodes.some((p) => p.id === n.parent)) place(n, skipped(n) ? 0 : n.maxPoints);
  return out;
}

/** The indicators with points the unit did not earn, most lost first; those left out lose none. */
function lostPoints(table: ScoreTable, unit: ScoreTableUnit, min: number, max: number): LostLine[] {
  const lines: LostLine[] = [];
  const available = availablePoints(table, unit);
  for (const node of table.nodes) {
    if (node.kind !== 'indicator' || node.maxPoints <= 0) continue;
    const entry = unit.nodes[node.id];
    const missing = entry?.missing;
    if (missing === 'skipped') continue;
    const value = entry?.value ?? null;
    const share = value === null ? 0 : (value - min) / (max - min);
    const lost = (available.get(node.id) ?? node.maxPoints) * (1 - share);
    // Exactly full marks lose nothing; a rounding residue below a millionth of a point is not a loss.
    if (lost > 1e-6)
      lines.push({ node, value, lost, reason: value === null || missing ? 'not-reported' : 'below-max', missing });
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
