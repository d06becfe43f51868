import type { Crosswalk, UnitChange } from '@dti-kit/core';
import { intlLocale } from '@dti-kit/core/present';
import { type MissingRule, partialNote } from './coverage-note.js';
import { PARTIAL_MARK } from './formats.js';
import { numberFormat } from './league-rows.js';
import type { Locale } from './options.js';
import { textTable } from './text.js';

/** One period as `dti compare` read it, beside the ranked table that `compare` takes. */
export interface ComparedPeriod {
  /** Ids of the units whose score rests on partial data: coverage below 100 % or values filled in. */
  partial: ReadonlySet<string>;
  /** The decimals its values are published with (the framework's precision), when known. */
  precision: number | undefined;
}

/** The partial units of a previous period carried over to the units a crosswalk merges them into. */
function carriedOver(partial: ReadonlySet<string>, crosswalk: Crosswalk | undefined): ReadonlySet<string> {
  if (!crosswalk) return partial;
  const entries = Array.isArray(crosswalk)
    ? (crosswalk as readonly { to: string; from: readonly string[] }[]).map((e) => [e.to, e.from] as const)
    : Object.entries(crosswalk as Readonly<Record<string, string>>).map(([from, to]) => [to, [from]] as const);
  const out = new Set(partial);
  // A merged unit whose previous value combines one resting on partial data rests on partial data too.
  for (const [to, from] of entries) if (from.some((id) => partial.has(id))) out.add(to);
  return out;
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
  const rank = (x: number | null) => (x === null ? '—' : rankFmt.format(x));
  const status = { added: locale === 'vi' ? 'mới' : 'new', gone: locale === 'vi' ? 'không còn' : 'gone' };
  const rows = changes.map((c) => [
    c.id,
    c.name,
    value(c.previous, partialBefore.has(c.id)),
    value(c.current, current.partial.has(c.id)),
    c.status === 'both' ? (c.change === null ? '—' : signed.format(c.change)) : status[c.status],
    rank(c.previousRank),
    rank(c.currentRank),
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
  return `${table}${marked ? `\n\n${PARTIAL_MARK} ${note}` : ''}\n`;
}
