import type { Indicator } from '../schema/framework.js';
import { clip, type DtiIssue, indicatorHead, showValue } from './issue.js';
import { outOfRangePercent } from './suspicious-value.js';

/** The units of a column, of which only the id of one named in a warning is read: an array of units, or a list made on demand. */
type UnitIds = { at(u: number): { id: string } | undefined };

/**
 * Checks the values of a `%` indicator, whatever the data came from (a sheet, JSON, code): a value
 * outside 0–100 is almost always a slip (2528 for 25.28) that goalposts would cap without a word, and a
 * column whose values all lie between 0 and 1 was most likely written as fractions (0.978 for 97.8 %),
 * which would score as under 1 %, as would one such value among percentages above 1 (0.95 beside 90).
 * All are warnings (errors under `strict` where the reader applies it), naming the unit, the indicator
 * and the value. Given `reported`, adds 1 for each unit with a value, so validation needs no other
 * pass over the column to count coverage. `units` are the column's units, whose id is read only for a
 * unit named in a warning.
 *
 * @example percentColumnIssues(indicator, Float64Array.of(0.978, 0.5), [{ id: 'a' }, { id: 'b' }])
 * // → [{ code: 'suspicious-value', detail: 'fractions', … }]
 */
export function percentColumnIssues(
  indicator: Indicator,
  column: Float64Array,
  units: UnitIds,
  reported?: Int32Array,
): DtiIssue[] {
  if (indicator.unit !== '%') return [];
  const issues: DtiIssue[] = [];
  const warn = warner(indicator, units, issues);
  let present = 0;
  let largest = Number.NEGATIVE_INFINITY;
  // One pass: the first LISTED values between 0 and 1 are remembered, in case larger ones follow.
  const fractionsAt = new Int32Array(LISTED);
  let fractions = 0;
  for (let u = 0; u < column.length; u++) {
    const v = column[u] as number;
    if (Number.isNaN(v)) continue;
    present++;
    if (reported) reported[u] = (reported[u] as number) + 1;
    if (v > largest) largest = v;
    if (v > 0 && v < 1) {
      if (fractions < LISTED) fractionsAt[fractions] = u;
      fractions++;
    }
    if (v >= 0 && v <= 100) continue; // the common case: no text built for a million values in range
    const odd = outOfRangePercent(indicator, v, String(v), 'en');
    if (odd) warn(u, v, `${showValue(v)} is outside 0–100 %; ${odd.consequence}`, odd.outcome);
  }
  columnVerdict(indicator, column, { present, largest, fractionsAt, fractions }, warn, issues);
  return issues;
}

/**
 * What a pass over a `%` column finds that no single value says: how many values it has, the largest,
 * and how many lie between 0 and 1 (0 < v < 1), with the positions of the first {@link LISTED}.
 *
 * @example { present: 3, largest: 97.8, fractionsAt: Int32Array.of(1, 0, …), fractions: 1 }
 */
export interface PercentTally {
  present: number;
  largest: number;
  /** The positions of the first {@link LISTED} values between 0 and 1, in column order. */
  fractionsAt: Int32Array;
  fractions: number;
}

/**
 * {@link percentColumnIssues} for a `%` column a reader tallied while writing it, in which no value
 * lies outside 0–100: the same issues, without another pass over the column. Counts no coverage.
 *
 * @example percentTallyIssues(indicator, column, units, { present: 2, largest: 0.9, fractionsAt, fractions: 2 })
 * // → [{ code: 'suspicious-value', detail: 'fractions', … }]
 */
export function percentTallyIssues(
  indicator: Indicator,
  column: Float64Array,
  units: UnitIds,
  tally: PercentTally,
): DtiIssue[] {
  if (indicator.unit !== '%') return [];
  const issues: DtiIssue[] = [];
  columnVerdict(indicator, column, tally, warner(indicator, units, issues), issues);
  return issues;
}

type Warn = (u: number, v: number, tail: string, detail: string) => void;

/**
 * Adds a warning about unit `u`'s value `v` to `issues`. Its message is the unit, the column's head and
 * the value's own words: a large dataset can give thousands, written in as few pieces as the words allow.
 */
function warner(indicator: Indicator, units: UnitIds, issues: DtiIssue[]): Warn {
  let head: string | undefined;
  return (u, v, tail, detail) => {
    head ??= indicatorHead(indicator.id);
    const unit = (units.at(u) as { id: string }).id;
    issues.push({
      severity: 'warning',
      code: 'suspicious-value',
      message: `unit "${clip(unit)}${head}${tail}`,
      path: ['units', u, 'values', indicator.id],
      unit,
      indicator: indicator.id,
      value: v,
      detail,
    });
  };
}

/** The warnings about a whole column: fractions among percentages, or a column of fractions. */
function columnVerdict(
  indicator: Indicator,
  column: Float64Array,
  tally: PercentTally,
  warn: Warn,
  issues: DtiIssue[],
) {
  const { present, largest, fractionsAt, fractions } = tally;
  const example = fractions > 0 ? (column[fractionsAt[0] as number] as number) : Number.NaN;
  if (largest > 1) fractionsAmongPercentages(indicator, column, fractionsAt, fractions, warn, issues);
  // Two values at least: one unit at 0.5 % is plausible, a whole column under 1 % is not.
  if (present >= 2 && largest <= 1 && !Number.isNaN(example)) issues.push(allFractions(indicator, example));
}

/**
 * Beside percentages above 1, a value under 1 is most likely a fraction (0.95 for 95 %) that would
 * score as under 1 %: name each one, as the whole-column check cannot fire. The first LISTED units
 * are named one by one; the rest are counted in one more warning, so a large dataset gets a readable
 * list (and does not spend its time writing thousands of messages).
 */
function fractionsAmongPercentages(
  indicator: Indicator,
  column: Float64Array,
  fractionsAt: Int32Array,
  found: number,
  warn: Warn,
  issues: DtiIssue[],
): void {
  for (let k = 0; k < Math.min(found, LISTED); k++) {
    const u = fractionsAt[k] as number;
    const v = column[u] as number;
    warn(u, v, fractionTail(v), 'fraction-among-percentages');
  }
  if (found > LISTED)
    issues.push({
      severity: 'warning',
      code: 'suspicious-value',
      detail: 'fraction-among-percentages',
      path: ['units'],
      indicator: indicator.id,
      value: found - LISTED,
      labels: { [indicator.id]: indicator.label.vi },
      message: `indicator "${indicator.label.vi}" (${indicator.id}): ${found - LISTED} more units have a value between 0 and 1, each read as written (under 1 %) and scored so, although the other values of this % column are above 1: most likely fractions meaning percentages; if so, write them as percentages`,
    });
}

/** The warning for a % column whose values all lie between 0 and 1, most likely fractions; `example` is the first. */
function allFractions(indicator: Indicator, example: number): DtiIssue {
  return {
    severity: 'warning',
    code: 'suspicious-value',
    detail: 'fractions',
    path: ['units'],
    indicator: indicator.id,
    value: example,
    labels: { [indicator.id]: indicator.label.vi },
    message: `every value of indicator "${indicator.label.vi}" (${indicator.id}) lies between 0 and 1, in a % column: if they are fractions, write them as percentages (${example} = ${asPercent(example)} %); as they stand, ${example} is read as ${example} %`,
  };
}

/**
 * The words after the indicator of the warning for a fraction among percentages, by value: the same
 * few values (0.5, 0.95) recur in column after column, and their words are written once.
 */
const FRACTION_TAILS = new Map<number, string>();

function fractionTail(v: number): string {
  let tail = FRACTION_TAILS.get(v);
  if (tail === undefined) {
    tail = `${showValue(v)} is read as ${v} %, as written, and scored so, although the other values of this % column are above 1: it is most likely a fraction meaning ${asPercent(v)} %; if so, write ${asPercent(v)}`;
    // Bounded: a dataset of ever new fractions keeps no more than a page of them.
    if (FRACTION_TAILS.size >= 256) FRACTION_TAILS.clear();
    FRACTION_TAILS.set(v, tail);
  }
  return tail;
}

/** How many units of one indicator are named one by one before the rest are counted. */
export const LISTED = 20;

/** A fraction as a percentage, without float noise: 0.95 → 95, 0.978 → 97.8. */
const asPercent = (fraction: number) => Math.round(fraction * 1e6) / 1e4;
