/**
 * @dti-kit/core/sheets: spreadsheets in and out, as Vietnamese offices fill them in.
 *
 * Reads CSV (any delimiter, UTF-8 or UTF-16, streamed when large) and XLSX; finds the header row, the unit
 * column and the indicator columns of a wide or long layout; reads Vietnamese cells ("97,8%", "trên 75%",
 * "có"); and reports every cell it cannot read, naming the sheet, row, column and text. Writes CSV (safe
 * for Excel) and XLSX templates. Scoring what was read is `@dti-kit/core`.
 *
 * @example
 * import { readDataset } from '@dti-kit/core/sheets';
 * const { prepared, issues } = readDataset(bytes, framework, { name: 'so-lieu-2025.xlsx' });
 * if (prepared) score(framework, prepared);
 *
 * @packageDocumentation
 * @module @dti-kit/core/sheets
 */

// Spreadsheets in: Vietnamese cells, CSV and XLSX, wide and long layouts.
export type { ReadCsvOptions } from './sheets/csv.js';
export { readCsv } from './sheets/csv.js';
export { CsvDatasetReader } from './sheets/csv-dataset.js';
export { CsvRecordStream, IrregularCsv } from './sheets/csv-stream.js';
export type { FileTooLargeOptions, SheetFileKind } from './sheets/file-too-large.js';
export { csvTooLarge, fileTooLarge } from './sheets/file-too-large.js';
export { foldText } from './sheets/fold.js';
export type { SheetDataset, SheetToDatasetOptions } from './sheets/layout.js';
export { sheetToDataset } from './sheets/layout.js';
export type { ParsedValue, ParseValueOptions } from './sheets/parse-value.js';
export { parseValue } from './sheets/parse-value.js';
export type { ReadDatasetOptions, ReadResult, ReadSheetsOptions } from './sheets/read.js';
export { readDataset, readSheets } from './sheets/read.js';
export type { Cell, MergedRange, Sheet } from './sheets/sheet.js';
export type { CsvCell, WriteCsvOptions } from './sheets/write-csv.js';
// Spreadsheets out: CSV and XLSX.
export { writeCsv } from './sheets/write-csv.js';
export type { ReadXlsxOptions, SheetToWrite } from './sheets/xlsx.js';
export { readXlsx, writeXlsx } from './sheets/xlsx.js';
