import type { Dataset } from '../schema/dataset.js';
import type { Framework } from '../schema/framework.js';
import type { CellLocation, DtiIssue } from '../validate/issue.js';
import { readableRows } from './data-merges.js';
import { HEADER_SEARCH_ROWS, type HeaderLayout } from './headers.js';
import { numberLocale, type ParseValueOptions } from './parse-value.js';
import type { Sheet } from './sheet.js';
import { type SheetDatasetRead, SheetReader } from './sheet-reader.js';

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
  /**
   * How many issues of one kind (a code and its detail) are listed one by one; the rest are counted
   * into one issue that says how many more there are. Default 1,000: a file wrong on every row keeps
   * a bounded list. A page that strips every bad cell to show the rest of the table lists them all.
   */
  issuesOfAKind?: number;
}

/** A dataset read from a sheet, every problem found, and where each unit and value came from. */
export interface SheetDataset {
  dataset: Dataset;
  issues: DtiIssue[];
  /** The sheet row (1-based) of each unit, in dataset order. */
  rows: number[];
  /** The cell a unit's value came from, by unit position and indicator or field id. */
  locate(unit: number, key: string): CellLocation | undefined;
  /**
   * Where a unit's value for an indicator or field is, whether the unit gave it or not: in a wide sheet
   * the cell at the unit's row and the key's column; in a long sheet the cell of the row that gave it,
   * none when no row did. `undefined` for a key without a column. Its `text` quotes the cell, except
   * that a CSV read row by row keeps no text of a cell it read no value from: a placeholder ("N/A") is
   * then '' here, and named with its text by the reader's placeholder note.
   *
   * @example read.cellOf(2, 'a') // → { sheet: 'v1.csv', row: 4, column: 'C', text: '', header: 'a' }
   */
  cellOf(unit: number, key: string): CellLocation | undefined;
  /**
   * The cell a unit's id or name was read from (by unit position), quoting `text`, the id or name as
   * read: the unit checks (look-alike ids, invisible characters, one name twice) name it.
   */
  unitCell(unit: number, field: 'id' | 'name', text: string): CellLocation | undefined;
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
  return readSheet(sheet, framework, options, false);
}

/**
 * {@link sheetToDataset}, reading a wide sheet straight into columns when `columns` is set: a record
 * per unit, with an own property per value, costs about ten times the memory of a column of numbers
 * (a workbook of 53,000 units × 100 indicators: about 400 MB of records).
 */
export function readSheet(
  sheet: Sheet,
  framework: Framework,
  options: SheetToDatasetOptions,
  columns: boolean,
): SheetDatasetRead {
  const reader = new SheetReader(
    {
      name: sheet.name,
      framework,
      locale: numberLocale(options.locale),
      layout: options.layout ?? 'auto',
      strict: options.strict === true,
      issuesOfAKind: options.issuesOfAKind,
      ...(sheet.lines && { lines: sheet.lines }),
      ...(sheet.percentCells && { percentCells: sheet.percentCells }),
      ...(sheet.delimiter !== undefined && { delimiter: () => sheet.delimiter }),
      columns,
    },
    sheet.issues,
  );
  // Lines split by another delimiter are short rows the reader has already refused.
  const mixed = sheet.issues?.some((i) => i.detail === 'mixed-delimiters') === true;
  if (!reader.begin(sheet.rows.slice(0, HEADER_SEARCH_ROWS))) return reader.finish(!mixed);
  const header = reader.header as HeaderLayout;
  const rows = readableRows(sheet.rows, sheet.merges, header.row, header.roles, reader.issues);
  reader.readFrom(rows);
  for (let r = header.row + 1; r < rows.length; r++) {
    if (options.onProgress && (r - header.row) % 500 === 0)
      options.onProgress(r - header.row, rows.length - header.row - 1);
    reader.row(r, rows[r] ?? []);
  }
  return reader.finish(!mixed, options.period);
}
