import { foldText, pillarsOf, type ScoreTable, type ScoreTableUnit, type Tier } from '@dti-kit/core/present';
import { collationKey } from '../shared/collate.js';
import { ascendingOrder, firstInOrder, reversedOrder, type SortKeys } from '../shared/sorts.js';
import { nameKey, nameKeys, rankRuns, type TableTies, tableTies } from './parent-rank.js';
import { withinParents } from './ranks-within.js';
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
  /** `rows[i]`, without making the other rows (a first page reads 25 of them). */
  row(i: number): RowModel;
  pillars: ScoreTable['nodes'];
  tiers: Tier[];
  /** Each parent once (NFC), in Vietnamese order. */
  parents: string[];
  /** Each peer group once (NFC), in Vietnamese order; empty when the table ranks all units together. */
  groups: string[];
  /** The tie rule the table states, else the one its ranks follow; ranks within a parent follow it too. */
  readonly ties: TableTies;
  /** Folded names for diacritic-insensitive search: those `prepare` has not folded yet are folded now. */
  folded(): string[];
  /** Row positions in display order for a sort key and direction; computed once, then cached. */
  order(key: SortKey, direction: 'ascending' | 'descending'): Int32Array;
  /**
   * The first `k` positions of `order(key, direction)`, without making that order when it is not made
   * yet (a first page needs 25 rows, not a sort of all of them).
   */
  top(key: SortKey, direction: 'ascending' | 'descending', k: number): Int32Array;
  /**
   * Does the work a reader's first search or sort would wait for (folded names, sort keys of names, the
   * orders of names, scores and pillars), a slice at a time while `more()` says there is time left;
   * `true` once all is done.
   */
  prepare(more: () => boolean): boolean;
}

/** Places gained from `before` to `now`; `'new'` without a previous rank, `null` when nothing is known. */
function changeOf(known: boolean, before: number | null | undefined, now: number | null): RowModel['change'] {
  if (!known || now === null) return null;
  return before === undefined || before === null ? 'new' : before - now;
}

/** What a row reads from its table, computed for all rows the first time any row asks. */
interface RowSource {
  parents: string[];
  change(unit: ScoreTableUnit): RowModel['change'];
  tied(): Uint8Array;
  within(): Within;
}

/** Ranks within parents (`NaN` unranked), whether each is shared, and the previous period's, by unit id. */
export interface Within {
  rank: Float64Array;
  tied: Uint8Array;
  before: Map<string, [number | null, string]> | undefined;
}

/**
 * One row. The ranks within a parent and the ties are read on first use: showing a page of 100,000 rows
 * needs them for 25.
 */
class Row implements RowModel {
  declare readonly unit: ScoreTableUnit;
  declare readonly i: number;
  declare readonly s: RowSource;
  constructor(unit: ScoreTableUnit, i: number, s: RowSource) {
    this.unit = unit;
    this.i = i;
    this.s = s;
  }
  get parent(): string {
    return this.s.parents[this.i] as string;
  }
  get change(): RowModel['change'] {
    return this.s.change(this.unit);
  }
  get tied(): boolean {
    return this.s.tied()[this.i] === 1;
  }
  get parentRank(): number | null {
    const r = this.s.within().rank[this.i] as number;
    return Number.isNaN(r) ? null : r;
  }
  get parentTied(): boolean {
    return this.s.within().tied[this.i] === 1;
  }
  get parentChange(): RowModel['change'] {
    // A unit that moved to another parent (communes merged, say) has no comparable rank within it.
    const { before } = this.s.within();
    const then = before?.get(this.unit.id);
    return then !== undefined && then[1] !== this.parent
      ? null
      : changeOf(before !== undefined, then?.[0], this.parentRank);
  }
}

/**
 * Prepares a score table for display: rank changes against the previous period (by unit id), ties,
 * each unit's rank within its parent, the pillar columns (children of the index with points), parents
 * and tiers for the filters. The previous period is its score table, or only its ranks by unit id (then
 * the change within a parent is unknown). Only what the first page needs is computed at once; ranks
 * within parents, folded names and the other orders on first use or in `prepare`.
 *
 * @example const model = tableModel(table, previousTable); // or tableModel(table, new Map([['gia-lam', 3]]))
 */
export function tableModel(table: ScoreTable, previous?: ScoreTable | ReadonlyMap<string, number | null>): TableModel {
  const { units } = table;
  // A table has a few parents and groups shared by many units: each name is normalised once.
  const key = nameKeys();
  // Each unit's parent and peer group as compared, made on first use: a first page reads neither.
  let unitKeys: { parents: string[]; groups: string[] } | undefined;
  const keyed = () =>
    (unitKeys ??= { parents: units.map((u) => key(u.parent)), groups: units.map((u) => key(u.peerGroup)) });
  const pillars = pillarsOf(table);
  const [parentNames, groupNames, span] = namesAndSpan(units);
  const parents = distinctNames(parentNames, key);
  const groups = distinctNames(groupNames, key);
  const number = sortNumbers(
    table,
    span,
    groups,
    () => keyed().groups,
    (i) => row(i),
  );
  const sorts = sortOrders(units, number);
  let national: ReturnType<typeof rankRuns> | undefined;
  const rankTies = () =>
    (national ??= rankRuns(sorts.keys('rank') as Float64Array, sorts.order('rank', 'ascending'), span, 'competition'));
  // The rule the table states, else the one its ranks follow (read while ranking them).
  const ties = () => tableTies(table.framework.ties, () => rankTies().rule);
  const source = rowSource(units, previous, keyed, { rankTies, ties }, key);
  // Rows made when first read, each once: a first page of 100,000 rows reads 25.
  const made: RowModel[] = new Array(units.length);
  const row = (i: number) => (made[i] ??= new Row(units[i] as ScoreTableUnit, i, source));
  const model: TableModel = {
    table,
    get rows() {
      for (let i = 0; i < units.length; i++) row(i);
      return made;
    },
    row,
    pillars,
    tiers: table.framework.tiers,
    parents,
    groups,
    get ties() {
      return ties();
    },
    folded: sorts.folded,
    order: sorts.order,
    top: sorts.top,
    prepare(more) {
      if (!sorts.prepare(more)) return false;
      for (const k of ['value', ...pillars.map((p) => `node:${p.id}`)] as SortKey[]) {
        if (!more()) return false;
        sorts.order(k, 'descending');
      }
      return true;
    },
  };
  return model;
}

/** What the rows of `units` read, each part made when a row first asks for it. */
function rowSource(
  units: readonly ScoreTableUnit[],
  previous: ScoreTable | ReadonlyMap<string, number | null> | undefined,
  keyed: () => { parents: string[]; groups: string[] },
  { rankTies, ties }: { rankTies: () => ReturnType<typeof rankRuns>; ties: () => TableTies },
  key: (name: string | undefined) => string,
): RowSource {
  const before = isScoreTable(previous) ? previous : undefined;
  let previousRanks: ReadonlyMap<string, number | null> | undefined;
  let within: Within | undefined;
  return {
    get parents() {
      return keyed().parents;
    },
    change: (unit) => {
      previousRanks ??= before
        ? new Map(before.units.map((u) => [u.id, u.rank]))
        : (previous as ReadonlyMap<string, number | null> | undefined);
      return changeOf(previous !== undefined, previousRanks?.get(unit.id), unit.rank);
    },
    tied: () => rankTies().tied,
    within: () => (within ??= withinParents(units, keyed(), ties(), before, key)),
  };
}

/**
 * The units' parents and peer groups as written, and one more than the worst rank (ranks of one peer
 * group sort before the next group's, see `sortNumbers`): one pass, each of 100,000 units read once
 * before a first page, not three times.
 */
function namesAndSpan(units: readonly ScoreTableUnit[]): [Set<string | undefined>, Set<string | undefined>, number] {
  const parents = new Set<string | undefined>();
  const groups = new Set<string | undefined>();
  let span = 1;
  for (const u of units) {
    parents.add(u.parent);
    // Most tables have no peer groups: nothing to add for a unit without one.
    if (u.peerGroup !== undefined) groups.add(u.peerGroup);
    if (u.rank !== null && u.rank >= span) span = u.rank + 1;
  }
  return [parents, groups, span];
}

/**
 * The distinct non-empty `names` as `key` compares them, in Vietnamese order, in both languages: they
 * are Vietnamese names.
 */
function distinctNames(names: ReadonlySet<string | undefined>, key: (name: string | undefined) => string): string[] {
  const byKey = (a: string, b: string) => {
    const x = collationKey(a);
    const y = collationKey(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
  return [...new Set([...names].map(key))].filter(Boolean).sort(byKey);
}

/** For a numeric sort family (`rank`, `value`, `change`, `node:<id>`, …), the number unit `i` sorts by. */
function sortNumbers(
  table: ScoreTable,
  span: number,
  groups: readonly string[],
  groupKeysOf: () => readonly string[],
  row: (i: number) => RowModel,
): (family: string) => (i: number) => number | null | undefined {
  const { units } = table;
  // Peer groups are ranked apart, so rank order keeps each group together: all of one group's ranks,
  // then the next group's, rather than two different units 1st side by side.
  const groupIndex = new Map(groups.map((g, i) => [g, i]));
  const tierOrder = new Map(table.framework.tiers.map((t) => [t.id, t.min]));
  const unit = (i: number) => units[i] as ScoreTableUnit;
  return (family: string): ((i: number) => number | null | undefined) => {
    // Without peer groups the rank is the number: no lookup per unit before a large table's first page.
    if (family === 'rank' && groups.length === 0) return (i) => unit(i).rank;
    const groupKeys = family === 'rank' ? groupKeysOf() : [];
    if (family === 'rank')
      return (i) => {
        const r = unit(i).rank;
        return r === null ? null : (groupIndex.get(groupKeys[i] as string) ?? groups.length) * span + r;
      };
    if (family === 'change' || family === 'parent-change')
      return (i) => {
        const change = family === 'change' ? row(i).change : row(i).parentChange;
        return typeof change === 'number' ? change : null;
      };
    if (family === 'value') return (i) => unit(i).value;
    if (family === 'coverage') return (i) => unit(i).coverage;
    if (family === 'tier') return (i) => tierOrder.get(unit(i).tier ?? '');
    return (i) => unit(i).nodes[family.slice(5)]?.value;
  };
}

/** One number per unit, `NaN` where there is none. */
function numericKeys(of: (i: number) => number | null | undefined, n: number): Float64Array {
  // A loop, not Float64Array.from(units, …), which walks the array through its iterator.
  const made = new Float64Array(n);
  for (let i = 0; i < n; i++) made[i] = of(i) ?? Number.NaN;
  return made;
}

/**
 * The sort keys and orders of a table's columns, each made on first use and cached; the opposite
 * direction of a cached order is its reverse (one pass). Names' collation keys and folded forms are
 * made a slice at a time by `prepare`, or all at once when a sort or search needs them first.
 */
function sortOrders(
  units: readonly ScoreTableUnit[],
  number: (family: string) => (i: number) => number | null | undefined,
) {
  const n = units.length;
  const keyCache = new Map<string, SortKeys>();
  const orders = new Map<string, Int32Array>();
  const names: string[] = [];
  const folded: string[] = [];
  // Within one parent the national order is the order within the parent: one key serves both.
  const familyOf = (key: SortKey) => (key === 'national-rank' || key === 'group' ? 'rank' : key);
  function keys(key: SortKey): SortKeys {
    const family = familyOf(key);
    let made = keyCache.get(family);
    if (!made) {
      if (family === 'name') {
        fillNames(units, names, collationKey, n);
        made = names;
      } else made = numericKeys(number(family), n);
      keyCache.set(family, made);
    }
    return made;
  }
  function order(key: SortKey, direction: 'ascending' | 'descending'): Int32Array {
    const family = familyOf(key);
    const up = orders.get(family) ?? ascendingOrder(keys(key));
    orders.set(family, up);
    if (direction === 'ascending') return up;
    const down = orders.get(`-${family}`) ?? reversedOrder(up, keys(key));
    orders.set(`-${family}`, down);
    return down;
  }
  /** See `TableModel.top`: beyond the first 1,000 rows, or once the order is made, the order's own. */
  function top(key: SortKey, direction: 'ascending' | 'descending', k: number): Int32Array {
    const family = familyOf(key);
    if (k > 1000 || orders.has(family)) return order(key, direction).subarray(0, k);
    return firstInOrder(keys(key), direction === 'descending', k);
  }
  return {
    keys,
    order,
    top,
    folded() {
      fillNames(units, folded, foldName, n);
      return folded;
    },
    prepare(more: () => boolean): boolean {
      if (!fillInSlices(units, [folded, foldName], more) || !fillInSlices(units, [names, collationKey], more))
        return false;
      if (!more()) return false;
      order('name', 'ascending');
      return true;
    },
  };
}

/** Appends `make` of the units' names to `out`, up to the `upTo`-th unit. */
function fillNames(units: readonly ScoreTableUnit[], out: string[], make: (name: string) => string, upTo: number) {
  for (let i = out.length; i < upTo; i++) out.push(make((units[i] as ScoreTableUnit).name));
}

/** Fills `out` with `make` of every unit's name, 500 at a time while `more()` says there is time; true once full. */
function fillInSlices(
  units: readonly ScoreTableUnit[],
  [out, make]: readonly [string[], (name: string) => string],
  more: () => boolean,
): boolean {
  while (out.length < units.length) {
    if (!more()) return false;
    fillNames(units, out, make, Math.min(units.length, out.length + 500));
  }
  return true;
}
/**
 * `foldText` of a name, a word at a time with each word folded once: the words of 100,000 names are a
 * few thousand syllables ("Xã", "Tân", "Phú"), and folding is the first keystroke's longest wait. The
 * same text as `foldText(name)`: it folds each run of other characters to one space, as the join does.
 *
 * @example foldName('Xã  Phúc Thọ') // → 'xa phuc tho'
 */
function foldName(name: string): string {
  let out = '';
  for (const word of name.split(' ')) {
    let folded = foldedWords.get(word);
    if (folded === undefined) {
      if (foldedWords.size > 50_000) foldedWords.clear();
      folded = foldText(word);
      foldedWords.set(word, folded);
    }
    if (folded) out = out ? `${out} ${folded}` : folded;
  }
  return out;
}

const foldedWords = new Map<string, string>();

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
 * directions. Re-sorting reuses the cached order, so it costs one pass over the rows; the same view asked
 * twice in a row is the same array.
 *
 * @example visibleRows(model, { sort: 'rank', direction: 'ascending', query: 'phuc tho', parent: '', tier: '' })
 */
export function visibleRows(model: TableModel, options: ViewOptions): RowModel[] {
  // The announcement of a search counts the rows the render then shows: one pass serves both.
  const asked = JSON.stringify(options);
  const last = lastView.get(model);
  if (last?.[0] === asked) return last[1];
  const query = foldText(options.query);
  const parent = nameKey(options.parent);
  const out: RowModel[] = [];
  const folded = query ? model.folded() : [];
  for (const i of model.order(options.sort, options.direction)) {
    if (query && !(folded[i] as string).includes(query)) continue;
    const row = model.row(i);
    if (parent && row.parent !== parent) continue;
    if (options.tier && row.unit.tier !== options.tier) continue;
    out.push(row);
  }
  lastView.set(model, [asked, out]);
  return out;
}

const lastView = new WeakMap<TableModel, [string, RowModel[]]>();

/** A view as pages read it: how many rows it has, and the rows from one position to another. */
export interface View {
  count: number;
  rows(from: number, to: number): RowModel[];
}

/**
 * The view {@link visibleRows} gives, read a page at a time. Without a search or a filter every row is
 * in it, so its count is known and a page is read from the first rows of the order (`TableModel.top`):
 * the first page of 100,000 rows, or of a column clicked before its order is made, waits for no sort.
 *
 * @example viewOf(model, { sort: 'name', direction: 'ascending', query: '', parent: '', tier: '' }).rows(0, 25)
 */
export function viewOf(model: TableModel, options: ViewOptions): View {
  if (foldText(options.query) || nameKey(options.parent) || options.tier) {
    const rows = visibleRows(model, options);
    return { count: rows.length, rows: (from, to) => rows.slice(from, to) };
  }
  return {
    count: model.table.units.length,
    rows: (from, to) => Array.from(model.top(options.sort, options.direction, to).subarray(from), model.row),
  };
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

/**
 * Whether a unit's score rests on partial data: indicators skipped (coverage below 1) or imputed. Never
 * in a table of published results (`source: 'published'`): its coverage says nothing of the indicators.
 */
export function isPartial(unit: ScoreTableUnit, table: Pick<ScoreTable, 'source'>): boolean {
  return table.source !== 'published' && (unit.coverage < 1 || unit.imputed > 0);
}

/** Share of indicators reported, as a percentage rounded to one decimal (0.619 → 61.9). */
export function coveragePercent(unit: ScoreTableUnit): number {
  return Math.round(unit.coverage * 1000) / 10;
}
