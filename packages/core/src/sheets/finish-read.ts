import { compile } from '../plan/compile.js';
import type { ColumnarDataset } from '../schema/columnar.js';
import type { Dataset } from '../schema/dataset.js';
import type { Formula, Framework } from '../schema/framework.js';
import { type ColumnarPaths, prepareColumnar } from '../validate/columnar.js';
import { type PreparedDataset, validateDataset } from '../validate/dataset.js';
import { ensureFramework } from '../validate/ensure.js';
import type { DtiIssue, SafeResult } from '../validate/issue.js';
import { strictly } from '../validate/strict.js';
import { atFormulaInputs, formulasOf } from './formula-cells.js';
import type { SheetDataset } from './layout.js';
import type { ReadResult } from './read.js';

/**
 * Validates what a sheet gave and puts each issue validation finds at the cell its value came from.
 * What the sheet already said with its cell and header is not said again.
 *
 * @example const result = finish(read.dataset, read.issues, framework, read, false);
 */
export function finish(
  dataset: Dataset,
  sheetIssues: DtiIssue[],
  framework: Framework,
  sheet: SheetDataset | undefined,
  strict: boolean | undefined,
): ReadResult {
  return { dataset, ...validateRead(dataset, sheetIssues, framework, sheet, strict) };
}

/** The paths of the rows a sheet's columns were read from: issues name the same places either way. */
const ROW_PATHS: ColumnarPaths = { id: (u) => ['units', u, 'id'], value: (u, id) => ['units', u, 'values', id] };

/**
 * Validates a sheet's units, given as records or as the columns a reader built from its rows (their
 * issues are then about the same rows, in the same words), and locates each issue as {@link finish}.
 *
 * @example const { prepared, issues } = validateRead(columns.columnar(), read.issues, framework, read, false);
 */
export function validateRead(
  input: Dataset | ColumnarDataset,
  sheetIssues: DtiIssue[],
  framework: Framework,
  sheet: SheetDataset | undefined,
  strict: boolean | undefined,
): Omit<ReadResult, 'dataset'> {
  if (sheetIssues.some((i) => i.severity === 'error')) return { issues: sheetIssues };
  const validated = validate(framework, input);
  let formulas: Map<string, Formula> | undefined;
  const located = (validated.success ? validated.warnings : validated.issues).map((issue): DtiIssue => {
    const [units, u, values, key] = issue.path;
    if (!sheet || units !== 'units' || typeof u !== 'number') return issue;
    const cell = values === 'values' && typeof key === 'string' ? sheet.locate(u, key) : undefined;
    const row = sheet.rows[u];
    const column = cell?.header ? ` (column "${cell.header}")` : '';
    if (cell) return { ...issue, cell, message: `${cell.sheet}!${cell.column}${cell.row}: ${issue.message}${column}` };
    // A computed indicator has no cell of its own: its issue is said at the cells its formula read.
    formulas ??= formulasOf(framework);
    const atInputs = atFormulaInputs(issue, u, sheet, formulas);
    if (atInputs) return atInputs;
    return row === undefined ? issue : { ...issue, message: `row ${row}: ${issue.message}` };
  });
  // What the sheet already said with its cell and header is not said again: an indicator whose column
  // the sheet lacks (named with the nearest header), a % value out of range (with its likely reading).
  // Suspicious values are matched by kind too: the sheet's "1,000" and validation's "one fraction
  // among percentages" are different findings about a cell, each said once.
  const named = new Set(sheetIssues.filter((i) => i.code === 'missing-column').map((i) => i.indicator));
  const flag = (i: DtiIssue) => `${i.unit}\u0000${i.indicator}\u0000${i.detail}`;
  const flagged = new Set(sheetIssues.filter((i) => i.code === 'suspicious-value').map(flag));
  const again = (i: DtiIssue) =>
    (i.code === 'missing-column' && named.has(i.indicator)) || (i.code === 'suspicious-value' && flagged.has(flag(i)));
  const all = [...sheetIssues, ...located.filter((i) => !again(i))];
  const issues = strict ? strictly(all) : all;
  return validated.success && !issues.some((i) => i.severity === 'error')
    ? { prepared: validated.data, issues }
    : { issues };
}

function validate(framework: Framework, input: Dataset | ColumnarDataset): SafeResult<PreparedDataset> {
  if (!('ids' in input)) return validateDataset(framework, input);
  const checked = ensureFramework(framework);
  if (!checked.success) return checked;
  return prepareColumnar(compile(checked.data), input, ROW_PATHS);
}
