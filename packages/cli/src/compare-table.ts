import type { Crosswalk, Framework, UnitChange } from '@dti-kit/core';
import { intlLocale } from '@dti-kit/core/present';
import { crosswalkEntries, type ScoredWith } from './compare-warnings.js';
import { type MissingRule, partialNote } from './coverage-note.js';
import { PARTIAL_MARK } from './formats.js';
import { numberFormat } from './league-rows.js';
import type { Locale } from './options.js';
import { rankedSet, rankedSetNote } from './ranked-set.js';
import { textTable } from './text.js';
import { TIE_MARK, tieNote } from './tie-note.js';

/** One period as `dti compare` read it, beside the ranked table that `compare` takes. */
export interface ComparedPeriod {
  /** Ids of the units whose score rests on partial data: coverage below 100 % or values filled in. */
  partial: ReadonlySet<string>;
  /** The decimals its values are published with (the framework's precision), when known. */
  precision: number | undefined;
  /** The framework it was scored with, as its score table or `--framework` names it, when known. */
  scoredWith?: ScoredWith | undefined;
  /** How its ranks share places, when the framework was given (a score table does not say). */
  tieRule?: Pick<Framework, 'ties' | 'rankOn' | 'precision'> | undefined;
}

/** The partial units of a previous period carried over to the units a crosswalk merges them into. */
function carriedOver(partial: ReadonlySet<string>, crosswalk: Crosswalk | undefined): ReadonlySet<string> {
  if (!crosswalk) return partial;
  const out = new Set(partial);
  // A merged unit whose previous value combines one resting on partial data rests on partial data too.
  for (const { to, from } of crosswalkEntries(crosswalk)) if (from.some((id) => partial.has(id))) out.add(to);
  return out;
}

/**
 * A change with whether each side's value rests on partial data, and how many units were ranked in each
 * period (the N of "rank 2 of N": 4 before and 3 now when a unit left the ranking): what
 * `dti compare --format json` writes.
 */
export type MarkedChange = UnitChange & {
  previousPartial: boolean;
  currentPartial: boolean;
  previousRankedAmong: number;
  currentRankedAmong: number;
};

/**
 * The changes with the {@link PARTIAL_MARK} of the table as flags, so JSON output keeps it: a previous
 * value is partial when it combines one resting on partial data.
 *
 * @example markedChanges(changes, previous, current, undefined)[0].previousPartial // → true
 */
export function markedChanges(
  changes: readonly UnitChange[],
  previous: ComparedPeriod,
  current: ComparedPeriod,
  crosswalk: Crosswalk | undefined,
): MarkedChange[] {
  const partialBefore = carriedOver(previous.partial, crosswalk);
  const ranked = rankedSet(changes);
  return changes.map((c) => ({
    ...c,
    previousPartial: c.previous !== null && partialBefore.has(c.id),
    currentPartial: c.current !== null && current.partial.has(c.id),
    previousRankedAmong: ranked.before,
    currentRankedAmong: ranked.now,
  }));
}

/** Ranks another unit of the same period shares: marked {@link TIE_MARK}, as `dti score` marks them. */
function sharedRanks(ranks: readonly (number | null)[]): Set<number> {
  const seen = new Map<number, number>();
  for (const r of ranks) if (r !== null) seen.set(r, (seen.get(r) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n > 1).map(([r]) => r));
}

// A score table does not carry its tie rule: the legend then says only what the mark means.
const TIE_UNKNOWN_RULE = {
  vi: `${TIE_MARK} đồng hạng: đơn vị khác của cùng kỳ có cùng hạng.`,
  en: `${TIE_MARK} tied: another unit of the same period has the same rank.`,
} as const;

// Across a crosswalk the previous ranks are not those published: they are computed here, by the rule of ROLL_UP_NOTE.
const RERANKED = {
  vi: 'Hạng trước: xếp lại ở đây trên giá trị trước đã gộp của các đơn vị sau chuyển đổi (không phải hạng đã công bố), theo quy tắc đồng hạng của bộ chỉ số; chỉ xếp khi mọi đơn vị đều có giá trị trước, nếu không thì để trống (—).',
  en: "Rank before: re-ranked here on the combined previous values of the units after the crosswalk (not the published ranks), under the framework's tie rule; only when every unit has a previous value, otherwise left blank (—).",
} as const;

/** The lines under the table: the partial-data mark, the tie mark, the re-ranking across a crosswalk. */
function notes(
  lines: { partial?: string | undefined; tied: boolean; crosswalk: boolean; rankedSet?: string | undefined },
  tieRule: ComparedPeriod['tieRule'],
  locale: Locale,
): string {
  const out: string[] = [];
  if (lines.partial !== undefined) out.push(`${PARTIAL_MARK} ${lines.partial}`);
  if (lines.tied) out.push((tieRule && tieNote(tieRule, locale)) ?? TIE_UNKNOWN_RULE[locale]);
  if (lines.crosswalk) out.push(RERANKED[locale]);
  if (lines.rankedSet !== undefined) out.push(lines.rankedSet);
  return out.length > 0 ? `\n\n${out.join('\n')}` : '';
}

const HEADS = {
  vi: ['Mã', 'Đơn vị', 'Trước', 'Nay', 'Thay đổi', 'Hạng trước', 'Hạng nay', 'Bậc'],
  en: ['Id', 'Unit', 'Before', 'Now', 'Change', 'Rank before', 'Rank now', 'Places'],
} as const;

// Without the framework the rules that filled values in are unknown: the mark is explained without them.
const UNKNOWN_RULES = {
  vi: 'thiếu số liệu (độ phủ dưới 100% hoặc có giá trị được điền theo quy tắc của bộ chỉ số): thứ hạng của các đơn vị này không dựa trên đủ số liệu.',
  en: "partial data (coverage below 100%, or values filled in by the framework's rule): the ranks of these units do not rest on complete data.",
} as const;

/**
 * The terminal table of `dti compare`: each unit by id and name (two communes may share a name), its
 * values with the published decimals as `dti score` writes them ("37,0"), marked {@link PARTIAL_MARK}
 * where the period's score rests on partial data, explained under the table (by the framework's
 * missing-value `rules` when they are known).
 *
 * @example comparisonTable(changes, previous, current, undefined, ['zero'], 'vi') // → 'Mã  Đơn vị  Trước  Nay …'
 */
export function comparisonTable(
  changes: readonly UnitChange[],
  previous: ComparedPeriod,
  current: ComparedPeriod,
  crosswalk: Crosswalk | undefined,
  rules: readonly MissingRule[] | undefined,
  locale: Locale,
  unknownIds: readonly string[] = [],
): string {
  // The decimals compare publishes the changes with: the current period's, else the previous one's.
  const digits = current.precision ?? previous.precision;
  const fmt = numberFormat(locale, digits);
  const signed = new Intl.NumberFormat(intlLocale(locale), {
    minimumFractionDigits: digits ?? 0,
    maximumFractionDigits: digits ?? 4,
    signDisplay: 'exceptZero',
  });
  // Ranks are whole numbers but for fractional ties (2.5), read as labels: no grouping, as dti score writes them.
  const rankFmt = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 2, useGrouping: false });
  const partialBefore = carriedOver(previous.partial, crosswalk);
  const marked = changes.some(
    (c) => (c.previous !== null && partialBefore.has(c.id)) || (c.current !== null && current.partial.has(c.id)),
  );
  // Unmarked values get a space in the mark's place so the digits stay aligned.
  const value = (x: number | null, partial: boolean) =>
    x === null ? '—' : `${fmt.format(x)}${partial ? PARTIAL_MARK : marked ? ' ' : ''}`;
  const tiedBefore = sharedRanks(changes.map((c) => c.previousRank));
  const tiedNow = sharedRanks(changes.map((c) => c.currentRank));
  const rank = (x: number | null, tied: ReadonlySet<number>) =>
    x === null ? '—' : tied.has(x) ? `${rankFmt.format(x)} ${TIE_MARK}` : rankFmt.format(x);
  const status = { added: locale === 'vi' ? 'mới' : 'new', gone: locale === 'vi' ? 'không còn' : 'gone' };
  const rows = changes.map((c) => [
    c.id,
    c.name,
    value(c.previous, partialBefore.has(c.id)),
    value(c.current, current.partial.has(c.id)),
    c.status === 'both' ? (c.change === null ? '—' : signed.format(c.change)) : status[c.status],
    rank(c.previousRank, tiedBefore),
    rank(c.currentRank, tiedNow),
    c.rankChange === null
      ? '—'
      : c.rankChange > 0
        ? `▲ ${c.rankChange}`
        : c.rankChange < 0
          ? `▼ ${-c.rankChange}`
          : '=',
  ]);
  const table = textTable([...HEADS[locale]], rows, [false, false, true, true, true, true, true, true]);
  const note = rules && rules.length > 0 ? partialNote(rules, locale) : UNKNOWN_RULES[locale];
  const tied = tiedBefore.size > 0 || tiedNow.size > 0;
  const lines = {
    partial: marked ? note : undefined,
    tied,
    crosswalk: crosswalk !== undefined,
    rankedSet: rankedSetNote(changes, locale, unknownIds),
  };
  return `${table}${notes(lines, current.tieRule ?? previous.tieRule, locale)}\n`;
}
