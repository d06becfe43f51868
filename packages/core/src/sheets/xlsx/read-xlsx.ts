import { DtiError } from '../../validate/issue.js';
import type { Sheet } from '../sheet.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_CELLS, InflateBudget, type ReadXlsxOptions } from './limits.js';
import { readSharedStrings } from './shared-strings.js';
import { readCellStyles } from './styles.js';
import { readWorkbook } from './workbook.js';
import { WorksheetReader } from './worksheet.js';
import { inflateEntry, inflateText, readZipDirectory, type ZipEntry } from './zip.js';

const utf8 = new TextDecoder('utf-8');

function positiveLimit(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!(value > 0)) throw new DtiError(`${name} must be a positive number, not ${value}`, 'invalid-format');
  return value;
}

/**
 * Reads an Excel workbook (.xlsx) into its sheets, in workbook order, as the cells show:
 * - a number with a percent format gives the percentage shown (0.978 formatted `0.0%` reads 97.8), and
 *   the number stored in `percentCells` (for an indicator not measured in %, whose 0.85 means 0.85);
 * - a number with a date or time format gives its ISO text (`2024-12-31`, `2024-12-31T08:30:00`),
 *   in the workbook's 1900 or 1904 date system, so a date is never taken for a number;
 * - formulas give their cached values; error cells their error text (`#DIV/0!`); booleans stay booleans;
 * - text is normalised to NFC, rich-text runs joined, phonetic guides left out, `_xHHHH_` decoded;
 * - merged cells repeat their value over the merged range, so a merged header names every column under
 *   it; the ranges are listed in `merges` (the layout reads only the top-left cell of one in the data rows).
 *
 * What the file gets wrong (malformed references, unknown shared strings) and what a reader may miss
 * (hidden rows) is listed in each sheet's `issues`. Only the parts needed are decompressed, with a
 * running count: a workbook that inflates past `maxBytes` or a sheet past `maxCells` is refused with a
 * `DtiError` of code `limit-exceeded`; bytes that are not a workbook with code `invalid-format`.
 *
 * @example const [sheet] = readXlsx(new Uint8Array(await file.arrayBuffer()));
 * @example readXlsx(bytes, { sheet: 'Số liệu', maxBytes: 50 * 1024 * 1024 });
 */
export function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): Sheet[] {
  const budget = new InflateBudget(positiveLimit(options.maxBytes, DEFAULT_MAX_BYTES, 'maxBytes'));
  const maxCells = positiveLimit(options.maxCells, DEFAULT_MAX_CELLS, 'maxCells');
  const directory = readZipDirectory(bytes);
  const part = (path: string | undefined): string | undefined => {
    const entry: ZipEntry | undefined = path === undefined ? undefined : directory.get(path);
    return entry ? utf8.decode(inflateEntry(bytes, entry, budget)) : undefined;
  };
  const workbookXml = part('xl/workbook.xml');
  if (workbookXml === undefined)
    throw new DtiError(
      'not an .xlsx workbook: the zip has no xl/workbook.xml',
      'invalid-format',
      'không phải tệp .xlsx: tệp nén không có xl/workbook.xml',
    );
  const workbook = readWorkbook(workbookXml, part('xl/_rels/workbook.xml.rels'));
  const listed = workbook.sheets.filter((s) => s.path !== undefined && directory.has(s.path));
  // Only a choice among several sheets needs the active one.
  const active = listed.length > 1 ? workbook.sheets[workbook.activeTab] : undefined;
  const wanted = options.sheet === undefined ? listed : listed.filter((s) => s.name === options.sheet);
  if (wanted.length === 0 && options.sheet !== undefined)
    throw new DtiError(
      `no sheet "${options.sheet}" in the workbook; its sheets: ${listed.map((s) => `"${s.name}"`).join(', ') || 'none'}`,
      'invalid-format',
      `tệp bảng tính không có trang "${options.sheet}"; các trang của tệp: ${listed.map((s) => `"${s.name}"`).join(', ') || 'không có'}`,
    );
  const styles = readCellStyles(part(workbook.styles));
  const sharedStrings = readSharedStrings(part(workbook.sharedStrings));
  return wanted.map((listedSheet) => {
    const { name, path } = listedSheet;
    const partPath = path as string;
    const reader = new WorksheetReader({
      sheet: name,
      part: partPath,
      sharedStrings,
      styles,
      date1904: workbook.date1904,
      maxCells,
    });
    // Read as it inflates: a large sheet's bytes and whole text are never held (see WorksheetReader).
    const entry = directory.get(partPath);
    if (entry) inflateText(bytes, entry, budget, (text) => reader.push(text));
    const { rows, issues, merges, percentCells } = reader.finish();
    const sheet: Sheet = { name, rows };
    if (issues.length > 0) sheet.issues = issues;
    if (percentCells.size > 0) sheet.percentCells = percentCells;
    if (merges.length > 0) sheet.merges = merges;
    if (listedSheet === active) sheet.active = true;
    return sheet;
  });
}
