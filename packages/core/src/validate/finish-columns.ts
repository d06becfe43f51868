import { unreportedOutcome, unreportedSentence } from '../missing/unreported.js';
import type { Plan } from '../plan/compile.js';
import { evaluateFormula, formulaInputs } from '../schema/formula.js';
import type { Formula, Indicator } from '../schema/framework.js';
import { beyondGoalposts } from './beyond-goalposts.js';
import type { PreparedDataset, PreparedUnit } from './dataset.js';
import { type DtiIssue, dataIssue, type SafeResult } from './issue.js';
import { noDataOutcome } from './no-data-outcome.js';
import { nothingToEstimate } from './nothing-to-estimate.js';
import { percentColumnIssues, percentTallyIssues } from './percent-column.js';
import type { ColumnTallies } from './percent-tally.js';
import { ColumnUnits, type UnitColumns, type UnitList, unitColumnsOf, unitsOf } from './unit-list.js';
import { type UnitTextChecks, unitTextIssues } from './unit-text.js';

/**
 * What a reader of rows or of columns hands over once every value is in its column: the units, one
 * column per indicator and per raw field (`NaN` = not reported), and the problems found so far.
 * Internal: the steps after reading are the same whatever the layout of the input.
 *
 * @example { plan, units, values: [Float64Array.of(97.8, NaN)], …, pathOf: (u, id) => ['units', u, 'values', id] }
 */
export interface ReadColumns {
  plan: Plan;
  period: string | undefined;
  /** The units as the reader made them: an object each (rows), or columns. */
  units: readonly PreparedUnit[] | UnitColumns;
  unitIndex: ReadonlyMap<string, number>;
  /** Per indicator, in plan order; a reader must not pass a caller's array for a formula indicator. */
  values: Float64Array[];
  /** Per raw field of the framework. */
  fieldValues: Float64Array[];
  /** Whether any unit gave a value (even an invalid one) for each indicator. */
  given: Uint8Array;
  issues: DtiIssue[];
  /** Where unit `u`'s value for `id` sits in the input, for the issue's `path`. */
  pathOf(u: number, id: string): (string | number)[];
  /** Where unit `u`'s id sits in the input, for the issues about its id and name. */
  idPathOf(u: number): (string | number)[];
  /** The checks of the units' ids and names, when the reader ran them on each unit it made (same `idPathOf`). */
  unitText?: UnitTextChecks | undefined;
  /** The `%` columns the reader tallied as it wrote them, when it did (see {@link percentTallied}). */
  tally?: ColumnTallies | undefined;
}

/** What the steps after reading work on: the units both as columns and as a list read one at a time. */
interface Finishing extends ReadColumns {
  columns: UnitColumns;
  list: UnitList;
}

enum Domain {
  Any = 0,
  NonNegative = 1,
  Binary = 2,
  Positive = 3,
  AboveMinusOne = 4,
}

function domainOf(indicator: Indicator): Domain {
  if (indicator.method.type === 'yesNo') return Domain.Binary;
  if (indicator.transform === 'log') return Domain.Positive;
  if (indicator.transform === 'log1p') return Domain.AboveMinusOne;
  if (indicator.method.type === 'target' || indicator.method.type === 'ratioToBest') return Domain.NonNegative;
  return Domain.Any;
}

const domainProblem: Record<Domain, string> = {
  [Domain.Any]: '',
  [Domain.NonNegative]: 'must be ≥ 0 for this scoring method',
  [Domain.Binary]: 'must be yes/no (1 or 0, true or false)',
  [Domain.Positive]: 'must be > 0 for a log transform',
  [Domain.AboveMinusOne]: 'must be > −1 for a log1p transform',
};

const domainCode: Record<Domain, string> = {
  [Domain.Any]: 'any',
  [Domain.NonNegative]: 'non-negative',
  [Domain.Binary]: 'yes-no',
  [Domain.Positive]: 'positive',
  [Domain.AboveMinusOne]: 'above-minus-one',
};

/**
 * Whether a reader may tally an indicator's column as it writes it, for the `%` checks after reading
 * (see `PercentTallies`): a `%` column of values as given (no formula) that every number may score
 * (no domain of its own, whose check counts its values itself).
 *
 * @example percentTallied({ unit: '%', method: { type: 'minMax' }, … }) // → true
 */
export function percentTallied(indicator: Indicator): boolean {
  return indicator.unit === '%' && !indicator.formula && domainOf(indicator) === Domain.Any;
}

/**
 * Whether a reader may count an indicator's column for coverage as it reads it (see `ColumnTallies`):
 * a column of values as given (no formula) that every number may score, whose check after reading
 * would be no more than that count.
 *
 * @example countedAsRead({ method: { type: 'minMax' }, … }) // → true
 */
export function countedAsRead(indicator: Indicator): boolean {
  return !indicator.formula && domainOf(indicator) === Domain.Any;
}

function inDomain(domain: Domain, v: number): boolean {
  switch (domain) {
    case Domain.Any:
      return true;
    case Domain.NonNegative:
      return v >= 0;
    case Domain.Binary:
      return v === 0 || v === 1;
    case Domain.Positive:
      return v > 0;
    case Domain.AboveMinusOne:
      return v > -1;
  }
}

const dividesByZero = (formula: Formula, parts: readonly number[]) => formula.type !== 'sum' && parts[1] === 0;

/** Why a formula gave no finite value: a zero denominator, or a result beyond the largest double. */
function formulaProblem(formula: Formula, parts: readonly number[]): string {
  if (dividesByZero(formula, parts))
    return `gives no ${formula.type}: division by zero (the ${formula.type === 'ratio' ? 'denominator' : 'population'} is 0); the indicator is treated as missing`;
  return `gives a ${formula.type} beyond the largest number (about ±1.8e308): the indicator is treated as missing`;
}

/**
 * An indicator for which no unit of a dataset of two or more gave a value (directly, or through the
 * fields its formula reads) is scored for nobody: every unit is re-weighted without it, or given 0
 * points on it, as its missing-value policy says (and the warning says which). That is almost always a column missing from the file or misspelt, so it is said loudly, once.
 * An indicator worth 0 points is not named: nobody's score or coverage depends on it.
 */
function unreportedIndicators(read: Finishing): DtiIssue[] {
  const { plan, given, fieldValues, list } = read;
  const issues: DtiIssue[] = [];
  // One unit leaving a value blank has simply not reported it: its coverage says so.
  if (list.length < 2) return issues;
  const fieldIndex = new Map((plan.framework.fields ?? []).map((f, k) => [f.id, k]));
  plan.indicators.forEach(({ node, counted, missing }, i) => {
    if (given[i] || !counted) return;
    const { formula } = node;
    const inputs = formula ? formulaInputs(formula) : [];
    const fed = inputs.some((id) => {
      const column = fieldValues[fieldIndex.get(id) as number];
      return column !== undefined && anyValue(column);
    });
    if (fed) return;
    const outcome = unreportedOutcome(missing);
    issues.push({
      severity: 'warning',
      code: 'missing-column',
      detail: 'no-values',
      path: ['units'],
      indicator: node.id,
      value: node.label.vi,
      outcome,
      message: `no unit of the dataset has a value for indicator "${node.label.vi}" (${node.id}) — ${unreportedSentence(outcome, 'en')}`,
    });
  });
  return issues;
}

/** Whether a column holds a value: a loop, since a callback per unit costs more than the whole test. */
function anyValue(column: Float64Array): boolean {
  for (let u = 0; u < column.length; u++) if (!Number.isNaN(column[u])) return true;
  return false;
}

/**
 * How many indicators a unit's coverage is a share of: those worth points, less those the framework leaves
 * out when missing (`skip`) that no unit of the dataset has a value for. Such an indicator is out of the
 * whole assessment (a commune file has none of the template's six district-level indicators): every unit is
 * scored without it alike and a warning says so once, so it must not mark every unit as partial, nor count
 * in `minCoverage` as a report a unit failed to make. One unit alone leaving it blank is its own gap.
 */
function assessed(plan: Plan, values: readonly Float64Array[], units: number): number {
  let k = 0;
  plan.indicators.forEach((indicator, i) => {
    if (!indicator.counted) return;
    const column = values[i] as Float64Array;
    if (units > 1 && indicator.missing.type === 'skip' && !anyValue(column)) return;
    k++;
  });
  return k;
}

/** Fills a formula indicator's missing values from the fields its formula reads. */
function applyFormula(read: Finishing, i: number, formula: Formula): void {
  const { plan, values, fieldValues, issues } = read;
  const { ids } = read.columns;
  const fieldIndex = new Map((plan.framework.fields ?? []).map((f, k) => [f.id, k]));
  const id = (plan.indicators[i] as Plan['indicators'][number]).node.id;
  const column = values[i] as Float64Array;
  const inputs = formulaInputs(formula).map((fid) => fieldValues[fieldIndex.get(fid) as number] as Float64Array);
  // One array of inputs for every unit, copied only for an issue that keeps it: an array per unit
  // would be garbage for hundreds of thousands of units.
  const given: number[] = new Array(inputs.length).fill(0);
  eachUnit: for (let u = 0; u < column.length; u++) {
    if (!Number.isNaN(column[u])) continue; // a value reported directly wins over the formula
    for (let k = 0; k < inputs.length; k++) {
      const p = (inputs[k] as Float64Array)[u] as number;
      if (Number.isNaN(p)) continue eachUnit; // an input is missing, so is the indicator
      given[k] = p;
    }
    const x = evaluateFormula(formula, given);
    if (Number.isFinite(x)) {
      column[u] = x;
      continue;
    }
    const parts = given.slice();
    issues.push({
      ...dataIssue(
        'undefined-ratio',
        ids[u] as string,
        id,
        parts,
        read.pathOf(u, id).slice(0, -1),
        formulaProblem(formula, parts),
        'warning',
      ),
      detail: dividesByZero(formula, parts) ? 'division-by-zero' : 'overflow',
    });
  }
}

/**
 * One pass over an indicator's column: counts each unit's values for coverage (indicators worth
 * points only, see `PlanIndicator.counted`), names every value outside what the indicator's scoring
 * method accepts (an error: nothing is scored), and returns the values beyond its goalposts (warnings,
 * listed once every column passed without an error, after the column's `%` checks).
 */
function checkColumn(read: Finishing, i: number, reported: Int32Array): DtiIssue[] {
  const { node, counted } = read.plan.indicators[i] as Plan['indicators'][number];
  const domain = domainOf(node);
  const column = read.values[i] as Float64Array;
  const posts = node.method.type === 'goalposts' ? node.method : undefined;
  // A % column's own checks count the values of a column with no domain, in the same pass as they read them.
  const counting = counted && (domain !== Domain.Any || node.unit !== '%') && read.tally?.counted[i] !== 1;
  const beyond: DtiIssue[] = [];
  if (domain === Domain.Any && posts === undefined) {
    if (counting)
      for (let u = 0; u < column.length; u++) if (!Number.isNaN(column[u])) reported[u] = (reported[u] as number) + 1;
    return beyond;
  }
  for (let u = 0; u < column.length; u++) {
    const v = column[u] as number;
    if (Number.isNaN(v)) continue;
    if (counting) reported[u] = (reported[u] as number) + 1;
    if (!inDomain(domain, v))
      read.issues.push({
        ...dataIssue(
          'value-out-of-domain',
          read.columns.ids[u] as string,
          node.id,
          v,
          read.pathOf(u, node.id),
          domainProblem[domain],
        ),
        detail: domainCode[domain],
      });
    else if (posts !== undefined && (v > posts.max || v < posts.min)) {
      const issue = beyondGoalposts(node, read.columns.ids[u] as string, v, read.pathOf(u, node.id));
      if (issue) beyond.push(issue);
    }
  }
  return beyond;
}

/**
 * Units that reported no value for any indicator worth points. Under a rule that leaves missing values
 * out they are not ranked (coverage 0); under one that scores them 0 they would be ranked last with 0
 * points; under a mean they take the others' average; and a rank for a unit that sent nothing is a
 * claim about it that the data does not make. It is said, naming the unit and what the rule in force
 * did, so a blank row is never mistaken for a result.
 */
function unitsWithoutData(read: Finishing, reported: Int32Array): void {
  if (!read.plan.indicators.some((i) => i.counted)) return;
  const { list, issues } = read;
  // The one walk over the units once their values are read: the columns were each walked on their own.
  for (let u = 0; u < list.length; u++) {
    if (reported[u] !== 0) continue;
    const unit = list.at(u) as PreparedUnit;
    const name = unit.name && unit.name !== unit.id ? ` (${unit.name})` : '';
    const outcome = noDataOutcome(read.plan, list, read.values, u);
    issues.push({
      severity: 'warning',
      code: 'suspicious-value',
      detail: 'no-data',
      path: ['units', u],
      unit: unit.id,
      value: 0,
      message: `unit "${unit.id}"${name} has no value for any indicator that earns points; ${outcome.en}`,
      messageVi: `đơn vị "${unit.id}"${name} không có số liệu cho chỉ số nào được tính điểm; ${outcome.vi}`,
    });
  }
}

/**
 * A dataset without a unit (a template never filled in, a sheet whose rows are all below another header)
 * is valid, and scores to an empty table: said, so an empty league table is not taken for a result.
 */
const NO_UNITS: DtiIssue = {
  severity: 'warning',
  code: 'suspicious-value',
  detail: 'no-units',
  path: ['units'],
  message: 'the data has no unit: nothing is scored or ranked',
  messageVi: 'số liệu không có đơn vị nào: không có gì được chấm điểm hay xếp hạng',
};

/**
 * The steps after reading, the same for rows and columns: formulas, the scoring methods' domains,
 * `%` columns that look like fractions, values beyond their goalposts, indicators nobody reported, and
 * each unit's count of values.
 *
 * @example finishColumns(read) // → { success: true, data: PreparedDataset, warnings } or { success: false, issues }
 */
export function finishColumns(reader: ReadColumns): SafeResult<PreparedDataset> {
  const rows = Array.isArray(reader.units) ? (reader.units as readonly PreparedUnit[]) : undefined;
  const columns = rows ? unitColumnsOf(rows) : (reader.units as UnitColumns);
  const read: Finishing = { ...reader, columns, list: rows ?? new ColumnUnits(columns) };
  const { plan, list, values, issues } = read;
  const n = list.length;
  const m = plan.indicators.length;
  const { tally } = read;
  const reported = tally?.reported ?? new Int32Array(n);
  const beyond: DtiIssue[][] = new Array(m);
  for (let i = 0; i < m; i++) {
    const { formula } = (plan.indicators[i] as Plan['indicators'][number]).node;
    if (formula) applyFormula(read, i, formula);
    beyond[i] = checkColumn(read, i, reported);
  }
  const text = read.unitText ? read.unitText.finish() : unitTextIssues(list, read.idPathOf);
  for (const issue of text) issues.push(issue);
  if (issues.some((i) => i.severity === 'error')) return { success: false, issues };
  // One by one, not push(...list): a list of 160,000 warnings would overflow the call stack as arguments.
  for (let i = 0; i < m; i++) {
    const { node, counted } = plan.indicators[i] as Plan['indicators'][number];
    // A column the reader tallied and counted as it wrote it is not counted again.
    const counting = counted && domainOf(node) === Domain.Any && tally?.counted[i] !== 1 ? reported : undefined;
    const tallied = tally?.tallies[i];
    const found = tallied
      ? percentTallyIssues(node, values[i] as Float64Array, list, tallied)
      : percentColumnIssues(node, values[i] as Float64Array, list, counting);
    for (const issue of found) issues.push(issue);
    for (const issue of beyond[i] as DtiIssue[]) issues.push(issue);
  }
  for (const issue of unreportedIndicators(read)) issues.push(issue);
  for (const issue of nothingToEstimate(plan, list, values)) issues.push(issue);
  unitsWithoutData(read, reported);
  if (n === 0) issues.push(NO_UNITS);
  return { success: true, warnings: issues, data: preparedOf(read, reported, rows) };
}

/** `units` and each unit frozen, in place. */
function frozenUnits(units: readonly PreparedUnit[]): readonly PreparedUnit[] {
  for (const unit of units) Object.freeze(unit);
  return Object.freeze(units);
}

/**
 * The prepared dataset of what was read and checked: units as columns, and as objects only when read
 * (`units`), which the reader of rows already made.
 */
function preparedOf(read: Finishing, reported: Int32Array, rows: readonly PreparedUnit[] | undefined): PreparedDataset {
  const { plan, columns, values, issues } = read;
  let units = rows && frozenUnits(rows);
  // Scoring reads the columns, and `units` and `unitIndex` are made from them once: an assignment into
  // either throws a TypeError instead of being half ignored (a unit set `ranked = false` still ranked,
  // a renamed id no longer found by the index), as a checked framework is frozen.
  for (const column of [columns.ids, columns.names, columns.parents, columns.peerGroups, columns.ranked])
    if (column) Object.freeze(column);
  return {
    kind: 'dti-prepared-dataset',
    framework: plan.framework,
    period: read.period,
    ids: columns.ids,
    names: columns.names,
    parents: columns.parents,
    peerGroups: columns.peerGroups,
    ranked: columns.ranked,
    populations: columns.populations,
    get units() {
      units ??= frozenUnits(unitsOf(columns));
      return units;
    },
    unitIndex: read.unitIndex,
    values,
    indicatorIds: plan.indicators.map((i) => i.node.id),
    reported,
    counted: assessed(plan, values, columns.ids.length),
    warnings: issues,
  };
}
