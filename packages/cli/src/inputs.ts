import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import {
  type DtiIssue,
  type Framework,
  type PreparedDataset,
  presetIds,
  presetUrl,
  readDataset,
  validateFramework,
} from '@dti-kit/core';
import { CliError, EXIT } from './errors.js';
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

/** What reading a data file gave: the columns when valid, and every issue. */
export interface DataInput {
  prepared?: PreparedDataset;
  issues: DtiIssue[];
  units: number;
}

/** Reads a data file (.csv, .tsv, .xlsx or .json) against a framework. */
export function loadData(
  path: string | undefined,
  framework: Framework,
  options: { sheet?: string; locale?: 'vi' | 'en'; period?: string; progress?: Progress },
): DataInput {
  if (!path) throw new CliError('a data file is required (.csv, .xlsx or .json)', EXIT.usage);
  const bytes = readBytes(path);
  const large = statSync(path).size > 512 * 1024;
  options.progress?.update('đọc tệp / reading', 0, 1);
  const input = extname(path).toLowerCase() === '.json' ? (readJson(path) as never) : bytes;
  const result = readDataset(input, framework, {
    name: path.split(/[\\/]/u).pop() ?? path,
    ...(options.sheet && { sheet: options.sheet }),
    ...(options.locale && { locale: options.locale }),
    ...(options.period && { period: options.period }),
    ...(large &&
      options.progress && {
        onProgress: (done: number, total: number) => options.progress?.update('đọc dòng / rows', done, total),
      }),
  });
  options.progress?.done();
  return {
    ...(result.prepared && { prepared: result.prepared }),
    issues: result.issues,
    units: result.dataset.units.length,
  };
}

/**
 * Prints issues, errors first, then a count. Without `verbose`, at most `limit` issues of each kind are
 * shown and the rest counted, so a file with hundreds of bounds stays readable.
 */
export function reportIssues(
  issues: readonly DtiIssue[],
  write: (line: string) => void,
  options: { verbose?: boolean; limit?: number } = {},
): number {
  const limit = options.verbose ? Number.POSITIVE_INFINITY : (options.limit ?? 10);
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  for (const [mark, list] of [
    ['✗', errors],
    ['!', warnings],
  ] as const) {
    const shown = new Map<string, number>();
    for (const issue of list) {
      const n = (shown.get(issue.code) ?? 0) + 1;
      shown.set(issue.code, n);
      if (n <= limit) write(`${mark} ${issue.message}`);
    }
    for (const [code, n] of shown) if (n > limit) write(`${mark} … ${n - limit} more "${code}" (--verbose shows all)`);
  }
  if (issues.length > 0) write(`${errors.length} error(s), ${warnings.length} warning(s)`);
  return errors.length;
}
