import type { PreparedUnit } from './dataset.js';
import { clip, type DtiIssue } from './issue.js';
import { latinSkeleton, OTHER_SCRIPT } from './latin-skeleton.js';
import type { UnitList } from './unit-list.js';

/** A character by its code point and script, as "Н U+041D (Cyrillic)". */
function named(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  const script = code < 0x400 ? { en: 'Greek', vi: 'Hy Lạp' } : { en: 'Cyrillic', vi: 'Kirin' };
  const point = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `${c} ${point} (${script.en})\u0000${c} ${point} (${script.vi})`;
}

/** The Cyrillic and Greek letters of an id, each named, in English and Vietnamese; undefined for none. */
function otherLetters(id: string): [string, string] | undefined {
  if (!OTHER_SCRIPT.test(id)) return undefined;
  const letters = [...new Set([...id].filter((c) => OTHER_SCRIPT.test(c)))].map(named);
  return [letters.map((l) => l.split('\u0000')[0]).join(', '), letters.map((l) => l.split('\u0000')[1]).join(', ')];
}

/**
 * Whether a text holds a Cyrillic or Greek letter ({@link OTHER_SCRIPT}, U+0370–U+052F): a loop, not a
 * regular expression, as every id of a dataset is read here and nearly none has one.
 *
 * @example hasOtherScript('НN') // → true; hasOtherScript('HN') // → false
 */
export function hasOtherScript(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x370 && c < 0x530) return true;
  }
  return false;
}

/** Whether an id mixes Latin letters with Cyrillic or Greek ones. */
function mixesScripts(id: string): boolean {
  return OTHER_SCRIPT.test(id) && /[A-Za-z]/u.test(id);
}

/**
 * Ids that mix Latin letters with Cyrillic or Greek ones drawn alike ("НN", its Н U+041D): a warning
 * for each, naming the letter by code point, since the id matches no other file's "HN"; when another
 * unit's id reads the same once those letters are read as Latin, the warning names both (`value.firstUnit`
 * is the other unit's position, for a sheet reader to name its cell). Ids without such letters, nearly
 * all, cost one test each. An id written wholly in those letters ("НМ", all Cyrillic) is a name of its
 * own, unless another unit's id is its Latin twin ("HM"): then the two show alike in every table, and
 * that is the same warning. A warning, not an error: the ids differ, each unit's numbers are its own,
 * and the cross-file comparison already pairs the two; the reader is told which cell to retype.
 *
 * @example homoglyphIssues([{ id: 'HN', … }, { id: 'НN', … }], (u) => ['units', u, 'id'])[0].message
 * // → 'unit id "НN" has Н U+041D (Cyrillic) among Latin letters: it looks like "HN" (another unit) and is not; …'
 */
export function homoglyphIssues(units: UnitList, idPath: (u: number) => (string | number)[]): DtiIssue[] {
  const mixed = new Map<string, number[]>();
  for (let u = 0; u < units.length; u++) {
    const { id } = units.at(u) as PreparedUnit;
    if (!hasOtherScript(id)) continue;
    // Pushed, not copied: a file of many ids of one skeleton stays linear.
    const key = latinSkeleton(id).toLowerCase();
    const list = mixed.get(key);
    if (list) list.push(u);
    else mixed.set(key, [u]);
  }
  if (mixed.size === 0) return [];
  const plain = new Map<string, number>();
  for (let u = 0; u < units.length; u++) {
    const { id } = units.at(u) as PreparedUnit;
    const key = id.toLowerCase();
    if (mixed.has(key) && !plain.has(key) && !OTHER_SCRIPT.test(id)) plain.set(key, u);
  }
  const issues: DtiIssue[] = [];
  for (const [key, at] of mixed)
    for (const u of at) {
      const twin = plain.get(key);
      if (twin !== undefined || mixesScripts((units.at(u) as PreparedUnit).id))
        issues.push(homoglyphIssue(units, u, twin, idPath(u)));
    }
  return issues.sort((a, b) => Number(a.path[1]) - Number(b.path[1]));
}

function homoglyphIssue(units: UnitList, u: number, twin: number | undefined, path: (string | number)[]): DtiIssue {
  const id = (units.at(u) as PreparedUnit).id;
  const [en, vi] = otherLetters(id) as [string, string];
  const among = mixesScripts(id)
    ? { en: 'among Latin letters', vi: 'lẫn trong chữ Latin' }
    : { en: 'and no Latin letter', vi: 'và không có chữ Latin nào' };
  const other = twin === undefined ? undefined : (units.at(twin) as PreparedUnit).id;
  const likeEn =
    other === undefined
      ? "matches no other file's id written in Latin letters"
      : `looks like "${clip(other)}", another unit's id, and is not`;
  const likeVi =
    other === undefined
      ? 'không khớp với mã viết bằng chữ Latin ở tệp khác'
      : `trông giống "${clip(other)}", mã của một đơn vị khác, mà không phải`;
  return {
    severity: 'warning',
    code: 'look-alike-unit',
    detail: 'homoglyph',
    path,
    unit: id,
    value: { id, letters: en, ...(twin !== undefined && { other, firstUnit: twin }) },
    message: `unit id "${clip(id)}" has ${en} ${among.en}: it ${likeEn}; write it in Latin letters`,
    messageVi: `mã đơn vị "${clip(id)}" có chữ ${vi} ${among.vi}: mã này ${likeVi}; hãy viết mã bằng chữ Latin`,
  };
}
