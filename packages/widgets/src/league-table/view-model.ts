import { foldText, type ScoreTable, type ScoreTableUnit, type Tier } from '@dti-kit/core/present';
import { collationKey } from '../shared/collate.js';
import { nameKey, nameKeys, rankCounts, ranksWithin, type TableTies, tiesOf } from './parent-rank.js';
import { isScoreTable } from './table-source.js';

/**
 * A column the table can show. `national-rank` is the rank among all units of the table, shown beside
 * the rank within a parent when the table ranks within one. `group` is the unit's peer group.
 */
export type ColumnKey =
  | 'rank'
  | 'name'
  | 'group'
  | 'value'
  | 'national-rank'
  | 'pillars'
  | 'change'
  | 'tier'
  | 'coverage';

/**
 * What a sortable column sorts on: a fixed column, or a pillar by node id. `parent-change` is the rank
 * change within the parent (the change column while ranking within a parent).
 */
export type SortKey =
  | 'rank'
  | 'national-rank'
  | 'name'
  | 'group'
  | 'value'
  | 'change'
  | 'parent-change'
  | 'tier'
  | 'coverage'
  | `node:${string}`;

/** One row as the table shows it. */
export interface RowModel {
  unit: ScoreTableUnit;
  /** The unit's parent as compared (NFC, see `nameKey`); `''` without one. */
  parent: string;
  /** Places gained since the previous period; `null` when unknown; `'new'` for a unit without a previous rank. */
  change: number | 'new' | null;
  /** Whether another unit shares this rank. */
  tied: boolean;
  /** Rank among the units of the same parent (and peer group), by the table's tie rule; `null` when unranked. */
  parentRank: number | null;
  /** Whether another unit of the same parent shares `parentRank`. */
  parentTied: boolean;
  /**
   * Places gained within the parent since the previous period; `null` when unknown (no previous table,
   * or the unit was in another parent then); `'new'` for a unit without a previous rank.
   */
  parentChange: number | 'new' | null;
}

/** A table prepared for fast re-sorting: sort orders are computed once per key and reused. */
export interface TableModel {
  table: ScoreTable;
  rows: RowModel[];
  pillars: ScoreTable['nodes'];
  tiers: Tier[];
  /** Each parent once (NFC), in Vietnamese order. */
  parents: string[];
  /** Each peer group once (NFC), in Vietnamese order; empty when the table ranks all units together. */
  groups: string[];
  /** The tie rule of the table's ranks, which ranks within a parent follow too. */
  ties: TableTies;
  /** Folded names for diacritic-insensitive search, computed on the first search. */
  folded(): string[];
  /** Row positions in display order for a sort key and direction; computed once, then cached. */
  order(key: SortKey, direction: 'ascending' | 'descending'): Int32Array;
}

/** Places gained from `before` to `now`; `'new'` without a previous rank, `null` when nothing is known. */
function changeOf(known: boolean, before: number | null | undefined, now: number | null): RowModel['change'] {
  if (!known || now === null) return null;
  return before === undefined || before === null ? 'new' : before - now;
}

/**
 * Prepares a score table for display: rank changes against the previous period (by unit id), ties,
 * each unit's rank within its parent, the pillar columns (children of the index with points), parents
 * and tiers for the filters. The previous period is its score table, or only its ranks by unit id (then
 * the change within a parent is unknown).
 *
 * @example const model = tableModel(table, previousTable); // or tableModel(table, new Map([['gia-lam', 3]]))
 */
export function tableModel(table: ScoreTable, previous?: ScoreTable | ReadonlyMap<string, number | null>): TableModel {
  const { units } = table;
  const n = units.length;
  // A table has a few parents and groups shared by many units: each name is normalised once.
  const key = nameKeys();
  const parentKeys = new Array<string>(n);
  const groupKeys = new Array<string>(n);
  const ranks = new Array<number | null>(n);
  for (let i = 0; i < n; i++) {
    const u = units[i] as ScoreTableUnit;
    parentKeys[i] = key(u.parent);
    groupKeys[i] = key(u.peerGroup);
    ranks[i] = u.rank;
  }
  // Counts of each rank within its peer group (ranked apart).
  const nationalCount = rankCounts(ranks, groupKeys);
  const ties = tiesOf(nationalCount);
  const before = isScoreTable(previous) ? previous : undefined;
  const previousRanks: ReadonlyMap<string, number | null> | undefined = before
    ? new Map(before.units.map((u) => [u.id, u.rank]))
    : (previous as ReadonlyMap<string, number | null> | undefined);
  const { within, groups: parentGroups } = ranksWithin(ranks, parentKeys, groupKeys, ties);
  const withinCount = rankCounts(within, parentGroups);
  // The previous period's ranks within its parents, and those parents, by unit id.
  const previousWithin = before && new Map<string, [number | null, string]>();
  if (before) {
    const parentsThen = before.units.map((u) => key(u.parent));
    const ranked = ranksWithin(
      before.units.map((u) => u.rank),
      parentsThen,
      before.units.map((u) => key(u.peerGroup)),
      ties,
    ).within;
    before.units.forEach((u, i) => {
      const r = ranked[i] as number;
      previousWithin?.set(u.id, [Number.isNaN(r) ? null : r, parentsThen[i] as string]);
    });
  }
  const rows = new Array<RowModel>(n);
  for (let i = 0; i < n; i++) {
    const unit = units[i] as ScoreTableUnit;
    const r = within[i] as number;
    const parentRank = Number.isNaN(r) ? null : r;
    const parent = parentKeys[i] as string;
    // A unit that moved to another parent (communes merged, say) has no comparable rank within it.
    const then = previousWithin?.get(unit.id);
    rows[i] = {
      unit,
      parent,
      change: changeOf(previousRanks !== undefined, previousRanks?.get(unit.id), unit.rank),
      tied: unit.rank !== null && (nationalCount.get(groupKeys[i] as string)?.get(unit.rank) ?? 0) > 1,
      parentRank,
      parentTied: parentRank !== null && (withinCount.get(parentGroups[i] as string)?.get(parentRank) ?? 0) > 1,
      parentChange:
        then !== undefined && then[1] !== parent ? null : changeOf(before !== undefined, then?.[0], parentRank),
    };
  }
  const root = table.nodes.find((n) => n.parent === null);
  const pillars = table.nodes.filter((n) => n.parent === root?.id && n.kind === 'group' && n.maxPoints > 0);
  // Vietnamese order for names in both languages: they are Vietnamese names.
  const byKey = (a: string, b: string) => {
    const x = collationKey(a);
    const y = collationKey(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const distinct = (names: string[]) => [...new Set(names.filter(Boolean))].sort(byKey);
  const parents = distinct(parentKeys);
  const groups = distinct(groupKeys);
  // Peer groups are ranked apart, so rank order keeps each group together: all of one group's ranks,
  // then the next group's, rather than two different units 1st side by side.
  const groupIndex = new Map(groups.map((g, i) => [g, i]));
  let span = 1;
  for (const u of table.units) if (u.rank !== null && u.rank >= span) span = u.rank + 1;
  const rankOf = (r: RowModel, i: number) =>
    r.unit.rank === null ? null : (groupIndex.get(groupKeys[i] as string) ?? groups.length) * span + r.unit.rank;
  const tierOrder = new Map(table.framework.tiers.map((t) => [t.id, t.min]));
  const cache = new Map<string, Int32Array>();
  let folded: string[] | undefined;
  let sortNames: string[] | undefined;
  const byNumber = (value: (r: RowModel, i: number) => number | null, sign: 1 | -1): Int32Array => {
    // Missing values last in both directions; equal values keep the dataset order.
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = value(rows[i] as RowModel, i) ?? Number.NaN;
    return Int32Array.from(rows.keys()).sort((a, b) => {
      const x = keys[a] as number;
      const y = keys[b] as number;
      const xm = Number.isNaN(x);
      const ym = Number.isNaN(y);
      if (xm !== ym) return xm ? 1 : -1;
      return (xm ? 0 : sign * (x - y)) || a - b;
    });
  };
  const numberOf = (key: SortKey): ((r: RowModel, i: number) => number | null) => {
    // Within one parent the national order is the order within the parent: one key serves both.
    if (key === 'rank' || key === 'national-rank' || key === 'group') return rankOf;
    if (key === 'parent-change') return (r) => (typeof r.parentChange === 'number' ? r.parentChange : null);
    if (key === 'value') return (r) => r.unit.value;
    if (key === 'change') return (r) => (typeof r.change === 'number' ? r.change : null);
    if (key === 'coverage') return (r) => r.unit.coverage;
    if (key === 'tier') return (r) => (r.unit.tier ? (tierOrder.get(r.unit.tier) ?? null) : null);
    const id = key.slice(5);
    return (r) => r.unit.nodes[id]?.value ?? null;
  };
  function order(key: SortKey, direction: 'ascending' | 'descending'): Int32Array {
    const cacheKey = `${key} ${direction}`;
    const cached = cache.get(cacheKey);
    if (cached) return cached;
    let result: Int32Array;
    if (key === 'name') {
      sortNames ??= rows.map((r) => collationKey(r.unit.name));
      const keys = sortNames;
      const sign = direction === 'ascending' ? 1 : -1;
      result = Int32Array.from(rows.keys()).sort((a, b) => {
        const x = keys[a] as string;
        const y = keys[b] as string;
        return (x < y ? -sign : x > y ? sign : 0) || a - b;
      });
    } else result = byNumber(numberOf(key), direction === 'ascending' ? 1 : -1);
    cache.set(cacheKey, result);
    return result;
  }
  return {
    table,
    rows,
    pillars,
    tiers: table.framework.tiers,
    parents,
    groups,
    ties,
    folded: () => {
      folded ??= table.units.map((u) => foldText(u.name));
      return folded;
    },
    order,
  };
}

/** Options of {@link visibleRows}. */
export interface ViewOptions {
  sort: SortKey;
  /** `ascending` puts rank 1 and the name "An" first. */
  direction: 'ascending' | 'descending';
  query: string;
  /** A parent's name (compared in NFC), or `''` for all; see {@link findParent} for a name typed by hand. */
  parent: string;
  tier: string;
}

/**
 * The rows to show, in order: filtered by search (case and diacritics ignored: "phuc tho" finds
 * "Phúc Thọ"), parent and tier, sorted by the chosen column. Units without a value stay last in both
 * directions. Re-sorting reuses the cached order, so it costs one pass over the rows.
 *
 * @example visibleRows(model, { sort: 'rank', direction: 'ascending', query: 'phuc tho', parent: '', tier: '' })
 */
export function visibleRows(model: TableModel, options: ViewOptions): RowModel[] {
  const query = foldText(options.query);
  const parent = nameKey(options.parent);
  const out: RowModel[] = [];
  const folded = query ? model.folded() : [];
  for (const i of model.order(options.sort, options.direction)) {
    const row = model.rows[i] as RowModel;
    if (query && !(folded[i] as string).includes(query)) continue;
    if (parent && row.parent !== parent) continue;
    if (options.tier && row.unit.tier !== options.tier) continue;
    out.push(row);
  }
  return out;
}

/**
 * The parent a page asks for (the `parent` attribute) among the table's `parents`: the same name in
 * NFC, else the one parent whose name matches without diacritics or case ("ha noi" → "Hà Nội"), as the
 * search does; `''` for none asked; `undefined` when no parent, or more than one, matches.
 *
 * @example findParent(['Hà Nội', 'Bến Tre'], 'Ha Noi') // → 'Hà Nội'
 */
export function findParent(parents: readonly string[], asked: string): string | undefined {
  const name = asked.trim().normalize('NFC');
  if (!name || parents.includes(name)) return name;
  const folded = foldText(name);
  const near = parents.filter((p) => foldText(p) === folded);
  return near.length === 1 ? near[0] : undefined;
}

/** A column as shown: its kind, the pillar it shows (for `pillars`), and its header text. */
export interface ViewColumn {
  key: ColumnKey;
  /** The node id of a pillar column. */
  node?: string;
  label: string;
}

/** Whether a unit's score rests on partial data: indicators skipped (coverage below 1) or imputed. */
export function isPartial(unit: ScoreTableUnit): boolean {
  return unit.coverage < 1 || unit.imputed > 0;
}

/** Share of indicators reported, as a percentage rounded to one decimal (0.619 → 61.9). */
export function coveragePercent(unit: ScoreTableUnit): number {
  return Math.round(unit.coverage * 1000) / 10;
}
