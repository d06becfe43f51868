import type { DtiIssue, ScoreResult, ScoreTable } from '@dti-kit/core';
import { embeddableJson, formatIssue, publisher, roundTo, scoreTable } from '@dti-kit/core';
import { intlLocale, labelIn } from '@dti-kit/core/present';
import { type CsvCell, writeCsv } from '@dti-kit/core/sheets';
import { partialNote } from './coverage-note.js';
import { LEAGUE_WORDS, type LeagueRow, leagueRows } from './league-rows.js';
import type { Locale } from './options.js';
import { textTable } from './text.js';
import { rankNote, TIE_MARK } from './tie-note.js';

export type { Locale } from './options.js';

/**
 * The mark after the score of a unit that did not report every indicator (coverage below 100 %):
 * its missing values were skipped, imputed or scored 0, so its rank does not rest on complete data.
 * An ASCII asterisk: one column wide on every terminal, unlike ⚠.
 */
export const PARTIAL_MARK = '*';

/**
 * The legend of the "too little data" status: the framework's minimum coverage, or no data at all.
 *
 * @example unscoredNote(0.5, 'en') // → '"too little data": coverage below 50%, the framework's minimum; the unit is neither scored nor ranked.'
 */
export function unscoredNote(minCoverage: number | undefined, locale: Locale): string {
  const share = new Intl.NumberFormat(intlLocale(locale), {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(minCoverage ?? 0);
  if (locale === 'vi')
    return minCoverage
      ? `"${LEAGUE_WORDS.vi.unscored}": độ phủ dưới ${share}, mức tối thiểu của bộ chỉ số; đơn vị không được chấm điểm và xếp hạng.`
      : `"${LEAGUE_WORDS.vi.unscored}": đơn vị không có số liệu nào để chấm điểm.`;
  return minCoverage
    ? `"${LEAGUE_WORDS.en.unscored}": coverage below ${share}, the framework's minimum; the unit is neither scored nor ranked.`
    : `"${LEAGUE_WORDS.en.unscored}": the unit has no data to score.`;
}

/**
 * The score table of a result with the period the report states: the data file's, or `--period` for a
 * file that has none (a JSON dataset keeps its own; a different `--period` is refused before scoring).
 * `warnings`, the reading's, go with the table, so a page that shows it shows them.
 *
 * @example periodTable(result, '2024').period // → '2024'
 */
export function periodTable(
  result: ScoreResult,
  period: string | undefined,
  indicators = false,
  warnings: readonly DtiIssue[] = [],
): ScoreTable {
  const table = { ...scoreTable(result, { indicators }), ...tableWarnings(warnings) };
  return period === undefined ? table : { ...table, period };
}

/** How many warnings a score table carries one by one; the rest are counted in one more. */
const TABLE_WARNINGS = 1000;

/**
 * The warnings a score table carries: warnings only (a table is written only without errors), the first
 * {@link TABLE_WARNINGS}, then one counting the rest; no field when there are none. Each has its
 * Vietnamese sentence in `messageVi` beside the English `message`.
 */
export function tableWarnings(issues: readonly DtiIssue[]): { warnings?: DtiIssue[] } {
  // Each warning in both languages, whatever --locale: the same table is shown on Vietnamese and English
  // pages, and the core wrote `messageVi` only for some (the rest had English alone).
  const warnings = issues
    .filter((i) => i.severity === 'warning')
    .map((i) => (i.messageVi === undefined ? { ...i, messageVi: formatIssue(i, 'vi') } : i));
  if (warnings.length === 0) return {};
  if (warnings.length <= TABLE_WARNINGS) return { warnings };
  const more = warnings.length - TABLE_WARNINGS;
  const counted: DtiIssue = {
    severity: 'warning',
    code: 'suspicious-value',
    detail: 'more-issues',
    path: [],
    value: more,
    message: `… and ${more.toLocaleString('en-US')} more warnings, not listed in the table: \`dti score\` prints them all`,
    messageVi: `… và ${more.toLocaleString('vi-VN')} cảnh báo khác không ghi trong bảng: \`dti score\` in ra đủ`,
  };
  return { warnings: [...warnings.slice(0, TABLE_WARNINGS), counted] };
}

/**
 * The terminal league table. A rank another unit of the same peer group shares has {@link TIE_MARK}
 * after it ("1 =", as the league-table widget writes it), explained under the table by the framework's
 * tie rule. A unit whose score rests on partial data has {@link PARTIAL_MARK} after its score, explained in a line under the table, which says what the missing-value rules did (with
 * `issues`, the warnings reading the data gave, for the columns nobody filled in).
 *
 * With `indicators`, each indicator's published value has a column after the pillars' (`--indicators`).
 *
 * @example formatTable(result, 'vi', '2024') // → 'Mẫu bộ tiêu chí … — 2024\n\nHạng  Đơn vị …'
 */
export function formatTable(
  result: ScoreResult,
  locale: Locale,
  period = result.period,
  issues: readonly DtiIssue[] = [],
  indicators = false,
): string {
  const table = periodTable(result, period, indicators);
  const w = LEAGUE_WORDS[locale];
  const { pillarHeads, rows: body, rules } = leagueRows(result, table, locale, issues);
  const label = labelIn(table.framework.label, locale);
  const head = [w.rank, w.unit, w.score, ...pillarHeads, w.tier, w.coverage, w.status];
  const right = [true, false, true, ...pillarHeads.map(() => true), false, true, false];
  const title = `${label}${table.period ? ` — ${table.period}` : ''}`;
  const marked = body.some((r) => r.partial);
  // Unmarked scores get a space in the mark's place so the digits stay aligned.
  const value = (r: LeagueRow) => (marked ? `${r.value}${r.partial ? PARTIAL_MARK : ' '}` : r.value);
  const tied = rankNote(result.framework, body, locale);
  // The notes under the table, after a blank line: each mark's legend, then where "too little data" is,
  // so a unit left out is not taken for a zero.
  const notes = [
    ...(marked ? [`${PARTIAL_MARK} ${partialNote(rules, locale)}`] : []),
    ...(tied ? [tied] : []),
    ...(table.units.some((u) => u.status === 'unscored') ? [unscoredNote(result.framework.minCoverage, locale)] : []),
  ];
  const rank = (r: LeagueRow) => (r.tied ? `${r.rank} ${TIE_MARK}` : r.rank);
  return `${title}\n\n${textTable(
    head,
    body.map((r) => [rank(r), r.name, value(r), ...r.pillars, r.tier, r.coverage, r.status]),
    right,
  )}${notes.length > 0 ? `\n\n${notes.join('\n')}` : ''}\n`;
}

/**
 * Units written to CSV at a time: a block's text (about 70 characters a unit, two bytes each once a
 * name holds a Vietnamese letter) stays under V8's large-object size of 128 KB, so it and the rows it
 * was written from die young. A block of 4,096 units was half a megabyte of text apiece, each left to
 * the old generation as garbage: 100 MB more of heap before a full collection, writing 600,000 units.
 */
const CSV_BLOCK = 256;

/**
 * CSV of the league table, written by core's one safe CSV writer: Vietnamese uses semicolons and
 * decimal commas, as Excel reads them in a Vietnamese locale, with a byte-order mark so Excel takes
 * it as UTF-8; English commas and points. Numbers are written as numbers; text that a spreadsheet
 * would run as a formula is neutralised. With `indicators` (`--indicators`), each indicator's published
 * value follows the groups' in a column named by its id (empty where it has none, as JSON's `null`); a
 * group or indicator whose id is a heading before it is headed by its kind too, "indicator:rank".
 */
export function formatCsv(result: ScoreResult, locale: Locale, indicators = false): string {
  return [...csvBlocks(result, locale, indicators)].join('');
}

/**
 * The same CSV as {@link formatCsv}, a block of units at a time (the header first): a file is written
 * block by block, so a league table of a million units never stands whole in memory as one text.
 *
 * @example for (const block of csvBlocks(result, 'vi')) writeSync(fd, block);
 */
export function* csvBlocks(result: ScoreResult, locale: Locale, indicators = false): Generator<string> {
  // Written from the result's columns: a score table (an object per unit and per group score) and a
  // row of cells per unit would take far more memory than the text written.
  const groups = result.nodes.filter(
    (n) => (n.kind === 'group' && n.parent >= 0 && result.nodes[n.parent]) || (indicators && n.kind === 'indicator'),
  );
  const scores = groups.map((g) => result.scores(g.id));
  const { publish } = publisher(result.framework);
  const n = result.unitCount;
  // The parent and peer group read from the data go out again, when any unit has one: the file is
  // read back (a league table of communes by province) and would lose what its ranks were within.
  const { parents, peers } = placesGiven(result);
  const head = [
    'id',
    'name',
    ...(parents ? ['parent'] : []),
    ...(peers ? ['peerGroup'] : []),
    'rank',
    'value',
    'tier',
    'coverage',
    'status',
  ];
  // A group or indicator named as a column before it ("rank", "value") is written as "indicator:rank":
  // a reader that looks a column up by its heading (csv.DictReader, a lookup in a sheet) takes the last
  // of two "rank" columns, and read an indicator's 10 as the unit's rank.
  const taken = new Set(head);
  head.push(...groups.map((g) => (taken.has(g.id) ? `${g.kind}:${g.id}` : g.id)));
  yield writeCsv([head], { locale });
  for (let from = 0; from < n; from += CSV_BLOCK) {
    const block: CsvCell[][] = [];
    for (let i = from; i < Math.min(n, from + CSV_BLOCK); i++) {
      const u = result.unitAt(i);
      const row: CsvCell[] = [u.id, u.name];
      if (parents) row.push(u.parent ?? '');
      if (peers) row.push(u.peerGroup ?? '');
      row.push(u.rank, u.value, u.tier?.id ?? '', roundTo(u.coverage, 4), u.status);
      for (const column of scores) {
        const x = column[u.index] as number;
        row.push(Number.isNaN(x) ? null : publish(x));
      }
      block.push(row);
    }
    yield writeCsv(block, { locale, bom: false });
  }
}

/** Whether any unit has a parent, a peer group: one row at a time, stopping once both are found. */
function placesGiven(result: ScoreResult): { parents: boolean; peers: boolean } {
  let parents = false;
  let peers = false;
  for (let i = 0; i < result.unitCount && !(parents && peers); i++) {
    const u = result.unitAt(i);
    parents ||= u.parent !== undefined;
    peers ||= u.peerGroup !== undefined;
  }
  return { parents, peers };
}

/**
 * The score table as JSON, for the web widgets, with `warnings` (the reading's) for them to show. `<` is
 * written as `\u003c`, so the JSON pasted into a
 * `<script>` element can never close it, and C1 control characters and line separators are escaped
 * too, so the text is safe on a terminal and in a script.
 */
export function formatJson(
  result: ScoreResult,
  indicators: boolean,
  period = result.period,
  warnings: readonly DtiIssue[] = [],
): string {
  return `${embeddableJson(periodTable(result, period, indicators, warnings), 2)}\n`;
}
