import type { ScoreResult, ScoreTable, ScoreTableUnit } from '@dti-kit/core';
import { roundTo, scoreTable, writeCsv } from '@dti-kit/core';
import { missingRules, partialNote, unitCoverageNote } from './coverage-note.js';
import type { Locale } from './options.js';
import { escapeHtml, textTable } from './text.js';

export type { Locale } from './options.js';

/**
 * The mark after the score of a unit that did not report every indicator (coverage below 100 %):
 * its missing values were skipped, imputed or scored 0, so its rank does not rest on complete data.
 * An ASCII asterisk: one column wide on every terminal, unlike ⚠.
 */
export const PARTIAL_MARK = '*';

const words = {
  vi: {
    rank: 'Hạng',
    unit: 'Đơn vị',
    score: 'Điểm',
    tier: 'Xếp loại',
    coverage: 'Độ phủ',
    unscored: 'chưa đủ dữ liệu',
    notRanked: 'không xếp hạng',
    status: 'Trạng thái',
    ranked: 'đã xếp hạng',
  },
  en: {
    rank: 'Rank',
    unit: 'Unit',
    score: 'Score',
    tier: 'Tier',
    coverage: 'Coverage',
    unscored: 'too little data',
    notRanked: 'not ranked',
    status: 'Status',
    ranked: 'ranked',
  },
};

function numberFormat(locale: Locale, digits: number | undefined): Intl.NumberFormat {
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    minimumFractionDigits: digits ?? 0,
    maximumFractionDigits: digits ?? 4,
  });
}

interface Row {
  rank: string;
  name: string;
  value: string;
  /** Coverage below 100 %: the score rests on partial data. */
  partial: boolean;
  /** What is missing, for the mark's explanation. */
  note: string;
  pillars: string[];
  tier: string;
  coverage: string;
  status: string;
}

/** The league table's rows in display order: ranked units by rank, then the others by name. */
function rows(result: ScoreResult, table: ScoreTable, locale: Locale): { pillarHeads: string[]; rows: Row[] } {
  const w = words[locale];
  const fmt = numberFormat(locale, table.framework.precision);
  const pct = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  const root = table.nodes.find((n) => n.parent === null);
  const pillars = table.nodes.filter((n) => n.parent === root?.id && n.kind === 'group' && n.maxPoints > 0);
  const collator = new Intl.Collator(locale === 'vi' ? 'vi' : 'en');
  const ordered = [...table.units].sort(
    (a, b) =>
      (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) || collator.compare(a.name, b.name),
  );
  const indicators = result.nodes.filter((n) => n.kind === 'indicator').length;
  const partial = (u: ScoreTableUnit) => u.value !== null && (u.coverage < 1 || u.imputed > 0);
  const tierLabel = new Map(
    table.framework.tiers.map((t) => [t.id, locale === 'en' ? (t.label.en ?? t.label.vi) : t.label.vi]),
  );
  return {
    pillarHeads: pillars.map((p) => (locale === 'en' ? (p.label.en ?? p.label.vi) : p.label.vi)),
    rows: ordered.map((u) => ({
      rank: u.rank === null ? '—' : String(u.rank),
      name: u.name,
      value: u.value === null ? '—' : fmt.format(u.value),
      partial: partial(u),
      note: unitCoverageNote(u, indicators, pct.format(u.coverage), locale),
      pillars: pillars.map((p) => {
        const v = Object.hasOwn(u.nodes, p.id) ? u.nodes[p.id]?.value : undefined;
        return v === null || v === undefined ? '—' : fmt.format(v);
      }),
      tier: u.tier ? (tierLabel.get(u.tier) ?? u.tier) : '—',
      coverage: pct.format(u.coverage),
      status: u.status === 'ranked' ? w.ranked : u.status === 'unscored' ? w.unscored : w.notRanked,
    })),
  };
}

/**
 * The legend of the "too little data" status: the framework's minimum coverage, or no data at all.
 *
 * @example unscoredNote(0.5, 'en') // → '"too little data": coverage below 50%, the framework's minimum; the unit is neither scored nor ranked.'
 */
export function unscoredNote(minCoverage: number | undefined, locale: Locale): string {
  const share = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(minCoverage ?? 0);
  if (locale === 'vi')
    return minCoverage
      ? `"${words.vi.unscored}": độ phủ dưới ${share}, mức tối thiểu của bộ chỉ số; đơn vị không được chấm điểm và xếp hạng.`
      : `"${words.vi.unscored}": đơn vị không có số liệu nào để chấm điểm.`;
  return minCoverage
    ? `"${words.en.unscored}": coverage below ${share}, the framework's minimum; the unit is neither scored nor ranked.`
    : `"${words.en.unscored}": the unit has no data to score.`;
}

/**
 * The terminal league table. A unit whose score rests on partial data has {@link PARTIAL_MARK} after
 * its score, explained in a line under the table.
 */
export function formatTable(result: ScoreResult, locale: Locale): string {
  const table = scoreTable(result);
  const w = words[locale];
  const { pillarHeads, rows: body } = rows(result, table, locale);
  const label = locale === 'en' ? (table.framework.label.en ?? table.framework.label.vi) : table.framework.label.vi;
  const head = [w.rank, w.unit, w.score, ...pillarHeads, w.tier, w.coverage, w.status];
  const right = [true, false, true, ...pillarHeads.map(() => true), false, true, false];
  const title = `${label}${table.period ? ` — ${table.period}` : ''}`;
  const marked = body.some((r) => r.partial);
  // Unmarked scores get a space in the mark's place so the digits stay aligned.
  const value = (r: Row) => (marked ? `${r.value}${r.partial ? PARTIAL_MARK : ' '}` : r.value);
  const legend = marked ? `\n\n${PARTIAL_MARK} ${partialNote(missingRules(result.framework), locale)}` : '';
  // "too little data" alone does not say where the line is, so a unit left out is not taken for a zero.
  const unscored = table.units.some((u) => u.status === 'unscored')
    ? `\n${marked ? '' : '\n'}${unscoredNote(result.framework.minCoverage, locale)}`
    : '';
  return `${title}\n\n${textTable(
    head,
    body.map((r) => [r.rank, r.name, value(r), ...r.pillars, r.tier, r.coverage, r.status]),
    right,
  )}${legend}${unscored}\n`;
}

/**
 * CSV of the league table, written by core's one safe CSV writer: Vietnamese uses semicolons and
 * decimal commas, as Excel reads them in a Vietnamese locale, with a byte-order mark so Excel takes
 * it as UTF-8; English commas and points. Numbers are written as numbers; text that a spreadsheet
 * would run as a formula is neutralised.
 */
export function formatCsv(result: ScoreResult, locale: Locale): string {
  const table = scoreTable(result);
  const groups = table.nodes.filter((n) => n.parent !== null);
  const head = ['id', 'name', 'rank', 'value', 'tier', 'coverage', 'status', ...groups.map((g) => g.id)];
  const lines = table.units.map((u) => [
    u.id,
    u.name,
    u.rank,
    u.value,
    u.tier ?? '',
    roundTo(u.coverage, 4),
    u.status,
    ...groups.map((g) => (Object.hasOwn(u.nodes, g.id) ? (u.nodes[g.id]?.value ?? null) : null)),
  ]);
  return writeCsv([head, ...lines], { locale });
}

// Outside strings JSON text is ASCII, so these only ever occur inside strings, where \uXXXX is the same text.
// Escaped: `<` (so pasted JSON never closes a <script>), C1 controls and the invisible format characters
// a terminal would obey (bidi overrides, separators, zero-width), so the text on screen is the data.
const JSON_UNSAFE = /[<\u0080-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/gu;

/**
 * The score table as JSON, for the web widgets. `<` is written as `\u003c`, so the JSON pasted into a
 * `<script>` element can never close it, and C1 control characters and line separators are escaped
 * too, so the text is safe on a terminal and in a script.
 */
export function formatJson(result: ScoreResult, indicators: boolean): string {
  const json = JSON.stringify(scoreTable(result, { indicators }), null, 2).replace(
    JSON_UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${json}\n`;
}

/**
 * A standalone HTML page with the league table: no script, no inline style attribute (it passes a
 * strict Content-Security-Policy), unit names escaped. A unit whose score rests on partial data has a
 * {@link PARTIAL_MARK} after its score: a link to the footnote under the table, whose title says what
 * that unit lacks.
 */
export function formatHtml(result: ScoreResult, locale: Locale): string {
  const table = scoreTable(result);
  const w = words[locale];
  const { pillarHeads, rows: body } = rows(result, table, locale);
  const marked = body.some((r) => r.partial);
  const score = (r: Row) =>
    `<td class="num">${escapeHtml(r.value)}${r.partial ? `<a class="mark" href="#coverage-note" title="${escapeHtml(r.note)}">${PARTIAL_MARK}</a>` : ''}</td>`;
  const footnote = marked
    ? `\n<p id="coverage-note">${PARTIAL_MARK} ${escapeHtml(partialNote(missingRules(result.framework), locale))}</p>`
    : '';
  const label = locale === 'en' ? (table.framework.label.en ?? table.framework.label.vi) : table.framework.label.vi;
  const th = (t: string, numeric = false) => `<th scope="col"${numeric ? ' class="num"' : ''}>${escapeHtml(t)}</th>`;
  const td = (t: string, numeric = false) => `<td${numeric ? ' class="num"' : ''}>${escapeHtml(t)}</td>`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(label)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1b1f24; background: #fff; }
@media (prefers-color-scheme: dark) { body { color: #e6edf3; background: #0d1117; } th, td { border-color: #30363d; } }
table { border-collapse: collapse; }
caption { text-align: start; font-weight: 600; margin-block-end: 0.5rem; }
th, td { padding: 0.35rem 0.75rem; border-block-end: 1px solid #d0d7de; text-align: start; }
.num { text-align: end; font-variant-numeric: tabular-nums; }
.mark { text-decoration: none; margin-inline-start: 0.15em; }
#coverage-note { font-size: 0.9em; max-inline-size: 60rem; }
</style>
</head>
<body>
<table>
<caption>${escapeHtml(label)}${table.period ? ` — ${escapeHtml(table.period)}` : ''}</caption>
<thead><tr>${[th(w.rank, true), th(w.unit), th(w.score, true), ...pillarHeads.map((h) => th(h, true)), th(w.tier), th(w.coverage, true), th(w.status)].join('')}</tr></thead>
<tbody>
${body.map((r) => `<tr>${[td(r.rank, true), td(r.name), score(r), ...r.pillars.map((p) => td(p, true)), td(r.tier), td(r.coverage, true), td(r.status)].join('')}</tr>`).join('\n')}
</tbody>
</table>${footnote}
</body>
</html>
`;
}
