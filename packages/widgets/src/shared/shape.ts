import type { ReactiveControllerHost } from 'lit';
import type { Locale } from './i18n.js';
import { show } from './show-value.js';

// The widgets read JSON that people publish by hand or from other tools. Before drawing anything they
// check the fields they read, so a wrong file shows one clear sentence instead of NaN on the page. The
// check records problems as data; their sentences (shape-words.ts) load only when there is one to show.

/** What a field must be: the code of a problem with a single field. */
export type Expect =
  | 'aboveMin'
  | 'rankLike'
  | 'lowHigh'
  | 'object'
  | 'array'
  | 'text'
  | 'optText'
  | 'colour'
  | 'number'
  | 'numberOrNull'
  | 'share'
  | 'count'
  | 'kind'
  | 'format'
  | 'nodeKind'
  | 'points'
  | 'textOrNull'
  | 'period'
  | 'decimals'
  | 'field'
  | 'ties'
  | 'warnings'
  | 'missing';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A finite number. */
export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

const isNumberOrNull = (v: unknown) => v === null || isNumber(v);

/**
 * Whether a node's `missing` (what the rule did with a value the unit did not report) is absent or
 * agrees with its value: `zero` and `imputed` beside a number, `skipped` beside `null`. Any other word
 * would be shown as a reported value, or a number as one left out.
 */
export const missingFits = ({ missing, value }: Record<string, unknown>) =>
  missing === undefined ||
  (missing === 'skipped' ? value === null : value !== null && (missing === 'zero' || missing === 'imputed'));

const CHECKS: Record<Expect, (v: unknown) => boolean> = {
  aboveMin: () => false,
  // Checked with the node's value, by missingFits.
  missing: () => false,
  lowHigh: () => false,
  rankLike: (v) => v === null || (isNumber(v) && v >= 1),
  object: isObject,
  array: Array.isArray,
  text: (v) => typeof v === 'string',
  optText: (v) => v === undefined || v === null || typeof v === 'string',
  // Unlike other optional texts, a tier colour of null is refused: every place that draws a colour
  // reads it as text, and a null there once threw on the page.
  colour: (v) => v === undefined || typeof v === 'string',
  number: isNumber,
  numberOrNull: isNumberOrNull,
  share: (v) => isNumber(v) && v >= 0 && v <= 1,
  count: (v) => isNumber(v) && Number.isInteger(v) && v >= 0,
  kind: (v) => v === 'dti-score-table',
  // A later format may change what a field means: read as format 1, its numbers could be wrong. A table
  // without the field (written by hand) is read as format 1, the only one there is.
  format: (v) => v === undefined || v === 1,
  nodeKind: (v) => v === 'group' || v === 'indicator',
  points: (v) => isNumber(v) && v >= 0,
  textOrNull: (v) => v === null || typeof v === 'string',
  period: (v) => v === undefined || v === null || typeof v === 'string' || isNumber(v),
  decimals: (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 12,
  field: (v) => v === undefined || (Number.isInteger(v) && (v as number) >= 1),
  // An unknown rule read as the guess would rank within a parent by a rule the table does not follow.
  ties: (v) => v === undefined || v === 'competition' || v === 'dense' || v === 'ordinal' || v === 'fractional',
  // Shown on the page as they are: each needs its sentence, and a Vietnamese one, if any, as text.
  warnings: (v) =>
    v === undefined ||
    (Array.isArray(v) &&
      v.every(
        (w) => isObject(w) && typeof w.message === 'string' && ['string', 'undefined'].includes(typeof w.messageVi),
      )),
};

/**
 * One problem found by a shape check: a field that is not what it must be (`code` says what it must
 * be; an empty `path` is the whole file), or fields that do not agree with one another. `unitFields`
 * marks `units[index]` as having a field that is not as it must be: which fields, each a problem of
 * its own, is worked out with the sentences (`scoreTableShape` in shape-words.ts), which only a broken
 * table loads.
 */
export type ShapeProblem =
  | { code: Expect; path: string; value: unknown }
  | { code: 'sameId'; path: string; value: unknown; first: number }
  | { code: 'outside'; path: string; value: number; name: unknown; min: number; max: number }
  | { code: 'ranks'; above: RankedUnit; below: RankedUnit }
  | { code: 'sameRank'; above: RankedUnit; below: RankedUnit }
  | { code: 'fieldBelow'; path: 'rankedAmong'; value: number; rank: number; at: string; name: unknown }
  | { code: 'fewer'; path: 'rankedAmong'; value: number; ranked: number }
  | { code: 'root'; path: string; value: number; unit: number; name: unknown }
  | { code: 'whole'; path: string; value: number; ties: string; name: unknown }
  | { code: 'status'; path: string; value: string; rank: number | null; name: unknown }
  | { code: 'unitFields'; index: number; value: unknown };

/** A unit named in a problem about ranks: its index in `units`, name, value and rank. */
type RankedUnit = { index: number; name: unknown; value: number; rank: number };

/** The problems of one JSON value: what it was meant to be, and the first (at most three) problems. */
export type ShapeReport = { subject: 'scoreTable' | 'uncertainty'; problems: ShapeProblem[] };

/**
 * Collects the first problems of a JSON value against the fields a widget reads.
 *
 * @example const c = new Checker(); c.check('runs', -1, 'count'); c.report('uncertainty')?.problems[0]?.path // → 'runs'
 */
export class Checker {
  readonly problems: ShapeProblem[] = [];
  /** True when `value` at `path` is as expected; otherwise records the problem. */
  check(path: string, value: unknown, expect: Expect): boolean {
    if (CHECKS[expect](value)) return true;
    this.add({ code: expect, path, value });
    return false;
  }
  add(problem: ShapeProblem): void {
    if (this.problems.length < 3) this.problems.push(problem);
  }
  report(subject: ShapeReport['subject']): ShapeReport | undefined {
    return this.problems.length ? { subject, problems: this.problems } : undefined;
  }
}

/** The fields of an item to check, each with what it must be. */
export type Spec = readonly (readonly [key: string, expect: Expect])[];
const LABEL: Spec = [
  ['vi', 'text'],
  ['en', 'optText'],
];
const TIER: Spec = [
  ['min', 'number'],
  ['color', 'colour'],
];
const NODE: Spec = [
  ['kind', 'nodeKind'],
  ['parent', 'textOrNull'],
  ['maxPoints', 'points'],
];

/**
 * Checks the fields of `item` named in `spec`, each against what it must be. The path is built only for
 * a field that fails: a table of 10,000 units is checked on every load, before its first frame.
 *
 * @example fields(c, 'units[0]', { id: 'a' }, [['name', 'text']]) // records units[0].name: not text
 */
export function fields(c: Checker, at: string | (() => string), item: unknown, spec: Spec): void {
  const record = item as Record<string, unknown>;
  for (const [key, expect] of spec) {
    const value = record[key];
    if (!CHECKS[expect](value)) c.check(`${typeof at === 'string' ? at : at()}.${key}`, value, expect);
  }
}

/** Checks an item that has an `id` and a `label: { vi, en? }` (a tier, a node); true when it is an object. */
function labelled(c: Checker, at: string, item: unknown): boolean {
  if (c.problems.length >= 3 || !c.check(at, item, 'object')) return false;
  const { id, label } = item as Record<string, unknown>;
  c.check(`${at}.id`, id, 'text');
  localised(c, `${at}.label`, label);
  return true;
}

/** Checks a `{ vi, en? }` text. */
function localised(c: Checker, at: string, label: unknown): void {
  if (c.check(at, label, 'object')) fields(c, at, label, LABEL);
}

type Unit = {
  id: string;
  name: string;
  value: number | null;
  rank: number | null;
  status?: unknown;
  peerGroup?: string | null;
};

/**
 * What the conflicts of the units need, checked as each unit is read (see `checkUnit`, `checkRankOrder`):
 * problems no single field shows, in a table whose fields are each well formed: two units with one id
 * (every lookup by id would mix them), a value off the scale (its bar would be cut at the end without a
 * word), a rank above `rankedAmong` ("31/20") or fewer than the ranked units listed, a root node's value
 * other than the unit's, a rank 2.5 under a rule of whole ranks, and, within a peer group, a higher value
 * ranked below a lower one or sharing its rank. Values closer than half the last published decimal count as equal: a
 * tie broken before rounding is not a contradiction. They are recorded in a checker of their own, `c`:
 * they count only once every field of every unit is well formed.
 */
function conflicts(units: Unit[], table: Record<string, unknown>): UnitChecks {
  const { scale, precision, ties } = table.framework as { scale: { min: number; max: number }; [k: string]: unknown };
  const slack = typeof precision === 'number' ? 0.5 * 10 ** -precision : 1e-9 * (scale.max - scale.min);
  return {
    c: new Checker(),
    seen: idTable(units),
    scale,
    slack,
    low: scale.min - slack,
    high: scale.max + slack,
    field: table.rankedAmong as number | undefined,
    ranked: 0,
    root: (table.nodes as { id: string; parent: unknown }[]).find((n) => n.parent === null)?.id,
    whole: ties !== 'fractional' ? (ties as string | undefined) : undefined,
    groups: new Map(),
  };
}

/**
 * The ids of `units` as they are recorded, in a hash table of unit indices: a few times faster than a
 * `Map` of 100,000 ids, which every large table's first frame waits for. The hash starts from a random
 * number, so that no file can be made whose ids all collide.
 */
function idTable(units: readonly Unit[]): (i: number) => number {
  let size = 2;
  while (size < 2 * units.length) size *= 2;
  // Pairs: unit index + 1 (0 is an empty slot) and its id's hash, compared first, so a slot taken by
  // another id is passed over without reading that unit (100,000 units do not stay in the cache).
  const slots = new Int32Array(2 * size);
  const seed = (Math.random() * 2 ** 32) | 0;
  return (i) => {
    const id = (units[i] as Unit).id;
    let h = seed;
    for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), 16777619);
    for (let at = h & (size - 1); ; at = (at + 1) & (size - 1)) {
      const j = slots[2 * at] as number;
      if (j === 0) {
        slots[2 * at] = i + 1;
        slots[2 * at + 1] = h;
        return -1;
      }
      if (slots[2 * at + 1] === h && (units[j - 1] as Unit).id === id) return j - 1;
    }
  };
}

/** What the checks of one unit share across the table: ids seen, the scale with its slack, the field. */
interface UnitChecks {
  c: Checker;
  slack: number;
  /** The indices of the ranked units with a value, by peer group (one group when there are none). */
  groups: Map<string, number[]>;
  /** Records unit `i`'s id; the index of the first unit with the same id, or -1. */
  seen: (i: number) => number;
  scale: { min: number; max: number };
  low: number;
  high: number;
  /** `rankedAmong`, until a rank above it is named (once is enough: the rest would repeat it). */
  field: number | undefined;
  /** How many units have a rank: `rankedAmong` below it is refused. */
  ranked: number;
  /** The id of the index node, whose value is the unit's value. */
  root: string | undefined;
  /** The stated tie rule when it gives whole ranks only (all but "fractional"). */
  whole: string | undefined;
}

type UnitNodes = Record<string, { value: number | null; rank?: unknown }>;

/**
 * One unit's own conflicts, in its order: a repeated id, an off-scale value, ranks above the field;
 * then, ranked with a value, it joins its peer group for `checkRankOrder`. Written without a closure
 * per unit or node, and paths built only for a problem: this runs on every unit of every load,
 * 100,000 of them before a large table's first frame.
 */
function checkUnit(k: UnitChecks, u: Unit, i: number): void {
  const { c } = k;
  const first = k.seen(i);
  if (first >= 0) c.add({ code: 'sameId', path: `units[${i}].id`, value: u.id, first });
  offScale(c, u, k, u.value, i, undefined);
  rankAbove(c, u, k, u.rank, i, undefined);
  statusAgainstRank(c, u, i);
  const nodes = (u as unknown as { nodes: UnitNodes }).nodes;
  for (const id in nodes) {
    const node = nodes[id] as UnitNodes[string];
    offScale(c, u, k, node.value, i, id);
    rankAbove(c, u, k, node.rank, i, id);
    // The index node's value is the unit's value, both published at one precision (a value off the
    // scale is named as such already).
    if (
      id === k.root &&
      node.value !== null &&
      u.value !== null &&
      Math.abs(node.value - u.value) > k.slack &&
      u.value >= k.low &&
      u.value <= k.high
    )
      c.add({ code: 'root', path: unitPath(i, id, 'value'), value: node.value, unit: u.value, name: u.name });
  }
  if (u.rank === null) return;
  k.ranked++;
  if (u.value === null) return;
  const group = k.groups.get(u.peerGroup ?? '');
  if (group) group.push(i);
  else k.groups.set(u.peerGroup ?? '', [i]);
}

/** The path of a unit's field, or of a field of one of its nodes. */
const unitPath = (i: number, node: string | undefined, key: string) =>
  node === undefined ? `units[${i}].${key}` : `units[${i}].nodes.${node}.${key}`;

/** Records a value off the scale (beyond the slack). */
function offScale(c: Checker, u: Unit, k: UnitChecks, v: number | null, i: number, node: string | undefined): void {
  if (v !== null && (v < k.low || v > k.high))
    c.add({
      code: 'outside',
      path: unitPath(i, node, 'value'),
      value: v,
      name: u.name,
      min: k.scale.min,
      max: k.scale.max,
    });
}

/**
 * Records a status the rank contradicts: "ranked" without a rank (the table would show the unit as not
 * ranked and leave its place empty), or "not-ranked"/"unscored" with a rank (it would be shown ranked).
 * A table without statuses (written by hand) is read by its ranks alone. A ranked unit without a value
 * is no conflict: a published rank without a published value is all some reports give.
 */
function statusAgainstRank(c: Checker, u: Unit, i: number): void {
  const { status, rank } = u;
  if (typeof status !== 'string') return;
  if (status === 'ranked' ? rank === null : rank !== null)
    c.add({ code: 'status', path: `units[${i}].status`, value: status, rank, name: u.name });
}

/**
 * Records a rank above `rankedAmong`, once (the rest would repeat it), and a fractional rank under a
 * stated rule that gives whole ranks (2.5 is a fractional tie; under "competition" it is no rank).
 */
function rankAbove(c: Checker, u: Unit, k: UnitChecks, rank: unknown, i: number, node: string | undefined): void {
  if (k.whole && typeof rank === 'number' && rank % 1) {
    c.add({ code: 'whole', path: unitPath(i, node, 'rank'), value: rank, ties: k.whole, name: u.name });
    k.whole = undefined;
  }
  if (k.field !== undefined && typeof rank === 'number' && rank > k.field) {
    c.add({
      code: 'fieldBelow',
      path: 'rankedAmong',
      value: k.field,
      rank,
      at: unitPath(i, node, 'rank'),
      name: u.name,
    });
    k.field = undefined;
  }
}

/**
 * The first higher value ranked below a lower one in a peer group, if any. From the highest value down,
 * ranks may only grow; the worst rank among clearly higher values is the one to compare with.
 */
function checkRankOrder(c: Checker, units: Unit[], group: number[], slack: number): void {
  const at = (i: number): RankedUnit => {
    const u = units[i] as Unit;
    return { index: i, name: u.name, value: u.value as number, rank: u.rank as number };
  };
  const value = (i: number | undefined) => units[i as number]?.value as number;
  const rank = (i: number) => units[i]?.rank as number;
  // A table is usually listed best first, as `dti score` writes it: then the stable sort would keep
  // the order, and checking that is one pass instead of a sort of every unit.
  let sorted = true;
  for (let k = 1; k < group.length && sorted; k++) sorted = value(group[k - 1]) >= value(group[k]);
  const order = sorted ? group : group.sort((a, b) => value(b) - value(a));
  let worst = -1;
  let above = 0;
  // Under every rank rule a shared rank means an equal value: "1 =" beside a lower score would tell a
  // reader the two are tied when one is behind. The highest value holding each rank is enough to compare.
  const firstOfRank = new Map<number, number>();
  for (const i of order) {
    for (; above < order.length && value(order[above]) > value(i) + slack; above++) {
      const j = order[above] as number;
      if (worst < 0 || rank(j) > rank(worst)) worst = j;
    }
    if (worst >= 0 && rank(worst) > rank(i)) {
      c.add({ code: 'ranks', above: at(worst), below: at(i) });
      return;
    }
    const first = firstOfRank.get(rank(i));
    if (first === undefined) firstOfRank.set(rank(i), i);
    else if (value(first) > value(i) + slack) {
      c.add({ code: 'sameRank', above: at(first), below: at(i) });
      return;
    }
  }
}

/**
 * Whether every field of a unit the widgets read is as it must be (the checks of `UNIT` in
 * shape-words.ts, which names the fields that are not), each called by name rather than through a
 * field list, so that 100,000 well-formed units take a few milliseconds.
 */
function unitFine(u: unknown): boolean {
  if (!isObject(u)) return false;
  const { text, optText, numberOrNull, rankLike, share, count } = CHECKS;
  if (!(text(u.id) && text(u.name) && numberOrNull(u.value) && rankLike(u.rank) && share(u.coverage))) return false;
  if (!(count(u.imputed) && optText(u.tier) && optText(u.parent) && optText(u.peerGroup))) return false;
  const nodes = u.nodes;
  if (!isObject(nodes)) return false;
  for (const id in nodes) {
    const node = nodes[id];
    if (Object.hasOwn(nodes, id) && !(isObject(node) && isNumberOrNull(node.value) && missingFits(node))) return false;
  }
  return true;
}

/**
 * The problems of JSON meant as a score table (as `dti score --format json` writes it), as data;
 * `undefined` when every field the widgets read is there and of the right kind. A unit with fields
 * that are not is one `unitFields` problem here: its fields are named with the words, which load only
 * for a broken table. Words them with {@link shapeText} or {@link shapeMessage}; `scoreTableShape`
 * (shape-words.ts) gives every problem at once, `scoreTableProblem` words them at once.
 *
 * @example scoreTableCheck({ kind: 'dti-score-table', units: 3 })?.problems[1]
 * // → { code: 'array', path: 'units', value: 3 }
 */
export function scoreTableCheck(json: unknown): ShapeReport | undefined {
  const c = new Checker();
  if (!c.check('', json, 'object')) return c.report('scoreTable');
  const table = json as Record<string, unknown>;
  c.check('kind', table.kind, 'kind');
  c.check('format', table.format, 'format');
  if (c.check('framework', table.framework, 'object')) {
    const fw = table.framework as Record<string, unknown>;
    localised(c, 'framework.label', fw.label);
    if (c.check('framework.scale', fw.scale, 'object')) {
      const scale = fw.scale as Record<string, unknown>;
      if (c.check('framework.scale.min', scale.min, 'number') && c.check('framework.scale.max', scale.max, 'number'))
        if ((scale.max as number) <= (scale.min as number)) c.check('framework.scale.max', scale.max, 'aboveMin');
    }
    if (fw.precision !== undefined) c.check('framework.precision', fw.precision, 'decimals');
    c.check('framework.ties', fw.ties, 'ties');
    if (c.check('framework.tiers', fw.tiers, 'array'))
      (fw.tiers as unknown[]).forEach((tier, i) => {
        const at = `framework.tiers[${i}]`;
        if (!labelled(c, at, tier)) return;
        fields(c, at, tier, TIER);
      });
  }
  c.check('period', table.period, 'period');
  c.check('rankedAmong', table.rankedAmong, 'field');
  if (c.check('nodes', table.nodes, 'array'))
    (table.nodes as unknown[]).forEach((node, i) => {
      if (!labelled(c, `nodes[${i}]`, node)) return;
      // Named by id too: a node whose column would go missing is found by its id, not by counting.
      fields(c, () => `nodes[${i}] (${show((node as Record<string, unknown>).id)})`, node, NODE);
    });
  c.check('warnings', table.warnings, 'warnings');
  if (c.check('units', table.units, 'array')) {
    const units = table.units as Unit[];
    // One pass: each unit's fields and, while every field read so far is well formed, its conflicts.
    let k = c.problems.length ? undefined : conflicts(units, table);
    for (let i = 0; i < units.length && c.problems.length < 3; i++)
      if (!unitFine(units[i])) {
        c.add({ code: 'unitFields', index: i, value: units[i] });
        k = undefined;
      } else if (k) checkUnit(k, units[i] as Unit, i);
    if (k) {
      for (const group of k.groups.values()) checkRankOrder(k.c, units, group, k.slack);
      // A table may list only some of the ranked units (published ranks), never more than it ranked.
      if (k.field !== undefined && k.ranked > k.field)
        k.c.add({ code: 'fewer', path: 'rankedAmong', value: k.field, ranked: k.ranked });
      for (const p of k.c.problems) c.add(p);
    }
  }
  return c.report('scoreTable');
}

type Sentence = (report: ShapeReport, locale: Locale) => string;
let words: Sentence | undefined;
let loading: Promise<Sentence> | undefined;

/**
 * The sentence for a shape report, once the words have loaded (one request per page, on the first
 * broken file).
 *
 * @example throw new LoadError(await shapeMessage(report, 'vi'));
 */
export function shapeMessage(report: ShapeReport, locale: Locale): Promise<string> {
  loading ??= import('./shape-words.js').then((m) => (words = m.shapeSentence));
  return loading.then((sentence) => sentence(report, locale));
}

/**
 * The sentence for a shape report when the words are loaded; until then an empty string, and `host`
 * renders again once they arrive. The element shows its error state at once either way.
 *
 * @example return { ok: false, message: shapeText(report, locale, this) };
 */
export function shapeText(report: ShapeReport, locale: Locale, host: ReactiveControllerHost): string {
  if (words) return words(report, locale);
  void shapeMessage(report, locale).then(() => host.requestUpdate());
  return '';
}
