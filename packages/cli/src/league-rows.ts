import type { DtiIssue, ScoreResult, ScoreTable, ScoreTableNode, ScoreTableUnit } from '@dti-kit/core';
import { intlLocale, labelIn, pillarsOf, twinNames } from '@dti-kit/core/present';
import { type MissingRule, missingRules, unitCoverageNote } from './coverage-note.js';
import type { Locale } from './options.js';

/** Column heads and status words of the league table, shared by the terminal table and the HTML page. */
export const LEAGUE_WORDS = {
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
} as const;

/**
 * A number format with the framework's published decimals (at most 4 when it sets none).
 *
 * @example numberFormat('vi', 1).format(97.8) // → '97,8'
 */
export function numberFormat(locale: Locale, digits: number | undefined): Intl.NumberFormat {
  return new Intl.NumberFormat(intlLocale(locale), {
    minimumFractionDigits: digits ?? 0,
    maximumFractionDigits: digits ?? 4,
  });
}

/** One unit's row of the league table, its cells already written in the output language. */
export interface LeagueRow {
  unit: ScoreTableUnit;
  rank: string;
  /** Another unit of the same peer group has the same rank. */
  tied: boolean;
  /** The unit's name; when another unit of the table has it too, with its parent (else its id) in brackets. */
  name: string;
  value: string;
  /** Coverage below 100 % or imputed values: the score rests on partial data. */
  partial: boolean;
  /** What is missing, for the mark's explanation. */
  note: string;
  pillars: string[];
  tier: string;
  coverage: string;
  status: string;
}

/** The league table's pillars (the index's scored groups) and rows in display order. */
export interface LeagueRows {
  /** The pillars, then every indicator when the table lists them (`dti score --indicators`). */
  pillars: ScoreTableNode[];
  pillarHeads: string[];
  rows: LeagueRow[];
  /** What the framework's missing-value rules did, for the legend of the partial-data mark. */
  rules: MissingRule[];
}

/**
 * The league table's rows in display order, as the league-table widget orders the same table: ranked
 * units by rank, each peer group together (groups in Vietnamese name order, units without one last),
 * units sharing a rank in the order of the table (the dataset's); then the others by name (Vietnamese
 * collation). A rank is tied when another unit of the same peer group has it too. `issues` are the
 * warnings reading the data gave: a column nobody filled in says what the missing-value rule did with it.
 *
 * @example leagueRows(result, scoreTable(result), 'vi').rows[0] // → { rank: '1', name: 'Gia Lâm', value: '98,9', … }
 */
export function leagueRows(
  result: ScoreResult,
  table: ScoreTable,
  locale: Locale,
  issues: readonly DtiIssue[] = [],
): LeagueRows {
  const w = LEAGUE_WORDS[locale];
  const fmt = numberFormat(locale, table.framework.precision);
  const pct = new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 1 });
  // Ranks are whole numbers but for fractional ties (2.5); no grouping, as a rank column is read as a label.
  const rankFmt = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 2, useGrouping: false });
  // A table made with every indicator (`--indicators`) lists each after the pillars, in framework order.
  const pillars = [...pillarsOf(table), ...table.nodes.filter((n) => n.kind === 'indicator')];
  const collator = new Intl.Collator(locale === 'vi' ? 'vi' : 'en');
  // Ranks are counted within peer groups: two 1st places of two groups are no tie, and a group's
  // ranks read together.
  const groups = [...new Set(table.units.map((u) => u.peerGroup ?? ''))].filter(Boolean).sort(collator.compare);
  const groupOf = new Map(groups.map((g, i) => [g, i]));
  const place = (u: ScoreTableUnit) => groupOf.get(u.peerGroup ?? '') ?? groups.length;
  // The sort is stable: a tie keeps the table's order, which is what the widget shows for the same table.
  const ordered = [...table.units].sort((a, b) => {
    if (a.rank === null || b.rank === null)
      return a.rank === b.rank ? collator.compare(a.name, b.name) : a.rank === null ? 1 : -1;
    return place(a) - place(b) || a.rank - b.rank;
  });
  // Ranks are counted within peer groups, so only the same rank in the same group is a tie.
  const rankKey = (u: ScoreTableUnit) => `${u.peerGroup ?? ''}\u0000${u.rank}`;
  const sharing = new Map<string, number>();
  for (const u of table.units) if (u.rank !== null) sharing.set(rankKey(u), (sharing.get(rankKey(u)) ?? 0) + 1);
  // The same count the coverage share is of: indicators worth points.
  const indicators = result.coverageIndicators;
  const rules = missingRules(result.framework, issues);
  const partial = (u: ScoreTableUnit) => u.value !== null && (u.coverage < 1 || u.imputed > 0);
  const tierLabel = new Map(table.framework.tiers.map((t) => [t.id, labelIn(t.label, locale)]));
  // Units that share a name (four "Xã Long Phú" in the communes) show what tells them apart: parent, else id.
  const twins = twinNames(table.units);
  return {
    pillars,
    rules,
    pillarHeads: pillars.map((p) => labelIn(p.label, locale)),
    rows: ordered.map((u) => ({
      unit: u,
      rank: u.rank === null ? '—' : rankFmt.format(u.rank),
      tied: u.rank !== null && (sharing.get(rankKey(u)) ?? 0) > 1,
      name: twins.has(u.id) ? `${u.name} (${twins.get(u.id)})` : u.name,
      value: u.value === null ? '—' : fmt.format(u.value),
      partial: partial(u),
      note: unitCoverageNote(u, indicators, pct.format(u.coverage), rules, locale),
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
