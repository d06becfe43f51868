import { writeFileSync } from 'node:fs';
import {
  type Crosswalk,
  columnLetter,
  compare,
  type Framework,
  type FrameworkNode,
  frameworkJsonSchema,
  type Indicator,
  presets,
  type RankedTable,
  type ScoreTable,
  type SheetToWrite,
  score,
  writeXlsx,
} from '@dti-kit/core';
import { CliError, EXIT } from './errors.js';
import { formatCsv, formatHtml, formatJson, formatTable, type Locale } from './formats.js';
import { loadData, loadFramework, readJson, reportIssues } from './inputs.js';
import { Progress } from './progress.js';
import { textTable } from './text.js';

/** What every command gets: parsed options and where to write. */
export interface Context {
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
  out: (text: string) => void;
  err: (line: string) => void;
}

const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);
const localeOf = (ctx: Context): Locale => {
  const l = str(ctx.options.locale) ?? 'vi';
  if (l !== 'vi' && l !== 'en') throw new CliError(`--locale must be vi or en, not ${l}`, EXIT.usage);
  return l;
};

function write(ctx: Context, text: string | Uint8Array): void {
  const out = str(ctx.options.out);
  if (!out) {
    if (typeof text !== 'string') throw new CliError('binary output needs --out <file>', EXIT.usage);
    ctx.out(text);
    return;
  }
  try {
    writeFileSync(out, text);
  } catch (error) {
    throw new CliError(
      `cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      EXIT.io,
    );
  }
  ctx.err(`→ ${out}`);
}

function scoreFile(ctx: Context, path: string | undefined, framework: Framework) {
  const progress = new Progress(!ctx.options.quiet);
  const data = loadData(path, framework, {
    ...(str(ctx.options.sheet) && { sheet: str(ctx.options.sheet) as string }),
    ...(str(ctx.options.period) && { period: str(ctx.options.period) as string }),
    locale: str(ctx.options['number-locale']) === 'en' ? 'en' : 'vi',
    progress,
  });
  const errors = reportIssues(data.issues, ctx.err, { verbose: Boolean(ctx.options.verbose) });
  if (errors > 0 || !data.prepared)
    throw new CliError(`${path}: ${errors} error(s); nothing was scored`, EXIT.problems);
  return score(framework, data.prepared);
}

/** `dti score <data> --framework <id|file> [--format table|csv|json|html] [--out file]` */
export function scoreCommand(ctx: Context): number {
  const framework = loadFramework(str(ctx.options.framework));
  const result = scoreFile(ctx, ctx.positionals[0], framework);
  const format = str(ctx.options.format) ?? 'table';
  const locale = localeOf(ctx);
  if (format === 'table') write(ctx, formatTable(result, locale));
  else if (format === 'csv') write(ctx, formatCsv(result, locale));
  else if (format === 'json') write(ctx, formatJson(result, Boolean(ctx.options.indicators)));
  else if (format === 'html') write(ctx, formatHtml(result, locale));
  else throw new CliError(`--format must be table, csv, json or html, not ${format}`, EXIT.usage);
  return EXIT.ok;
}

/** `dti validate <data> --framework <id|file>` */
export function validateCommand(ctx: Context): number {
  const framework = loadFramework(str(ctx.options.framework));
  const path = ctx.positionals[0];
  const data = loadData(path, framework, {
    ...(str(ctx.options.sheet) && { sheet: str(ctx.options.sheet) as string }),
    progress: new Progress(!ctx.options.quiet),
  });
  const errors = reportIssues(data.issues, ctx.err, { verbose: Boolean(ctx.options.verbose) });
  if (errors > 0) return EXIT.problems;
  ctx.out(`✓ ${path}: ${data.units} unit(s), valid for ${framework.id}\n`);
  return EXIT.ok;
}

function tableFrom(ctx: Context, path: string | undefined, framework: Framework | undefined): RankedTable {
  if (path?.endsWith('.json')) {
    const json = readJson(path) as Partial<ScoreTable>;
    if (json.kind === 'dti-score-table' && Array.isArray(json.units))
      return json.units.map((u) => ({ id: u.id, name: u.name, value: u.value, rank: u.rank }));
  }
  if (!framework)
    throw new CliError(
      `${path} is not a score table (dti score --format json): give --framework to score it`,
      EXIT.usage,
    );
  return scoreFile(ctx, path, framework);
}

/** `dti compare <previous> <current> [--framework <id|file>] [--crosswalk file]` */
export function compareCommand(ctx: Context): number {
  const [before, after] = ctx.positionals;
  if (!before || !after) throw new CliError('compare needs two files: <previous> <current>', EXIT.usage);
  const spec = str(ctx.options.framework);
  const framework = spec ? loadFramework(spec) : undefined;
  const crosswalkFile = str(ctx.options.crosswalk);
  const crosswalk = crosswalkFile ? (readJson(crosswalkFile) as { crosswalk?: Crosswalk }) : undefined;
  const changes = compare(tableFrom(ctx, before, framework), tableFrom(ctx, after, framework), {
    ...(crosswalk && { crosswalk: (crosswalk.crosswalk ?? crosswalk) as Crosswalk }),
  });
  const locale = localeOf(ctx);
  const fmt = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 4 });
  const signed = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    maximumFractionDigits: 4,
    signDisplay: 'exceptZero',
  });
  const head =
    locale === 'vi'
      ? ['Đơn vị', 'Trước', 'Nay', 'Thay đổi', 'Hạng trước', 'Hạng nay', 'Bậc']
      : ['Unit', 'Before', 'Now', 'Change', 'Rank before', 'Rank now', 'Places'];
  const status = { added: locale === 'vi' ? 'mới' : 'new', gone: locale === 'vi' ? 'không còn' : 'gone' };
  const n = (x: number | null, f = fmt) => (x === null ? '—' : f.format(x));
  const rows = changes.map((c) => [
    c.name,
    n(c.previous),
    n(c.current),
    c.status === 'both' ? n(c.change, signed) : status[c.status],
    n(c.previousRank),
    n(c.currentRank),
    c.rankChange === null
      ? '—'
      : c.rankChange > 0
        ? `▲ ${c.rankChange}`
        : c.rankChange < 0
          ? `▼ ${-c.rankChange}`
          : '=',
  ]);
  if (str(ctx.options.format) === 'json') write(ctx, `${JSON.stringify(changes, null, 2)}\n`);
  else write(ctx, `${textTable(head, rows, [false, true, true, true, true, true, true])}\n`);
  return EXIT.ok;
}

function leaves(node: FrameworkNode, group: string, out: { indicator: Indicator; group: string }[] = []) {
  if (node.kind === 'indicator') out.push({ indicator: node, group });
  else for (const child of node.children) leaves(child, node.label.vi, out);
  return out;
}

/** `dti init <framework> [--out template.xlsx|template.csv]`: a spreadsheet to fill in. */
export function initCommand(ctx: Context): number {
  const framework = loadFramework(ctx.positionals[0] ?? str(ctx.options.framework));
  const unitCols = ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Đơn vị cấp trên'];
  const formulaFields = new Set((framework.fields ?? []).map((f) => f.id));
  const direct = leaves(framework.root, framework.root.label.vi).filter((l) => !l.indicator.formula);
  const columns = [
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
  const out = str(ctx.options.out) ?? `${framework.id}-mau.xlsx`;
  if (out.endsWith('.csv')) {
    write(
      { ...ctx, options: { ...ctx.options, out } },
      `\uFEFF${[...unitCols, ...columns.map((c) => c.head)].map((h) => (h.includes(';') ? `"${h}"` : h)).join(';')}\r\n`,
    );
    return EXIT.ok;
  }
  const groupRow: (string | null)[] = [null, null, null, null, ...columns.map((c) => c.group)];
  const merges: string[] = [];
  let start = unitCols.length;
  for (let c = unitCols.length + 1; c <= groupRow.length; c++)
    if (c === groupRow.length || groupRow[c] !== groupRow[start]) {
      if (c - 1 > start) merges.push(`${columnLetter(start)}1:${columnLetter(c - 1)}1`);
      start = c;
    }
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

/** `dti frameworks`: the presets, their status and sources. */
export function frameworksCommand(ctx: Context): number {
  const locale = localeOf(ctx);
  const rows = presets.map((p) => [
    p.id,
    p.status,
    locale === 'en' ? (p.label.en ?? p.label.vi) : p.label.vi,
    p.source,
  ]);
  const head = locale === 'vi' ? ['Mã', 'Trạng thái', 'Tên', 'Nguồn'] : ['Id', 'Status', 'Name', 'Source'];
  ctx.out(`${textTable(head, rows, [false, false, false, false])}\n`);
  for (const p of presets) if (p.gap) ctx.out(`\n${p.id}: ${p.gap}`);
  ctx.out('\n');
  return EXIT.ok;
}
