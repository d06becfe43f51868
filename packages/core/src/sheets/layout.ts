import type { Dataset, UnitRecord } from '../schema/dataset.js';
import type { Framework, FrameworkNode, Indicator } from '../schema/framework.js';
import type { CellLocation, DtiIssue } from '../validate/issue.js';
import { foldText, slugify } from './fold.js';
import { type ParsedValue, type ParseValueOptions, parseValue } from './parse-value.js';
import { type Cell, columnLetter, type Sheet } from './sheet.js';

/** Options of {@link sheetToDataset}. */
export interface SheetToDatasetOptions extends ParseValueOptions {
  /** `wide` (a row per unit), `long` (unit, indicator, value) or `auto` (default: decided by the headers). */
  layout?: 'wide' | 'long' | 'auto';
  period?: string;
  /** Called every 500 rows with the rows read so far and the total, for progress bars. */
  onProgress?: (done: number, total: number) => void;
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

type Meta = 'id' | 'name' | 'parent' | 'peerGroup' | 'population' | 'ranked' | 'ordinal' | 'indicatorKey' | 'value';

const META_HEADERS: Record<Meta, string[]> = {
  id: ['id', 'ma', 'ma don vi', 'ma dv', 'unit id', 'code', 'ma dinh danh'],
  name: [
    'ten',
    'ten don vi',
    'don vi',
    'name',
    'unit',
    'ten dia phuong',
    'dia phuong',
    'ten xa',
    'ten huyen',
    'ten tinh',
    'xa',
    'huyen',
    'tinh',
    'tinh thanh pho',
    'xa phuong thi tran',
    'co quan',
    'ten co quan',
    'don vi hanh chinh',
  ],
  parent: ['parent', 'cap tren', 'don vi cap tren', 'thuoc', 'truc thuoc', 'thuoc tinh', 'thuoc huyen'],
  peerGroup: ['peer group', 'peergroup', 'nhom', 'nhom xep hang', 'khoi'],
  population: ['population', 'dan so', 'so dan'],
  ranked: ['ranked', 'xep hang', 'tham gia xep hang'],
  ordinal: ['stt', 'tt', 'so thu tu', 'no'],
  indicatorKey: ['chi so', 'ma chi so', 'indicator', 'tieu chi', 'ma tieu chi', 'chi tieu'],
  value: ['gia tri', 'value', 'so lieu', 'ket qua', 'so lieu bao cao'],
};
const TOTAL_ROWS = new Set([
  'tong',
  'tong cong',
  'cong',
  'toan tinh',
  'toan huyen',
  'toan thanh pho',
  'trung binh',
  'total',
]);

interface Target {
  id: string;
  indicator?: Indicator;
}

function indicatorsOf(node: FrameworkNode, out: Indicator[] = []): Indicator[] {
  if (node.kind === 'indicator') out.push(node);
  else for (const child of node.children) indicatorsOf(child, out);
  return out;
}

/** Every folded name a column of this framework may go by: id, Vietnamese and English labels. */
function vocabulary(framework: Framework): Map<string, Target> {
  const names = new Map<string, Target>();
  const add = (key: string, target: Target) => {
    const folded = foldText(key);
    if (folded && !names.has(folded)) names.set(folded, target);
    // "Tỷ lệ hồ sơ trực tuyến (%)": also match without the unit in brackets.
    const bare = foldText(key.replace(/\s*[([][^)\]]*[)\]]\s*$/u, ''));
    if (bare && !names.has(bare)) names.set(bare, target);
  };
  for (const indicator of indicatorsOf(framework.root)) {
    const target = { id: indicator.id, indicator };
    for (const key of [indicator.id, indicator.label.vi, indicator.label.en ?? '']) add(key, target);
  }
  for (const field of framework.fields ?? [])
    for (const key of [field.id, field.label.vi, field.label.en ?? '']) add(key, { id: field.id });
  return names;
}

function metaOf(header: string): Meta | undefined {
  const folded = foldText(header);
  for (const [meta, names] of Object.entries(META_HEADERS) as [Meta, string[]][])
    if (names.includes(folded)) return meta;
  return undefined;
}

function text(cell: Cell): string {
  return cell === null ? '' : String(cell);
}

type ColumnRole = { kind: 'meta'; meta: Meta } | { kind: 'value'; target: Target } | { kind: 'unknown' };

function roles(header: readonly Cell[], names: Map<string, Target>): ColumnRole[] {
  return header.map((cell): ColumnRole => {
    const h = text(cell).trim();
    if (!h) return { kind: 'unknown' };
    const target = names.get(foldText(h)) ?? names.get(foldText(h.replace(/\s*[([][^)\]]*[)\]]\s*$/u, '')));
    if (target) return { kind: 'value', target };
    const meta = metaOf(h);
    return meta ? { kind: 'meta', meta } : { kind: 'unknown' };
  });
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
 *   "trên 75%" (the bound, with a warning), "có/không".
 * - Nothing is dropped silently: every unreadable cell, unknown column, skipped total row or bound is
 *   reported with sheet, row, column, the text found and why.
 *
 * @example
 * const { dataset, issues } = sheetToDataset(readCsv(text), framework);
 */
export function sheetToDataset(sheet: Sheet, framework: Framework, options: SheetToDatasetOptions = {}): SheetDataset {
  const issues: DtiIssue[] = [];
  const names = vocabulary(framework);
  const at = (row: number, col: number, cell: Cell) => ({
    sheet: sheet.name,
    row: row + 1,
    column: columnLetter(col),
    text: text(cell),
  });
  const where = (row: number, col: number) => `${sheet.name}!${columnLetter(col)}${row + 1}`;

  // The header row: the one among the first ten that names the most columns.
  let headerRow = -1;
  let best = 0;
  for (let r = 0; r < Math.min(10, sheet.rows.length); r++) {
    const rs = roles(sheet.rows[r] ?? [], names);
    const score = rs.filter((x) => x.kind !== 'unknown').length + rs.filter((x) => x.kind === 'value').length;
    if (score > best) {
      best = score;
      headerRow = r;
    }
  }
  const header = headerRow >= 0 ? (sheet.rows[headerRow] ?? []) : [];
  const columnRoles = roles(header, names);
  const hasValueColumns = columnRoles.some((r) => r.kind === 'value');
  const isLong =
    options.layout === 'long' ||
    (options.layout !== 'wide' &&
      !hasValueColumns &&
      columnRoles.some((r) => r.kind === 'meta' && r.meta === 'indicatorKey') &&
      columnRoles.some((r) => r.kind === 'meta' && r.meta === 'value'));
  if (headerRow < 0 || (!hasValueColumns && !isLong)) {
    issues.push({
      severity: 'error',
      code: 'no-header',
      path: [],
      message: `${sheet.name}: no header row names an indicator or field of framework "${framework.id}" (looked at the first ${Math.min(10, sheet.rows.length)} rows)`,
    });
    return { dataset: { units: [] }, issues, rows: [], locate: () => undefined };
  }
  columnRoles.forEach((role, c) => {
    const h = text(header[c] ?? null).trim();
    if (role.kind === 'unknown' && h)
      issues.push({
        severity: 'warning',
        code: 'unknown-column',
        path: [],
        message: `${where(headerRow, c)}: column "${h}" matches no indicator or field of "${framework.id}"; it is ignored`,
        cell: at(headerRow, c, header[c] ?? null),
      });
  });
  const metaColumn = (meta: Meta) => columnRoles.findIndex((r) => r.kind === 'meta' && r.meta === meta);
  const idCol = metaColumn('id');
  const nameCol = metaColumn('name');

  const byId = new Map<string, { record: UnitRecord; row: number; index: number }>();
  const cells = new Map<string, CellLocation>();
  const order: string[] = [];
  const rowOf: number[] = [];

  const unitOf = (r: number, row: readonly Cell[]): UnitRecord | undefined => {
    const name = nameCol >= 0 ? text(row[nameCol] ?? null).trim() : '';
    const rawId = idCol >= 0 ? text(row[idCol] ?? null).trim() : '';
    if (TOTAL_ROWS.has(foldText(name)) || TOTAL_ROWS.has(foldText(rawId))) {
      issues.push({
        severity: 'warning',
        code: 'skipped-row',
        path: [],
        message: `${sheet.name} row ${r + 1}: "${name || rawId}" looks like a total, not a unit; the row is skipped`,
        cell: at(r, nameCol >= 0 ? nameCol : idCol, row[nameCol >= 0 ? nameCol : idCol] ?? null),
      });
      return undefined;
    }
    const id = rawId || (name ? slugify(name) : '');
    if (!id) {
      issues.push({
        severity: 'error',
        code: 'missing-unit-id',
        path: [],
        message: `${sheet.name} row ${r + 1}: the row has values but neither a unit id nor a name`,
        cell: at(r, 0, row[0] ?? null),
      });
      return undefined;
    }
    const known = byId.get(id);
    if (known) {
      if (!isLong)
        issues.push({
          severity: 'error',
          code: 'duplicate-unit',
          path: [],
          unit: id,
          message: `${sheet.name} row ${r + 1}: unit "${id}" already appears in row ${known.row}`,
          cell: at(r, idCol >= 0 ? idCol : nameCol, row[idCol >= 0 ? idCol : nameCol] ?? null),
        });
      return isLong ? known.record : undefined;
    }
    const record: UnitRecord = { id, values: {} };
    if (name) record.name = name;
    for (const [meta, key] of [
      ['parent', 'parent'],
      ['peerGroup', 'peerGroup'],
    ] as const) {
      const c = metaColumn(meta);
      const v = c >= 0 ? text(row[c] ?? null).trim() : '';
      if (v) record[key] = v;
    }
    const popCol = metaColumn('population');
    if (popCol >= 0) {
      const parsed = readCell(row[popCol] ?? null);
      if (parsed.kind === 'number') record.population = parsed.value;
    }
    const rankedCol = metaColumn('ranked');
    if (rankedCol >= 0) {
      const parsed = readCell(row[rankedCol] ?? null);
      if (parsed.kind === 'boolean' && !parsed.value) record.ranked = false;
    }
    byId.set(id, { record, row: r + 1, index: order.length });
    order.push(id);
    rowOf.push(r + 1);
    return record;
  };

  function readCell(cell: Cell): ParsedValue {
    if (cell === null) return { kind: 'missing' };
    if (typeof cell === 'number') return { kind: 'number', value: cell, percent: false };
    if (typeof cell === 'boolean') return { kind: 'boolean', value: cell };
    return parseValue(cell, options);
  }

  const store = (record: UnitRecord, target: Target, cell: Cell, r: number, c: number) => {
    const parsed = readCell(cell);
    const location = at(r, c, cell);
    const problem = (reason: string, detail: string) =>
      issues.push({
        severity: 'error',
        code: 'unreadable-cell',
        detail,
        path: [],
        unit: record.id,
        indicator: target.id,
        value: location.text,
        message: `${where(r, c)}: "${location.text}" for unit "${record.id}", indicator "${target.id}": ${reason}`,
        cell: location,
      });
    if (parsed.kind === 'missing') return;
    if (parsed.kind === 'error') return problem(parsed.reason, parsed.problem);
    const yesNo = target.indicator?.method.type === 'yesNo';
    if (parsed.kind === 'boolean') {
      if (!yesNo && target.indicator) return problem('yes/no in a column that needs a number', 'yes-no-in-number');
      record.values[target.id] = parsed.value;
      cells.set(`${byId.get(record.id)?.index}|${target.id}`, location);
      return;
    }
    let value = parsed.value;
    if (parsed.share && target.indicator?.unit === '%') value *= 100;
    if (parsed.bound)
      issues.push({
        severity: 'warning',
        code: 'bound-value',
        detail: parsed.bound,
        path: [],
        unit: record.id,
        indicator: target.id,
        value: location.text,
        message: `${where(r, c)}: "${location.text}" is ${parsed.bound === 'lower' ? 'a lower' : 'an upper'} bound; ${value} is used as the value`,
        cell: location,
      });
    record.values[target.id] = value;
    cells.set(`${byId.get(record.id)?.index}|${target.id}`, location);
  };

  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    if (options.onProgress && (r - headerRow) % 500 === 0)
      options.onProgress(r - headerRow, sheet.rows.length - headerRow - 1);
    const row = sheet.rows[r] ?? [];
    if (row.every((cell) => cell === null || text(cell).trim() === '')) continue;
    const record = unitOf(r, row);
    if (!record) continue;
    if (isLong) {
      const keyCol = metaColumn('indicatorKey');
      const valueCol = metaColumn('value');
      const key = text(row[keyCol] ?? null).trim();
      const target = names.get(foldText(key));
      if (!target) {
        issues.push({
          severity: 'error',
          code: 'unknown-indicator',
          path: [],
          unit: record.id,
          indicator: key,
          message: `${where(r, keyCol)}: "${key}" is neither an indicator nor a field of "${framework.id}"`,
          cell: at(r, keyCol, row[keyCol] ?? null),
        });
        continue;
      }
      store(record, target, row[valueCol] ?? null, r, valueCol);
      continue;
    }
    columnRoles.forEach((role, c) => {
      if (role.kind === 'value') store(record, role.target, row[c] ?? null, r, c);
    });
  }

  const dataset: Dataset = { units: order.map((id) => (byId.get(id) as { record: UnitRecord }).record) };
  if (options.period) dataset.period = options.period;
  return { dataset, issues, rows: rowOf, locate: (unit, key) => cells.get(`${unit}|${key}`) };
}
