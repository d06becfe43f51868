// The problems of a file as the playground lists them: each with the unit (its name as the file writes
// it), the indicator (its label), the cell and the column header of the user's file, the value, and
// the core's own message in the reader's language.
import {
  type Dataset,
  type DtiIssue,
  type Framework,
  type FrameworkNode,
  formatIssue,
  type PreparedDataset,
} from '@dti-kit/core';
import { type ReadResult, readDataset } from '@dti-kit/core/sheets';

/** One problem, ready to show. */
export interface ProblemRow {
  severity: DtiIssue['severity'];
  code: DtiIssue['code'];
  /** `Xã Mỹ Hà (xa-00003)`, or the id alone when the file gives no name. */
  unit?: string;
  /** The indicator's label in the reader's language. */
  indicator?: string;
  /** `so-lieu.csv!E4`. */
  cell?: string;
  /** The header of the cell's column, as the file writes it. */
  header?: string;
  /** The text of the cell as written, else the value read. */
  value?: string;
  /** The core's message, translated. */
  message: string;
}

function labels(framework: Framework, locale: 'vi' | 'en'): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (node: FrameworkNode) => {
    out.set(node.id, locale === 'en' ? (node.label.en ?? node.label.vi) : node.label.vi);
    if (node.kind === 'group') for (const child of node.children) visit(child);
  };
  visit(framework.root);
  for (const field of framework.fields ?? [])
    out.set(field.id, locale === 'en' ? (field.label.en ?? field.label.vi) : field.label.vi);
  return out;
}

function shown(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return `“${value}”`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return undefined;
}

/**
 * The rows to show for a file's issues.
 *
 * @example problemRows(read.issues, read.dataset, framework, 'vi')[0].unit // 'Xã Mỹ Hà (xa-00003)'
 */
export function problemRows(
  issues: readonly DtiIssue[],
  dataset: Dataset,
  framework: Framework,
  locale: 'vi' | 'en',
): ProblemRow[] {
  const names = new Map<string, string>();
  for (const u of dataset.units) if (typeof u.name === 'string') names.set(u.id, u.name);
  const label = labels(framework, locale);
  return issues.map((issue) => {
    const row: ProblemRow = { severity: issue.severity, code: issue.code, message: formatIssue(issue, locale) };
    if (issue.unit !== undefined) {
      const name = names.get(issue.unit);
      row.unit = name && name !== issue.unit ? `${name} (${issue.unit})` : issue.unit;
    }
    if (issue.indicator !== undefined) row.indicator = label.get(issue.indicator) ?? issue.indicator;
    if (issue.cell) {
      row.cell = `${issue.cell.sheet}!${issue.cell.column}${issue.cell.row}`;
      if (issue.cell.header) row.header = issue.cell.header;
      row.value = `“${issue.cell.text}”`;
    } else if (issue.unit !== undefined) {
      const value = shown(issue.value);
      if (value !== undefined) row.value = value;
    }
    return row;
  });
}

/** The rest of a dataset when its only errors are bad cells, and the units those cells belong to. */
export interface WithoutBadCells {
  prepared: PreparedDataset;
  /** How many cells were left out. */
  cells: number;
  /** Ids of the units that lost a cell. */
  units: string[];
}

/**
 * When every error is one bad cell (a unit and an indicator), the data without those cells, so the rest
 * of the table can be seen while the errors stay listed; otherwise undefined (no table).
 *
 * @example withoutBadCells(readDataset(bytes, framework), framework)?.units // ['xa-00003']
 */
export function withoutBadCells(read: ReadResult, framework: Framework): WithoutBadCells | undefined {
  const bad = read.issues.filter((i) => i.severity === 'error');
  if (!bad.length || !bad.every((i) => i.unit !== undefined && i.indicator !== undefined)) return undefined;
  const cells = new Set(bad.map((i) => `${i.unit}\u0000${i.indicator}`));
  const units = read.dataset.units.map((u) => ({
    ...u,
    values: Object.fromEntries(Object.entries(u.values ?? {}).filter(([k]) => !cells.has(`${u.id}\u0000${k}`))),
  }));
  const prepared = readDataset({ ...read.dataset, units }, framework).prepared;
  if (!prepared) return undefined;
  return { prepared, cells: cells.size, units: [...new Set(bad.map((i) => i.unit as string))] };
}
