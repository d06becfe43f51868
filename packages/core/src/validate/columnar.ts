import type { Plan, PlanIndicator } from '../plan/compile.js';
import type { ColumnarEnvelope, ColumnValues } from '../schema/columnar.js';
import type { PreparedDataset } from './dataset.js';
import { countedAsRead, finishColumns, percentTallied } from './finish-columns.js';
import { clip, type DtiIssue, dataIssue, type SafeResult, showValue } from './issue.js';
import { toNfc } from './nfc.js';
import { LISTED, type PercentTally } from './percent-column.js';
import type { ColumnTallies } from './percent-tally.js';
import { CaseTwins, caseTwinIssue } from './unit-ids.js';
import { UnitIndex } from './unit-index.js';
import type { UnitColumns } from './unit-list.js';

/**
 * Where a unit's id and its value for an indicator sit in the input, for the issues' `path`: in a
 * columnar dataset by default; a reader that built the columns from rows may name the rows instead.
 *
 * @example COLUMN_PATHS.value(3, 'online') // → ['columns', 'online', 3]
 */
export interface ColumnarPaths {
  id(u: number): (string | number)[];
  value(u: number, id: string): (string | number)[];
}

/**
 * What a reader that read the units itself (the sheet reader) hands to {@link prepareColumnar} with its
 * columns, so that validation does not do again what it did. Internal, not public API. The reader
 * vouches that the ids are non-empty, in NFC, unique and without two that differ only in case or
 * width (it said so with an error otherwise, and validation is not reached), and that names, parents
 * and peer groups are in NFC. `slots` and `hashes` are its table of the ids: slot `s` holds 1 + the
 * position of the id hashed there (0: empty), with that id's 32-bit FNV-1a hash beside it.
 *
 * @example prepareColumnar(plan, columns, ROW_PATHS, { slots, hashes })
 */
export interface UnitsHandOff {
  readonly slots: Int32Array;
  readonly hashes: Uint32Array;
}

/** The paths of a columnar dataset itself. */
const COLUMN_PATHS: ColumnarPaths = { id: (u) => ['ids', u], value: (u, id) => ['columns', id, u] };

/** Beyond this many bad values in one column, the rest are counted in one issue, not listed. */
const LISTED_PER_COLUMN = 100;

const formatIssue = (path: (string | number)[], message: string, value?: unknown): DtiIssue => ({
  severity: 'error',
  code: 'invalid-format',
  path,
  message: `${path.join('.')}: ${message}`,
  ...(value !== undefined && { value }),
});

/** An optional text per unit: a string, or null/undefined for none. */
function textAt(
  list: readonly unknown[] | undefined,
  key: string,
  u: number,
  issues: DtiIssue[],
  nfc: boolean,
): string | undefined {
  const v = list?.[u];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return nfc ? v : toNfc(v);
  issues.push(formatIssue([key, u], `expected a string or null (found ${showValue(v)})`, v));
  return undefined;
}

/** Refuses a per-unit array whose length is not the number of ids (it would shift every unit after a gap). */
function sameLength(list: { length: number } | undefined, key: string, n: number, issues: DtiIssue[]): boolean {
  if (list === undefined || list.length === n) return true;
  issues.push(formatIssue([key], `has ${list.length} entries for ${n} unit ids`));
  return false;
}

/**
 * A column of optional texts, in NFC (`nfc`: its texts are, as a reader vouches); `undefined` when no
 * unit has one (or the column is refused).
 */
function textColumn(
  list: readonly unknown[] | undefined,
  key: string,
  n: number,
  issues: DtiIssue[],
  nfc = false,
): (string | undefined)[] | undefined {
  if (!list || !sameLength(list, key, n, issues)) return undefined;
  let out: (string | undefined)[] | undefined;
  for (let u = 0; u < n; u++) {
    const text = textAt(list, key, u, issues, nfc);
    if (text !== undefined) {
      out ??= new Array(n).fill(undefined);
      out[u] = text;
    }
  }
  return out;
}

/** `ranked` and `populations`, each checked entry by entry; `undefined` when every unit is ranked, or none gives a population. */
function rankedAndPeople(
  input: ColumnarEnvelope,
  n: number,
  issues: DtiIssue[],
): { ranked: boolean[] | undefined; populations: Float64Array | undefined } {
  const ranks = sameLength(input.ranked, 'ranked', n, issues) ? input.ranked : undefined;
  const people = sameLength(input.populations, 'populations', n, issues) ? input.populations : undefined;
  let ranked: boolean[] | undefined;
  let populations: Float64Array | undefined;
  for (let u = 0; ranks && u < n; u++) {
    const rank = ranks[u];
    if (rank !== undefined && rank !== null && typeof rank !== 'boolean')
      issues.push(formatIssue(['ranked', u], `expected true, false or null (found ${showValue(rank)})`, rank));
    if (rank === false) {
      ranked ??= new Array(n).fill(true);
      ranked[u] = false;
    }
  }
  for (let u = 0; people && u < n; u++) {
    const population = people[u];
    const counted = typeof population === 'number' && population - population === 0 && population >= 0;
    const absent = population === undefined || population === null || Number.isNaN(population);
    if (counted) {
      populations ??= new Float64Array(n).fill(Number.NaN);
      populations[u] = population;
    } else if (!absent)
      issues.push(
        formatIssue(['populations', u], `must be a finite number ≥ 0 (found ${showValue(population)})`, population),
      );
  }
  return { ranked, populations };
}

/**
 * Whether an id is non-empty ASCII without a capital letter, as nearly every id is: in NFC as it
 * stands, and its own fold for the case-twin check, so neither is looked for.
 */
function plainId(id: string): boolean {
  if (id.length === 0) return false;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c > 0x7f || (c >= 0x41 && c <= 0x5a)) return false;
  }
  return true;
}

/** The error for an id met a second time, at `u`, after `earlier`. */
function duplicateIssue(id: string, earlier: number, u: number, paths: ColumnarPaths): DtiIssue {
  return {
    severity: 'error',
    code: 'duplicate-unit',
    message: `unit "${clip(id)}" appears twice (rows ${earlier} and ${u})`,
    path: paths.id(u),
    unit: id,
    value: id,
  };
}

/**
 * The units of a columnar dataset as columns: ids (non-empty, unique, in NFC), names (the id for a
 * unit without one), parents, peer groups, ranked, populations. No object per unit.
 */
function readUnits(
  input: ColumnarEnvelope,
  issues: DtiIssue[],
  paths: ColumnarPaths,
  handed: UnitsHandOff | undefined,
): { units: UnitColumns; unitIndex: UnitIndex } {
  const known = handed && handedIds(input.ids, handed);
  if (known) return { units: unitColumns(input, known.ids, issues, true), unitIndex: known.unitIndex };
  const { ids: given } = input;
  const n = given.length;
  const ids: string[] = new Array(n);
  const unitIndex = new UnitIndex(ids);
  const twins = new CaseTwins();
  for (let u = 0; u < n; u++) {
    const raw = given[u];
    const plain = typeof raw === 'string' && plainId(raw);
    const id = plain ? raw : typeof raw === 'string' && raw.length > 0 ? toNfc(raw) : '';
    ids[u] = id;
    if (plain && twins.none) {
      // Nearly every id: no case twin can be found, so the one look-up adds it, or finds it twice.
      const earlier = unitIndex.add(u);
      if (earlier !== undefined) issues.push(duplicateIssue(id, earlier, u, paths));
      continue;
    }
    // One look-up of the id, not one per question: every unit of a dataset passes here.
    const earlier = id === '' ? undefined : unitIndex.get(id);
    const twin = id === '' || earlier !== undefined ? undefined : twins.check(id, u, unitIndex);
    if (id === '') issues.push(formatIssue(['ids', u], `expected a non-empty string (found ${showValue(raw)})`, raw));
    else if (twin !== undefined) issues.push(caseTwinIssue({ id: twin.id, row: twin.u }, { id, row: u }, paths.id(u)));
    else if (earlier !== undefined) issues.push(duplicateIssue(id, earlier, u, paths));
    else unitIndex.add(u);
  }
  return { units: unitColumns(input, ids, issues, false), unitIndex };
}

/**
 * The ids a reader handed over with its index of them, copied, and that index taken over; `undefined`
 * when they are not what it vouches for (then they are read as any other ids).
 */
function handedIds(
  given: readonly unknown[],
  handed: UnitsHandOff,
): { ids: string[]; unitIndex: UnitIndex } | undefined {
  const n = given.length;
  const ids: string[] = new Array(n);
  for (let u = 0; u < n; u++) {
    const id = given[u];
    if (typeof id !== 'string' || id === '') return undefined;
    ids[u] = id;
  }
  const unitIndex = UnitIndex.adopt(ids, handed.slots, handed.hashes);
  return unitIndex && { ids, unitIndex };
}

/** The unit columns of checked `ids`: names (the id for a unit without one), parents, peer groups, ranked, populations. */
function unitColumns(input: ColumnarEnvelope, ids: string[], issues: DtiIssue[], nfc: boolean): UnitColumns {
  const n = ids.length;
  const named = textColumn(input.names, 'names', n, issues, nfc);
  const names: string[] = new Array(n);
  for (let u = 0; u < n; u++) names[u] = named?.[u] ?? (ids[u] as string);
  return {
    ids,
    names,
    parents: textColumn(input.parents, 'parents', n, issues, nfc),
    peerGroups: textColumn(input.peerGroups, 'peerGroups', n, issues, nfc),
    ...rankedAndPeople(input, n, issues),
  };
}

/** Where a column's problems go: listed up to {@link LISTED_PER_COLUMN}, then counted. */
interface ColumnReport {
  key: string;
  /** The units' ids, to name a unit in an issue. */
  ids: readonly string[];
  issues: DtiIssue[];
  bad: number;
  paths: ColumnarPaths;
  /** An indicator that is not yes/no: `true`/`false` in its column is refused. */
  numeric: boolean;
}

function reportBad(report: ColumnReport, u: number, v: unknown, problem: string): void {
  report.bad++;
  if (report.bad > LISTED_PER_COLUMN) return;
  const unit = report.ids[u] as string;
  report.issues.push(dataIssue('invalid-value', unit, report.key, v, report.paths.value(u, report.key), problem));
}

/**
 * A typed array scanned in one pass: `NaN` is a value not reported, ±Infinity is refused. Returns how
 * many values it holds. Given `count`, the pass also adds 1 to `count.reported[u]` for each unit with
 * a value and, for a `%` column, tallies its checks (see {@link ColumnCount}), so that validation
 * reads the column once.
 */
function scanNumbers(column: Float64Array, report: ColumnReport, count: ColumnCount | undefined): number {
  if (count?.tally) return scanPercent(column, report, count.reported, count.tally);
  const reported = count?.reported;
  let present = 0;
  for (let u = 0; u < column.length; u++) {
    const v = column[u] as number;
    if (v - v === 0) {
      present++;
      if (reported) reported[u] = (reported[u] as number) + 1;
    } else if (!Number.isNaN(v)) reportBad(report, u, v, 'is not a finite number');
  }
  return present;
}

/**
 * {@link scanNumbers} for a `%` column: the values in 0–100 (nearly all) cost one test each; the tally
 * of the others is what `percentColumnIssues` would find in a pass of its own.
 */
function scanPercent(
  column: Float64Array,
  report: ColumnReport,
  reported: Int32Array | undefined,
  tally: PercentTally & { odd: boolean },
): number {
  let present = 0;
  let largest = Number.NEGATIVE_INFINITY;
  for (let u = 0; u < column.length; u++) {
    const v = column[u] as number;
    if (v - v !== 0) {
      if (!Number.isNaN(v)) reportBad(report, u, v, 'is not a finite number');
      continue;
    }
    present++;
    if (reported) reported[u] = (reported[u] as number) + 1;
    if (v > largest) largest = v;
    if (v >= 1 && v <= 100) continue;
    if (v > 0 && v < 1) {
      if (tally.fractions < LISTED) tally.fractionsAt[tally.fractions] = u;
      tally.fractions++;
    } else if (!(v >= 0 && v <= 100)) tally.odd = true;
  }
  tally.present = present;
  tally.largest = largest;
  return present;
}

/** A plain array read into `out`: numbers, yes/no, or null/undefined/NaN for not reported. */
function readList(column: readonly unknown[], out: Float64Array, report: ColumnReport): number {
  let present = 0;
  for (let u = 0; u < out.length; u++) {
    const v = column[u];
    let x = Number.NaN;
    if (typeof v === 'number') {
      if (v - v === 0) x = v;
      else if (!Number.isNaN(v)) reportBad(report, u, v, 'is not a finite number');
    } else if (typeof v === 'boolean' && report.numeric) yesNoRefused(report, u, v);
    else if (typeof v === 'boolean') x = v ? 1 : 0;
    else if (v !== null && v !== undefined) reportBad(report, u, v, 'is not a number, yes/no or null');
    out[u] = x;
    if (!Number.isNaN(x)) present++;
  }
  return present;
}

/**
 * `true`/`false` given for an indicator that is not yes/no: an error naming the unit and the indicator,
 * never read as 1/0.
 *
 * @example yesNoInNumber('A', 'a', true, ['units', 0, 'values', 'a']).message
 * // → 'unit "A", indicator "a": value true is yes/no, but the indicator needs a number, not yes/no'
 */
export function yesNoInNumber(unit: string, key: string, v: boolean, path: (string | number)[]): DtiIssue {
  const problem = 'is yes/no, but the indicator needs a number, not yes/no';
  return { ...dataIssue('invalid-value', unit, key, v, path, problem), detail: 'yes-no-in-number' };
}

function yesNoRefused(report: ColumnReport, u: number, v: boolean): void {
  report.bad++;
  if (report.bad > LISTED_PER_COLUMN) return;
  const unit = report.ids[u] as string;
  report.issues.push(yesNoInNumber(unit, report.key, v, report.paths.value(u, report.key)));
}

/**
 * One column as a Float64Array, with how many values it holds. A Float64Array is taken as it is (no
 * copy) unless `copy`; other typed arrays are widened, plain arrays read entry by entry.
 */
function readColumn(
  column: ColumnValues,
  copy: boolean,
  report: ColumnReport,
  count: ColumnCount | undefined,
): [Float64Array, number] {
  if (Array.isArray(column)) {
    const out = new Float64Array(column.length);
    return [out, readList(column, out, report)];
  }
  const typed = column as Exclude<ColumnValues, readonly unknown[]>;
  const out = typed instanceof Float64Array && !copy ? typed : new Float64Array(typed);
  return [out, scanNumbers(out, report, count)];
}

/**
 * What the one pass over an indicator's typed column also does: count each unit's values for coverage
 * (`reported`, for a column worth points) and tally a `%` column's checks (`tally`).
 */
interface ColumnCount {
  reported: Int32Array | undefined;
  tally: (PercentTally & { odd: boolean }) | undefined;
}

/**
 * The counts the readers of an indicator's column can make as they read it, or `undefined`: only a
 * column of values as given (no formula) scored on any number, whose check after reading is no more
 * than counting it (and the `%` checks).
 */
function columnCount(indicator: PlanIndicator, column: ColumnValues, tallies: ColumnTallies): ColumnCount | undefined {
  if (Array.isArray(column) || !countedAsRead(indicator.node)) return undefined;
  const tally = percentTallied(indicator.node)
    ? { present: 0, largest: 0, fractionsAt: new Int32Array(LISTED), fractions: 0, odd: false }
    : undefined;
  if (!indicator.counted && !tally) return undefined;
  return { reported: indicator.counted ? tallies.reported : undefined, tally };
}

/**
 * Where each id's column goes when a dataset is laid out: indicators first (0 to m − 1, framework
 * order), then fields (m + their position); an id that is both keeps its indicator's place.
 *
 * @example columnSlots(compile(framework)).get('online') // → 0
 */
export function columnSlots(plan: Plan): Map<string, number> {
  const m = plan.indicators.length;
  const slotOf = new Map<string, number>();
  plan.indicators.forEach(({ node }, i) => {
    slotOf.set(node.id, i);
  });
  (plan.framework.fields ?? []).forEach((field, f) => {
    if (!slotOf.has(field.id)) slotOf.set(field.id, m + f);
  });
  return slotOf;
}

/** A column whose key is neither an indicator nor a field of the framework. */
function unknownColumn(key: string, framework: string): DtiIssue {
  return {
    severity: 'error',
    code: 'unknown-indicator',
    path: ['columns', key],
    indicator: key,
    message: `column "${clip(key)}" is neither an indicator nor a field of framework "${framework}"`,
  };
}

/**
 * The raw fields' columns. They are only read (by formulas) and are no part of the prepared dataset:
 * every field the input lacks is the one column of `NaN`, not 5 MB of it each for 600,000 units.
 */
function fieldColumns(given: readonly (Float64Array | undefined)[], n: number): Float64Array[] {
  let nothing: Float64Array | undefined;
  return Array.from(given, (column) => {
    if (column) return column;
    nothing ??= new Float64Array(n).fill(Number.NaN);
    return nothing;
  });
}

/**
 * Reads the column of an indicator (or, `indicator` undefined, of a field) into its slot, with how many
 * values it holds; the problems go to `report`, the counts of the one pass to `tallies`.
 */
function readSlot(
  indicator: PlanIndicator | undefined,
  column: ColumnValues,
  report: ColumnReport,
  tallies: ColumnTallies,
  slot: number,
): [Float64Array, number] {
  // A formula fills its indicator's gaps in place: never in the caller's array.
  const copy = indicator?.node.formula !== undefined;
  report.numeric = indicator !== undefined && indicator.node.method.type !== 'yesNo';
  const count = indicator ? columnCount(indicator, column, tallies) : undefined;
  const read = readColumn(column, copy, report, count);
  if (count) {
    tallies.counted[slot] = count.reported ? 1 : 0;
    if (count.tally && !count.tally.odd) tallies.tallies[slot] = count.tally;
  }
  if (report.bad > LISTED_PER_COLUMN)
    report.issues.push(
      formatIssue(
        ['columns', report.key],
        `${report.bad - LISTED_PER_COLUMN} more values are refused (not finite numbers, yes/no or null)`,
      ),
    );
  return read;
}

/**
 * Validates a dataset given as columns against a compiled framework, one column at a time, with the
 * checks and the messages of the row path: each bad value names its unit, its indicator and itself.
 * `handed`: what a reader that read the units already checked (internal, see {@link UnitsHandOff}).
 *
 * @example prepareColumnar(compile(framework), { ids: ['a'], columns: { online: [97.8] } }) // → { success: true, … }
 */
export function prepareColumnar(
  plan: Plan,
  input: ColumnarEnvelope,
  paths: ColumnarPaths = COLUMN_PATHS,
  handed?: UnitsHandOff,
): SafeResult<PreparedDataset> {
  const issues: DtiIssue[] = [];
  const { units, unitIndex } = readUnits(input, issues, paths, handed);
  const n = units.ids.length;
  const m = plan.indicators.length;
  const fields = plan.framework.fields ?? [];
  const slotOf = columnSlots(plan);
  const slots: (Float64Array | undefined)[] = new Array(m + fields.length);
  const given = new Uint8Array(m);
  const tallies: ColumnTallies = { reported: new Int32Array(n), counted: new Uint8Array(m), tallies: new Array(m) };
  for (const key of Object.keys(input.columns)) {
    const slot = slotOf.get(key) ?? slotOf.get(key.normalize('NFC'));
    const column = input.columns[key] as ColumnValues;
    if (slot === undefined) {
      issues.push(unknownColumn(key, plan.framework.id));
      continue;
    }
    if (slots[slot]) {
      issues.push(formatIssue(['columns', key], 'is given twice (under two spellings of the same id)'));
      continue;
    }
    if (!sameLength(column, `columns.${key}`, n, issues)) continue;
    const indicator = slot < m ? (plan.indicators[slot] as PlanIndicator) : undefined;
    const report: ColumnReport = { key, ids: units.ids, issues, bad: 0, paths, numeric: false };
    const [values, present] = readSlot(indicator, column, report, tallies, slot);
    slots[slot] = values;
    if (slot < m && present > 0) given[slot] = 1;
  }
  const filled = (s: number) => slots[s] ?? new Float64Array(n).fill(Number.NaN);
  return finishColumns({
    plan,
    period: input.period,
    units,
    unitIndex,
    values: Array.from({ length: m }, (_, i) => filled(i)),
    fieldValues: fieldColumns(slots.slice(m), n),
    given,
    issues,
    pathOf: paths.value,
    idPathOf: paths.id,
    tally: tallies,
  });
}
