import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import {
  DtiError,
  type DtiIssue,
  type Framework,
  type PreparedDataset,
  presetIds,
  presetUrl,
  type ReadDatasetOptions,
  readDataset,
  validateFramework,
} from '@dti-kit/core';
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
  const bytes = readBytes(path);
  const large = statSync(path).size > 512 * 1024;
  options.progress?.update('đọc tệp / reading', 0, 1);
  // A .json file is checked here for a clear syntax error, then read from its bytes: the parsed object
  // would have lost a key given twice ({"a": 10, "a": 90}), which the reader reports.
  if (extname(path).toLowerCase() === '.json') datasetJson(path);
  const input = bytes;
  const readOptions: ReadDatasetOptions = {
    name: path.split(/[\\/]/u).pop() ?? path,
    locale: options.numberLocale,
    strict: options.strict,
    ...(options.sheet && { sheet: options.sheet }),
    ...(options.period && { period: options.period }),
    ...(large &&
      options.progress && {
        onProgress: (done: number, total: number) => options.progress?.update('đọc dòng / rows', done, total),
      }),
  };
  let result: ReturnType<typeof readDataset>;
  try {
    result = readDataset(input, framework, readOptions);
  } catch (error) {
    if (error instanceof DtiError)
      throw new CliError(
        `${path}: ${(options.locale ?? 'vi') === 'vi' ? (error.vi ?? error.message) : error.message}`,
        EXIT.problems,
      );
    throw error;
  } finally {
    options.progress?.done();
  }
  // A spreadsheet has no period of its own (the reader sets --period on it); a JSON dataset may.
  const own = result.dataset.period;
  if (own !== undefined && options.period !== undefined && own !== options.period)
    throw new CliError(
      `${path} states period "${own}" but --period says "${options.period}": leave out --period or correct the file`,
      EXIT.usage,
    );
  const period = own ?? options.period;
  return {
    ...(result.prepared && { prepared: result.prepared }),
    issues: result.issues,
    units: result.dataset.units.length,
    ...(period !== undefined && { period }),
    source: describeSource(path, bytes, options.sheet),
  };
}
