import type { UnitChange } from '@dti-kit/core';
import type { Locale } from './options.js';
import { printable } from './printable.js';

/** Who was ranked in each period of a comparison, and who left or joined the ranking. */
export interface RankedSet {
  /** How many units had a rank in the previous period, and in the current one. */
  before: number;
  now: number;
  /** Units ranked before and not now (gone, or not ranked now), and the other way round, as `id (name)`. */
  left: string[];
  joined: string[];
}

/**
 * The ranked units of both periods, from the changes `compare` found.
 *
 * @example rankedSet(changes) // → { before: 4, now: 3, left: ['X03 (Xã Cẩm Sơn)', 'X04 (Xã Đông Hòa)'], joined: ['X05 (Xã Đông Hòa)'] }
 */
export function rankedSet(changes: readonly UnitChange[]): RankedSet {
  const out: RankedSet = { before: 0, now: 0, left: [], joined: [] };
  for (const c of changes) {
    const was = c.previousRank !== null;
    const is = c.currentRank !== null;
    if (was) out.before++;
    if (is) out.now++;
    if (was !== is) (was ? out.left : out.joined).push(`${c.id} (${c.name})`);
  }
  return out;
}

/**
 * The note under a comparison whose ranked units differ between the periods: how many were ranked in
 * each, who left and who joined, and that rank moves partly come from that (a unit climbs a place when
 * one above it leaves, its score unchanged or lower). `undefined` when the same units were ranked.
 *
 * @example rankedSetNote(changes, 'en')
 * // → 'The ranked units differ: 4 ranked before, 3 now; left the ranking: X03 (Xã Cẩm Sơn), …; rank moves partly reflect this, not only changes in score.'
 */
export function rankedSetNote(
  changes: readonly UnitChange[],
  locale: Locale,
  unknownIds: readonly string[] = [],
): string | undefined {
  const s = rankedSet(changes);
  if (s.left.length === 0 && s.joined.length === 0) return undefined;
  const list = (ids: readonly string[]) => printable(ids.join(', '));
  // No rank before, yet values before: the previous ranks were left blank, nobody joined the ranking.
  if (s.before === 0 && changes.some((c) => c.previous !== null)) return blankRanksNote(unknownIds, locale);
  if (locale === 'vi')
    return `Tập đơn vị được xếp hạng đã thay đổi: ${s.before} đơn vị trước, ${s.now} đơn vị nay${s.left.length ? `; rời bảng xếp hạng: ${list(s.left)}` : ''}${s.joined.length ? `; vào bảng xếp hạng: ${list(s.joined)}` : ''}; thay đổi về hạng một phần do đó, không chỉ do điểm.`;
  return `The ranked units differ: ${s.before} ranked before, ${s.now} now${s.left.length ? `; left the ranking: ${list(s.left)}` : ''}${s.joined.length ? `; joined the ranking: ${list(s.joined)}` : ''}; rank moves partly reflect this, not only changes in score.`;
}

/**
 * The note when no previous rank could be set although units had previous values: the previous ranks
 * are blank, and why, naming the crosswalk's ids found in neither file when there are some.
 *
 * @example blankRanksNote(['thua-thien-hue'], 'en')
 * // → 'Rank before is blank (—) for every unit: the crosswalk\'s ids "thua-thien-hue" are in neither file, …'
 */
function blankRanksNote(unknownIds: readonly string[], locale: Locale): string {
  const ids = printable(unknownIds.map((id) => JSON.stringify(id)).join(', '));
  if (locale === 'vi')
    return `Hạng trước để trống (—) cho mọi đơn vị: ${unknownIds.length ? `mã ${ids} trong bảng chuyển đổi không có trong tệp nào, nên` : 'không phải đơn vị nào cũng có giá trị trước sau chuyển đổi, nên'} giá trị trước không xếp lại được hạng; không đơn vị nào rời hay vào bảng xếp hạng vì thế.`;
  return `Rank before is blank (—) for every unit: ${unknownIds.length ? `the crosswalk's ids ${ids} are in neither file, so` : 'not every unit has a previous value after the crosswalk, so'} the previous values could not be re-ranked; no unit left or joined the ranking for that.`;
}
