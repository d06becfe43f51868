// The scoring path: validation, spreadsheets, presets. Loaded only when raw data must be scored, so
// pages that show a ready score table do not download it.

import {
  type DtiIssue,
  type Framework,
  formatIssue,
  loadPreset,
  presetIds,
  ScoreResult,
  type ScoreTable,
  score,
  scoreTable,
  validateFramework,
} from '@dti-kit/core';
import { type ReadResult, readDataset } from '@dti-kit/core/sheets';
import type { Locale } from '../shared/locale.js';
import { fetchBytes, isScoreTable, LoadError, parseJson } from './table-source.js';

// The sentences of this path travel with it, not with the table every page downloads.
const SAY = {
  vi: {
    framework: (id: string) => `Bộ chỉ số ${id} không hợp lệ`,
    problems: (what: string, n: number) => `${what}${n} lỗi trong số liệu`,
    noFramework: 'Số liệu chưa có bộ chỉ số: hãy đặt thuộc tính framework (mã bộ chỉ số có sẵn hoặc URL).',
    spreadsheet: (src: string) => `${src} là bảng tính: hãy đặt thuộc tính framework để chấm điểm.`,
    unknownPreset: (id: string, ids: readonly string[]) =>
      `Không có bộ chỉ số có sẵn nào tên "${id}". Các bộ chỉ số có sẵn: ${ids.join(', ')}.`,
  },
  en: {
    framework: (id: string) => `framework ${id} is not valid`,
    problems: (what: string, n: number) => `${what}${n} problem${n === 1 ? '' : 's'} in the data`,
    noFramework: 'data without a framework: set the framework attribute (a preset id or a URL)',
    spreadsheet: (src: string) => `${src} is a spreadsheet: set the framework attribute to score it`,
    unknownPreset: (id: string, ids: readonly string[]) =>
      `There is no preset framework "${id}". The presets are: ${ids.join(', ')}.`,
  },
} satisfies Record<Locale, unknown>;

/**
 * Raw data brings issues to word: their sentences come with the scoring code, not in a request of their
 * own. The element hands them to `issueText` (so they arrive whichever copy of it this module reaches).
 *
 * @example provideIssueText((await import('./load.js')).formatIssue)
 */
export { formatIssue };

/** A score table and what the reader warned about while reading the data it was scored from. */
export interface ScoredTable {
  table: ScoreTable;
  /** Issues with severity `warning` from reading and validating the data; empty for a ready table. */
  warnings: DtiIssue[];
}

/**
 * The bytes of a framework file at `url`. A name like a preset id ("dti-provnce-2022": no dot, no slash)
 * that no file answers is taken for a mistyped preset: the error lists the presets, not a bare 404.
 */
async function frameworkBytes(url: string, signal: AbortSignal | undefined, locale: Locale): Promise<Uint8Array> {
  try {
    return await fetchBytes(url, signal, locale);
  } catch (error) {
    if (signal?.aborted || !/^[\p{L}\p{N}_-]+$/u.test(url)) throw error;
    throw new LoadError(SAY[locale].unknownPreset(url, presetIds));
  }
}

/**
 * A validated framework and its own warnings (a former spelling, a tier gap), each message starting
 * with where the framework came from (its URL, or its id when given as an object), so a reader tells
 * them from the data's.
 */
export interface ResolvedFramework {
  framework: Framework;
  warnings: DtiIssue[];
}

/**
 * A framework from a preset id, a URL of a framework JSON, or an object; validated, with its warnings.
 *
 * @example (await resolveFramework('khung-cu.json'))?.warnings[0]?.message // → 'khung-cu.json: missing.method: "method" is the former name of "type"; …'
 */
export async function resolveFramework(
  spec: string | Framework | undefined,
  signal?: AbortSignal,
  locale: Locale = 'en',
): Promise<ResolvedFramework | undefined> {
  if (spec === undefined || spec === '') return undefined;
  // A preset validates without a warning (the docs' playground-presets test holds every one to it).
  if (typeof spec === 'string' && presetIds.includes(spec)) return { framework: await loadPreset(spec), warnings: [] };
  const json =
    typeof spec === 'string'
      ? await parseJson(new TextDecoder().decode(await frameworkBytes(spec, signal, locale)), spec, locale)
      : spec;
  const result = validateFramework(json);
  const name = typeof spec === 'string' ? spec : spec.id;
  if (!result.success) throw new LoadError(SAY[locale].framework(name), result.issues);
  const warnings = result.warnings.map((i) => ({
    ...i,
    message: `${name}: ${formatIssue(i, 'en')}`,
    messageVi: `${name}: ${formatIssue(i, 'vi')}`,
  }));
  return { framework: result.data, warnings };
}

/**
 * Scores what the reader produced, or refuses with its errors; the framework's warnings, then the
 * reader's, travel with the table.
 */
function scored(
  read: ReadResult,
  { framework, warnings }: ResolvedFramework,
  what: string,
  locale: Locale,
): ScoredTable {
  const errors = read.issues.filter((i) => i.severity === 'error');
  if (!read.prepared) throw new LoadError(SAY[locale].problems(what, errors.length), errors);
  return {
    table: scoreTable(score(framework, read.prepared)),
    warnings: [...warnings, ...read.issues.filter((i) => i.severity === 'warning')],
  };
}

/** A score table from anything the table accepts: a table, a result, or raw data with a framework. */
export function toTable(
  input: ScoreTable | ScoreResult | unknown,
  framework: ResolvedFramework | undefined,
  locale: Locale = 'en',
): ScoredTable {
  if (input instanceof ScoreResult) return { table: scoreTable(input), warnings: [] };
  if (isScoreTable(input)) return { table: input, warnings: [] };
  if (!framework) throw new LoadError(SAY[locale].noFramework);
  return scored(readDataset(input as never, framework.framework), framework, '', locale);
}

/**
 * Scores `input` with the framework `spec` names (a preset id, a framework's URL or the framework itself),
 * which is fetched and validated first; aborted with `signal`, its sentences in `locale`.
 */
type Scorer<T> = (
  input: T,
  spec: string | Framework | undefined,
  signal?: AbortSignal,
  locale?: Locale,
) => Promise<ScoredTable>;

/** Raw data (a dataset object, CSV text) scored with the framework `spec` names; a score table or result is taken as it is. */
export const scoreValue: Scorer<unknown> = async (input, spec, signal, locale = 'en') =>
  toTable(input, await resolveFramework(spec, signal, locale), locale);

/** Fetches `src` (a score table or dataset JSON, CSV or XLSX) and turns it into a score table. */
export const loadTable: Scorer<string> = async (src, spec, signal, locale = 'en') => {
  const [bytes, framework] = await Promise.all([
    fetchBytes(src, signal, locale),
    resolveFramework(spec, signal, locale),
  ]);
  // A dataset is read from its bytes, not a parsed object, so a key given twice ({"a": 10, "a": 90}) is
  // refused instead of silently keeping the last.
  const fromBytes = (f: ResolvedFramework) =>
    scored(readDataset(bytes, f.framework, { name: src.split('/').pop() ?? src }), f, `${src}: `, locale);
  const isJson = /\.json($|\?)/iu.test(src) || bytes[0] === 0x7b;
  if (isJson) {
    const json = await parseJson(new TextDecoder().decode(bytes), src, locale);
    return isScoreTable(json) || !framework ? toTable(json, framework, locale) : fromBytes(framework);
  }
  // Markup is a web page (a portal's own page at a wrong address, served with 200), not a spreadsheet.
  if (new TextDecoder().decode(bytes.subarray(0, 64)).trimStart().startsWith('<')) {
    const { webPageMessage } = await import('../shared/unreadable.js');
    throw new LoadError(webPageMessage(src, locale));
  }
  if (!framework) throw new LoadError(SAY[locale].spreadsheet(src));
  return fromBytes(framework);
};
