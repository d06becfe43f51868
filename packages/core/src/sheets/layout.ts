import { ownValue, setOwn } from '../keyed-by-id.js';
import type { Dataset } from '../schema/dataset.js';
import type { Framework } from '../schema/framework.js';
import type { CellLocation, DtiIssue } from '../validate/issue.js';
import { storeCell } from './cell-value.js';
import { readableRows } from './data-merges.js';
import { duplicateColumns } from './duplicate-columns.js';
import {
  type ColumnRole,
  cellText,
  clip,
  findHeader,
  HEADER_SEARCH_ROWS,
  metaColumn,
  targetOf,
  vocabulary,
} from './headers.js';
import { missingColumns, type UnclaimedHeader } from './missing-columns.js';
import { numberLocale, type ParseValueOptions } from './parse-value.js';
import type { Cell, Sheet } from './sheet.js';
import { SheetIssues } from './sheet-issues.js';
import { StrayCells } from './stray-cells.js';
import { type UnitRows, unitOfRow } from './unit-row.js';

/** Options of {@link sheetToDataset}. */
export interface SheetToDatasetOptions extends ParseValueOptions {
  /** `wide` (a row per unit), `long` (unit, indicator, value) or `auto` (default: decided by the headers). */
  layout?: 'wide' | 'long' | 'auto';
  period?: string;
  /** Called every 500 rows with the rows read so far and the total, for progress bars. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Refuse what is only suspicious by default: a `%` value outside 0–100 (`suspicious-value`) and an
   * indicator with no column (`missing-column`) become errors instead of warnings.
   */
  strict?: boolean;
}

/** A dataset read from a sheet, every problem found, and where each unit and value came from. */
export interface SheetDataset {
  dataset: Dataset;
  issues: DtiIssue[];
  /** The sheet row (1-based) of each unit, in dataset order. */
  rows: number[];
  /** The cell a unit's value came from, by unit position and indicator or field id. */
  locate(unit: number, key: string): CellLocation | undefined;
}

/**
 * Reads a sheet (from {@link readCsv} or {@link readXlsx}) into a dataset for a framework.
 *
 * - Wide layout: a row per unit, a column per indicator or raw field. Long layout: one row per unit,
 *   indicator and value.
 * - Headers are matched by indicator or field id, or by Vietnamese or English label, ignoring case,
 *   diacritics, punctuation and a trailing unit in brackets. The header row is found among the first
 *   ten rows (rows above it, such as merged group headings, are skipped). Unit columns: `Mã`/`id`,
 *   `Tên đơn vị`/`Đơn vị`, `Cấp trên`, `Nhóm`, `Dân số`; a unit without an id gets one from its name.
 * - Cells are read with {@link parseValue}: "97,8%", "2.528", "10/21" (times 100 for a `%` indicator),
 *   "trên 75%" (the bound, with a warning), "có/không"; "#DIV/0!" and other formula errors are missing
 *   values, with a warning.
 * - Nothing is dropped silently: the reader's own issues (`sheet.issues`) come first, then every
 *   unreadable cell, unknown column, skipped total row, bound, `%` value outside 0–100, and every
 *   indicator of the framework that no column gives a value for, with the nearest unclaimed header as
 *   a suggestion. Cell issues name the sheet, row, column and its header, the text found and why.
 * - An unknown `locale` throws a `DtiError`.
 *
 * @example
 * const { dataset, issues } = sheetToDataset(readCsv(text), framework);
 */
export function sheetToDataset(sheet: Sheet, framework: Framework, options: SheetToDatasetOptions = {}): SheetDataset {
  const locale = numberLocale(options.locale);
  const names = vocabulary(framework);
  const header = findHeader(sheet.rows, names, options.layout ?? 'auto');
  const issues = new SheetIssues(sheet.name, header.cells, options.strict === true);
  issues.addFromReader(sheet.issues);
  if (header.row < 0 || (!header.roles.some((r) => r.kind === 'value') && !header.long)) {
    issues.add({
      severity: 'error',
      code: 'no-header',
      path: [],
      message: `${sheet.name}: no header row names an indicator or field of framework "${framework.id}" (looked at the first ${Math.min(HEADER_SEARCH_ROWS, sheet.rows.length)} rows)`,
    });
    return { dataset: { units: [] }, issues: issues.list, rows: [], locate: () => undefined };
  }
  const { roles, duplicates } = duplicateColumns(header.row, header.cells, header.roles, issues);
  header.roles = roles;
  const unclaimed = unknownColumns(header.row, header.cells, header.roles, issues, framework.id, duplicates);
  const rows = readableRows(sheet.rows, sheet.merges, header.row, header.roles, issues);
  // Lines split by another delimiter are short rows the reader has already refused.
  const mixed = sheet.issues?.some((i) => i.detail === 'mixed-delimiters') === true;
  const stray = new StrayCells(sheet.name, header.cells, issues, sheet.lines, !mixed);

  const units: UnitRows = { byId: new Map(), order: [], rows: [] };
  const cells = new Map<string, CellLocation>();
  const present = new Set<string>();
  const keyCol = metaColumn(header.roles, 'indicatorKey');
  const valueCol = metaColumn(header.roles, 'value');
  if (!header.long) for (const role of header.roles) if (role.kind === 'value') present.add(role.target.id);
  const unknownKeys: UnclaimedHeader[] = [];

  for (let r = header.row + 1; r < rows.length; r++) {
    if (options.onProgress && (r - header.row) % 500 === 0)
      options.onProgress(r - header.row, rows.length - header.row - 1);
    const row = rows[r] ?? [];
    // A row numbered in its STT column but otherwise blank (as a fresh template has) holds no unit.
    const ordinal = (c: number) => {
      const role = header.roles[c];
      return role?.kind === 'meta' && role.meta === 'ordinal';
    };
    if (row.every((cell, c) => cell === null || cellText(cell).trim() === '' || ordinal(c))) continue;
    stray.check(r, row);
    const record = unitOfRow(units, r, row, header.roles, issues, { long: header.long, locale, sheet: sheet.name });
    if (!record) continue;
    const index = units.byId.get(record.id)?.index;
    const store = (target: NonNullable<ReturnType<typeof targetOf>>, c: number) => {
      const key = `${index}|${target.id}`;
      const earlier = header.long ? cells.get(key) : undefined;
      const before = earlier ? ownValue(record.values, target.id) : undefined;
      const location = storeCell({ record, target, cell: row[c], row: r, column: c }, issues, locale);
      if (!location) return;
      if (!earlier) {
        cells.set(key, location);
        return;
      }
      // The same unit and indicator on two rows: keep the first, and say so when they differ.
      const after = ownValue(record.values, target.id);
      setOwn(record.values, target.id, before as NonNullable<typeof before>);
      if (after !== before) issues.add(twice(record.id, target.id, earlier, location, before, after));
    };
    if (!header.long) {
      header.roles.forEach((role, c) => {
        if (role.kind === 'value') store(role.target, c);
      });
      continue;
    }
    const key = cellText(row[keyCol]).trim();
    const target = targetOf(key, names);
    if (!target) {
      issues.add({
        severity: 'error',
        code: 'unknown-indicator',
        path: [],
        unit: record.id,
        indicator: key,
        message: `${issues.where(r, keyCol)}: "${key}" is neither an indicator nor a field of "${framework.id}"`,
        cell: issues.at(r, keyCol, row[keyCol]),
      });
      if (key && unknownKeys.length < 500) unknownKeys.push({ text: key, cell: issues.at(r, keyCol, row[keyCol]) });
      continue;
    }
    present.add(target.id);
    store(target, valueCol);
  }

  for (const issue of missingColumns(
    framework,
    present,
    header.long ? unknownKeys : unclaimed,
    header.long ? 'row' : 'column',
  ))
    issues.add(issue);
  const dataset: Dataset = {
    units: units.order.map((id) => (units.byId.get(id) as { record: Dataset['units'][number] }).record),
  };
  stray.finish(header.row);
  if (options.period) dataset.period = options.period;
  return { dataset, issues: issues.list, rows: units.rows, locate: (unit, key) => cells.get(`${unit}|${key}`) };
}

/** Warns about header cells that name nothing of the framework; they are the suggestions for missing columns. */
function unknownColumns(
  row: number,
  cells: readonly Cell[],
  roles: readonly ColumnRole[],
  issues: SheetIssues,
  frameworkId: string,
  duplicates: ReadonlySet<number>,
): UnclaimedHeader[] {
  const unclaimed: UnclaimedHeader[] = [];
  roles.forEach((role, c) => {
    const h = cellText(cells[c]).trim();
    if (role.kind !== 'unknown' || !h || duplicates.has(c)) return;
    const cell = issues.at(row, c, cells[c]);
    issues.add({
      severity: 'warning',
      code: 'unknown-column',
      path: [],
      message: `${issues.where(row, c)}: column "${clip(h)}" matches no indicator or field of "${frameworkId}"; it is ignored`,
      cell,
    });
    unclaimed.push({ text: clip(h), cell });
  });
  return unclaimed;
}

/** The error for one unit and indicator given twice with different values, naming both rows. */
function twice(
  unit: string,
  indicator: string,
  first: CellLocation,
  second: CellLocation,
  before: unknown,
  after: unknown,
): DtiIssue {
  return {
    severity: 'error',
    code: 'duplicate-value',
    path: [],
    unit,
    indicator,
    value: { row: first.row, text: first.text },
    message: `${second.sheet}!${second.column}${second.row}: unit "${unit}", indicator "${indicator}" is given twice, ${JSON.stringify(before)} in row ${first.row} and ${JSON.stringify(after)} in row ${second.row}; which one is right is unclear: keep one row (row ${first.row} is read)`,
    cell: second,
  };
}
