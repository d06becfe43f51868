// The scoring path: validation, spreadsheets, presets. Loaded only when raw data must be scored, so
// pages that show a ready score table do not download it.

import {
  type Framework,
  loadPreset,
  presetIds,
  readDataset,
  ScoreResult,
  type ScoreTable,
  score,
  scoreTable,
  validateFramework,
} from '@dti-kit/core';
import { fetchBytes, isScoreTable, LoadError } from './table-source.js';

/** A framework from a preset id, a URL of a framework JSON, or an object; validated. */
export async function resolveFramework(spec: string | Framework | undefined): Promise<Framework | undefined> {
  if (spec === undefined || spec === '') return undefined;
  if (typeof spec === 'string' && presetIds.includes(spec)) return loadPreset(spec);
  const json = typeof spec === 'string' ? JSON.parse(new TextDecoder().decode(await fetchBytes(spec))) : spec;
  const result = validateFramework(json);
  if (!result.success) throw new LoadError(`framework ${typeof spec === 'string' ? spec : json.id}`, result.issues);
  return result.data;
}

/** A score table from anything the table accepts: a table, a result, or raw data with a framework. */
export function toTable(input: ScoreTable | ScoreResult | unknown, framework: Framework | undefined): ScoreTable {
  if (input instanceof ScoreResult) return scoreTable(input);
  if (isScoreTable(input)) return input;
  if (!framework) throw new LoadError('data without a framework: set the framework attribute (a preset id or a URL)');
  const read = readDataset(input as never, framework);
  if (!read.prepared)
    throw new LoadError(
      `${read.issues.filter((i) => i.severity === 'error').length} problem(s) in the data`,
      read.issues.filter((i) => i.severity === 'error'),
    );
  return scoreTable(score(framework, read.prepared));
}

/** Fetches `src` (a score table or dataset JSON, CSV or XLSX) and turns it into a score table. */
export async function loadTable(src: string, frameworkSpec: string | Framework | undefined): Promise<ScoreTable> {
  const [bytes, framework] = await Promise.all([fetchBytes(src), resolveFramework(frameworkSpec)]);
  const isJson = /\.json($|\?)/iu.test(src) || bytes[0] === 0x7b;
  if (isJson) {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes));
    } catch (error) {
      throw new LoadError(`${src}: ${(error as Error).message}`);
    }
    return toTable(json, framework);
  }
  if (!framework) throw new LoadError(`${src} is a spreadsheet: set the framework attribute to score it`);
  const read = readDataset(bytes, framework, { name: src.split('/').pop() ?? src });
  if (!read.prepared)
    throw new LoadError(
      `${src}: ${read.issues.filter((i) => i.severity === 'error').length} problem(s)`,
      read.issues.filter((i) => i.severity === 'error'),
    );
  return scoreTable(score(framework, read.prepared));
}
