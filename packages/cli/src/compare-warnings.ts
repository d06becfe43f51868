import type { Crosswalk, UnitChange } from '@dti-kit/core';
import { foldText, latinSkeleton } from '@dti-kit/core/present';
import { INVISIBLE_FORMAT } from './printable.js';

/** A warning of `dti compare`, in Vietnamese and English. */
export interface CompareWarning {
  vi: string;
  en: string;
}

/** The framework a period was scored with, as its score table (or the `--framework` given) names it. */
export interface ScoredWith {
  id: string;
  version: string;
}

/** The crosswalk as `{ to, from }` entries, whichever of its two forms the file used. */
export function crosswalkEntries(crosswalk: Crosswalk): { to: string; from: readonly string[] }[] {
  if (Array.isArray(crosswalk)) return crosswalk as { to: string; from: readonly string[] }[];
  return Object.entries(crosswalk as Readonly<Record<string, string>>).map(([from, to]) => ({ to, from: [from] }));
}

/** An id quoted, its invisible characters written out ("HN\\u200b"): in a terminal they would show as nothing. */
const shown = (id: string) =>
  JSON.stringify(id).replace(INVISIBLE_FORMAT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const quoted = (ids: readonly string[]) => ids.map(shown).join(', ');

/** The non-ASCII characters one id has and the other lacks, by code point ("Ð U+00D0, Đ U+0110"). */
function codePoints(a: string, b: string): string {
  // Invisible characters are written out in the id already.
  const visible = (c: string) => c.replace(INVISIBLE_FORMAT, '') === c;
  const only = (x: string, y: string) =>
    [...x].filter((c) => !y.includes(c) && (c.codePointAt(0) ?? 0) > 0x7e && visible(c));
  const list = [...new Set([...only(a, b), ...only(b, a)])].map(
    (c) => `${c} U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`,
  );
  return list.length > 0 ? ` [${list.join(', ')}]` : '';
}

/**
 * The crosswalk's `from` ids found in neither file, each once, in the crosswalk's order.
 *
 * @example unknownCrosswalkIds([{ to: 'TQ', from: ['hg', 'TQ'] }], ['HG', 'TQ'], ['TQ']) // → ['hg']
 */
export function unknownCrosswalkIds(
  crosswalk: Crosswalk,
  previousIds: readonly string[],
  currentIds: readonly string[],
): string[] {
  const known = new Set([...previousIds, ...currentIds]);
  return [...new Set(crosswalkEntries(crosswalk).flatMap((e) => e.from.filter((id) => !known.has(id))))];
}

/**
 * A crosswalk `from` id that is in neither file: a typo ("XX") or another spelling ("hg" for "HG"). The
 * merged unit's previous value then cannot be combined, and a former unit it should have taken in is
 * listed as gone, so each is named with its crosswalk entry, and with the id that differs from it only
 * in case when there is one.
 *
 * @example crosswalkWarnings([{ to: 'TQ', from: ['hg', 'TQ'] }], ['HG', 'TQ'], ['TQ'])[0].en
 * // → 'crosswalk { "to": "TQ", "from": ["hg", "TQ"] }: "hg" is in neither file (did you mean "HG"?); …'
 */
export function crosswalkWarnings(
  crosswalk: Crosswalk,
  previousIds: readonly string[],
  currentIds: readonly string[],
): CompareWarning[] {
  const known = new Set([...previousIds, ...currentIds]);
  const out: CompareWarning[] = [];
  for (const entry of crosswalkEntries(crosswalk)) {
    const where = `{ "to": ${JSON.stringify(entry.to)}, "from": [${quoted(entry.from)}] }`;
    for (const id of entry.from) {
      if (known.has(id)) continue;
      const like = [...known].find((k) => k.toLowerCase() === id.toLowerCase());
      const hintVi = like === undefined ? '' : ` (có phải ${JSON.stringify(like)}?)`;
      const hintEn = like === undefined ? '' : ` (did you mean ${JSON.stringify(like)}?)`;
      out.push({
        vi: `bảng chuyển đổi ${where}: mã ${shown(id)} không có trong tệp nào${hintVi}; giá trị trước của ${JSON.stringify(entry.to)} không gộp được (—) và không xếp lại được hạng trước`,
        en: `crosswalk ${where}: ${shown(id)} is in neither file${hintEn}; the previous value of ${JSON.stringify(entry.to)} cannot be combined (—) and the previous ranks cannot be re-ranked`,
      });
    }
  }
  return out;
}

/**
 * Units only in one period whose id matches one only in the other when folded (case, spaces, diacritics,
 * look-alike letters such as Ð U+00D0 or a Cyrillic Н U+041D, invisible characters), or whose name is the same: most likely
 * one unit spelled two ways, listed as new and as gone.
 *
 * @example unmatchedWarnings(changes)[0].en // → 'ids "HN" (previous) and "hn" (current) differ only in …'
 */
export function unmatchedWarnings(changes: readonly UnitChange[]): CompareWarning[] {
  const added = changes.filter((c) => c.status === 'added');
  // Folded once and looked up, not compared pair by pair: ten thousand communes on each side stay quick.
  const goneBy = (key: (c: UnitChange) => string) => {
    const map = new Map<string, UnitChange[]>();
    for (const c of changes) if (c.status === 'gone' && key(c) !== '') map.set(key(c), [...(map.get(key(c)) ?? []), c]);
    return map;
  };
  // "НN" with a Cyrillic Н matches "HN": a keyboard left in another layout, not another unit.
  const foldedId = (c: UnitChange) => foldText(latinSkeleton(c.id));
  const foldedName = (c: UnitChange) => foldText(c.name);
  const byId = goneBy(foldedId);
  const byName = goneBy(foldedName);
  const out: CompareWarning[] = [];
  for (const now of added) {
    const sameId = byId.get(foldedId(now)) ?? [];
    const sameName = (byName.get(foldedName(now)) ?? []).filter((c) => !sameId.includes(c));
    for (const then of sameId) out.push(lookAlike(then.id, now.id));
    for (const then of sameName) out.push(namesake(then.id, now));
  }
  return out;
}

const pair = (then: string, now: string) => {
  const points = codePoints(then, now);
  return {
    vi: `${shown(then)} (trước) và ${shown(now)} (nay)${points}`,
    en: `${shown(then)} (previous) and ${shown(now)} (current)${points}`,
  };
};

/** Cyrillic and Greek letters, some drawn like Latin ones ("Н" U+041D and "H"). */
const OTHER_SCRIPT = /[\u0370-\u03ff\u0400-\u052f]/u;

const lookAlike = (then: string, now: string): CompareWarning => {
  const ids = pair(then, now);
  if (OTHER_SCRIPT.test(then) !== OTHER_SCRIPT.test(now))
    return {
      vi: `mã ${ids.vi} trông giống nhau nhưng một mã có chữ Kirin hoặc Hy Lạp: được so như hai đơn vị khác nhau (một "không còn", một "mới"); hãy viết mã bằng chữ Latin ở cả hai tệp`,
      en: `ids ${ids.en} look alike but one has a Cyrillic or Greek letter: compared as two units (one gone, one new); write the id in Latin letters in both files`,
    };
  return {
    vi: `mã ${ids.vi} chỉ khác nhau ở chữ hoa/thường, dấu cách, dấu hoặc dạng Unicode: được so như hai đơn vị khác nhau (một "không còn", một "mới"); hãy viết mã giống nhau ở hai tệp`,
    en: `ids ${ids.en} differ only in case, spaces, diacritics or Unicode form: compared as two units (one gone, one new); write the id alike in both files`,
  };
};

const namesake = (then: string, now: UnitChange): CompareWarning => {
  const ids = pair(then, now.id);
  return {
    vi: `mã ${ids.vi} có cùng tên ${shown(now.name)} nhưng khác mã: được so như hai đơn vị khác nhau (một "không còn", một "mới")`,
    en: `ids ${ids.en} have the same name ${shown(now.name)} but different ids: compared as two units (one gone, one new)`,
  };
};

/**
 * Two periods that may not be comparable: the same file given twice, or scored with different
 * frameworks (id or version), whose scores are on different scales.
 *
 * @example comparabilityWarnings(['a.json', 'a.json'], [undefined, undefined])[0].en // → 'the same file … is given twice: …'
 */
export function comparabilityWarnings(
  files: readonly [string, string],
  frameworks: readonly [ScoredWith | undefined, ScoredWith | undefined],
): CompareWarning[] {
  const out: CompareWarning[] = [];
  if (files[0] === files[1])
    out.push({
      vi: `cùng một tệp ${files[0]} được đưa vào hai lần: mọi thay đổi sẽ là 0`,
      en: `the same file ${files[0]} is given twice: every change will be 0`,
    });
  const [a, b] = frameworks;
  if (a && b && (a.id !== b.id || a.version !== b.version))
    out.push({
      vi: `hai kỳ được chấm theo hai bộ chỉ số khác nhau (trước: ${a.id} ${a.version}, nay: ${b.id} ${b.version}): điểm và hạng có thể không so sánh được`,
      en: `the two periods were scored with different frameworks (previous: ${a.id} ${a.version}, current: ${b.id} ${b.version}): scores and ranks may not be comparable`,
    });
  return out;
}
