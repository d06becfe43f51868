import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import {
  DtiError,
  type DtiIssue,
  type Framework,
  type PreparedDataset,
  presetIds,
  presetUrl,
  validateFramework,
} from '@dti-kit/core';
import { type ReadDatasetOptions, readDataset } from '@dti-kit/core/sheets';
import { streamCsv } from './csv-stream-input.js';
import { type DataSource, describeSource } from './data-source.js';
import { CliError, EXIT } from './errors.js';
import type { DataOptions, Locale } from './options.js';
import type { Progress } from './progress.js';

function readBytes(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    throw new CliError(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      EXIT.io,
    );
  }
}

/** Reads a JSON file, or fails with the file and the position of the syntax error. */
export function readJson(path: string): unknown {
  const text = new TextDecoder().decode(readBytes(path));
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${path} is not valid JSON: ${(error as Error).message}`, EXIT.problems);
  }
}

/** A framework from a preset id or a JSON file; every problem of an invalid file is listed. */
export function loadFramework(spec: string | undefined): Framework {
  if (!spec)
    throw new CliError(`--framework is required: a preset id (${presetIds.join(', ')}) or a JSON file`, EXIT.usage);
  const isPreset = presetIds.includes(spec);
  // A bare word that is neither a preset nor a file is a mistyped preset id, not a missing file.
  if (!isPreset && !/[./\\]/u.test(spec) && !existsSync(spec))
    throw new CliError(`--framework ${spec}: not a preset id (${presetIds.join(', ')}) nor a file`, EXIT.usage);
  const json = isPreset ? readJson(presetUrl(spec).pathname) : readJson(spec);
  const result = validateFramework(json);
  if (!result.success)
    throw new CliError(
      [
        `framework ${spec} has ${result.issues.length} problem(s):`,
        ...result.issues.map((i) => `  ✗ ${i.message}`),
      ].join('\n'),
      EXIT.problems,
    );
  return result.data;
}

/** The 200 MB the reader allows a CSV file by default (its `maxBytes`): a larger file is refused whole. */
const DEFAULT_MAX_CSV_BYTES = 200 * 1024 * 1024;

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch (error) {
    throw new CliError(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      EXIT.io,
    );
  }
}

/** Runs a read; a file the reader refuses (a {@link DtiError}) is a data problem with the reader's message. */
function refused<T>(path: string, locale: Locale | undefined, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof DtiError)
      throw new CliError(
        `${path}: ${(locale ?? 'vi') === 'vi' ? (error.vi ?? error.message) : error.message}`,
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
  const bytes = readBytes(path);
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
    const result = refused(path, options.locale, () => readDataset(bytes, framework, withProgress));
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
    throw new CliError(`${path} is not a dataset: expected a JSON object {"units": [...]}`, EXIT.problems);
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
  if (!path) throw new CliError('a data file is required (.csv, .xlsx or .json)', EXIT.usage);
  const size = fileSize(path);
  const isJson = extname(path).toLowerCase() === '.json';
  const readOptions: ReadDatasetOptions = {
    name: path.split(/[\\/]/u).pop() ?? path,
    locale: options.numberLocale,
    strict: options.strict,
    ...(options.sheet && { sheet: options.sheet }),
    ...(options.period && { period: options.period }),
  };
  // CSV within the reader's size limit streams: memory follows the dataset, not the file.
  const streamed =
    !isJson && !options.sheet && size <= DEFAULT_MAX_CSV_BYTES
      ? refused(path, options.locale, () => streamCsv(path, framework, readOptions, options.progress, size))
      : undefined;
  options.progress?.done();
  const { result, source } = streamed ?? readWhole(path, framework, readOptions, options, isJson, size);
  // A spreadsheet has no period of its own (the reader sets --period on it); a JSON dataset may.
  // Records are built from the columns only if asked for: not here.
  const own = result.columnar ? result.columnar.period : result.dataset.period;
  if (own !== undefined && options.period !== undefined && own !== options.period)
    throw new CliError(
      `${path} states period "${own}" but --period says "${options.period}": leave out --period or correct the file`,
      EXIT.usage,
    );
  const period = own ?? options.period;
  return {
    ...(result.prepared && { prepared: result.prepared }),
    issues: result.issues,
    units: result.columnar ? result.columnar.ids.length : result.dataset.units.length,
    ...(period !== undefined && { period }),
    source,
  };
}
