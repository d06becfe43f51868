import { cssColour, type DtiIssue, type PresetInfo, type ScoreResult, type ScoreTable, type Tier } from '@dti-kit/core';
import { intlLocale, labelIn } from '@dti-kit/core/present';
import { reportPolicy, styleSource } from './content-security-policy.js';
import { type MissingRule, partialNote } from './coverage-note.js';
import type { DataSource } from './data-source.js';
import { PARTIAL_MARK, periodTable, unscoredNote } from './formats.js';
import { REPORT_CSS } from './html-report.styles.js';
import { REPORT_WORDS, type UnitCounts } from './html-report-words.js';
import { LEAGUE_WORDS, type LeagueRow, leagueRows } from './league-rows.js';
import type { Locale } from './options.js';
import { reportIssues } from './report.js';
import { escapeHtml } from './text.js';
import { rankNote, TIE_MARK } from './tie-note.js';

/** What a report states besides the scores: where they come from, when and by what they were made. */
export interface ReportContext {
  /** The data file that was scored. */
  source: DataSource;
  /** The period: the data file's, else `--period`. Absent: the page says it is not stated. */
  period?: string | undefined;
  /** When the report was generated. */
  generated: Date;
  /** IANA time zone the generation time is written in; default the system's. */
  timeZone?: string | undefined;
  /** The version of the tool, e.g. `0.1.0`. */
  version: string;
  /** The warnings about the framework and those reading the data gave (errors stop before a report is written). */
  issues?: readonly DtiIssue[] | undefined;
  /** The catalogue entry when the framework is one of the presets, for its status. */
  preset?: PresetInfo | undefined;
  /** Each indicator's published value in a column after the pillars' (`--indicators`); default false. */
  indicators?: boolean | undefined;
  /** The most units the page lists, in rank order; default {@link REPORT_ROWS}. */
  maxRows?: number | undefined;
}

/**
 * Whether a tier's colour can go on the page. It goes into an SVG `fill` attribute (escaped, so it
 * cannot leave the attribute), and only what the core's `cssColour` takes, so `url(…)`, `none` or a
 * misspelt name in a framework file never reaches the page; a tier without a usable colour is shown by
 * its name alone.
 *
 * @example usableColour('#1a7f37') // → true
 * @example usableColour('url(https://x.test/a)') // → false
 */
export function usableColour(colour: string): boolean {
  return cssColour(colour) !== undefined;
}

const attr = (name: string, value: string) => ` ${name}="${escapeHtml(value)}"`;

/** When the report was made: `<time>` with the instant, shown in the chosen language with its offset. */
function moment(date: Date, locale: Locale, timeZone: string | undefined): string {
  const part = (options: Intl.DateTimeFormatOptions) =>
    Object.fromEntries(
      new Intl.DateTimeFormat(intlLocale(locale), { ...options, ...(timeZone && { timeZone }) })
        .formatToParts(date)
        .map((p) => [p.type, p.value]),
    ) as Partial<Record<Intl.DateTimeFormatPartTypes, string>>;
  const p = part({
    year: 'numeric',
    month: locale === 'vi' ? '2-digit' : 'long',
    day: locale === 'vi' ? '2-digit' : 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  });
  const text =
    locale === 'vi'
      ? `${p.hour}:${p.minute} ngày ${p.day}/${p.month}/${p.year} (${p.timeZoneName})`
      : `${p.day} ${p.month} ${p.year}, ${p.hour}:${p.minute} (${p.timeZoneName})`;
  return `<time datetime="${date.toISOString()}">${escapeHtml(text)}</time>`;
}

/** The bar of a score on the framework's scale: an SVG whose fill width is the share, no style attribute. */
function bar(value: number | null, scale: { min: number; max: number }, colour: string | undefined): string {
  const span = scale.max - scale.min;
  const share = value === null || span <= 0 ? 0 : Math.min(1, Math.max(0, (value - scale.min) / span));
  const width = Number((share * 100).toFixed(2));
  return `<svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="track" width="100" height="8"/><rect class="fill" width="${width}" height="8"${colour ? attr('fill', colour) : ''}/></svg>`;
}

/**
 * Text from the data or the framework set beside numbers or other words: isolated, so its direction
 * (a name in Arabic script, say) cannot reorder what follows it, "Tốt: từ 80" or "— 2025".
 */
const isolated = (text: string) => `<bdi>${escapeHtml(text)}</bdi>`;

const dot = (colour: string | undefined) =>
  colour
    ? `<svg class="dot" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><circle cx="5" cy="5" r="4.5"${attr('fill', colour)}/></svg>`
    : '';

/** The tiers from the highest, each with the range of scores it covers in words. */
function tierLegend(table: ScoreTable, locale: Locale, colourOf: (t: Tier) => string | undefined): string {
  const w = REPORT_WORDS[locale];
  const fmt = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 4 });
  const tiers = [...table.framework.tiers].sort((a, b) => b.min - a.min);
  const items = tiers.map((tier, i) => {
    const above = tiers[i - 1];
    const range =
      above === undefined
        ? w.tierFrom(fmt.format(tier.min))
        : tier.min <= table.framework.scale.min
          ? w.tierBelow(fmt.format(above.min))
          : w.tierBetween(fmt.format(tier.min), fmt.format(above.min));
    return `<li>${dot(colourOf(tier))}<strong>${isolated(labelIn(tier.label, locale))}</strong>: ${escapeHtml(range)}</li>`;
  });
  return `<p class="tiers-title" id="tiers-title">${escapeHtml(w.tiers)}</p>
<ul class="tiers" aria-labelledby="tiers-title">
${items.join('\n')}
</ul>`;
}

function facts(result: ScoreResult, table: ScoreTable, locale: Locale, context: ReportContext): string {
  const w = REPORT_WORDS[locale];
  const { framework } = result;
  const bytes = new Intl.NumberFormat(intlLocale(locale)).format(context.source.bytes);
  const link = (url: string, text: string) =>
    /^https?:\/\//iu.test(url) ? `<a href="${escapeHtml(url)}" rel="noreferrer">${text}</a>` : text;
  const sources = (framework.sources ?? []).map(
    (s) => `<li>${s.url ? link(s.url, escapeHtml(s.title)) : escapeHtml(s.title)}</li>`,
  );
  const row = (term: string, detail: string) => `<dt>${escapeHtml(term)}</dt>\n<dd>${detail}</dd>`;
  const source = [
    `<strong>${isolated(context.source.name)}</strong>`,
    ...(context.source.sheet ? [escapeHtml(w.sheet(context.source.sheet))] : []),
    escapeHtml(w.bytes(bytes)),
  ].join(', ');
  return `<dl class="facts" aria-label="${escapeHtml(w.facts)}">
${[
  row(
    w.period,
    table.period
      ? `<strong>${escapeHtml(table.period)}</strong>`
      : `<span class="muted">${escapeHtml(w.noPeriod)}</span>`,
  ),
  row(
    w.framework,
    `${isolated(labelIn(framework.label, locale))} <span class="muted">(${escapeHtml(w.frameworkId(framework.id, framework.version))})</span>`,
  ),
  ...(sources.length > 0 ? [row(w.basis, `<ul>\n${sources.join('\n')}\n</ul>`)] : []),
  row(w.source, source),
  row('SHA-256', `<code>${escapeHtml(context.source.sha256)}</code>`),
  row(w.generated, moment(context.generated, locale, context.timeZone)),
  row(w.tool, escapeHtml(w.toolName(context.version))),
].join('\n')}
</dl>`;
}

function counts(table: ScoreTable, rows: readonly LeagueRow[]): UnitCounts {
  const of = (status: string) => table.units.filter((u) => u.status === status).length;
  return {
    total: table.units.length,
    ranked: of('ranked'),
    partial: rows.filter((r) => r.partial && r.unit.status === 'ranked').length,
    unscored: of('unscored'),
    notRanked: of('not-ranked'),
  };
}

/**
 * The most units an HTML report lists, in rank order: every province (63) and every commune of the
 * country (3,321 since 2025, over 10,000 before) fits, while a page of 100,000 units (97 MB, close to a
 * gigabyte of memory to write, and more to open) would not open on a phone. Beyond it the page says
 * how many units it leaves out and where the full table is (CSV, JSON); the counts and notes still
 * cover every unit.
 *
 * @example REPORT_ROWS // → 11000
 */
export const REPORT_ROWS = 11_000;

/**
 * A standalone HTML report of a league table, to save, attach or print: the framework's name as its
 * title, the period, the data file (name, size, SHA-256), the framework (id, version, legal basis and
 * the preset's status), when and with what it was made; then the tiers, the table with score bars,
 * tier colours beside tier names, coverage marks and tied ranks, and notes explaining each mark.
 *
 * A table on wide screens, a card per unit under 480 px, A4 print styles. It passes a strict
 * Content-Security-Policy, which it declares itself: one `<style>` element allowed by its SHA-256,
 * no script, no `style` attribute (bars are SVG rectangles with a width), every text from the data
 * escaped. Numbers as the language writes them (vi: 97,8 and 2.528).
 *
 * @example formatHtml(result, 'vi', { source: describeSource(path, bytes), generated: new Date(), version: VERSION })
 */
export function formatHtml(result: ScoreResult, locale: Locale, context: ReportContext): string {
  const view = reportView(result, locale, context);
  const { table, rows, w } = view;
  const listed = rows.slice(0, Math.max(0, context.maxRows ?? REPORT_ROWS));
  const label = labelIn(result.framework.label, locale);
  const title = `${label}${table.period ? ` — ${table.period}` : ''}`;
  const css = REPORT_CSS;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${reportPolicy(styleSource(css))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<meta name="generator"${attr('content', `dti ${context.version}`)}>
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
<header>
<p class="kicker">${escapeHtml(w.kicker)}</p>
<h1>${isolated(label)}${table.period ? ` <span class="muted">— ${isolated(table.period)}</span>` : ''}</h1>
${facts(result, table, locale, context)}
${context.preset ? `<p class="caution">${escapeHtml(w.preset[context.preset.status])}</p>\n` : ''}</header>
<main>
<p class="summary">${escapeHtml(w.counts(counts(table, rows)))}.</p>
${listed.length < rows.length ? `<p class="caution" id="more-units">${escapeHtml(w.listed(listed.length, rows.length))} ${w.fullTable('<code>--format csv</code>', '<code>--format json</code>')}</p>\n` : ''}${table.framework.tiers.length > 0 ? `${tierLegend(table, locale, view.colourOf)}\n` : ''}<div class="table-wrap" role="region" aria-labelledby="caption" tabindex="0">
<table role="table">
<caption id="caption">${escapeHtml(w.caption(table.period))}</caption>
<thead role="rowgroup"><tr role="row">${tableHead(view).join('')}</tr></thead>
<tbody role="rowgroup">
${listed.map((row) => tableRow(row, view)).join('\n')}
</tbody>
</table>
</div>
<section class="notes" aria-labelledby="notes">
<h2 id="notes">${escapeHtml(w.notes)}</h2>
${[...reportNotes(result, view), ...dataNotes(context.issues, locale)].join('\n')}
</section>
</main>
<footer>
<p>${escapeHtml(w.toolName(context.version))}. ${escapeHtml(w.footer)}</p>
</footer>
</body>
</html>
`;
}

/** What the parts of a report are written from: the period's table, its rows in words, the words and the tiers' colours. */
interface ReportView {
  table: ScoreTable;
  locale: Locale;
  rows: readonly LeagueRow[];
  pillarHeads: readonly string[];
  /** What the missing-value rules did, for the legend of the partial-data mark. */
  rules: readonly MissingRule[];
  w: (typeof REPORT_WORDS)[Locale];
  lw: (typeof LEAGUE_WORDS)[Locale];
  /** A tier's colour when it can go on the page (see {@link usableColour}). */
  colourOf: (tier: Tier) => string | undefined;
  tierById: ReadonlyMap<string, Tier>;
  /** Whether any unit has a peer group (then each name shows it). */
  grouped: boolean;
}

function reportView(result: ScoreResult, locale: Locale, context: ReportContext): ReportView {
  const table = periodTable(result, context.period, context.indicators === true);
  const { pillarHeads, rows, rules } = leagueRows(result, table, locale, context.issues);
  const colours = new Map(
    table.framework.tiers.map((t) => [t.id, t.color !== undefined && usableColour(t.color) ? t.color : undefined]),
  );
  return {
    table,
    locale,
    rows,
    pillarHeads,
    rules,
    w: REPORT_WORDS[locale],
    lw: LEAGUE_WORDS[locale],
    colourOf: (t) => colours.get(t.id),
    tierById: new Map(table.framework.tiers.map((t) => [t.id, t])),
    grouped: table.units.some((u) => u.peerGroup !== undefined),
  };
}

/** The column headings: rank, unit, score, the pillars, tier, coverage. */
function tableHead({ lw, pillarHeads }: ReportView): string[] {
  return [
    `<th scope="col" role="columnheader" class="num">${escapeHtml(lw.rank)}</th>`,
    `<th scope="col" role="columnheader">${escapeHtml(lw.unit)}</th>`,
    `<th scope="col" role="columnheader" class="num">${escapeHtml(lw.score)}</th>`,
    ...pillarHeads.map((h) => `<th scope="col" role="columnheader" class="num">${escapeHtml(h)}</th>`),
    `<th scope="col" role="columnheader">${escapeHtml(lw.tier)}</th>`,
    `<th scope="col" role="columnheader" class="num">${escapeHtml(lw.coverage)}</th>`,
  ];
}

// The roles repeat the elements' own: the cards restyle the table as blocks, which makes some
// browsers (Safari) drop its table semantics for screen readers.
const cell = (heading: string, content: string, className?: string) =>
  `<td role="cell"${className ? ` class="${className}"` : ''}${attr('data-label', heading)}>${content}</td>`;

/** One unit's row: rank with its tie mark, name with its peer group, score with its bar, pillars, tier, coverage. */
function tableRow(r: LeagueRow, view: ReportView): string {
  const { lw, w, pillarHeads } = view;
  const u = r.unit;
  const tier = u.tier ? view.tierById.get(u.tier) : undefined;
  const colour = tier ? view.colourOf(tier) : undefined;
  const mark = r.partial
    ? `<a class="mark" href="#coverage-note"${attr('title', r.note)}>${PARTIAL_MARK}<span class="sr-only"> ${escapeHtml(r.note)}</span></a>`
    : '';
  const name = `${escapeHtml(r.name)}${view.grouped && u.peerGroup ? `<span class="group">${escapeHtml(w.peerGroup)}: ${isolated(u.peerGroup)}</span>` : ''}`;
  return `<tr role="row">${[
    cell(lw.rank, rankCell(r, w), 'num rank'),
    `<th scope="row" role="rowheader">${name}</th>`,
    cell(
      lw.score,
      u.value === null
        ? `<span class="muted">${escapeHtml(r.status)}</span>`
        : `<span class="line"><span class="figure">${escapeHtml(r.value)}${mark}</span>${bar(u.value, view.table.framework.scale, colour)}</span>`,
      'num score',
    ),
    ...r.pillars.map((p, i) => cell(pillarHeads[i] ?? '', escapeHtml(p), 'num')),
    cell(
      lw.tier,
      tier ? `<span class="line">${dot(colour)}${escapeHtml(r.tier)}</span>` : '<span class="muted">—</span>',
      'tier',
    ),
    cell(lw.coverage, escapeHtml(r.coverage), 'num'),
  ].join('')}</tr>`;
}

/** The rank with its tie mark; an unscored unit says why in its score cell, so the rank column stays narrow. */
function rankCell(r: LeagueRow, w: ReportView['w']): string {
  if (r.unit.rank !== null)
    return `<span class="line">${escapeHtml(r.rank)}${r.tied ? ` <a class="tie" href="#tie-note"${attr('title', w.tied)}>${TIE_MARK}<span class="sr-only"> ${escapeHtml(w.tied)}</span></a>` : ''}</span>`;
  return r.unit.status === 'unscored'
    ? '<span class="muted">—</span>'
    : `<span class="muted">${escapeHtml(r.status)}</span>`;
}

/** The notes under the table: the scale, and what each mark in it means when it appears. */
function reportNotes(result: ScoreResult, { table, rows, rules, locale, w, grouped }: ReportView): string[] {
  const { framework } = result;
  const number = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 4 });
  const tie = rankNote(framework, rows, locale);
  return [
    `<p>${escapeHtml(w.scale(number.format(framework.scale.min), number.format(framework.scale.max), framework.precision, table.framework.tiers.length > 0))}</p>`,
    ...(rows.some((r) => r.partial)
      ? [`<p id="coverage-note">${PARTIAL_MARK} ${escapeHtml(partialNote(rules, locale))}</p>`]
      : []),
    ...(tie ? [`<p id="tie-note">${escapeHtml(tie)}</p>`] : []),
    ...(table.units.some((u) => u.status === 'unscored')
      ? [`<p id="unscored-note">${escapeHtml(unscoredNote(framework.minCoverage, locale))}</p>`]
      : []),
    ...(grouped ? [`<p>${escapeHtml(w.peerGroups)}</p>`] : []),
  ];
}

/** The warnings about the framework and the data, as a section; none when there were none. */
function dataNotes(issues: readonly DtiIssue[] | undefined, locale: Locale): string[] {
  const w = REPORT_WORDS[locale];
  // The same lines, in the same order and folding, as the terminal prints: one rule for what to say.
  const warnings: string[] = [];
  if (issues?.length)
    reportIssues(issues, (line) => warnings.push(line.replace(/^[!✗] /u, '')), { locale, counts: false });
  if (warnings.length === 0) return [];
  return [
    `<h2 id="data-notes">${escapeHtml(w.dataNotes)}</h2>
<p>${escapeHtml(w.dataNotesLead)}</p>
<ul>
${warnings.map((line) => `<li>${escapeHtml(line)}</li>`).join('\n')}
</ul>`,
  ];
}
