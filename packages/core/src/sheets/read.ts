import type { ColumnarDataset } from '../schema/columnar.js';
import type { Dataset } from '../schema/dataset.js';
import type { Framework } from '../schema/framework.js';
import type { PreparedDataset } from '../validate/dataset.js';
import { type CellLocation, clip, DtiError, type DtiIssue } from '../validate/issue.js';
import { readCsv } from './csv.js';
import { CsvDatasetReader } from './csv-dataset.js';
import { IrregularCsv } from './csv-stream.js';
import { fileTooLarge } from './file-too-large.js';
import { finish, finishRead } from './finish-read.js';
import { findHeader, metaColumn, vocabulary } from './headers.js';
import { type DuplicateJsonKey, duplicateJsonKeys } from './json-duplicate-keys.js';
import { readSheet, type SheetDataset, type SheetToDatasetOptions } from './layout.js';
import { numberLocale } from './parse-value.js';
import type { Sheet } from './sheet.js';
import type { SheetDatasetRead } from './sheet-reader.js';
import { DEFAULT_MAX_BYTES } from './xlsx/limits.js';
import { type ReadXlsxOptions, readXlsx } from './xlsx.js';

/** Options of {@link readSheets}: a name for CSV input, and for workbooks the sheet and the limits. */
export interface ReadSheetsOptions extends ReadXlsxOptions {
  /** A name for CSV input in messages, e.g. the file name. */
  name?: string;
}

/** Options of {@link readDataset}. */
export interface ReadDatasetOptions extends SheetToDatasetOptions, ReadSheetsOptions {
  /**
   * The sheet of a workbook to read, by name. Default: the sheet whose headers match the framework;
   * when several do, the workbook's active tab among them (else the first), with a `several-sheets`
   * warning naming them all.
   */
  sheet?: string;
}

/** What {@link readDataset} found: the dataset, its validated columns when there are no errors, all issues. */
export interface ReadResult {
  dataset: Dataset;
  /**
   * The same units as columns, when the reader read them so (CSV in wide layout): `dataset` is then
   * built from them on first use, and who needs only the columns never pays for a record per unit.
   */
  columnar?: ColumnarDataset;
  /** Present when no error was found: ready for `score`. */
  prepared?: PreparedDataset;
  issues: DtiIssue[];
  /**
   * For a spreadsheet: where a unit's value for an indicator or field is (unit by its position in
   * `dataset`), given or not, so a value the unit did not report can be named by its cell. See
   * {@link SheetDataset.cellOf}. Absent for a JSON dataset.
   *
   * @example result.cellOf?.(2, 'a') // → { sheet: 'v1.csv', row: 4, column: 'C', text: '', header: 'a' }
   */
  cellOf?: (unit: number, key: string) => CellLocation | undefined;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DtiError(
      'the file is neither UTF-8 text nor an .xlsx workbook: save the CSV as "CSV UTF-8"',
      'invalid-format',
      'tệp không phải văn bản UTF-8 cũng không phải tệp .xlsx: hãy lưu tệp CSV dưới dạng "CSV UTF-8"',
    );
  }
}

/**
 * Reads the sheets of a file's bytes or text: an .xlsx workbook (recognised by its zip signature,
 * whatever the file is called) or CSV text (UTF-8 or UTF-16 with a byte-order mark). Workbooks are
 * read within the limits of {@link ReadXlsxOptions}; a file refused throws a `DtiError`.
 *
 * @example const sheets = readSheets(new Uint8Array(await file.arrayBuffer()), { name: file.name });
 */
export function readSheets(input: string | Uint8Array, options: ReadSheetsOptions = {}): Sheet[] {
  if (typeof input !== 'string' && isZip(input)) {
    const { sheet, maxBytes, maxCells } = options;
    return readXlsx(input, { sheet, maxBytes, maxCells });
  }
  const text = csvText(input, options.maxBytes);
  return [readCsv(text, options.name ? { name: options.name } : {})];
}

/**
 * From a spreadsheet (CSV or XLSX) or a JSON dataset (as an object, text or bytes) to validated columns, in one
 * call. Every problem comes back at once: unreadable cells and unknown columns from the sheet, then
 * what the dataset validation finds, located at the cell it came from.
 *
 * @example
 * const { prepared, issues } = readDataset(bytes, await loadPreset('self-assessment-template'));
 * if (prepared) show(score(framework, prepared)); else for (const i of issues) console.error(i.message);
 */
export function readDataset(
  input: string | Uint8Array | Dataset,
  framework: Framework,
  options: ReadDatasetOptions = {},
): ReadResult {
  if (typeof input === 'object' && !(input instanceof Uint8Array))
    return finish(input, [], framework, undefined, options.strict);
  // A JSON dataset given as text or bytes (a file picked in a browser, say): parse it, whatever its name.
  const json = jsonText(input);
  if (json !== undefined) return readJsonDataset(json, framework, options.strict);
  // CSV read row by row, without a sheet of cells; a file that is not one record per line of the same
  // fields is read whole below, which says what is wrong where.
  if (options.sheet === undefined && !options.onProgress && (typeof input === 'string' || !isZip(input))) {
    numberLocale(options.locale); // an unknown locale throws, as sheetToDataset does
    const fast = refusing(() => csvDataset(input, framework, options));
    if (fast !== undefined) return fast;
  }
  let sheets: Sheet[] = [];
  const refusal = refusing(() => {
    const { name, sheet, maxBytes, maxCells } = options;
    sheets = readSheets(input, { name, sheet, maxBytes, maxCells });
    return undefined;
  });
  if (refusal) return refusal;
  const chosen = options.sheet ? sheets.filter((s) => s.name === options.sheet) : sheets;
  if (chosen.length === 0)
    return refused(
      `no sheet "${options.sheet}"; sheets: ${sheets.map((s) => s.name).join(', ')}`,
      `không có trang "${options.sheet}"; các trang: ${sheets.map((s) => s.name).join(', ')}`,
    );
  const { read, issue } = pickSheet(chosen, framework, options);
  // sheetToDataset puts what the reader found in the file itself (malformed references, hidden rows)
  // first in its issues.
  const issues = issue ? [issue, ...read.issues] : read.issues;
  return finishRead(read, issues, framework, options.period, options.strict);
}

/** A JSON dataset as text: parsed, checked, and with any key given twice in one object reported first. */
function readJsonDataset(json: string, framework: Framework, strict: boolean | undefined): ReadResult {
  let parsed: Dataset;
  try {
    parsed = JSON.parse(json) as Dataset;
  } catch (error) {
    return refused(`not valid JSON: ${(error as Error).message}`);
  }
  const result = finish(parsed, [], framework, undefined, strict);
  const twice = duplicateJsonKeys(json).map((d) => duplicateKeyIssue(d, parsed));
  // JSON.parse kept the last of two values: what was scored is not what the file may mean.
  return twice.length === 0 ? result : { dataset: result.dataset, issues: [...twice, ...result.issues] };
}

/** No dataset, with one `invalid-format` error saying why (and in Vietnamese, when the caller wrote it). */
function refused(message: string, messageVi?: string): ReadResult {
  return {
    dataset: { units: [] },
    issues: [
      { severity: 'error', code: 'invalid-format', path: [], message, ...(messageVi !== undefined && { messageVi }) },
    ],
  };
}

/**
 * The sheet to read: the only one whose headers match the framework; among several, the workbook's
 * active tab if it is one of them, else the first — with a warning, since two sheets of the same
 * columns (2023 and 2024, say) give two different league tables and reading one silently is a guess.
 * A sheet whose header row names indicators but no unit (no id or name column) cannot give a single
 * unit: it is a guide listing the columns, as the template of `dti init` has, not a rival data sheet.
 */
function pickSheet(
  sheets: readonly Sheet[],
  framework: Framework,
  options: SheetToDatasetOptions,
): { read: SheetDatasetRead; issue?: DtiIssue } {
  const candidates: { sheet: Sheet; read: SheetDatasetRead }[] = [];
  let first: SheetDatasetRead | undefined;
  for (const sheet of sheets) {
    // Into columns: a large workbook's records would cost ten times their values (see readSheet).
    const read = readSheet(sheet, framework, options, true);
    first ??= read;
    if (!read.issues.some((i) => i.code === 'no-header')) candidates.push({ sheet, read });
  }
  const names = vocabulary(framework);
  const namesUnits = ({ sheet }: { sheet: Sheet }) => {
    const { roles } = findHeader(sheet.rows, names, options.layout ?? 'auto');
    return metaColumn(roles, 'id') >= 0 || metaColumn(roles, 'name') >= 0;
  };
  const withUnits = candidates.length > 1 ? candidates.filter(namesUnits) : candidates;
  const matching = withUnits.length > 0 ? withUnits : candidates;
  const [only] = matching;
  if (!only) return { read: first as SheetDatasetRead };
  if (matching.length === 1) return { read: only.read, ...activeNotRead(sheets, only.sheet) };
  const chosen = matching.find((m) => m.sheet.active === true) ?? only;
  const sheetNames = matching.map((m) => m.sheet.name);
  const active = chosen.sheet.active === true;
  return {
    read: chosen.read,
    issue: {
      severity: 'warning',
      code: 'several-sheets',
      detail: active ? 'active' : 'first',
      path: [],
      value: { read: chosen.sheet.name, sheets: sheetNames },
      message: `sheets ${sheetNames.map((n) => `"${n}"`).join(', ')} ${sheetNames.length === 2 ? 'both' : 'all'} match; "${chosen.sheet.name}" (${active ? 'the active sheet' : 'the first'}) is read — choose with --sheet / the sheet option`,
    },
  };
}

/**
 * The warning for a workbook that opens on a sheet with something in it but no header the framework
 * matches, while another sheet is read: "Hướng dẫn" first, data on "Số liệu", is read right, but a
 * sheet of 2024 whose headers were retyped would leave 2023 scored in its place, and the editor looks
 * at the tab the workbook opens on. Nothing when that tab is the one read or is empty.
 */
function activeNotRead(sheets: readonly Sheet[], read: Sheet): { issue?: DtiIssue } {
  const active = sheets.find((s) => s.active === true);
  if (!active || active === read || !active.rows.some((row) => row.some((c) => c !== null && c !== ''))) return {};
  return {
    issue: {
      severity: 'warning',
      code: 'several-sheets',
      detail: 'active-not-read',
      path: [],
      value: { read: read.name, active: active.name, sheets: sheets.map((s) => s.name) },
      message: `"${read.name}" is read, the only sheet whose header matches the framework; the sheet the workbook opens on, "${active.name}", has no such header and is not read — choose with --sheet / the sheet option`,
      messageVi: `đọc trang "${read.name}", trang duy nhất có dòng tiêu đề khớp với bộ chỉ số; trang mở ra khi mở tệp, "${active.name}", không có dòng tiêu đề như vậy và không được đọc — chọn trang bằng --sheet / tuỳ chọn sheet`,
    },
  };
}

/** A file refused (too large, not a workbook) is an issue like any other, with the reader's code. */
function refusing(read: () => ReadResult | undefined): ReadResult | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof IrregularCsv) return undefined;
    const code = error instanceof DtiError ? error.code : 'invalid-format';
    const vi = error instanceof DtiError ? error.vi : undefined;
    return {
      dataset: { units: [] },
      issues: [
        {
          severity: 'error',
          code,
          path: [],
          message: (error as Error).message,
          ...(vi !== undefined && { messageVi: vi }),
        },
      ],
    };
  }
}

/** CSV text read straight into a dataset; throws {@link IrregularCsv} for a file to read whole. */
function csvDataset(input: string | Uint8Array, framework: Framework, options: ReadDatasetOptions): ReadResult {
  const reader = new CsvDatasetReader(framework, options);
  reader.push(csvText(input, options.maxBytes));
  return reader.finish();
}

/** The text of a CSV file within the size limit. */
function csvText(input: string | Uint8Array, maxBytes: number | undefined): string {
  // CSV is held in memory whole, about thirty times its size once read into cells: refuse what would
  // not fit rather than run out of memory on the way.
  const limit = maxBytes ?? DEFAULT_MAX_BYTES;
  // Text is measured in UTF-16 code units: at most the bytes of its UTF-8 form for Vietnamese text.
  if (input.length > limit) throw fileTooLarge(input.length, { maxBytes: limit, kind: 'CSV' });
  return typeof input === 'string' ? input : decodeText(input);
}

/** The text of a JSON document (it starts with "{"), or undefined for anything else. */
function jsonText(input: string | Uint8Array): string | undefined {
  if (typeof input === 'string') return /^\uFEFF?\s*\{/u.test(input) ? input.replace(/^\uFEFF/u, '') : undefined;
  if (isZip(input)) return undefined;
  let i = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0;
  while (i < input.length && (input[i] === 0x20 || input[i] === 0x0a || input[i] === 0x0d || input[i] === 0x09)) i++;
  return input[i] === 0x7b ? decodeText(input).replace(/^\uFEFF/u, '') : undefined;
}

/**
 * The error for a key given twice in a JSON dataset, naming the unit (by id, else by position) when
 * the object is a unit or its values, and both values as written.
 */
function duplicateKeyIssue(duplicate: DuplicateJsonKey, dataset: unknown): DtiIssue {
  const { path, key, first, second } = duplicate;
  const [units, u, values] = path;
  const inUnit =
    units === 'units' && typeof u === 'number' && (path.length === 2 || (path.length === 3 && values === 'values'));
  const both = `(${first.text}, then ${second.text})`;
  const value = { key: clip(key), first: first.text, second: second.text };
  if (!inUnit)
    return {
      severity: 'error',
      code: 'duplicate-value',
      detail: 'json-key',
      path,
      value,
      message: `${path.length === 0 ? 'the dataset' : path.join('.')}: "${clip(key)}" is given twice ${both} — keep one`,
    };
  const record = (dataset as { units?: unknown[] } | null)?.units?.[u];
  const id = (record as { id?: unknown } | null | undefined)?.id;
  const unit = typeof id === 'string' ? `unit "${clip(id)}"` : `unit ${u + 1} (no id)`;
  return {
    severity: 'error',
    code: 'duplicate-value',
    detail: 'json-key',
    path: path.length === 3 ? [...path, key] : path,
    ...(typeof id === 'string' && { unit: id }),
    ...(path.length === 3 && { indicator: key }),
    value: { ...value, position: u + 1 },
    message: `${unit}: "${clip(key)}" is given twice ${both} — keep one`,
  };
}
