import type { Dataset, UnitRecord } from '../schema/dataset.js';
import type { Framework } from '../schema/framework.js';
import { ownValue, setOwn } from '../schema/keyed-by-id.js';
import type { UnitsHandOff } from '../validate/columnar.js';
import { type CellLocation, clip, type DtiIssue, showValue } from '../validate/issue.js';
import { CaseTwins } from '../validate/unit-ids.js';
import { CellTexts } from './cell-texts.js';
import { type CellTarget, plainVietnameseValue, valueOfCell } from './cell-value.js';
import { duplicateColumns } from './duplicate-columns.js';
import { GrowingColumns } from './growing-columns.js';
import {
  type ColumnDestination,
  type ColumnRole,
  cellText,
  findHeader,
  HEADER_SEARCH_ROWS,
  type HeaderLayout,
  metaColumn,
  targetOf,
  vocabulary,
} from './headers.js';
import { missingColumns, type UnclaimedHeader } from './missing-columns.js';
import type { NumberLocale } from './parse-value.js';
import { rowsAboveHeader } from './rows-above-header.js';
import { type Cell, cellKey } from './sheet.js';
import { SheetIssues } from './sheet-issues.js';
import { SplitDecimals } from './split-decimal.js';
import { StrayCells } from './stray-cells.js';
import { UnitIndex } from './unit-index.js';
import { type UnitRows, unitOfRow } from './unit-row.js';

/** What a {@link SheetReader} reads with: the sheet's name, the framework, how numbers are written. */
export interface SheetReaderSetup {
  name: string;
  framework: Framework;
  locale: NumberLocale;
  layout: 'wide' | 'long' | 'auto';
  strict: boolean;
  /** How many issues of one kind are listed, the rest counted (default 1,000). */
  issuesOfAKind?: number | undefined;
  /** For a workbook: the number each percent-formatted cell stores, by `cellKey` (a sheet's `percentCells`). */
  percentCells?: ReadonlyMap<number, number>;
  /** For CSV: the 1-based line each row starts on, filled as rows come. */
  lines?: readonly number[];
  /** For CSV: the delimiter, once decided (a stream decides it on its first lines). */
  delimiter?: () => string | undefined;
  /**
   * Keep the text of every value cell read, for the issues validation locates later: when rows are
   * read one at a time and let go. Without it, {@link SheetReader.readFrom} names the rows kept.
   */
  keepTexts?: boolean;
  /**
   * Read a wide sheet straight into columns ({@link GrowingColumns}), with no record per unit: the
   * dataset as records is then built only if asked for. A long sheet is read into records still.
   */
  columns?: boolean;
}

// A sheet shorter than the search says so: "the first 10 rows" of a three-row sheet would send the
// editor looking for rows that are not there.
const searchedRows = (n: number) =>
  n === 0
    ? 'the sheet has no rows'
    : n < HEADER_SEARCH_ROWS
      ? `looked at all ${n} ${n === 1 ? 'row' : 'rows'} of the sheet`
      : `looked at the first ${n} rows`;
const searchedRowsVi = (n: number) =>
  n === 0
    ? 'trang không có dòng nào'
    : n < HEADER_SEARCH_ROWS
      ? `đã xem cả ${n} dòng của trang`
      : `đã xem ${n} dòng đầu`;

/** The header found and what it decided, once the first rows are in. */
interface HeaderState extends HeaderLayout {
  stray: StrayCells;
  /** Value columns of a wide sheet and their targets, in column order. */
  valueColumns: number[];
  targets: ColumnDestination[];
  /** Position of each target's column in `valueColumns`, by target id. */
  slotOf: Map<string, number>;
  ordinal: boolean[];
  present: Set<string>;
  unclaimed: UnclaimedHeader[];
  /** The rows of a comma-delimited file whose number a comma may have split (see {@link SplitDecimals}). */
  split: SplitDecimals | undefined;
}

/**
 * Reads a sheet into a dataset one row at a time (see {@link sheetToDataset} for what is read and
 * reported): the first rows are held until the header is found among them, every later row is read
 * into its unit and can be let go. The CSV stream reader feeds it; so does a whole sheet.
 *
 * @example
 * const reader = new SheetReader({ name: 'a.csv', framework, locale: 'vi', layout: 'auto', strict: false });
 * for (const row of rows) reader.push(row);
 * const { dataset, issues } = reader.finish(true);
 */
export class SheetReader {
  readonly issues: SheetIssues;
  readonly #setup: SheetReaderSetup;
  readonly #names: Map<string, ColumnDestination>;
  #head: Cell[][] | undefined = [];
  #pushed = 0;
  #header: HeaderState | undefined;
  #rows: readonly (readonly Cell[])[] | undefined;
  readonly #units: UnitRows = {
    byId: new UnitIndex(),
    rows: [],
    records: [],
    twins: new CaseTwins(),
    written: new Map(),
  };
  #columns: GrowingColumns | undefined;
  /** Long layout: where each unit's value came from, by `unit|indicator`. */
  readonly #cells = new Map<string, CellLocation>();
  readonly #texts: CellTexts | undefined;
  readonly #unknownKeys: UnclaimedHeader[] = [];

  constructor(setup: SheetReaderSetup, readerIssues?: readonly DtiIssue[]) {
    this.#setup = setup;
    this.#names = vocabulary(setup.framework);
    this.issues = new SheetIssues(setup.name, [], setup.strict, setup.issuesOfAKind);
    this.issues.addFromReader(readerIssues);
    this.#texts = setup.keepTexts ? new CellTexts() : undefined;
  }

  /** Reads the next row of the sheet, rows held until the header is found among the first ten. */
  push(row: Cell[]): void {
    const r = this.#pushed++;
    if (!this.#head) {
      this.#row(r, row);
      return;
    }
    this.#head.push(row);
    if (this.#head.length === HEADER_SEARCH_ROWS) this.#replay();
  }

  #replay(): void {
    const head = this.#head ?? [];
    this.#head = undefined;
    if (!this.begin(head)) return;
    for (let r = (this.#header as HeaderState).row + 1; r < head.length; r++) this.#row(r, head[r] as Cell[]);
  }

  /** The rows located issues read their cells from, when the whole sheet is kept. */
  readFrom(rows: readonly (readonly Cell[])[]): void {
    this.#rows = rows;
  }

  /** The header row found, its cells and roles, once {@link begin} has found it. */
  get header(): HeaderLayout | undefined {
    return this.#header;
  }

  /**
   * Finds the header among the first rows. False when no row names an indicator (or the layout is
   * neither wide nor long): the sheet then has nothing to read, which is said as a `no-header` error.
   */
  begin(head: readonly (readonly Cell[])[]): boolean {
    this.#head = undefined;
    const { name, framework, layout } = this.#setup;
    const found = findHeader(head, this.#names, layout);
    this.issues.setHeader(found.cells);
    if (found.row < 0 || (!found.roles.some((r) => r.kind === 'value') && !found.long)) {
      const searched = Math.min(HEADER_SEARCH_ROWS, head.length);
      this.issues.add({
        severity: 'error',
        code: 'no-header',
        path: [],
        value: searched,
        message: `${name}: no header row names an indicator or field of framework "${framework.id}" (${searchedRows(searched)})`,
        messageVi: `${name}: không tìm thấy dòng tiêu đề nào khớp với các chỉ số của bộ chỉ số "${framework.id}" (${searchedRowsVi(searched)})`,
      });
      return false;
    }
    const above = rowsAboveHeader(name, head, found.row, framework, this.#setup.lines);
    if (above) this.issues.add(above);
    const { roles, duplicates } = duplicateColumns(found.row, found.cells, found.roles, this.issues);
    found.roles = roles;
    const unclaimed = unknownColumns(found.row, found.cells, roles, this.issues, framework.id, duplicates);
    this.#header = this.#state(found, unclaimed);
    return true;
  }

  #state(found: HeaderLayout, unclaimed: UnclaimedHeader[]): HeaderState {
    const { roles } = found;
    const stray = new StrayCells(this.#setup.name, found.cells, this.issues, this.#setup.lines, {
      idColumn: metaColumn(roles, 'id'),
      delimiter: this.#setup.delimiter?.(),
    });
    const valueColumns: number[] = [];
    const targets: ColumnDestination[] = [];
    const slotOf = new Map<string, number>();
    const present = new Set<string>();
    roles.forEach((role, c) => {
      if (role.kind !== 'value' || found.long) return;
      slotOf.set(role.target.id, valueColumns.length);
      valueColumns.push(c);
      targets.push(role.target);
      present.add(role.target.id);
    });
    const ordinal = roles.map((role) => role.kind === 'meta' && role.meta === 'ordinal');
    if (this.#setup.columns && !found.long) {
      this.#columns = new GrowingColumns(targets.map((t) => t.id));
      this.#units.records = undefined;
    }
    const split = this.#splitDecimals(found);
    return { ...found, stray, valueColumns, targets, slotOf, ordinal, present, unclaimed, split };
  }

  /** The check for numbers split by a comma delimiter, for a wide comma-delimited file. */
  #splitDecimals(found: HeaderLayout): SplitDecimals | undefined {
    if (found.long || !this.#setup.lines || this.#setup.delimiter?.() !== ',') return undefined;
    const ignored: number[] = [];
    found.roles.forEach((role, c) => {
      if (role.kind === 'unknown' && cellText(found.cells[c]).trim() !== '') ignored.push(c);
    });
    const firstValue = found.roles.findIndex((role) => role.kind === 'value');
    return firstValue >= 0 ? new SplitDecimals(this.#setup.name, found.cells, ignored, firstValue) : undefined;
  }

  /** Reads a data row (0-based `r`) below the header found by {@link begin}. */
  row(r: number, row: readonly Cell[]): void {
    this.#row(r, row);
  }

  #row(r: number, row: readonly Cell[]): void {
    const header = this.#header;
    if (!header || isBlank(row, header.ordinal)) return;
    header.stray.check(r, row);
    const { name, locale } = this.#setup;
    const record = unitOfRow(this.#units, r, row, header.roles, this.issues, {
      long: header.long,
      locale,
      sheet: name,
    });
    // Only a unit's row shows how the columns are filled: a total row is not one.
    if (header.split && record) {
      const idCol =
        metaColumn(header.roles, 'id') >= 0 ? metaColumn(header.roles, 'id') : metaColumn(header.roles, 'name');
      header.split.check(r, this.#setup.lines?.[r] ?? r + 1, row, idCol >= 0 ? cellText(row[idCol]).trim() : '');
    }
    if (!record) return;
    if (!header.long) {
      const columns = this.#columns;
      const index = columns ? columns.add(record) : this.#units.byId.size - 1;
      const { valueColumns, targets } = header;
      for (let k = 0; k < valueColumns.length; k++) {
        const c = valueColumns[k] as number;
        const target = targets[k] as ColumnDestination;
        const cell = row[c];
        // A plain number needs no description of its cell, which would be an object per cell read.
        const plain = typeof cell === 'string' && locale === 'vi' ? plainVietnameseValue(cell, target) : undefined;
        const value = plain ?? valueOfCell(this.#cell(record.id, target, row, r, c), this.issues, locale);
        if (value === undefined) continue;
        if (columns) columns.set(k, index, value);
        else setOwn(record.values, target.id, value);
        this.#texts?.set(index, k, valueColumns.length, cellText(row[c]), value);
      }
      return;
    }
    this.#longRow(r, row, record, header);
  }

  /** A value cell to read, with the number it stores when a workbook formatted it as a percentage. */
  #cell(unit: string, target: ColumnDestination, row: readonly Cell[], r: number, c: number): CellTarget {
    const at: CellTarget = { unit, target, cell: row[c], row: r, column: c };
    const stored = this.#setup.percentCells?.get(cellKey(r, c));
    if (stored !== undefined && typeof at.cell === 'number') at.stored = stored;
    return at;
  }

  /** A row of a long sheet: unit, indicator, value. */
  #longRow(r: number, row: readonly Cell[], record: UnitRecord, header: HeaderState): void {
    const keyCol = metaColumn(header.roles, 'indicatorKey');
    const valueCol = metaColumn(header.roles, 'value');
    const key = cellText(row[keyCol]).trim();
    const target = targetOf(key, this.#names);
    if (!target) {
      const cell = this.issues.at(r, keyCol, row[keyCol]);
      this.issues.add({
        severity: 'error',
        code: 'unknown-indicator',
        path: [],
        unit: record.id,
        indicator: key,
        message: `${this.issues.where(r, keyCol)}: unit "${clip(record.id)}": "${clip(key)}" is neither an indicator nor a field of "${this.#setup.framework.id}"`,
        cell,
      });
      if (key && this.#unknownKeys.length < 500) this.#unknownKeys.push({ text: clip(key), cell: { ...cell } });
      return;
    }
    header.present.add(target.id);
    const index = this.#units.byId.get(record.id);
    const at = `${index}|${target.id}`;
    const earlier = this.#cells.get(at);
    const cell = this.#cell(record.id, target, row, r, valueCol);
    const value = valueOfCell(cell, this.issues, this.#setup.locale);
    if (value === undefined) {
      // A blank has its cell too: the list of missing values names it (a later row's value replaces it).
      if (!earlier) this.#cells.set(at, this.issues.at(r, valueCol, row[valueCol]));
      return;
    }
    const location = this.issues.at(r, valueCol, row[valueCol]);
    if (!earlier || ownValue(record.values, target.id) === undefined) {
      setOwn(record.values, target.id, value);
      this.#cells.set(at, location);
      return;
    }
    // The same unit and indicator on two rows: keep the first, and say so when they differ.
    const before = ownValue(record.values, target.id);
    if (value !== before) this.issues.add(twice(record.id, target.id, earlier, location, before, value));
  }

  /**
   * The dataset read, every issue, and where each value came from. `reportShort`: whether CSV rows
   * with fewer fields than the header are worth a warning (not when the reader has already refused
   * lines split by another delimiter, which are such rows).
   */
  finish(reportShort: boolean, period?: string): SheetDatasetRead {
    if (this.#head) this.#replay();
    this.issues.settle();
    this.issues.doubts.finish(this.issues);
    const header = this.#header;
    const unitCell = (u: number, field: 'id' | 'name', text: string) => this.#unitCell(u, field, text);
    if (!header) {
      this.issues.summarise();
      return {
        dataset: { units: [] },
        issues: this.issues.list,
        rows: [],
        locate: () => undefined,
        cellOf: () => undefined,
        unitCell,
      };
    }
    const { framework } = this.#setup;
    const unclaimed = header.long ? this.#unknownKeys : header.unclaimed;
    for (const issue of missingColumns(framework, header.present, unclaimed, header.long ? 'row' : 'column'))
      this.issues.add(issue);
    header.stray.finish(header.row, reportShort);
    header.split?.finish(this.issues);
    this.issues.summarise();
    // Every row is in: validation takes over the index of the ids (a wide sheet's), and the ids seen are let go.
    const handOff = this.#columns ? this.#units.byId.table : undefined;
    this.#units.byId = new UnitIndex();
    this.#units.twins = new CaseTwins();
    const { rows, records } = this.#units;
    const columns = this.#columns;
    if (columns) {
      let dataset: Dataset | undefined;
      return {
        get dataset(): Dataset {
          dataset ??= columns.rows(period);
          return dataset;
        },
        columns,
        handOff,
        issues: this.issues.list,
        rows,
        locate: (u, key) => this.#locate(undefined, u, key),
        cellOf: (u, key) => this.#cellOf(u, key),
        unitCell,
      };
    }
    const dataset: Dataset = { units: records ?? [] };
    if (period) dataset.period = period;
    return {
      dataset,
      issues: this.issues.list,
      rows,
      locate: (u, key) => this.#locate(dataset, u, key),
      cellOf: (u, key) => this.#cellOf(u, key),
      unitCell,
    };
  }

  /**
   * The cell a unit's id or name was read from (its first row in a long sheet), quoting `text`: the
   * rows may be gone. An id made from the name (no id column) is at the name's cell.
   */
  #unitCell(u: number, field: 'id' | 'name', text: string): CellLocation | undefined {
    const r = this.#units.rows[u];
    const roles = this.#header?.roles;
    if (r === undefined || !roles) return undefined;
    const c =
      metaColumn(roles, field) >= 0 ? metaColumn(roles, field) : metaColumn(roles, field === 'id' ? 'name' : 'id');
    return c < 0 ? undefined : this.issues.at(r - 1, c, text);
  }

  /**
   * Where a unit's value for a key is, given or not: a wide sheet's cell at the unit's row and the key's
   * column; a long sheet's when a row gave it, blank or not. A CSV read row by row keeps no text of a cell it read
   * no value from (a placeholder is said by its own note): that text is ''.
   */
  #cellOf(u: number, key: string): CellLocation | undefined {
    const header = this.#header;
    if (!header) return undefined;
    if (header.long) return this.#cells.get(`${u}|${key}`);
    const slot = header.slotOf.get(key);
    const r = this.#units.rows[u];
    if (slot === undefined || r === undefined) return undefined;
    const c = header.valueColumns[slot] as number;
    const text = this.#texts
      ? this.#texts.get(u, slot, header.valueColumns.length, this.#columns?.get(slot, u))
      : this.#rows?.[r - 1]?.[c];
    return this.issues.at(r - 1, c, text ?? null);
  }

  #locate(dataset: Dataset | undefined, u: number, key: string): CellLocation | undefined {
    const header = this.#header as HeaderState;
    if (header.long) return this.#cells.get(`${u}|${key}`);
    const slot = header.slotOf.get(key);
    const r = this.#units.rows[u];
    if (slot === undefined || r === undefined) return undefined;
    const values = dataset?.units[u]?.values;
    const value = this.#columns ? this.#columns.get(slot, u) : values && ownValue(values, key);
    if (value === undefined) return undefined;
    const c = header.valueColumns[slot] as number;
    const cell = this.#texts
      ? this.#texts.get(u, slot, header.valueColumns.length, value ?? undefined)
      : this.#rows?.[r - 1]?.[c];
    return this.issues.at(r - 1, c, cell ?? null);
  }
}

/** A sheet read into a dataset: what {@link SheetReader.finish} gives. */
export interface SheetDatasetRead {
  /** The dataset as records; built on first use when the sheet was read into `columns`. */
  dataset: Dataset;
  /** The values read straight into columns, when the reader was set up so (a wide sheet). */
  columns?: GrowingColumns;
  /** With `columns`: the reader's index of their ids, which validation takes over. Internal. */
  handOff?: UnitsHandOff | undefined;
  issues: DtiIssue[];
  rows: number[];
  locate(unit: number, key: string): CellLocation | undefined;
  /** Where a unit's value for a key is, given or not (see {@link SheetDataset.cellOf}). */
  cellOf(unit: number, key: string): CellLocation | undefined;
  /** The cell a unit's id or name was read from, quoting `text` (the id or name as read). */
  unitCell(unit: number, field: 'id' | 'name', text: string): CellLocation | undefined;
}

/** A row with nothing but blanks, or a number in its STT column (as a fresh template has): no unit. */
function isBlank(row: readonly Cell[], ordinal: readonly boolean[]): boolean {
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (cell === null || cell === undefined || ordinal[c] === true) continue;
    if (typeof cell !== 'string' || cell.trim() !== '') return false;
  }
  return true;
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
    message: `${second.sheet}!${second.column}${second.row}: unit "${clip(unit)}", indicator "${indicator}" is given twice, ${showValue(before)} in row ${first.row} and ${showValue(after)} in row ${second.row}; which one is right is unclear: keep one row (row ${first.row} is read)`,
    cell: second,
  };
}
