import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import {
  type CellLocation,
  DtiError,
  type DtiIssue,
  type Framework,
  formatIssue,
  type PreparedDataset,
  presetIds,
  presetUrl,
  strictly,
  validateFramework,
} from '@dti-kit/core';
import { fileTooLarge, type ReadDatasetOptions, readDataset } from '@dti-kit/core/sheets';
import { CHUNK, DEFAULT_MAX_CSV_BYTES, isWorkbook, streamCsv } from './csv-stream-input.js';
import { type DataSource, describeSource } from './data-source.js';
import { CliError, EXIT } from './errors.js';
import { cannotRead } from './file-errors.js';
import { nearest } from './nearest.js';
import type { DataOptions, Locale } from './options.js';
import type { Progress } from './progress.js';
import { refuseSheetOfCsv } from './sheet-option.js';

/**
 * A file that runs past the limit while it is read whole: a pipe or a device (/dev/zero) has no size to
 * check beforehand, and may never end. `head` is what it starts with, to say what kind of file it is.
 */
type TooLarge = (head: Uint8Array) => Error;

const jsonTooLarge: TooLarge = () =>
  new DtiError(
    `the file runs past the ${DEFAULT_MAX_CSV_BYTES / 1048576} MB a JSON file may be and was not read further`,
    'limit-exceeded',
    `tệp vượt mức ${DEFAULT_MAX_CSV_BYTES / 1048576} MB cho một tệp JSON nên không được đọc tiếp`,
  );

/** Opens a file to read it; a file that cannot be opened is told in a sentence naming it. */
function openForReading(path: string): number {
  try {
    return openSync(path, 'r');
  } catch (error) {
    throw cannotRead(path, error);
  }
}

/** Reads a file whole in chunks, refusing it as soon as it runs past `maxBytes` rather than filling memory. */
function readBytes(path: string, tooLarge: TooLarge = jsonTooLarge, maxBytes = DEFAULT_MAX_CSV_BYTES): Uint8Array {
  const fd = openForReading(path);
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(CHUNK, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw tooLarge(chunks[0] ?? chunk);
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof DtiError) throw error;
    throw cannotRead(path, error);
  } finally {
    closeSync(fd);
  }
}

/** Reads a JSON file, or fails with the file and the position of the syntax error. */
export function readJson(path: string): unknown {
  const text = new TextDecoder().decode(refused(path, () => readBytes(path)));
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    // Node says where in English ("… at position 12"): the place is given in both languages.
    const at = /position (\d+)/u.exec(message)?.[1];
    throw new CliError(
      {
        vi: `${path} không phải JSON hợp lệ${at === undefined ? '' : ` (lỗi ở ký tự thứ ${Number(at) + 1})`}: ${message}`,
        en: `${path} is not valid JSON: ${message}`,
      },
      EXIT.problems,
    );
  }
}

/** A framework as read, and the warnings about it, each naming the framework file (or preset id) first. */
export interface LoadedFramework {
  framework: Framework;
  /** The framework's own warnings (a former spelling, a tier gap), with `--strict` applied when asked. */
  warnings: DtiIssue[];
}

/** A framework from a preset id or a JSON file; every problem of an invalid file is listed. */
export function loadFramework(spec: string | undefined): Framework {
  return readFramework(spec).framework;
}

/**
 * A framework from a preset id or a JSON file, with its warnings ready to be listed with the data's:
 * each message starts with `spec`, so a reader knows the framework file is at fault, not the data.
 * Under `strict`, the warnings in `STRICT_CODES` become errors, as the data's do.
 *
 * @example readFramework('khung-cu.json').warnings[0].message // → 'khung-cu.json: missing.method: "method" is the former name of "type"; …'
 */
export function readFramework(spec: string | undefined, strict = false): LoadedFramework {
  const { framework, warnings } = checkedFramework(spec);
  const named = warnings.map((i) => ({
    ...i,
    message: `${spec}: ${formatIssue(i, 'en')}`,
    messageVi: `${spec}: ${formatIssue(i, 'vi')}`,
  }));
  return { framework, warnings: strict ? strictly(named) : named };
}

/** The framework read and validated, with its warnings as validation gave them. */
function checkedFramework(spec: string | undefined): { framework: Framework; warnings: readonly DtiIssue[] } {
  const ids = presetIds.join(', ');
  if (!spec)
    throw new CliError(
      {
        vi: `cần --framework: mã một bộ chỉ số có sẵn (${ids}) hoặc một tệp JSON`,
        en: `--framework is required: a preset id (${ids}) or a JSON file`,
      },
      EXIT.usage,
    );
  const isPreset = presetIds.includes(spec);
  // A bare word that is neither a preset nor a file is a mistyped preset id, not a missing file.
  if (!isPreset && !/[./\\]/u.test(spec) && !existsSync(spec)) {
    const near = nearest(spec, presetIds);
    throw new CliError(
      {
        vi: `--framework ${spec}: không phải mã bộ chỉ số có sẵn (${ids}) cũng không phải tệp${near ? `; có phải ý bạn là ${near}?` : ''}`,
        en: `--framework ${spec}: not a preset id (${ids}) nor a file${near ? `; did you mean ${near}?` : ''}`,
      },
      EXIT.usage,
    );
  }
  const json = isPreset ? readJson(presetUrl(spec).pathname) : readJson(spec);
  const result = validateFramework(json);
  if (!result.success) {
    const listed = (locale: Locale) => result.issues.map((i) => `  ✗ ${formatIssue(i, locale)}`);
    throw new CliError(
      {
        vi: [`bộ chỉ số ${spec} có ${result.issues.length} lỗi:`, ...listed('vi')].join('\n'),
        en: [`framework ${spec} has ${result.issues.length} problem(s):`, ...listed('en')].join('\n'),
      },
      EXIT.problems,
    );
  }
  return { framework: result.data, warnings: result.warnings };
}

/** The file's size and whether it is a regular file (a pipe or a device has no size to check). */
function fileSize(path: string): { size: number; regular: boolean } {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw Object.assign(new Error(path), { code: 'EISDIR' });
    return { size: stat.size, regular: stat.isFile() };
  } catch (error) {
    throw cannotRead(path, error);
  }
}

/** The first bytes of a file, to tell a workbook from CSV text without reading the rest. */
function head(path: string): Uint8Array {
  const bytes = new Uint8Array(4);
  const fd = openForReading(path);
  try {
    return bytes.subarray(0, readSync(fd, bytes, 0, 4, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * The refusal of a data file over the limit: CSV and workbooks in the reader's own words, naming the
 * kind; a JSON dataset, which the reader sets no size for, in the same terms.
 */
function dataTooLarge(size: number | undefined, isJson: boolean): TooLarge {
  return (start) => {
    if (!isJson)
      return fileTooLarge(size, { maxBytes: DEFAULT_MAX_CSV_BYTES, kind: isWorkbook(start) ? 'XLSX' : 'CSV' });
    const limit = `${DEFAULT_MAX_CSV_BYTES / 1048576} MB`;
    return size === undefined
      ? new DtiError(
          `the file runs past the ${limit} a JSON file may be and was not read further: split it`,
          'limit-exceeded',
          `tệp vượt mức ${limit} cho một tệp JSON nên không được đọc tiếp: hãy chia nhỏ tệp`,
        )
      : new DtiError(
          `the file is ${(size / 1048576).toFixed(0)} MB, more than the ${limit} a JSON file may be: split it`,
          'limit-exceeded',
          `tệp nặng ${(size / 1048576).toFixed(0)} MB, vượt mức ${limit} cho một tệp JSON: hãy chia nhỏ tệp`,
        );
  };
}

/** Runs a read; a file the reader refuses (a {@link DtiError}) is a data problem with the reader's message. */
function refused<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof DtiError)
      throw new CliError(
        { vi: `${path}: ${error.vi ?? error.message}`, en: `${path}: ${error.message}` },
        EXIT.problems,
      );
    throw error;
  }
}

/** Reads the whole file at once: workbooks, JSON, and CSV the stream reader leaves to the whole-file reader. */
function readWhole(
  path: string,
  framework: Framework,
  readOptions: ReadDatasetOptions,
  options: { progress?: Progress; locale?: Locale },
  isJson: boolean,
  size: number,
): { result: ReturnType<typeof readDataset>; source: DataSource } {
  const bytes = refused(path, () => readBytes(path, dataTooLarge(undefined, isJson)));
  // A pipe has no start to look at before it is read: its bytes are.
  if (!isJson) refuseSheetOfCsv(path, readOptions.sheet, bytes);
  options.progress?.update('đọc tệp / reading', 0, 1);
  // A .json file is checked here for a clear syntax error, then read from its bytes: the parsed object
  // would have lost a key given twice ({"a": 10, "a": 90}), which the reader reports.
  if (isJson) datasetJson(path);
  const progress = options.progress;
  const large = size > 512 * 1024;
  const withProgress: ReadDatasetOptions = {
    ...readOptions,
    ...(large &&
      progress && { onProgress: (done: number, total: number) => progress.update('đọc dòng / rows', done, total) }),
  };
  try {
    const result = refused(path, () => readDataset(bytes, framework, withProgress));
    return { result, source: describeSource(path, bytes, readOptions.sheet) };
  } finally {
    progress?.done();
  }
}

// readDataset takes a string as CSV text: a JSON file holding a string, a number, null or an array is
// no dataset, and must not be read as one.
function datasetJson(path: string): object {
  const json = readJson(path);
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    throw new CliError(
      {
        vi: `${path} không phải tệp số liệu: cần một đối tượng JSON {"units": [...]}`,
        en: `${path} is not a dataset: expected a JSON object {"units": [...]}`,
      },
      EXIT.problems,
    );
  return json;
}

/** What reading a data file gave: the columns when valid, and every issue. */
export interface DataInput {
  prepared?: PreparedDataset;
  /** Every issue, with `--strict` already applied. */
  issues: DtiIssue[];
  units: number;
  /** The data file's own period (a JSON dataset's `period`), else `--period`. */
  period?: string;
  /** The file that was read: name, size, SHA-256. */
  source: DataSource;
  /** For a spreadsheet: where a unit's value for an indicator is, given or not (core's `ReadResult.cellOf`). */
  cellOf?: (unit: number, key: string) => CellLocation | undefined;
}

/**
 * Reads a data file (.csv, .tsv, .xlsx or .json) against a framework, with the options every
 * data-reading command shares. A file the reader refuses (a {@link DtiError}: malformed, too large)
 * is a data problem (exit 1) with the reader's message. A JSON dataset that states its period keeps
 * it: a different `--period` is a usage error naming both, never a silent choice of one.
 */
export function loadData(
  path: string | undefined,
  framework: Framework,
  options: Pick<DataOptions, 'sheet' | 'period' | 'numberLocale' | 'strict'> & {
    progress?: Progress;
    /** Language of a refusal's message (default vi). */
    locale?: Locale;
  },
): DataInput {
  if (!path)
    throw new CliError(
      { vi: 'cần một tệp số liệu (.csv, .xlsx hoặc .json)', en: 'a data file is required (.csv, .xlsx or .json)' },
      EXIT.usage,
    );
  const { size, regular } = fileSize(path);
  const isJson = extname(path).toLowerCase() === '.json';
  const readOptions: ReadDatasetOptions = {
    name: path.split(/[\\/]/u).pop() ?? path,
    locale: options.numberLocale,
    strict: options.strict,
    ...(options.sheet && { sheet: options.sheet }),
    ...(options.period && { period: options.period }),
  };
  // A file whose size is known to be over the limit is refused before a byte of it is read.
  if (regular && size > DEFAULT_MAX_CSV_BYTES)
    refused(path, () => {
      throw dataTooLarge(size, isJson)(head(path));
    });
  if (regular && !isJson && options.sheet) refuseSheetOfCsv(path, options.sheet, head(path));
  // CSV streams: memory follows the dataset, not the file. A pipe or a device counts as it is read.
  const streamed =
    !isJson && !options.sheet
      ? refused(path, () => streamCsv(path, framework, readOptions, options.progress, size))
      : undefined;
  options.progress?.done();
  const { result, source } = streamed ?? readWhole(path, framework, readOptions, options, isJson, size);
  // A spreadsheet has no period of its own (the reader sets --period on it); a JSON dataset may.
  // Records are built from the columns only if asked for: not here.
  const own = result.columnar ? result.columnar.period : result.dataset.period;
  if (own !== undefined && options.period !== undefined && own !== options.period)
    throw new CliError(
      {
        vi: `${path} ghi kỳ "${own}" nhưng --period là "${options.period}": bỏ --period hoặc sửa tệp`,
        en: `${path} states period "${own}" but --period says "${options.period}": leave out --period or correct the file`,
      },
      EXIT.usage,
    );
  const period = own ?? options.period;
  return {
    ...(result.prepared && { prepared: result.prepared }),
    issues: result.issues,
    units: result.columnar ? result.columnar.ids.length : result.dataset.units.length,
    ...(period !== undefined && { period }),
    source,
    ...(result.cellOf && { cellOf: result.cellOf }),
  };
}
