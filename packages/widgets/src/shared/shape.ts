import type { Locale } from './i18n.js';

// The widgets read JSON that people publish by hand or from other tools. Before drawing anything they
// check the fields they read, so a wrong file shows one clear sentence instead of NaN on the page.

type Expect =
  | 'aboveMin'
  | 'rankLike'
  | 'lowHigh'
  | 'object'
  | 'array'
  | 'text'
  | 'optText'
  | 'number'
  | 'numberOrNull'
  | 'share'
  | 'count'
  | 'kind'
  | 'nodeKind'
  | 'points'
  | 'textOrNull'
  | 'period'
  | 'decimals';

const EXPECTED: Record<Locale, Record<Expect, string>> = {
  vi: {
    rankLike: 'phải là một hạng ≥ 1 (có thể lẻ) hoặc null',
    lowHigh: 'đầu dưới của khoảng hạng lớn hơn đầu trên',
    aboveMin: 'phải lớn hơn framework.scale.min',
    object: 'phải là một đối tượng JSON',
    array: 'phải là một mảng',
    text: 'phải là chuỗi ký tự',
    optText: 'phải là chuỗi ký tự hoặc không có',
    number: 'phải là một số',
    numberOrNull: 'phải là một số hoặc null',
    share: 'phải là tỷ lệ từ 0 đến 1',
    count: 'phải là số nguyên ≥ 0',
    kind: 'phải là "dti-score-table" (tệp do `dti score --format json` ghi)',
    nodeKind: 'phải là "group" hoặc "indicator"',
    points: 'phải là một số ≥ 0',
    textOrNull: 'phải là chuỗi ký tự hoặc null',
    period: 'phải là chuỗi ký tự, một số hoặc không có',
    decimals: 'phải là số nguyên từ 0 đến 12',
  },
  en: {
    rankLike: 'must be a rank ≥ 1 (fractions allowed), or null',
    lowHigh: 'the low end of the rank interval is above the high end',
    aboveMin: 'must be above framework.scale.min',
    object: 'must be a JSON object',
    array: 'must be an array',
    text: 'must be text',
    optText: 'must be text, or absent',
    number: 'must be a number',
    numberOrNull: 'must be a number or null',
    share: 'must be a share from 0 to 1',
    count: 'must be a whole number ≥ 0',
    kind: 'must be "dti-score-table" (a file written by `dti score --format json`)',
    nodeKind: 'must be "group" or "indicator"',
    points: 'must be a number ≥ 0',
    textOrNull: 'must be text or null',
    period: 'must be text, a number, or absent',
    decimals: 'must be a whole number from 0 to 12',
  },
};

const HEAD: Record<Locale, (what: string) => string> = {
  vi: (what) => `Dữ liệu không đúng dạng ${what}`,
  en: (what) => `The data is not ${what}`,
};

function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  try {
    const text = JSON.stringify(value);
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
  } catch {
    return String(value);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

const CHECKS: Record<Expect, (v: unknown) => boolean> = {
  aboveMin: () => false,
  lowHigh: () => false,
  rankLike: (v) => v === null || (isNumber(v) && v >= 1),
  object: isObject,
  array: Array.isArray,
  text: (v) => typeof v === 'string',
  optText: (v) => v === undefined || v === null || typeof v === 'string',
  number: isNumber,
  numberOrNull: (v) => v === null || isNumber(v),
  share: (v) => isNumber(v) && v >= 0 && v <= 1,
  count: (v) => isNumber(v) && Number.isInteger(v) && v >= 0,
  kind: (v) => v === 'dti-score-table',
  nodeKind: (v) => v === 'group' || v === 'indicator',
  points: (v) => isNumber(v) && v >= 0,
  textOrNull: (v) => v === null || typeof v === 'string',
  period: (v) => v === undefined || v === null || typeof v === 'string' || isNumber(v),
  decimals: (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 12,
};

/** Sentences about a table whose fields are each well formed but do not agree with one another. */
const CONFLICT: Record<
  Locale,
  {
    sameId: string;
    outside: string;
    unit: (value: number, rank: number) => string;
    ranks: (a: string, b: string) => string;
  }
> = {
  vi: {
    sameId: 'trùng với',
    outside: 'nằm ngoài thang điểm',
    unit: (v, r) => `${v} điểm, hạng ${r}`,
    ranks: (a, b) => `${a} xếp sau ${b} dù điểm cao hơn`,
  },
  en: {
    sameId: 'already the id of',
    outside: 'is outside the scale',
    unit: (v, r) => `value ${v}, rank ${r}`,
    ranks: (a, b) => `${a} is ranked below ${b} despite a higher value`,
  },
};

/** Collects the first problems of a JSON value against the fields a widget reads. */
class Checker {
  readonly problems: string[] = [];
  constructor(readonly locale: Locale) {}
  /** True when `value` at `path` is as expected; otherwise records the problem. */
  check(path: string, value: unknown, expect: Expect): boolean {
    if (CHECKS[expect](value)) return true;
    this.add(`${path} = ${show(value)}: ${EXPECTED[this.locale][expect]}`);
    return false;
  }
  /** Records a problem in words of its own. */
  add(problem: string): void {
    if (this.problems.length < 3) this.problems.push(problem);
  }
  message(what: string): string | undefined {
    return this.problems.length ? `${HEAD[this.locale](what)}: ${this.problems.join('; ')}` : undefined;
  }
}

type Spec = readonly (readonly [key: string, expect: Expect])[];
const LABEL: Spec = [
  ['vi', 'text'],
  ['en', 'optText'],
];
const TIER: Spec = [
  ['min', 'number'],
  ['color', 'optText'],
];
const NODE: Spec = [
  ['kind', 'nodeKind'],
  ['parent', 'textOrNull'],
  ['maxPoints', 'points'],
];
// A rank is 'rankLike': fractional ties give 2.5.
const UNIT: Spec = [
  ['id', 'text'],
  ['name', 'text'],
  ['value', 'numberOrNull'],
  ['rank', 'rankLike'],
  ['coverage', 'share'],
  ['imputed', 'count'],
  ['tier', 'optText'],
  ['parent', 'optText'],
  ['peerGroup', 'optText'],
];
const INTERVAL_UNIT: Spec = [
  ['id', 'text'],
  ['name', 'text'],
  ['nominalRank', 'rankLike'],
];

/**
 * Checks the fields of `item` named in `spec`, each against what it must be. The path is built only for
 * a field that fails: a table of 10,000 units is checked on every load, before its first frame.
 */
function fields(c: Checker, at: string | (() => string), item: unknown, spec: Spec): void {
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

type Unit = { id: string; name: string; value: number | null; rank: number | null; peerGroup?: string | null };

/**
 * Problems no single field shows, in a table whose fields are each well formed: two units with one id
 * (every lookup by id would mix them), a value off the scale (its bar would be cut at the end without
 * a word), and, within a peer group, a higher value ranked below a lower one. Values closer than half
 * the last published decimal count as equal: a tie broken before rounding is not a contradiction.
 */
function conflicts(c: Checker, units: Unit[], scale: { min: number; max: number }, precision: unknown): void {
  const words = CONFLICT[c.locale];
  const slack = typeof precision === 'number' ? 0.5 * 10 ** -precision : 1e-9 * (scale.max - scale.min);
  const seen = new Map<string, number>();
  const groups = new Map<string, number[]>();
  const low = scale.min - slack;
  const high = scale.max + slack;
  // Sentences are built only for a value that is off the scale: this runs on every unit of every load.
  const outside = (v: number | null) => v !== null && (v < low || v > high);
  const offScale = (path: string, v: number, name: string) =>
    `${path} = ${v} (${show(name)}): ${words.outside} ${scale.min}–${scale.max} (framework.scale)`;
  units.forEach((u, i) => {
    const first = seen.get(u.id);
    if (first === undefined) seen.set(u.id, i);
    else c.add(`units[${i}].id = ${show(u.id)}: ${words.sameId} units[${first}]`);
    if (outside(u.value)) c.add(offScale(`units[${i}].value`, u.value as number, u.name));
    const nodes = (u as unknown as { nodes: Record<string, { value: number | null }> }).nodes;
    for (const id in nodes) {
      const v = (nodes[id] as { value: number | null }).value;
      if (outside(v)) c.add(offScale(`units[${i}].nodes.${id}.value`, v as number, u.name));
    }
    if (u.rank === null || u.value === null) return;
    const key = u.peerGroup ?? '';
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const at = (i: number) => {
    const u = units[i] as Unit;
    return `units[${i}] ${show(u.name)} (${words.unit(u.value as number, u.rank as number)})`;
  };
  for (const group of groups.values()) {
    // From the highest value down, ranks may only grow; the worst rank among clearly higher values is
    // the one to compare with.
    const order = group.sort((a, b) => (units[b]?.value as number) - (units[a]?.value as number));
    let worst = -1;
    let above = 0;
    for (const i of order) {
      const u = units[i] as Unit;
      for (
        ;
        above < order.length && (units[order[above] as number]?.value as number) > (u.value as number) + slack;
        above++
      ) {
        const j = order[above] as number;
        if (worst < 0 || (units[j]?.rank as number) > (units[worst]?.rank as number)) worst = j;
      }
      if (worst >= 0 && (units[worst]?.rank as number) > (u.rank as number)) {
        c.add(words.ranks(at(worst), at(i)));
        break;
      }
    }
  }
}

/**
 * What is wrong with JSON meant as a score table (as `dti score --format json` writes it), in the
 * reader's language; `undefined` when every field the widgets read is there and of the right kind.
 *
 * @example scoreTableProblem({ kind: 'dti-score-table', units: 3 }, 'en')
 * // → 'The data is not a score table: framework = undefined: must be a JSON object; units = 3: must be an array'
 */
export function scoreTableProblem(json: unknown, locale: Locale): string | undefined {
  const c = new Checker(locale);
  const what = locale === 'vi' ? 'bảng điểm' : 'a score table';
  if (!c.check(locale === 'vi' ? '(tệp)' : '(file)', json, 'object')) return c.message(what);
  const table = json as Record<string, unknown>;
  c.check('kind', table.kind, 'kind');
  if (c.check('framework', table.framework, 'object')) {
    const fw = table.framework as Record<string, unknown>;
    localised(c, 'framework.label', fw.label);
    if (c.check('framework.scale', fw.scale, 'object')) {
      const scale = fw.scale as Record<string, unknown>;
      if (c.check('framework.scale.min', scale.min, 'number') && c.check('framework.scale.max', scale.max, 'number'))
        if ((scale.max as number) <= (scale.min as number)) c.check('framework.scale.max', scale.max, 'aboveMin');
    }
    if (fw.precision !== undefined) c.check('framework.precision', fw.precision, 'decimals');
    if (c.check('framework.tiers', fw.tiers, 'array'))
      (fw.tiers as unknown[]).forEach((tier, i) => {
        const at = `framework.tiers[${i}]`;
        if (!labelled(c, at, tier)) return;
        fields(c, at, tier, TIER);
      });
  }
  c.check('period', table.period, 'period');
  if (c.check('nodes', table.nodes, 'array'))
    (table.nodes as unknown[]).forEach((node, i) => {
      if (!labelled(c, `nodes[${i}]`, node)) return;
      // Named by id too: a node whose column would go missing is found by its id, not by counting.
      const at = `nodes[${i}] (${show((node as Record<string, unknown>).id)})`;
      fields(c, at, node, NODE);
    });
  if (c.check('units', table.units, 'array'))
    (table.units as unknown[]).forEach((unit, i) => {
      const at = () => `units[${i}]`;
      if (c.problems.length >= 3) return;
      if (!isObject(unit)) {
        c.check(at(), unit, 'object');
        return;
      }
      fields(c, at, unit, UNIT);
      const nodes = unit.nodes;
      if (!isObject(nodes)) {
        c.check(`${at()}.nodes`, nodes, 'object');
        return;
      }
      for (const [id, node] of Object.entries(nodes)) {
        if (!isObject(node)) c.check(`${at()}.nodes.${id}`, node, 'object');
        else if (!CHECKS.numberOrNull(node.value)) c.check(`${at()}.nodes.${id}.value`, node.value, 'numberOrNull');
      }
    });
  if (!c.problems.length) {
    const fw = table.framework as { scale: { min: number; max: number }; precision?: unknown };
    conflicts(c, table.units as Unit[], fw.scale, fw.precision);
  }
  return c.message(what);
}

/**
 * What is wrong with JSON meant as an uncertainty result (`analyseUncertainty`), or `undefined`.
 * The official rank is a whole number ≥ 1 (or null for a unit not ranked); the interval's ends and the
 * median are percentiles of ranks: numbers ≥ 1, possibly fractional, with low ≤ high.
 *
 * @example uncertaintyProblem({ units: [{ id: 'a', name: 'A', nominalRank: 0 }] }, 'vi')
 */
export function uncertaintyProblem(json: unknown, locale: Locale): string | undefined {
  const c = new Checker(locale);
  const what = locale === 'vi' ? 'kết quả phân tích độ bất định' : 'an uncertainty result';
  if (!c.check(locale === 'vi' ? '(tệp)' : '(file)', json, 'object')) return c.message(what);
  const result = json as Record<string, unknown>;
  c.check('runs', result.runs, 'count');
  if (c.check('units', result.units, 'array'))
    (result.units as unknown[]).forEach((unit, i) => {
      const at = `units[${i}]`;
      if (c.problems.length >= 3 || !c.check(at, unit, 'object')) return;
      const u = unit as Record<string, unknown>;
      fields(c, at, u, INTERVAL_UNIT);
      const low = c.check(`${at}.low`, u.low, 'rankLike');
      const high = c.check(`${at}.high`, u.high, 'rankLike');
      if (low && high && isNumber(u.low) && isNumber(u.high) && u.low > u.high) c.check(`${at}.low`, u.low, 'lowHigh');
      c.check(`${at}.medianRank`, u.medianRank, 'rankLike');
    });
  return c.message(what);
}
