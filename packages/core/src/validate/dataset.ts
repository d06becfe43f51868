import type { Plan } from '../plan/compile.js';
import { planFor } from '../plan/plan-for.js';
import { type ColumnarDataset, ColumnarDatasetSchema, isColumnarInput } from '../schema/columnar.js';
import { type Dataset, DatasetEnvelopeSchema, isWellFormedTop, isWellFormedUnit } from '../schema/dataset.js';
import type { Framework } from '../schema/framework.js';
import { isPlainRecord, ownValue, plainReadable } from '../schema/keyed-by-id.js';
import { columnSlots, prepareColumnar, yesNoInNumber } from './columnar.js';
import { ensureFramework } from './ensure.js';
import { finishColumns, percentTallied } from './finish-columns.js';
import { clip, type DtiIssue, DtiValidationError, dataIssue, fromZodIssues, type SafeResult } from './issue.js';
import { toNfc } from './nfc.js';
import { PercentTallies } from './percent-tally.js';
import { CaseTwins, caseTwinIssue } from './unit-ids.js';
import type { UnitColumns } from './unit-list.js';
import { UnitTextChecks } from './unit-text.js';

/** A unit of a prepared dataset. */
export interface PreparedUnit {
  id: string;
  name: string;
  parent?: string | undefined;
  peerGroup?: string | undefined;
  /** `false` when the unit is assessed but not ranked. */
  ranked: boolean;
  population?: number | undefined;
}

/**
 * A dataset checked against a framework and laid out in columns: validate once, score many times
 * (what-if weights, sensitivity analysis) without paying for validation again. The units are columns
 * too ({@link UnitColumns}: `ids`, `names`, `parents`, `peerGroups`, `ranked`, `populations`), so a
 * dataset of 600,000 communes holds no object per unit.
 *
 * @example
 * const data = prepareDataset(framework, { units: [{ id: 'gia-lam', name: 'Gia Lâm', values: { online: 97.8 } }] });
 * data.ids[0]; // → 'gia-lam'
 * data.names[0]; // → 'Gia Lâm'
 * data.values[data.indicatorIds.indexOf('online')]?.[0]; // → 97.8
 */
export interface PreparedDataset extends UnitColumns {
  readonly kind: 'dti-prepared-dataset';
  readonly framework: Framework;
  readonly period?: string | undefined;
  /**
   * The units as objects, in dataset order: made from the columns on first read, then kept (an object
   * per unit, which the columns avoid: read `ids`, `names`, … where memory counts). Frozen, as are the
   * `ids`, `names`, `parents`, `peerGroups` and `ranked` columns: scores read the columns, so an assignment
   * throws a TypeError rather than being ignored.
   */
  readonly units: readonly PreparedUnit[];
  /** Position of each unit id in `units`. */
  readonly unitIndex: ReadonlyMap<string, number>;
  /**
   * One column per indicator, in framework order (see `indicatorIds`): the raw value after the
   * formula, or `NaN` when not reported.
   */
  readonly values: readonly Float64Array[];
  readonly indicatorIds: readonly string[];
  /**
   * Number of indicators each unit reported (after formulas), for coverage: only indicators worth
   * points count (see `counted`).
   */
  readonly reported: Int32Array;
  /**
   * How many indicators count in coverage: those worth points (an indicator worth 0 points, such as
   * DTI 2022's smart-city index, changes no score), less those the framework skips when missing that
   * no unit of the dataset reported (out of the whole assessment). Coverage = `reported / counted`.
   */
  readonly counted: number;
  /** Warnings found while preparing (e.g. a ratio with a zero denominator, left missing). */
  readonly warnings: readonly DtiIssue[];
}

/**
 * Validates a dataset against a framework without throwing and lays it out in columns. Every problem is
 * reported at once, each naming the unit, the indicator and the value: values that are not finite
 * numbers, yes/no or null; ids that are neither an indicator nor a field of the framework; duplicate
 * units; values outside what the scoring method accepts (negative values for ratios, non-positive
 * values under a log transform).
 *
 * Takes rows (`{ units: [{ id, values }] }`, see `DatasetSchema`) or columns (`{ ids, columns }`, see
 * {@link ColumnarDataset}), checked one column at a time with the same rules and messages. In a column,
 * `NaN` (and in a plain array `null`) is a value not reported; ±Infinity is refused. A `Float64Array`
 * column is used as it is, without a copy: do not write into it while the prepared dataset is in use.
 *
 * @example
 * const r = validateDataset(framework, { units: [{ id: 'a', values: { online: 'nhiều' } }] });
 * // r.success === false; r.issues[0].message:
 * // 'unit "a", indicator "online": value "nhiều" is not a number, yes/no or null'
 */
export function validateDataset(framework: Framework, input: unknown): SafeResult<PreparedDataset> {
  const checked = ensureFramework(framework);
  if (!checked.success) return checked;
  const plan = planFor(checked.data);
  // Units that all pass the schema by hand are read in the same walk that checks them; at the first
  // that does not, the schema runs, and names each problem.
  const rows = isWellFormedTop(input) ? prepareColumns(plan, input as Dataset, false) : undefined;
  if (rows) return rows;
  if (isColumnarInput(input)) {
    const columnar = ColumnarDatasetSchema.safeParse(input);
    if (!columnar.success) return { success: false, issues: fromZodIssues(columnar.error.issues, input) };
    return prepareColumnar(plan, columnar.data);
  }
  const envelope = DatasetEnvelopeSchema.safeParse(input);
  if (!envelope.success) return { success: false, issues: fromZodIssues(envelope.error.issues, input) };
  return prepareColumns(plan, envelope.data as Dataset, true) as SafeResult<PreparedDataset>;
}

/**
 * Like {@link validateDataset} but returns the prepared dataset or throws a `DtiValidationError`.
 *
 * @example const data = prepareDataset(framework, await (await fetch('/dti-2024.json')).json());
 */
export function prepareDataset(framework: Framework, input: unknown): PreparedDataset {
  const result = validateDataset(framework, input);
  if (!result.success) throw new DtiValidationError('Invalid dataset', result.issues);
  return result.data;
}

/**
 * Lays a dataset of rows out in columns, one pass over its units, and checks it (see {@link validateDataset}).
 * Unless `wellFormed` (the schema passed), each unit is first checked by hand; `undefined` at the first
 * one that might not pass the schema.
 */
function prepareColumns(plan: Plan, dataset: Dataset, wellFormed: boolean): SafeResult<PreparedDataset> | undefined {
  const { units: records } = dataset;
  const n = records.length;
  const columns = new RecordColumns(plan, n);
  const units: PreparedUnit[] = new Array(n);
  const unitIndex = new Map<string, number>();
  const twins = new CaseTwins();
  const idPathOf = (u: number) => ['units', u, 'id'];
  // Each unit's id and name are checked as it is made, while their text is at hand.
  const unitText = new UnitTextChecks(units, idPathOf);
  for (let u = 0; u < n; u++) {
    const record = records[u] as Dataset['units'][number];
    if (!wellFormed && !isWellFormedUnit(record)) return undefined;
    const unit = unitOfRecord(record, u, unitIndex, columns.issues, twins);
    units[u] = unit;
    unitText.add(u);
    columns.readUnit(unit.id, u, record.values as Record<string, unknown>);
  }
  const { values, fieldValues, given, issues } = columns;
  return finishColumns({
    plan,
    period: dataset.period,
    units,
    unitIndex,
    values,
    fieldValues,
    given,
    issues,
    pathOf: (u, id) => ['units', u, 'values', id],
    idPathOf,
    unitText,
    tally: columns.tally.result(),
  });
}

/**
 * A unit's description from its record, its text in Unicode NFC ("Đà Nẵng" typed on a Mac, in NFD, is
 * the same unit as on Windows). An id seen before is reported as `duplicate-unit`; the first keeps its
 * place in `unitIndex`. So is an id that differs from one seen before only in case ("B" after "b"), when
 * the calls share one `twins`.
 */
export function unitOfRecord(
  record: Dataset['units'][number],
  u: number,
  unitIndex: Map<string, number>,
  issues: DtiIssue[],
  twins: CaseTwins = new CaseTwins(),
): PreparedUnit {
  const id = toNfc(record.id);
  // One look-up of the id, not one per question: every unit of a dataset passes here.
  const earlier = unitIndex.get(id);
  const twin = earlier === undefined ? twins.check(id, u, unitIndex) : undefined;
  if (twin !== undefined) issues.push(caseTwinIssue({ id: twin.id, row: twin.u }, { id, row: u }, ['units', u, 'id']));
  else if (earlier !== undefined)
    issues.push({
      severity: 'error',
      code: 'duplicate-unit',
      message: `unit "${clip(id)}" appears twice (rows ${earlier} and ${u})`,
      path: ['units', u, 'id'],
      unit: id,
      value: id,
    });
  else unitIndex.set(id, u);
  return {
    id,
    name: nfc(record.name) ?? id,
    parent: nfc(record.parent),
    peerGroup: nfc(record.peerGroup),
    ranked: record.ranked !== false,
    population: record.population,
  };
}

const nfc = (text: string | undefined) => (text === undefined ? undefined : toNfc(text));

/**
 * The number a unit's value is read as: a finite number as it is, yes/no as 1/0, null or absent as
 * `NaN` (not reported). Anything else is `NaN` with an `invalid-value` issue naming unit, key and value;
 * so is yes/no (`true`/`false`) for an indicator that is not yes/no (`numeric` false), as a CSV "có"
 * or an xlsx TRUE in a number column is: read as 1/0 it would score silently.
 *
 * @example readValue(issues, 'hn', 0, 'online', true) // 1
 */
export function readValue(
  issues: DtiIssue[],
  unit: string,
  u: number,
  key: string,
  v: unknown,
  numeric = false,
): number {
  if (typeof v === 'number') {
    if (v - v === 0) return v;
    issues.push(dataIssue('invalid-value', unit, key, v, ['units', u, 'values', key], 'is not a finite number'));
    return Number.NaN;
  }
  if (v === null || v === undefined) return Number.NaN;
  if (typeof v === 'boolean' && numeric) {
    issues.push(yesNoInNumber(unit, key, v, ['units', u, 'values', key]));
    return Number.NaN;
  }
  if (typeof v === 'boolean') return v ? 1 : 0;
  issues.push(dataIssue('invalid-value', unit, key, v, ['units', u, 'values', key], 'is not a number, yes/no or null'));
  return Number.NaN;
}

/**
 * The columns a dataset of rows is written into, one unit at a time: one per indicator (framework
 * order) and one per field, `NaN` until a unit gives a value, and the issues found on the way.
 */
class RecordColumns {
  readonly issues: DtiIssue[] = [];
  /** One column per indicator, in framework order. */
  readonly values: Float64Array[];
  /** One column per framework field. */
  readonly fieldValues: Float64Array[];
  /** Whether any unit gave a value (even an invalid one) for each indicator. */
  readonly given: Uint8Array;
  private readonly ids: readonly string[];
  private readonly fieldIds: readonly string[];
  /** Own properties only (an id may be `toString`), at the speed of a plain read where that is safe. */
  private readonly indicatorReadable: readonly boolean[];
  private readonly fieldReadable: readonly boolean[];
  /** Each id's column for the single pass: indicators first, then fields. */
  private readonly slots: readonly Float64Array[];
  private readonly slotOf: ReadonlyMap<string, number>;
  /** By slot: an indicator that is not yes/no, for which `true`/`false` is refused (fields take yes/no). */
  private readonly numeric: readonly boolean[];
  private readonly numericIds: ReadonlySet<string>;
  /** Each id's column, for keys that are an id only once in NFC. */
  private readonly columnOf = new Map<string, Float64Array>();
  // Units parsed from one JSON file list their keys in one order: the slot of the k-th key is looked
  // up once and then only recognised (the same string, compared by reference in the common case).
  private readonly seenKeys: string[] = [];
  private readonly seenSlots: number[] = [];
  /** The `%` columns' tallies, kept as their values are written: the checks after reading need no pass. */
  readonly tally: PercentTallies;

  constructor(
    private readonly plan: Plan,
    n: number,
  ) {
    this.ids = plan.indicators.map((i) => i.node.id);
    this.fieldIds = (plan.framework.fields ?? []).map((f) => f.id);
    // Missing until read: the single pass writes only the values a unit gives.
    this.values = this.ids.map(() => new Float64Array(n).fill(Number.NaN));
    this.fieldValues = this.fieldIds.map(() => new Float64Array(n).fill(Number.NaN));
    this.given = new Uint8Array(this.ids.length);
    this.indicatorReadable = this.ids.map(plainReadable);
    this.fieldReadable = this.fieldIds.map(plainReadable);
    this.slots = [...this.values, ...this.fieldValues];
    this.slotOf = columnSlots(plan);
    this.numeric = plan.indicators.map((i) => i.node.method.type !== 'yesNo');
    this.numericIds = new Set(this.ids.filter((_, i) => this.numeric[i]));
    this.ids.forEach((id, i) => {
      this.columnOf.set(id, this.values[i] as Float64Array);
    });
    this.fieldIds.forEach((id, f) => {
      this.columnOf.set(id, this.fieldValues[f] as Float64Array);
    });
    this.tally = new PercentTallies(
      plan,
      (i) => percentTallied((plan.indicators[i] as Plan['indicators'][number]).node),
      n,
    );
  }

  /** Writes the values of unit `u` (id `unit`) into the columns, reporting values and keys that need a word. */
  readUnit(unit: string, u: number, vals: Record<string, unknown>): void {
    const plain = isPlainRecord(vals);
    if (plain && this.readAtOnce(vals, u)) return;
    this.tally.exact = false;
    const known = this.readKeyByKey(unit, u, vals, plain);
    if (countGiven(vals, plain) !== known) this.readOtherKeys(unit, u, vals);
  }

  /**
   * One pass over a plain record's own keys, writing each value into its column. False as soon as
   * something needs a word (a key that is not the framework's, a value that is not a finite number,
   * yes/no or null): the unit is then read again key by key, which names each problem in framework order.
   */
  private readAtOnce(vals: Record<string, unknown>, u: number): boolean {
    const { seenKeys, seenSlots, slots, given, tally } = this;
    const { tallied, counts, present, largest } = tally;
    const m = this.ids.length;
    // The keys, then the values in the same order: two copies made at the speed of a memory copy,
    // where reading each value by its key (for…in or by id) costs a look-up of the key per value,
    // twice the time of the whole pass. A plain record has no enumerable inherited keys, so these are
    // the keys and values for…in would visit, in its order.
    const keys = Object.keys(vals);
    const inOrder = Object.values(vals);
    let row = 0;
    for (let at = 0; at < keys.length; at++) {
      const key = keys[at] as string;
      const v = inOrder[at];
      if (v === undefined || v === null) continue;
      let slot: number | undefined;
      if (seenKeys[at] === key) slot = seenSlots[at] as number;
      else {
        slot = this.slotOf.get(key);
        if (slot === undefined) return false;
        seenKeys[at] = key;
        seenSlots[at] = slot;
      }
      let x: number;
      if (typeof v === 'number') {
        if (v - v !== 0) return false;
        x = v;
      } else if (typeof v === 'boolean' && !this.numeric[slot]) x = v ? 1 : 0;
      else return false;
      (slots[slot] as Float64Array)[u] = x;
      if (slot >= m) continue;
      given[slot] = 1;
      if (tallied[slot] === 0) continue;
      present[slot] = (present[slot] as number) + 1;
      if (x > (largest[slot] as number)) largest[slot] = x;
      if (!(x >= 1 && x <= 100)) tally.unusual(slot, u, x);
      row += counts[slot] as number;
    }
    tally.reported[u] = row;
    return true;
  }

  /** Reads every indicator and field by its id, in framework order; returns how many keys were present. */
  private readKeyByKey(unit: string, u: number, vals: Record<string, unknown>, plain: boolean): number {
    let known = 0;
    for (let i = 0; i < this.ids.length; i++) {
      const key = this.ids[i] as string;
      const v = plain && this.indicatorReadable[i] ? vals[key] : ownValue(vals, key);
      if (v !== undefined) known++;
      if (v !== undefined && v !== null) this.given[i] = 1;
      (this.values[i] as Float64Array)[u] = readValue(this.issues, unit, u, key, v, this.numeric[i]);
    }
    for (let f = 0; f < this.fieldIds.length; f++) {
      const key = this.fieldIds[f] as string;
      const v = plain && this.fieldReadable[f] ? vals[key] : ownValue(vals, key);
      if (v !== undefined) known++;
      (this.fieldValues[f] as Float64Array)[u] = readValue(this.issues, unit, u, key, v);
    }
    return known;
  }

  /** The keys that are no id as given: an id once in NFC is read into its column, any other is reported. */
  private readOtherKeys(unit: string, u: number, vals: Record<string, unknown>): void {
    for (const key of Object.keys(vals)) {
      if (vals[key] === undefined || this.plan.fieldIds.has(key)) continue;
      const column = this.columnOf.get(key.normalize('NFC'));
      if (column) {
        const numeric = this.numericIds.has(key.normalize('NFC'));
        if (Number.isNaN(column[u])) column[u] = readValue(this.issues, unit, u, key, vals[key], numeric);
        continue;
      }
      this.issues.push(
        dataIssue(
          'unknown-indicator',
          unit,
          key,
          vals[key],
          ['units', u, 'values', key],
          `is given for "${key}", which is neither an indicator nor a field of framework "${this.plan.framework.id}"`,
        ),
      );
    }
  }
}

/**
 * How many keys of a record have a value other than `undefined`. A plain record has no enumerable
 * inherited keys, so for…in sees its own keys without building an array of them for every unit.
 */
function countGiven(vals: Record<string, unknown>, plain: boolean): number {
  let present = 0;
  if (plain) {
    for (const key in vals) if (vals[key] !== undefined) present++;
  } else for (const key of Object.keys(vals)) if (vals[key] !== undefined) present++;
  return present;
}
