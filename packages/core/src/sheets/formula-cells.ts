import { evaluateFormula, formulaInputs } from '../schema/formula.js';
import type { Formula, Framework } from '../schema/framework.js';
import { walkFramework } from '../schema/walk.js';
import { formulaInputText } from '../validate/formula-input-text.js';
import type { DtiIssue } from '../validate/issue.js';
import type { SheetDataset } from './layout.js';
import type { SheetDatasetRead } from './sheet-reader.js';

/**
 * What unit `u` gave for a field, read from the columns when the sheet was read into columns: asking
 * `dataset` would build a record for every unit of the file to read one value.
 */
function valueGiven(sheet: SheetDataset, u: number, field: string): unknown {
  const { columns } = sheet as Partial<SheetDatasetRead>;
  return columns ? columns.valueOf(u, field) : sheet.dataset.units[u]?.values[field];
}

/** One input of a computed indicator as the sheet gave it: its cell, and the number read there. */
type InputCell = NonNullable<DtiIssue['inputs']>[number];

/**
 * The formula of each computed indicator of a framework, by indicator id.
 *
 * @example formulasOf(framework).get('dung-han') // → { type: 'ratio', numerator: 'ho-so-dung-han', … }
 */
export function formulasOf(framework: Framework): Map<string, Formula> {
  const formulas = new Map<string, Formula>();
  walkFramework(framework.root, (node) => {
    if (node.kind === 'indicator' && node.formula) formulas.set(node.id, node.formula);
  });
  return formulas;
}

/**
 * The input whose value made the formula fail: a zero denominator, else a negative input (a
 * negative count gives a negative share), else the first.
 */
function culprit(formula: Formula, inputs: readonly InputCell[]): InputCell {
  if (formula.type !== 'sum' && inputs[1]?.value === 0) return inputs[1];
  return inputs.find((i) => i.value < 0) ?? (inputs[0] as InputCell);
}

/**
 * A validation issue about a computed indicator, which has no cell of its own in the sheet, located at
 * the cells of the fields its formula read: the issue's `cell` is the input that caused it (a zero
 * denominator, a negative count), `inputs` lists every input cell with its value, which the message
 * names (the Vietnamese one too, through `formatIssue`). Undefined
 * when the issue is not about a computed indicator, or the sheet did not give all its inputs.
 *
 * @example
 * // 'Số liệu!D2 (column "Số hồ sơ tiếp nhận"): unit "xa-mot", indicator "dung-han": … the indicator is
 * //  treated as missing; computed from Số liệu!C2 "Số hồ sơ đúng hạn" = 5, Số liệu!D2 "Số hồ sơ tiếp nhận" = 0'
 * atFormulaInputs(issue, 0, sheet, formulasOf(framework))?.message
 */
export function atFormulaInputs(
  issue: DtiIssue,
  u: number,
  sheet: SheetDataset,
  formulas: ReadonlyMap<string, Formula>,
): DtiIssue | undefined {
  const formula = issue.indicator === undefined ? undefined : formulas.get(issue.indicator);
  if (!formula) return undefined;
  const inputs: InputCell[] = [];
  for (const field of formulaInputs(formula)) {
    const cell = sheet.locate(u, field);
    const value = cell && valueGiven(sheet, u, field);
    if (!cell || typeof value !== 'number') return undefined;
    inputs.push({ cell, value });
  }
  // The inputs located must be the ones the formula read: a value reported directly wins over them.
  const computed = evaluateFormula(
    formula,
    inputs.map((i) => i.value),
  );
  const said = issue.code === 'undefined-ratio' ? !Number.isFinite(computed) : Object.is(computed, issue.value);
  if (!said) return undefined;
  const { cell } = culprit(formula, inputs);
  const column = cell.header ? ` (column "${cell.header}")` : '';
  return {
    ...issue,
    cell,
    inputs,
    message: `${cell.sheet}!${cell.column}${cell.row}${column}: ${issue.message}; computed from ${formulaInputText(inputs, 'en')}`,
  };
}
