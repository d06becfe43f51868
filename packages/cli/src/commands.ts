import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  type Crosswalk,
  compare,
  type DtiIssue,
  type Framework,
  frameworkJsonSchema,
  type Indicator,
  presetIds,
  presets,
  type RankedTable,
  rollUp,
  ScoreResult,
  score,
  walkFramework,
} from '@dti-kit/core';
import { labelIn } from '@dti-kit/core/present';
import { type MergedRange, type SheetToWrite, writeCsv, writeXlsx } from '@dti-kit/core/sheets';
import { type ComparedPeriod, comparisonTable, markedChanges } from './compare-table.js';
import {
  comparabilityWarnings,
  crosswalkWarnings,
  unknownCrosswalkIds,
  unmatchedWarnings,
} from './compare-warnings.js';
import { missingRules, missingValuesNote } from './coverage-note.js';
import { CliError, EXIT } from './errors.js';
import { csvBlocks, formatJson, formatTable } from './formats.js';
import { formatHtml, usableColour } from './html-report.js';
import { type DataInput, type LoadedFramework, loadData, readFramework, readJson } from './inputs.js';
import { countMissing, missingValueLines, missingValues } from './missing-values.js';
import { type DataOptions, dataOptions, localeOption, type Options, oneOf, stringOption } from './options.js';
import { printable } from './printable.js';
import { Progress } from './progress.js';
import { rankedSetNote } from './ranked-set.js';
import { type IssueCounts, reportIssues, unscoredMessage, validationLine } from './report.js';
import { textTable } from './text.js';
import { VERSION } from './version.js';
import { writeFileAtomically } from './write-file.js';

/** What every command gets: parsed options and where to write. */
export interface Context {
  positionals: string[];
  options: Options;
  out: (text: string) => void;
  err: (line: string) => void;
}

const str = (ctx: Context, name: string) => stringOption(ctx.options, name);

/**
 * Writes to --out, or else to standard output; text in parts (a large CSV) is written part by part,
 * to a file or to standard output alike: joined first, a league table of a million units would stand
 * whole in memory as one text, and again as its printable copy.
 */
function write(ctx: Context, text: string | Uint8Array | (() => Iterable<string>)): void {
  const out = str(ctx, 'out');
  if (!out) {
    if (typeof text === 'function') for (const part of text()) ctx.out(part);
    else if (typeof text !== 'string')
      throw new CliError({ vi: 'tệp nhị phân cần --out <tệp>', en: 'binary output needs --out <file>' }, EXIT.usage);
    else ctx.out(text);
    return;
  }
  writeFileAtomically(out, typeof text === 'function' ? text() : text);
  ctx.err(`→ ${out}`);
}

/**
 * Reads a data file and lists its issues, after the framework's own warnings (`frameworkWarnings`,
 * each naming the framework file): one list, one count. The data comes back with both in `issues`.
 */
function readIssues(
  ctx: Context,
  path: string | undefined,
  { framework, warnings }: LoadedFramework,
  options: DataOptions,
): { data: DataInput; counts: IssueCounts } {
  const read = loadData(path, framework, { ...options, progress: new Progress(!options.quiet) });
  const data = { ...read, issues: [...warnings, ...read.issues] };
  return { data, counts: reportIssues(data.issues, ctx.err, options) };
}

function scoreFile(
  ctx: Context,
  path: string | undefined,
  loaded: LoadedFramework,
  options: DataOptions,
): { result: ScoreResult; data: DataInput } {
  // Where each cell came from serves only to list missing values (`validate --verbose`). Kept, it would
  // keep the reader (every value cell's text, every row's line) in memory through scoring and writing:
  // it is let go here, before scoring, which is when memory peaks.
  const { data, counts } = withoutCells(readIssues(ctx, path, loaded, options));
  const { prepared } = data;
  if (counts.errors > 0 || !prepared)
    throw new CliError(
      { vi: unscoredMessage(path ?? '', counts.errors, 'vi'), en: unscoredMessage(path ?? '', counts.errors, 'en') },
      EXIT.problems,
    );
  return { result: score(loaded.framework, prepared), data };
}

/** What was read, without `cellOf` (and the reader it keeps). */
function withoutCells<T extends { data: DataInput }>({ data: { cellOf: _cells, ...data }, ...rest }: T) {
  return { ...rest, data };
}

const FORMATS = ['table', 'csv', 'json', 'html'] as const;

/** `dti score <data> --framework <id|file> [--format table|csv|json|html] [--out file]` */
export function scoreCommand(ctx: Context): number {
  // Every option is checked before the (possibly long) read, so a typo fails at once.
  const options = dataOptions(ctx.options);
  const format = oneOf(ctx.options, 'format', FORMATS, 'table');
  const spec = str(ctx, 'framework');
  const loaded = readFramework(spec, options.strict);
  const { framework } = loaded;
  const { result, data } = scoreFile(ctx, ctx.positionals[0], loaded, options);
  const { locale } = options;
  const { period } = data;
  const indicators = ctx.options.indicators === true;
  if (format === 'table') write(ctx, formatTable(result, locale, period, data.issues, indicators));
  else if (format === 'csv') write(ctx, () => csvBlocks(result, locale, indicators));
  else if (format === 'json') write(ctx, formatJson(result, indicators, period, data.issues));
  else {
    const preset = spec !== undefined && presetIds.includes(spec) ? presets.find((p) => p.id === spec) : undefined;
    for (const tier of framework.tiers ?? [])
      if (tier.color !== undefined && !usableColour(tier.color))
        ctx.err(
          locale === 'vi'
            ? `! màu "${tier.color}" của xếp loại ${tier.id} không phải màu CSS: trang HTML chỉ ghi tên xếp loại`
            : `! the colour "${tier.color}" of tier ${tier.id} is not a CSS colour: the HTML page shows the tier by name only`,
        );
    if (period === undefined)
      ctx.err(
        locale === 'vi'
          ? '! tệp số liệu không ghi kỳ đánh giá: trang HTML ghi "không ghi trong tệp số liệu" (thêm --period 2024 chẳng hạn)'
          : '! the data file states no period: the HTML page says so (add --period 2024, say)',
      );
    write(
      ctx,
      formatHtml(result, locale, {
        source: data.source,
        period,
        generated: new Date(),
        version: VERSION,
        issues: data.issues,
        preset,
        indicators,
      }),
    );
  }
  return EXIT.ok;
}

/** `dti validate <data> --framework <id|file> [--strict]` */
export function validateCommand(ctx: Context): number {
  const options = dataOptions(ctx.options);
  const loaded = readFramework(str(ctx, 'framework'), options.strict);
  const path = ctx.positionals[0];
  const { data, counts } = readIssues(ctx, path, loaded, options);
  if (counts.errors > 0) return EXIT.problems;
  const line = validationLine(
    {
      path: path ?? '',
      units: data.units,
      period: data.period,
      framework: loaded.framework.id,
      warnings: counts.warnings,
    },
    options.locale,
  );
  ctx.out(`${line}\n`);
  // A blank cell passes validation, yet the framework's rule scores it: the verdict says how many and what happens.
  const missing = data.prepared ? countMissing(data.prepared) : undefined;
  if (data.prepared && missing && missing.values > 0) {
    const rules = missingRules(loaded.framework, data.issues, missing.indicators);
    ctx.out(`${missingValuesNote(missing.values, missing.units, rules, options.locale)}\n`);
    if (options.verbose)
      for (const l of missingValueLines(missingValues(data.prepared, data.cellOf), options.locale)) ctx.out(`${l}\n`);
  }
  return EXIT.ok;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const numberOrNull = (x: unknown) => x === null || (typeof x === 'number' && Number.isFinite(x));

/** What a score table says of all its units: its root node's id, the slack of its precision, a rule of whole ranks. */
type TableFacts = { root: string | undefined; slack: number; whole: string | undefined };

function tableFacts(json: Record<string, unknown>): TableFacts {
  const fw = isObject(json.framework) ? json.framework : {};
  const root = Array.isArray(json.nodes) ? json.nodes.find((n) => isObject(n) && n.parent === null) : undefined;
  return {
    root: isObject(root) && typeof root.id === 'string' ? root.id : undefined,
    slack: typeof fw.precision === 'number' ? 0.5 * 10 ** -fw.precision : 1e-9,
    whole: typeof fw.ties === 'string' && fw.ties !== 'fractional' ? fw.ties : undefined,
  };
}

// A score table edited by hand or cut short must fail with its place, not as a TypeError deep in compare;
// one that contradicts itself (as the league table refuses it) must not be compared as if it were right.
function rankedUnit(
  u: unknown,
  where: string,
  facts: TableFacts,
): { id: string; name: string; value: number | null; rank: number | null } {
  if (
    isObject(u) &&
    typeof u.id === 'string' &&
    typeof u.name === 'string' &&
    numberOrNull(u.value) &&
    numberOrNull(u.rank)
  ) {
    const { value, rank } = u as { value: number | null; rank: number | null };
    const node = facts.root !== undefined && isObject(u.nodes) ? u.nodes[facts.root] : undefined;
    const root = isObject(node) ? node.value : undefined;
    if (typeof root === 'number' && value !== null && Math.abs(root - value) > facts.slack)
      throw new CliError(
        {
          vi: `${where} (${u.name}): nodes.${facts.root}.value = ${root} phải bằng điểm của đơn vị (value = ${value}): điểm của một đơn vị là điểm nút gốc của nó`,
          en: `${where} (${u.name}): nodes.${facts.root}.value = ${root} must equal the unit's value (value = ${value}): a unit's value is its root node's value`,
        },
        EXIT.problems,
      );
    if (facts.whole && rank !== null && !Number.isInteger(rank))
      throw new CliError(
        {
          vi: `${where} (${u.name}): rank = ${rank} là hạng lẻ, nhưng framework.ties = "${facts.whole}" chỉ cho hạng nguyên`,
          en: `${where} (${u.name}): rank = ${rank} is a fractional rank, but framework.ties = "${facts.whole}" gives whole ranks only`,
        },
        EXIT.problems,
      );
    return { id: u.id, name: u.name, value, rank };
  }
  throw new CliError(
    {
      vi: `${where}: cần {"id", "name", "value", "rank"} như dti score --format json ghi`,
      en: `${where}: expected {"id", "name", "value", "rank"} as written by dti score --format json`,
    },
    EXIT.problems,
  );
}

/** Whether a unit's score rests on partial data, as `dti score` marks it: coverage below 100 % or values filled in. */
const restsOnPartialData = (u: { value: number | null; coverage?: unknown; imputed?: unknown }) =>
  u.value !== null &&
  ((typeof u.coverage === 'number' && u.coverage < 1) || (typeof u.imputed === 'number' && u.imputed > 0));

/**
 * A period to compare: a score table written by `dti score --format json`, or a data file scored here
 * with the framework. `scored` says which, so the framework's warnings are listed once, with the first
 * file scored.
 */
function tableFrom(
  ctx: Context,
  path: string | undefined,
  framework: LoadedFramework | undefined,
  options: DataOptions,
): { table: RankedTable; period: ComparedPeriod; issues: readonly DtiIssue[]; scored: boolean } {
  if (path?.endsWith('.json')) {
    const json = readJson(path);
    if (isObject(json) && json.kind === 'dti-score-table' && Array.isArray(json.units)) {
      const facts = tableFacts(json);
      const units = json.units.map((u: unknown, i) => rankedUnit(u, `${path}: units[${i}]`, facts));
      const precision = isObject(json.framework) ? json.framework.precision : undefined;
      const { id, version } = isObject(json.framework) ? json.framework : {};
      const partial = new Set<string>();
      json.units.forEach((u: unknown, i) => {
        const unit = units[i];
        if (unit && isObject(u) && restsOnPartialData({ value: unit.value, coverage: u.coverage, imputed: u.imputed }))
          partial.add(unit.id);
      });
      return {
        table: units,
        period: {
          partial,
          precision: typeof precision === 'number' ? precision : undefined,
          scoredWith: typeof id === 'string' && typeof version === 'string' ? { id, version } : undefined,
        },
        issues: [],
        scored: false,
      };
    }
  }
  if (!framework)
    throw new CliError(
      {
        vi: `${path} không phải bảng điểm (dti score --format json): thêm --framework để chấm điểm tệp này`,
        en: `${path} is not a score table (dti score --format json): give --framework to score it`,
      },
      EXIT.usage,
    );
  const { result, data } = scoreFile(ctx, path, framework, options);
  return {
    table: result,
    period: {
      partial: new Set(result.units.filter(restsOnPartialData).map((u) => u.id)),
      precision: result.framework.precision,
      scoredWith: { id: result.framework.id, version: result.framework.version },
      tieRule: result.framework,
    },
    issues: data.issues,
    scored: true,
  };
}

/**
 * A crosswalk file: `[{ to, from: [...] }]`, `{ "old-id": "new-id" }`, or either under a `crosswalk`
 * key (as `province-merger-2025.json` has it). Anything else is refused with the file named.
 */
function crosswalkFrom(path: string): Crosswalk {
  const json = readJson(path);
  const inner =
    json !== null && typeof json === 'object' && !Array.isArray(json) && 'crosswalk' in json ? json.crosswalk : json;
  const isText = (x: unknown) => typeof x === 'string';
  const valid = Array.isArray(inner)
    ? inner.every(
        (row: unknown) =>
          row !== null &&
          typeof row === 'object' &&
          isText((row as { to?: unknown }).to) &&
          Array.isArray((row as { from?: unknown }).from) &&
          (row as { from: unknown[] }).from.every(isText),
      )
    : inner !== null && typeof inner === 'object' && Object.values(inner).every(isText);
  if (!valid)
    throw new CliError(
      {
        vi: `${path} không phải bảng chuyển đổi đơn vị: cần [{ "to": "mã-mới", "from": ["mã-cũ", …] }, …] hoặc { "mã-cũ": "mã-mới", … }`,
        en: `${path} is not a crosswalk: expected [{ "to": "new-id", "from": ["old-id", …] }, …] or { "old-id": "new-id", … }`,
      },
      EXIT.problems,
    );
  // Core refuses a crosswalk that would combine wrong numbers (a former unit in two entries…): said
  // here, before any data file is read, in the chosen language.
  try {
    rollUp([], inner as Crosswalk);
  } catch (error) {
    const [vi = '', en = vi] = String((error as Error).message)
      .replace(/^rollUp: /, '')
      .split(' / ');
    throw new CliError({ vi: `${path}: ${vi}`, en: `${path}: ${en}` }, EXIT.problems);
  }
  return inner as Crosswalk;
}

/** The ids of a period's units, before any crosswalk. */
const idsOf = (table: RankedTable): string[] =>
  table instanceof ScoreResult ? table.units.map((u) => u.id) : table.map((u) => u.id);

/** A file's real path, so that "a.json" and "./a.json" (or a link to it) are seen as one file. */
function sameFile(path: string): string {
  try {
    return realpathSync(resolve(path));
  } catch {
    return path;
  }
}

/** `dti compare <previous> <current> [--framework <id|file>] [--crosswalk file]` */
export function compareCommand(ctx: Context): number {
  const [before, after] = ctx.positionals;
  if (!before || !after)
    throw new CliError(
      { vi: 'lệnh compare cần hai tệp: <trước> <nay>', en: 'compare needs two files: <previous> <current>' },
      EXIT.usage,
    );
  const options = dataOptions(ctx.options);
  const format = oneOf(ctx.options, 'format', ['table', 'json'], 'table');
  const spec = str(ctx, 'framework');
  const framework = spec ? readFramework(spec, options.strict) : undefined;
  const crosswalkFile = str(ctx, 'crosswalk');
  const crosswalk = crosswalkFile ? crosswalkFrom(crosswalkFile) : undefined;
  const previous = tableFrom(ctx, before, framework, options);
  // The framework's warnings are about one file, not about each data file: listed with the first scored.
  const rest = previous.scored && framework ? { ...framework, warnings: [] } : framework;
  const current = tableFrom(ctx, after, rest, options);
  const changes = compare(previous.table, current.table, {
    ...(crosswalk && { crosswalk }),
    ...(framework?.framework.ties && { ties: framework.framework.ties }),
  });
  const warnings = [
    ...comparabilityWarnings(
      [sameFile(before), sameFile(after)],
      [previous.period.scoredWith, current.period.scoredWith],
    ),
    ...(crosswalk ? crosswalkWarnings(crosswalk, idsOf(previous.table), idsOf(current.table)) : []),
    ...unmatchedWarnings(changes),
  ];
  for (const w of warnings) ctx.err(`! ${printable(w[options.locale])}`);
  const rules = framework && missingRules(framework.framework, [...previous.issues, ...current.issues]);
  const unknown = crosswalk ? unknownCrosswalkIds(crosswalk, idsOf(previous.table), idsOf(current.table)) : [];
  if (format === 'json') {
    // The table says it under the rows; JSON, an array of changes, gets it with the warnings.
    const note = rankedSetNote(changes, options.locale, unknown);
    if (note) ctx.err(`! ${note}`);
    write(ctx, `${JSON.stringify(markedChanges(changes, previous.period, current.period, crosswalk), null, 2)}\n`);
  } else
    write(ctx, comparisonTable(changes, previous.period, current.period, crosswalk, rules, options.locale, unknown));
  return EXIT.ok;
}

/** Every indicator in framework order, with the Vietnamese name of the group it sits in. */
function leaves(framework: Framework): { indicator: Indicator; group: string }[] {
  const out: { indicator: Indicator; group: string }[] = [];
  walkFramework(framework.root, (node, _path, parent) => {
    if (node.kind === 'indicator') out.push({ indicator: node, group: (parent ?? framework.root).label.vi });
  });
  return out;
}

/** The columns of a template to fill in: each indicator without a formula (under its group's name), then each field. */
function templateColumns(framework: Framework) {
  const direct = leaves(framework).filter((l) => !l.indicator.formula);
  return [
    ...direct.map(({ indicator, group }) => ({
      head: indicator.unit ? `${indicator.label.vi} (${indicator.unit})` : indicator.label.vi,
      group,
      id: indicator.id,
      unit: indicator.unit ?? '',
      how:
        indicator.method.type === 'yesNo'
          ? 'có / không'
          : indicator.unit === '%'
            ? 'số phần trăm, ví dụ 97,8 hoặc 97,8%'
            : 'số, ví dụ 2.528 hoặc 10/21',
      description: indicator.description?.vi ?? '',
    })),
    ...(framework.fields ?? []).map((field) => ({
      head: field.unit ? `${field.label.vi} (${field.unit})` : field.label.vi,
      group: 'Số liệu gốc',
      id: field.id,
      unit: field.unit ?? '',
      how: 'số, ví dụ 21',
      description: 'Dùng để tính các chỉ số theo công thức',
    })),
  ];
}

/** The merged ranges of the group row (row 1): one over each run of columns of the same group, from column `first` on. */
function groupMerges(groupRow: readonly (string | null)[], first: number): MergedRange[] {
  const merges: MergedRange[] = [];
  let start = first;
  for (let c = first + 1; c <= groupRow.length; c++)
    if (c === groupRow.length || groupRow[c] !== groupRow[start]) {
      if (c - 1 > start) merges.push({ top: 0, left: start, bottom: 0, right: c - 1 });
      start = c;
    }
  return merges;
}

/** `dti init <framework> [--out template.xlsx|template.csv]`: a spreadsheet to fill in. */
export function initCommand(ctx: Context): number {
  const { framework, warnings } = readFramework(ctx.positionals[0] ?? str(ctx, 'framework'));
  // The template is for this framework: a former spelling in it is said here as score and validate say it.
  reportIssues(warnings, ctx.err, { locale: localeOption(ctx.options) });
  const unitCols = ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Đơn vị cấp trên'];
  const formulaFields = new Set((framework.fields ?? []).map((f) => f.id));
  const columns = templateColumns(framework);
  const out = str(ctx, 'out') ?? `${framework.id}-mau.xlsx`;
  if (out.endsWith('.csv')) {
    write({ ...ctx, options: { ...ctx.options, out } }, writeCsv([[...unitCols, ...columns.map((c) => c.head)]]));
    return EXIT.ok;
  }
  const groups: (string | null)[] = [null, null, null, null, ...columns.map((c) => c.group)];
  const merges = groupMerges(groups, unitCols.length);
  // A merged range holds its value in the top-left cell only, as Excel saves it: a value in another
  // cell of the range is what the reader warns about, so the untouched template would warn about itself.
  const covered = new Set(merges.flatMap((m) => Array.from({ length: m.right - m.left }, (_, k) => m.left + 1 + k)));
  const groupRow = groups.map((g, c) => (covered.has(c) ? null : g));
  const sheets: SheetToWrite[] = [
    {
      name: 'Số liệu',
      rows: [groupRow, [...unitCols, ...columns.map((c) => c.head)], [1, null, null, null, ...columns.map(() => null)]],
      merges,
      headerRows: 2,
      widths: [6, 16, 24, 18, ...columns.map((c) => Math.min(40, Math.max(14, c.head.length * 0.8)))],
    },
    {
      name: 'Hướng dẫn',
      rows: [
        ['Cột', 'Mã', 'Đơn vị tính', 'Cách nhập', 'Mô tả'],
        ...columns.map((c) => [c.head, c.id, c.unit, c.how, c.description]),
        [],
        [
          `Bộ chỉ số: ${framework.label.vi} (${framework.id} ${framework.version}). Ô để trống là chưa có số liệu. "trên 75%" được tính là 75 và có cảnh báo.`,
        ],
        [`Trường tính theo công thức: ${[...formulaFields].join(', ') || 'không có'}.`],
      ],
      headerRows: 1,
      widths: [40, 24, 12, 30, 60],
    },
  ];
  write({ ...ctx, options: { ...ctx.options, out } }, writeXlsx(sheets));
  return EXIT.ok;
}

/** `dti schema [--out file]`: the JSON Schema of the framework format. */
export function schemaCommand(ctx: Context): number {
  write(ctx, `${JSON.stringify(frameworkJsonSchema(), null, 2)}\n`);
  return EXIT.ok;
}

/** A preset's status in words, for the list of presets. */
const PRESET_STATUS = {
  vi: { 'main-indices': 'chỉ số chính', unverified: 'chưa kiểm chứng', template: 'mẫu', gap: 'chưa có' },
  en: { 'main-indices': 'main indices', unverified: 'unverified', template: 'template', gap: 'no preset' },
} as const;

/** `dti frameworks`: the presets, their status and sources, in the language of `--locale`. */
export function frameworksCommand(ctx: Context): number {
  const locale = localeOption(ctx.options);
  const status = PRESET_STATUS[locale];
  const rows = presets.map((p) => [p.id, status[p.status], labelIn(p.label, locale), labelIn(p.source, locale)]);
  const head = locale === 'vi' ? ['Mã', 'Trạng thái', 'Tên', 'Nguồn'] : ['Id', 'Status', 'Name', 'Source'];
  ctx.out(`${textTable(head, rows, [false, false, false, false])}\n`);
  for (const p of presets) if (p.gap) ctx.out(`\n${p.id}: ${labelIn(p.gap, locale)}`);
  ctx.out('\n');
  return EXIT.ok;
}
