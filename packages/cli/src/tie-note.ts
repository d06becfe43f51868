import type { Framework } from '@dti-kit/core';
import type { Locale } from './options.js';

/**
 * The mark after a rank that another unit shares, as the league-table widget shows it ("6 =").
 */
export const TIE_MARK = '=';

/**
 * The legend of {@link TIE_MARK}: which units share a rank (the same published, rounded score, or the
 * same exact score when the framework ranks on exact values) and what the framework's tie rule does
 * with the next rank. `undefined` for the `ordinal` rule, under which no two units share a rank.
 *
 * @example tieNote({ ties: 'competition', precision: 1 }, 'en')
 * // → '= tied: units with the same published score (rounded to 1 decimal place) share a rank, and the next rank skips the places they take (1, 2, 2, 4).'
 */
export function tieNote(
  framework: Pick<Framework, 'ties' | 'rankOn' | 'precision'>,
  locale: Locale,
): string | undefined {
  const rule = framework.ties ?? 'competition';
  if (rule === 'ordinal') return undefined;
  const exact = framework.rankOn === 'exact' || framework.precision === undefined;
  const digits = framework.precision ?? 0;
  if (locale === 'vi') {
    const same = exact
      ? 'các đơn vị có cùng điểm'
      : `các đơn vị có cùng điểm công bố (làm tròn ${digits} chữ số thập phân)`;
    const next = {
      competition: 'có cùng hạng, và hạng kế tiếp bỏ qua các vị trí họ chiếm (1, 2, 2, 4)',
      dense: 'có cùng hạng, và hạng kế tiếp liền sau (1, 2, 2, 3)',
      fractional: 'nhận hạng trung bình của các vị trí họ chiếm (1; 2,5; 2,5; 4)',
    }[rule];
    return `${TIE_MARK} đồng hạng: ${same} ${next}.`;
  }
  const same = exact
    ? 'units with the same score'
    : `units with the same published score (rounded to ${digits} decimal place${digits === 1 ? '' : 's'})`;
  const next = {
    competition: 'share a rank, and the next rank skips the places they take (1, 2, 2, 4)',
    dense: 'share a rank, and the next rank follows on (1, 2, 2, 3)',
    fractional: 'share the average of the places they take (1, 2.5, 2.5, 4)',
  }[rule];
  return `${TIE_MARK} tied: ${same} ${next}.`;
}

/**
 * The note under a league table: the legend of {@link TIE_MARK} when a rank is shared, or, under the
 * `ordinal` rule (no rank shared), that units showing the same published score were given different
 * ranks, and by what: a reader who sees "80,0" twice ranked 2nd and 3rd is otherwise not told why.
 * `undefined` when there is nothing to say.
 *
 * @example rankNote({ ties: 'ordinal', precision: 1 }, rows, 'en')
 * // → 'Ordinal ranks: units with the same published score (rounded to 1 decimal place) still get different ranks (1, 2, 3, 4), in their order in the data file.'
 */
export function rankNote(
  framework: Pick<Framework, 'ties' | 'rankOn' | 'precision'>,
  rows: readonly (NotedRow & { tied: boolean })[],
  locale: Locale,
): string | undefined {
  if (rows.some((r) => r.tied)) {
    const note = tieNote(framework, locale) as string;
    // Ranked on exact scores, "80,0" can be 1st beside two "80,0" tied 2nd: the legend says why.
    if (framework.rankOn !== 'exact' || !rankedApart(rows)) return note;
    return `${note} ${locale === 'vi' ? 'Hạng được tính trên điểm chưa làm tròn, nên các đơn vị hiện cùng điểm vẫn có thể khác hạng.' : 'Ranks are computed on unrounded scores, so units showing the same published score can still rank apart.'}`;
  }
  if (framework.ties !== 'ordinal') {
    if (framework.rankOn !== 'exact' || !rankedApart(rows)) return undefined;
    return locale === 'vi'
      ? 'Hạng được tính trên điểm chưa làm tròn, nên các đơn vị hiện cùng điểm vẫn có thể khác hạng.'
      : 'Ranks are computed on unrounded scores, so units showing the same published score can still rank apart.';
  }
  if (!showSameScore(rows)) return undefined;
  const exact = framework.rankOn === 'exact' || framework.precision === undefined;
  const digits = framework.precision ?? 0;
  if (locale === 'vi')
    return `Hạng thứ tự: các đơn vị có cùng điểm công bố${exact ? '' : ` (làm tròn ${digits} chữ số thập phân)`} vẫn nhận hạng khác nhau (1, 2, 3, 4), ${exact ? 'theo điểm chưa làm tròn, hoặc theo thứ tự trong tệp số liệu khi điểm chưa làm tròn cũng bằng nhau' : 'theo thứ tự trong tệp số liệu'}.`;
  return `Ordinal ranks: units with the same published score${exact ? '' : ` (rounded to ${digits} decimal place${digits === 1 ? '' : 's'})`} still get different ranks (1, 2, 3, 4), ${exact ? 'by their unrounded scores, or in their order in the data file where those are equal too' : 'in their order in the data file'}.`;
}

type NotedRow = { value: string; unit: { rank: number | null; peerGroup?: string | undefined } };

/** Whether two ranked units of one peer group show the same published score. */
function showSameScore(rows: readonly NotedRow[]): boolean {
  const seen = new Set<string>();
  return rows.some((r) => {
    if (r.unit.rank === null) return false;
    const key = `${r.unit.peerGroup ?? ''}\u0000${r.value}`;
    return seen.has(key) || !seen.add(key);
  });
}

/** Whether two ranked units of one peer group show the same published score under different ranks. */
function rankedApart(rows: readonly NotedRow[]): boolean {
  const rankOf = new Map<string, number>();
  return rows.some((r) => {
    if (r.unit.rank === null) return false;
    const key = `${r.unit.peerGroup ?? ''}\u0000${r.value}`;
    const before = rankOf.get(key);
    if (before === undefined) rankOf.set(key, r.unit.rank);
    return before !== undefined && before !== r.unit.rank;
  });
}
