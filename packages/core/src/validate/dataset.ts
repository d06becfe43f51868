import { compile, type Plan } from '../compile.js';
import { isPlainRecord, ownValue, plainReadable } from '../keyed-by-id.js';
import { type ColumnarDataset, ColumnarDatasetSchema, isColumnarInput } from '../schema/columnar.js';
import { type Dataset, DatasetEnvelopeSchema, isWellFormedEnvelope } from '../schema/dataset.js';
import type { Framework } from '../schema/framework.js';
import { prepareColumnar } from './columnar.js';
import { ensureFramework } from './ensure.js';
import { finishColumns } from './finish-columns.js';
import { type DtiIssue, DtiValidationError, dataIssue, fromZodIssues, type SafeResult } from './issue.js';
import { toNfc } from './nfc.js';

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
 * (what-if weights, sensitivity analysis) without paying for validation again.
 */
export interface PreparedDataset {
  readonly kind: 'dti-prepared-dataset';
  readonly framework: Framework;
  readonly period?: string | undefined;
  readonly units: readonly PreparedUnit[];
  /** Position of each unit id in `units`. */
  readonly unitIndex: ReadonlyMap<string, number>;
  /**
   * One column per indicator, in framework order (see `indicatorIds`): the raw value after the
   * formula, or `NaN` when not reported.
   */
  readonly values: readonly Float64Array[];
  readonly indicatorIds: readonly string[];
  /** Number of indicators each unit reported (after formulas), for coverage. */
  readonly reported: Int32Array;
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
  const plan = compile(checked.data);
  if (isWellFormedEnvelope(input)) return prepareColumns(plan, input);
  if (isColumnarInput(input)) {
    const columnar = ColumnarDatasetSchema.safeParse(input);
    if (!columnar.success) return { success: false, issues: fromZodIssues(columnar.error.issues, input) };
    return prepareColumnar(plan, columnar.data);
  }
  const envelope = DatasetEnvelopeSchema.safeParse(input);
  if (!envelope.success) return { success: false, issues: fromZodIssues(envelope.error.issues, input) };
  return prepareColumns(plan, envelope.data as Dataset);
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

function prepareColumns(plan: Plan, dataset: Dataset): SafeResult<PreparedDataset> {
  const issues: DtiIssue[] = [];
  const { units: records } = dataset;
  const n = records.length;
  const indicators = plan.indicators;
  const m = indicators.length;
  const fields = plan.framework.fields ?? [];
  const ids = indicators.map((i) => i.node.id);
  // Missing until read: the single pass below writes only the values a unit gives.
  const values = ids.map(() => new Float64Array(n).fill(Number.NaN));
  const fieldValues = fields.map(() => new Float64Array(n).fill(Number.NaN));
  const units: PreparedUnit[] = new Array(n);
  // Own properties only (an id may be `toString`), at the speed of a plain read where that is safe.
  const indicatorReadable = ids.map(plainReadable);
  const fieldReadable = fields.map((f) => plainReadable(f.id));
  // Whether any unit gave a value (even an invalid one) for each indicator.
  const given = new Uint8Array(m);
  const unitIndex = new Map<string, number>();

  const read = (unit: string, u: number, key: string, v: unknown): number => {
    if (typeof v === 'number') {
      if (v - v === 0) return v;
      issues.push(dataIssue('invalid-value', unit, key, v, ['units', u, 'values', key], 'is not a finite number'));
      return Number.NaN;
    }
    if (v === null || v === undefined) return Number.NaN;
    if (typeof v === 'boolean') return v ? 1 : 0;
    issues.push(
      dataIssue('invalid-value', unit, key, v, ['units', u, 'values', key], 'is not a number, yes/no or null'),
    );
    return Number.NaN;
  };

  const columnOf = new Map<string, Float64Array>([
    ...ids.map((id, i): [string, Float64Array] => [id, values[i] as Float64Array]),
    ...fields.map((field, f): [string, Float64Array] => [field.id, fieldValues[f] as Float64Array]),
  ]);
  const nfc = (text: string | undefined) => (text === undefined ? undefined : toNfc(text));
  // Each id's column for the single pass: indicators first, then fields.
  const slotOf = new Map<string, number>();
  const slots = [...values, ...fieldValues];
  ids.forEach((id, i) => {
    slotOf.set(id, i);
  });
  fields.forEach((field, f) => {
    if (!slotOf.has(field.id)) slotOf.set(field.id, m + f);
  });
  /**
   * One pass over a plain record's own keys, writing each value into its column. False as soon as
   * something needs a word (a key that is not the framework's, a value that is not a finite number,
   * yes/no or null): the unit is then read again key by key, which names each problem in framework order.
   */
  // Units parsed from one JSON file list their keys in one order: the slot of the k-th key is looked
  // up once and then only recognised (the same string, compared by reference in the common case).
  const seenKeys: string[] = [];
  const seenSlots: number[] = [];
  const readAtOnce = (vals: Record<string, unknown>, u: number): boolean => {
    let k = 0;
    for (const key in vals) {
      const at = k++;
      const v = vals[key];
      if (v === undefined || v === null) continue;
      let slot: number | undefined;
      if (seenKeys[at] === key) slot = seenSlots[at] as number;
      else {
        slot = slotOf.get(key);
        if (slot === undefined) return false;
        seenKeys[at] = key;
        seenSlots[at] = slot;
      }
      let x: number;
      if (typeof v === 'number') {
        if (v - v !== 0) return false;
        x = v;
      } else if (typeof v === 'boolean') x = v ? 1 : 0;
      else return false;
      (slots[slot] as Float64Array)[u] = x;
      if (slot < m) given[slot] = 1;
    }
    return true;
  };

  for (let u = 0; u < n; u++) {
    const record = records[u] as Dataset['units'][number];
    // Text is compared in Unicode NFC: "Đà Nẵng" typed on a Mac (NFD) is the same unit as on Windows.
    const id = toNfc(record.id);
    if (unitIndex.has(id))
      issues.push({
        severity: 'error',
        code: 'duplicate-unit',
        message: `unit "${id}" appears twice (rows ${unitIndex.get(id)} and ${u})`,
        path: ['units', u, 'id'],
        unit: id,
        value: id,
      });
    else unitIndex.set(id, u);
    units[u] = {
      id,
      name: nfc(record.name) ?? id,
      parent: nfc(record.parent),
      peerGroup: nfc(record.peerGroup),
      ranked: record.ranked !== false,
      population: record.population,
    };
    const vals = record.values as Record<string, unknown>;
    const plain = isPlainRecord(vals);
    if (plain && readAtOnce(vals, u)) continue;
    let known = 0;
    for (let i = 0; i < m; i++) {
      const key = ids[i] as string;
      const v = plain && indicatorReadable[i] ? vals[key] : ownValue(vals, key);
      if (v !== undefined) known++;
      if (v !== undefined && v !== null) given[i] = 1;
      (values[i] as Float64Array)[u] = read(id, u, key, v);
    }
    for (let f = 0; f < fields.length; f++) {
      const key = (fields[f] as { id: string }).id;
      const v = plain && fieldReadable[f] ? vals[key] : ownValue(vals, key);
      if (v !== undefined) known++;
      (fieldValues[f] as Float64Array)[u] = read(id, u, key, v);
    }
    // A plain record has no enumerable inherited keys, so for…in sees its own keys without building an
    // array of them for every unit; the keys are listed only when some are not the framework's.
    let present = 0;
    if (plain) {
      for (const key in vals) if (vals[key] !== undefined) present++;
    } else for (const key of Object.keys(vals)) if (vals[key] !== undefined) present++;
    if (present !== known)
      for (const key of Object.keys(vals)) {
        if (vals[key] === undefined || plan.fieldIds.has(key)) continue;
        const column = columnOf.get(key.normalize('NFC'));
        if (column) {
          if (Number.isNaN(column[u])) column[u] = read(id, u, key, vals[key]);
          continue;
        }
        issues.push(
          dataIssue(
            'unknown-indicator',
            id,
            key,
            vals[key],
            ['units', u, 'values', key],
            `is given for "${key}", which is neither an indicator nor a field of framework "${plan.framework.id}"`,
          ),
        );
      }
  }

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
  });
}
