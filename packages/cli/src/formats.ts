import type { ScoreResult, ScoreTable } from '@dti-kit/core';
import { scoreTable } from '@dti-kit/core';
import { escapeHtml, textTable } from './text.js';

/** Output language of tables and files. */
export type Locale = 'vi' | 'en';

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
  pillars: string[];
  tier: string;
  coverage: string;
  status: string;
}

/** The league table's rows in display order: ranked units by rank, then the others by name. */
function rows(table: ScoreTable, locale: Locale): { pillarHeads: string[]; rows: Row[] } {
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
  const tierLabel = new Map(
    table.framework.tiers.map((t) => [t.id, locale === 'en' ? (t.label.en ?? t.label.vi) : t.label.vi]),
  );
  return {
    pillarHeads: pillars.map((p) => (locale === 'en' ? (p.label.en ?? p.label.vi) : p.label.vi)),
    rows: ordered.map((u) => ({
      rank: u.rank === null ? '—' : String(u.rank),
      name: u.name,
      value: u.value === null ? '—' : fmt.format(u.value),
      pillars: pillars.map((p) => {
        const v = u.nodes[p.id]?.value;
        return v === null || v === undefined ? '—' : fmt.format(v);
      }),
      tier: u.tier ? (tierLabel.get(u.tier) ?? u.tier) : '—',
      coverage: pct.format(u.coverage),
      status: u.status === 'ranked' ? w.ranked : u.status === 'unscored' ? w.unscored : w.notRanked,
    })),
  };
}

/** The terminal league table. */
export function formatTable(result: ScoreResult, locale: Locale): string {
  const table = scoreTable(result);
  const w = words[locale];
  const { pillarHeads, rows: body } = rows(table, locale);
  const label = locale === 'en' ? (table.framework.label.en ?? table.framework.label.vi) : table.framework.label.vi;
  const head = [w.rank, w.unit, w.score, ...pillarHeads, w.tier, w.coverage, w.status];
  const right = [true, false, true, ...pillarHeads.map(() => true), false, true, false];
  const title = `${label}${table.period ? ` — ${table.period}` : ''}`;
  return `${title}\n\n${textTable(
    head,
    body.map((r) => [r.rank, r.name, r.value, ...r.pillars, r.tier, r.coverage, r.status]),
    right,
  )}\n`;
}

function csvCell(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\n\r]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/**
 * CSV of the league table. Vietnamese: semicolons and decimal commas, as Excel reads them in a
 * Vietnamese locale, with a byte-order mark so Excel takes it as UTF-8. English: commas and points.
 */
export function formatCsv(result: ScoreResult, locale: Locale): string {
  const table = scoreTable(result);
  const delimiter = locale === 'vi' ? ';' : ',';
  const num = (x: number | null) => (x === null ? '' : locale === 'vi' ? String(x).replace('.', ',') : String(x));
  const groups = table.nodes.filter((n) => n.parent !== null);
  const head = ['id', 'name', 'rank', 'value', 'tier', 'coverage', 'status', ...groups.map((g) => g.id)];
  const lines = table.units.map((u) =>
    [
      u.id,
      u.name,
      u.rank === null ? '' : String(u.rank),
      num(u.value),
      u.tier ?? '',
      num(Number(u.coverage.toFixed(4))),
      u.status,
      ...groups.map((g) => num(u.nodes[g.id]?.value ?? null)),
    ]
      .map((c) => csvCell(c, delimiter))
      .join(delimiter),
  );
  return `\uFEFF${[head.join(delimiter), ...lines].join('\r\n')}\r\n`;
}

/** The score table as JSON, for the web widgets. */
export function formatJson(result: ScoreResult, indicators: boolean): string {
  return `${JSON.stringify(scoreTable(result, { indicators }), null, 2)}\n`;
}

/**
 * A standalone HTML page with the league table: no script, no inline style attribute (it passes a
 * strict Content-Security-Policy), unit names escaped.
 */
export function formatHtml(result: ScoreResult, locale: Locale): string {
  const table = scoreTable(result);
  const w = words[locale];
  const { pillarHeads, rows: body } = rows(table, locale);
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
</style>
</head>
<body>
<table>
<caption>${escapeHtml(label)}${table.period ? ` — ${escapeHtml(table.period)}` : ''}</caption>
<thead><tr>${[th(w.rank, true), th(w.unit), th(w.score, true), ...pillarHeads.map((h) => th(h, true)), th(w.tier), th(w.coverage, true), th(w.status)].join('')}</tr></thead>
<tbody>
${body.map((r) => `<tr>${[td(r.rank, true), td(r.name), td(r.value, true), ...r.pillars.map((p) => td(p, true)), td(r.tier), td(r.coverage, true), td(r.status)].join('')}</tr>`).join('\n')}
</tbody>
</table>
</body>
</html>
`;
}
