// The floor: what scoring validated columns costs when written by hand for one pipeline, with no
// engine around it. Min-max or goalposts per indicator, weighted arithmetic means (or sums of points)
// accumulated straight into the group totals, the published value rounded half away from zero to the
// framework's precision, competition ranks ("1, 2, 2, 4") on the published value. `score()` is timed
// against this in the same process, and the bench first checks that both give the same numbers.
import type { Framework, FrameworkNode, PreparedDataset } from '../dist/index.js';

/** What the floor computes: each unit's published value and rank (`NaN` = none). */
export interface FloorResult {
  value: Float64Array;
  rank: Float64Array;
}

interface FlatGroup {
  /** Position of the parent group's totals, −1 for the index. */
  parent: number;
  /** Weight of this group in its parent. */
  weight: number;
}

interface FlatIndicator {
  column: number;
  parent: number;
  weight: number;
  lower: boolean;
  posts: { min: number; max: number } | undefined;
}

/** The floor's view of a framework: groups children-first, indicators with their parent's position. */
interface FlatFramework {
  groups: FlatGroup[];
  indicators: FlatIndicator[];
}

const weightOf = (node: FrameworkNode): number => node.weight ?? node.points ?? 1;

/**
 * Flattens the framework once, outside the timed loop, refusing what the floor does not implement
 * (so a change of the synthetic data cannot silently make the comparison unfair).
 */
export function flatten(framework: Framework, data: PreparedDataset): FlatFramework {
  if (
    framework.minCoverage !== undefined ||
    framework.rankOn === 'exact' ||
    (framework.ties ?? 'competition') !== 'competition'
  )
    throw new Error('floor: only competition ranks on the published value, every unit scored');
  if (data.units.some((u) => u.peerGroup !== undefined)) throw new Error('floor: no peer groups');
  const groups: FlatGroup[] = [];
  const indicators: FlatIndicator[] = [];
  // Post-order: a group's slot comes after its subtree, so one forward pass closes children first.
  const visit = (node: FrameworkNode, weight: number): FlatGroup | FlatIndicator => {
    if (node.kind === 'indicator') {
      const { method } = node;
      if ((method.type !== 'minMax' && method.type !== 'goalposts') || node.transform || node.formula)
        throw new Error(`floor: ${node.id} is neither plain min-max nor goalposts`);
      if (method.type === 'minMax' && method.range) throw new Error('floor: min-max range must be 0–1');
      if (node.missing && node.missing.type !== 'skip') throw new Error('floor: missing values are skipped');
      const indicator: FlatIndicator = {
        column: data.indicatorIds.indexOf(node.id),
        parent: -1,
        weight,
        lower: node.direction === 'lower',
        posts: method.type === 'goalposts' ? { min: method.min, max: method.max } : undefined,
      };
      indicators.push(indicator);
      return indicator;
    }
    const type = node.aggregation?.type ?? 'arithmetic';
    if (type !== 'arithmetic' && type !== 'sum') throw new Error('floor: arithmetic means or sums only');
    if (node.missing && node.missing.type !== 'skip') throw new Error('floor: missing values are skipped');
    const total = node.children.reduce((t, c) => t + weightOf(c), 0);
    if (!(total > 0 && Number.isFinite(total))) throw new Error('floor: positive, finite weights');
    // Sibling groups and indicators would be added in another order than the engine's, off by an ulp.
    if (new Set(node.children.map((c) => c.kind)).size > 1) throw new Error('floor: groups of groups or of indicators');
    const children = node.children.map((child) => visit(child, weightOf(child)));
    const group: FlatGroup = { parent: -1, weight };
    const own = groups.push(group) - 1;
    for (const child of children) child.parent = own;
    return group;
  };
  if (framework.missing && framework.missing.type !== 'skip') throw new Error('floor: missing values are skipped');
  visit(framework.root, 1);
  return { groups, indicators };
}

/** Adds one min-max or goalposts column into its group's sums: one loop per case, no test inside but NaN. */
function addColumn(
  x: Float64Array,
  a: Float64Array,
  t: Float64Array,
  w: number,
  min: number,
  max: number,
  lower: boolean,
  capped: boolean,
): void {
  const n = x.length;
  const span = max - min;
  if (span === 0) {
    for (let u = 0; u < n; u++) {
      if (Number.isNaN(x[u])) continue;
      a[u] = (a[u] as number) + w * 0.5;
      t[u] = (t[u] as number) + w;
    }
  } else if (capped && lower)
    for (let u = 0; u < n; u++) {
      const v = x[u] as number;
      if (Number.isNaN(v)) continue;
      const s = (max - v) / span;
      a[u] = (a[u] as number) + w * (s < 0 ? 0 : Math.min(s, 1));
      t[u] = (t[u] as number) + w;
    }
  else if (capped)
    for (let u = 0; u < n; u++) {
      const v = x[u] as number;
      if (Number.isNaN(v)) continue;
      const s = (v - min) / span;
      a[u] = (a[u] as number) + w * (s < 0 ? 0 : Math.min(s, 1));
      t[u] = (t[u] as number) + w;
    }
  else if (lower)
    for (let u = 0; u < n; u++) {
      const v = x[u] as number;
      if (Number.isNaN(v)) continue;
      a[u] = (a[u] as number) + w * ((max - v) / span);
      t[u] = (t[u] as number) + w;
    }
  else
    for (let u = 0; u < n; u++) {
      const v = x[u] as number;
      if (Number.isNaN(v)) continue;
      a[u] = (a[u] as number) + w * ((v - min) / span);
      t[u] = (t[u] as number) + w;
    }
}

/** Closes a group's mean and adds it into its parent's sums. */
function addGroup(a: Float64Array, t: Float64Array, pa: Float64Array, pt: Float64Array, weight: number): void {
  for (let u = 0; u < a.length; u++) {
    const tu = t[u] as number;
    if (!(tu > 0)) continue;
    pa[u] = (pa[u] as number) + weight * ((a[u] as number) / tu);
    pt[u] = (pt[u] as number) + weight;
  }
}

/** The published value: on the scale, rounded half away from zero with the tables' few-ulp nudge. */
function publish(framework: Framework, a: Float64Array, t: Float64Array): Float64Array {
  const n = a.length;
  const { min, max } = framework.scale;
  const span = max - min;
  const f = 10 ** (framework.precision ?? 0);
  const rounded = framework.precision !== undefined;
  const nudge = 1 + 4 * Number.EPSILON;
  const value = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const tu = t[u] as number;
    if (!(tu > 0)) {
      value[u] = Number.NaN;
      continue;
    }
    const x = min + ((a[u] as number) / tu) * span;
    value[u] = !rounded ? x : x >= 0 ? Math.round(x * f * nudge) / f : -Math.round(-x * f * nudge) / f;
  }
  return value;
}

/** Competition ranks: 1 + how many ranked units published strictly more (native sort, binary search). */
function competitionRanks(value: Float64Array, ranked: Uint8Array): Float64Array {
  const n = value.length;
  const keys = new Float64Array(n);
  let m = 0;
  for (let u = 0; u < n; u++) {
    const v = value[u] as number;
    if (!Number.isNaN(v) && ranked[u]) keys[m++] = v;
  }
  const sorted = keys.subarray(0, m).sort();
  const rank = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const v = value[u] as number;
    if (!(!Number.isNaN(v) && ranked[u])) {
      rank[u] = Number.NaN;
      continue;
    }
    let lo = 0;
    let hi = m;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as number) <= v) lo = mid + 1;
      else hi = mid;
    }
    rank[u] = m - lo + 1;
  }
  return rank;
}

/**
 * Scores validated columns by hand: one pass for each indicator's extent, one pass normalising and
 * adding into the parent group's sums, one pass per group closing its mean, then rounding and ranks.
 */
export function floorScore(framework: Framework, flat: FlatFramework, data: PreparedDataset): FloorResult {
  const n = data.units.length;
  const { groups, indicators } = flat;
  const acc = groups.map(() => new Float64Array(n));
  const total = groups.map(() => new Float64Array(n));
  for (const ind of indicators) {
    const x = data.values[ind.column] as Float64Array;
    let min: number;
    let max: number;
    if (ind.posts) {
      min = ind.posts.min;
      max = ind.posts.max;
    } else {
      min = Number.POSITIVE_INFINITY;
      max = Number.NEGATIVE_INFINITY;
      for (let u = 0; u < n; u++) {
        const v = x[u] as number;
        if (v < min) min = v;
        if (v > max) max = v;
      }
      if (!(min <= max)) continue; // nobody reported it
    }
    const a = acc[ind.parent] as Float64Array;
    const t = total[ind.parent] as Float64Array;
    addColumn(x, a, t, ind.weight, min, max, ind.lower, ind.posts !== undefined);
  }
  let value: Float64Array = new Float64Array(0);
  for (let g = 0; g < groups.length; g++) {
    const { parent, weight } = groups[g] as FlatGroup;
    const a = acc[g] as Float64Array;
    const t = total[g] as Float64Array;
    if (parent < 0) value = publish(framework, a, t);
    else addGroup(a, t, acc[parent] as Float64Array, total[parent] as Float64Array, weight);
  }
  const ranked = new Uint8Array(n);
  for (let u = 0; u < n; u++) ranked[u] = (data.units[u] as { ranked: boolean }).ranked ? 1 : 0;
  return { value, rank: competitionRanks(value, ranked) };
}

/** What the rows-to-columns floor gives: ids, their positions, one column per indicator, counts. */
export interface FloorColumns {
  ids: string[];
  unitIndex: Map<string, number>;
  values: Float64Array[];
  reported: Int32Array;
}

/**
 * Rows to columns by hand: each unit's id (duplicates refused) and each indicator's value read by key,
 * a number, yes/no or null, anything else refused; then how many indicators each unit reported.
 */
export function floorColumns(
  indicatorIds: readonly string[],
  rows: readonly { id: string; values: object }[],
): FloorColumns {
  const n = rows.length;
  const m = indicatorIds.length;
  const values = indicatorIds.map(() => new Float64Array(n));
  const ids: string[] = new Array(n);
  const unitIndex = new Map<string, number>();
  const reported = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    const row = rows[u] as { id: string; values: Record<string, unknown> };
    const id = row.id;
    if (typeof id !== 'string' || unitIndex.has(id)) throw new Error(`unit ${u}: bad or repeated id`);
    unitIndex.set(id, u);
    ids[u] = id;
    const vals = row.values;
    let count = 0;
    for (let i = 0; i < m; i++) {
      const v = vals[indicatorIds[i] as string];
      let x: number;
      if (typeof v === 'number' && v - v === 0) x = v;
      else if (v === null || v === undefined) x = Number.NaN;
      else if (typeof v === 'boolean') x = v ? 1 : 0;
      else throw new Error(`unit ${id}: ${String(v)} is not a number`);
      (values[i] as Float64Array)[u] = x;
      if (!Number.isNaN(x)) count++;
    }
    reported[u] = count;
  }
  return { ids, unitIndex, values, reported };
}
