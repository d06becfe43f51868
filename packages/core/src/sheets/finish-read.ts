import { compile } from '../plan/compile.js';
import type { ColumnarDataset } from '../schema/columnar.js';
import type { Dataset } from '../schema/dataset.js';
import type { Formula, Framework } from '../schema/framework.js';
import { type ColumnarPaths, prepareColumnar, type UnitsHandOff } from '../validate/columnar.js';
import { type PreparedDataset, validateDataset } from '../validate/dataset.js';
import { ensureFramework } from '../validate/ensure.js';
import { formulaInputText } from '../validate/formula-input-text.js';
import type { DtiIssue, SafeResult } from '../validate/issue.js';
import { isStrictKind, strictly } from '../validate/strict.js';
import { atFormulaInputs, formulasOf } from './formula-cells.js';
import type { SheetDataset } from './layout.js';
import type { ReadResult } from './read.js';
import type { SheetDatasetRead } from './sheet-reader.js';
import { atUnitCell, unitField } from './unit-cells.js';

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
  const result: ReadResult = { dataset, ...validateRead(dataset, sheetIssues, framework, sheet, strict) };
  if (sheet) result.cellOf = (u, key) => sheet.cellOf(u, key);
  return result;
}

/**
 * Validates a sheet as the reader read it: straight from its columns when it was read into columns (a
 * wide sheet), so no record per unit is built unless asked for; from its records otherwise.
 *
 * @example const result = finishRead(reader.finish(true), issues, framework, undefined, false);
 */
export function finishRead(
  read: SheetDatasetRead,
  issues: DtiIssue[],
  framework: Framework,
  period: string | undefined,
  strict: boolean | undefined,
): ReadResult {
  const { columns } = read;
  if (!columns) return finish(read.dataset, issues, framework, read, strict);
  const columnar = columns.columnar(period);
  // A value validation would refuse (not finite) is refused in the words of the records it names.
  const checked = columns.plain
    ? validateRead(columnar, issues, framework, read, strict, read.handOff)
    : validateRead(read.dataset, issues, framework, read, strict);
  return {
    get dataset() {
      return read.dataset;
    },
    columnar,
    ...checked,
    cellOf: (u, key) => read.cellOf(u, key),
  };
}

/** The paths of the rows a sheet's columns were read from: issues name the same places either way. */
const ROW_PATHS: ColumnarPaths = { id: (u) => ['units', u, 'id'], value: (u, id) => ['units', u, 'values', id] };

/**
 * Validates a sheet's units, given as records or as the columns a reader built from its rows (their
 * issues are then about the same rows, in the same words), and locates each issue as {@link finish}.
 * `handOff`: with columns, the reader's index of their ids, taken over by validation.
 *
 * @example const { prepared, issues } = validateRead(columns.columnar(), read.issues, framework, read, false);
 */
export function validateRead(
  input: Dataset | ColumnarDataset,
  sheetIssues: DtiIssue[],
  framework: Framework,
  sheet: SheetDataset | undefined,
  strict: boolean | undefined,
  handOff?: UnitsHandOff,
): Omit<ReadResult, 'dataset'> {
  // Errors only because of `strict` do not stop validation: its findings (a ratio over 100 %) are said
  // too, as without `strict`, where they would otherwise be missing from the stricter report.
  if (sheetIssues.some((i) => i.severity === 'error' && !(strict && isStrictKind(i)))) return { issues: sheetIssues };
  const validated = validate(framework, input, handOff);
  let formulas: Map<string, Formula> | undefined;
  const located = (validated.success ? validated.warnings : validated.issues).map((issue): DtiIssue => {
    const [units, u, values, key] = issue.path;
    if (!sheet || units !== 'units' || typeof u !== 'number') return issue;
    const field = unitField(values);
    const atUnit = field && atUnitCell(issue, u, field, sheet);
    if (atUnit) return atUnit;
    const cell = values === 'values' && typeof key === 'string' ? sheet.locate(u, key) : undefined;
    const row = sheet.rows[u];
    const column = cell?.header ? ` (column "${cell.header}")` : '';
    // A Vietnamese message written where the issue was found is located the same way as the English one.
    const vi = issue.messageVi;
    if (cell) {
      const at = `${cell.sheet}!${cell.column}${cell.row}: `;
      const located: DtiIssue = { ...issue, cell, message: `${at}${issue.message}${column}` };
      if (vi !== undefined) located.messageVi = `${at}${vi}${cell.header ? ` (cột "${cell.header}")` : ''}`;
      return located;
    }
    // A computed indicator has no cell of its own: its issue is said at the cells its formula read.
    formulas ??= formulasOf(framework);
    const atInputs = atFormulaInputs(issue, u, sheet, formulas);
    if (atInputs?.cell && atInputs.inputs && vi !== undefined) {
      const { cell: at, inputs } = atInputs;
      atInputs.messageVi = `${at.sheet}!${at.column}${at.row}${at.header ? ` (cột "${at.header}")` : ''}: ${vi}; tính từ ${formulaInputText(inputs, 'vi')}`;
    }
    if (atInputs) return atInputs;
    if (row === undefined) return issue;
    return {
      ...issue,
      message: `row ${row}: ${issue.message}`,
      ...(vi !== undefined && { messageVi: `dòng ${row}: ${vi}` }),
    };
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

function validate(
  framework: Framework,
  input: Dataset | ColumnarDataset,
  handOff: UnitsHandOff | undefined,
): SafeResult<PreparedDataset> {
  if (!('ids' in input)) return validateDataset(framework, input);
  const checked = ensureFramework(framework);
  if (!checked.success) return checked;
  return prepareColumnar(compile(checked.data), input, ROW_PATHS, handOff);
}
