import type { PreparedUnit } from './dataset.js';
import { foldText } from './fold-text.js';
import { clip, type DtiIssue } from './issue.js';

/**
 * An id as a reader sees it: lower case, and fullwidth or other compatibility characters read as plain
 * ones (Unicode NFKC: "ｈａｎｏｉ" is "hanoi"). Plain ASCII needs no fold and is not copied.
 *
 * @example lookAlike('ＨａＮｏｉ') // → 'hanoi'
 */
export function lookAlike(id: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is "all ASCII", control characters included.
  return /^[\u0000-\u007f]*$/u.test(id) ? id.toLowerCase() : id.normalize('NFKC').toLowerCase();
}

/**
 * Finds ids that differ only in case ("B" and "b") or in width ("ｈａｎｏｉ" and "hanoi", alike under
 * NFKC) as units are added. Only ids that fold to another text are kept a second time, by their fold:
 * a dataset of lower-case slugs keeps no copy of its ids.
 *
 * @example const twins = new CaseTwins(); twins.check('B', 0, seen); twins.check('b', 1, seen) // → { u: 0, id: 'B' }
 */
export class CaseTwins {
  readonly #byLower = new Map<string, { u: number; id: string }>();

  /**
   * The earlier unit (its position and id) whose id differs from `id` only in case or width, or
   * `undefined`; `seen` holds the ids added so far, by id, with their positions. An id that folds to
   * another text and has no twin is recorded at position `u`.
   */
  check(id: string, u: number, seen: ReadonlyMap<string, number>): { u: number; id: string } | undefined {
    const lower = lookAlike(id);
    if (lower === id) return this.#byLower.get(id);
    const earlier = seen.get(lower);
    const twin = earlier === undefined ? this.#byLower.get(lower) : { u: earlier, id: lower };
    if (twin === undefined) this.#byLower.set(lower, { u, id });
    return twin;
  }
}

/** One of two units an id problem names: its id as written, and its row (0-based in a dataset) or cell. */
export interface UnitIdAt {
  id: string;
  /** The unit's position in a dataset's units, when no sheet cell is known. */
  row?: number;
  /** The cell the id was read from, as `Số liệu!A3`. */
  cell?: string;
  /** The id's Unicode form as written, when two ids differ in nothing else. */
  form?: UnicodeForm;
}

/** How a text is written in Unicode: composed (NFC, as Windows writes), decomposed (NFD, as a Mac writes), or neither. */
export type UnicodeForm = 'NFC' | 'NFD' | 'other';

/**
 * The Unicode form a text is written in.
 *
 * @example unicodeForm('Huế') // → 'NFC'; unicodeForm('Huế'.normalize('NFD')) // → 'NFD'
 */
export function unicodeForm(text: string): UnicodeForm {
  if (text === text.normalize('NFC')) return 'NFC';
  return text === text.normalize('NFD') ? 'NFD' : 'other';
}

/** Where a unit's id is, for a message: its cell, or its row in the dataset. */
export function unitIdPlace(at: UnitIdAt, locale: 'vi' | 'en'): string {
  return at.cell ?? `${locale === 'vi' ? 'dòng' : 'row'} ${at.row ?? ''}`;
}

/**
 * The error for two units whose ids differ only in case: some tools match ids ignoring case and some
 * do not, so the two would be one unit here and two there. It names both ids and where each is;
 * `value` holds both, for the Vietnamese message.
 *
 * @example caseTwinIssue({ id: 'B', row: 0 }, { id: 'b', row: 2 }, ['units', 2, 'id']).message
 * // → 'unit ids "B" (row 0) and "b" (row 2) differ only in case: …'
 */
export function caseTwinIssue(first: UnitIdAt, second: UnitIdAt, path: (string | number)[]): DtiIssue {
  const both = `"${clip(first.id)}" (${unitIdPlace(first, 'en')}) and "${clip(second.id)}" (${unitIdPlace(second, 'en')})`;
  // Fullwidth letters (an East Asian input method) look like plain ones: the ids are kept as written, so
  // that they still match other files, and the two are refused as one unit twice, as ids in two cases are.
  const width = first.id.toLowerCase() !== second.id.toLowerCase();
  return {
    severity: 'error',
    code: 'duplicate-unit',
    detail: width ? 'width' : 'case',
    message: width
      ? `unit ids ${both} are the same id once fullwidth or other compatibility characters are read as plain ones (Unicode NFKC): one unit written twice, or two units no reader can tell apart; write the id in plain characters, or give one unit another id`
      : `unit ids ${both} differ only in case: one unit written twice, or two units no reader can tell apart; write the id alike in both, or give one unit another id`,
    path,
    unit: second.id,
    value: { first, second },
  };
}

/** Zero-width and other format characters (Unicode Cf: U+200B, U+200C, U+200D, U+2060, U+FEFF, …). */
const FORMAT_CHARACTER = /\p{Cf}/u;
/**
 * The same in a name, but for the bidirectional controls (U+202E, U+2066, …): a name is not matched
 * across files, and every output already shows those as "�" where they would reorder the text.
 */
const NAME_FORMAT_CHARACTER = /(?!\p{Bidi_Control})\p{Cf}/u;
const FORMAT_CHARACTERS = /\p{Cf}/gu;
/** Icelandic Eth, Ð (U+00D0) and ð (U+00F0), which look like Vietnamese Đ (U+0110) and đ (U+0111). */
const ETH = /[\u00d0\u00f0]/u;

/** A character by its code point, as "U+200B". */
const codePoint = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * A text with its format characters shown by code point, since on screen they show as nothing.
 *
 * @example visible('HN\u200b') // → 'HN<U+200B>'
 */
export function visible(text: string): string {
  return text.replace(FORMAT_CHARACTERS, (c) => `<${codePoint(c)}>`);
}

/**
 * What is wrong with the text of a unit's id and name that no reader sees: a zero-width or other format
 * character (an error: "HN" and "HN" + U+200B look alike and are two units), an Icelandic Ð where
 * Vietnamese writes Đ (a warning). Each issue names the unit, the field and the character by code point.
 */
function textIssues(unit: PreparedUnit, path: (string | number)[], named: boolean): DtiIssue[] {
  const issues: DtiIssue[] = [];
  const fields: ['id' | 'name', string][] = named
    ? [
        ['id', unit.id],
        ['name', unit.name],
      ]
    : [['id', unit.id]];
  const shown = visible(unit.id);
  for (const [field, text] of fields) {
    const format = (field === 'id' ? FORMAT_CHARACTER : NAME_FORMAT_CHARACTER).exec(text)?.[0];
    const vi = field === 'id' ? 'mã' : 'tên';
    if (format !== undefined)
      issues.push({
        severity: 'error',
        code: 'look-alike-unit',
        detail: 'format-character',
        path,
        unit: unit.id,
        value: visible(text),
        message: `unit "${clip(shown)}": its ${field} "${clip(visible(text))}" holds ${codePoint(format)}, a character that shows as nothing, so it looks like another id or name and is not; delete it`,
        messageVi: `đơn vị "${clip(shown)}": ${vi} "${clip(visible(text))}" chứa ký tự ${codePoint(format)}, ký tự không hiển thị, nên trông giống một mã hay tên khác mà không phải; hãy xoá ký tự đó`,
      });
    const eth = ETH.exec(text)?.[0];
    if (eth !== undefined) {
      const dj = eth === '\u00d0' ? 'Đ (U+0110)' : 'đ (U+0111)';
      issues.push({
        severity: 'warning',
        code: 'look-alike-unit',
        detail: 'eth',
        path,
        unit: unit.id,
        value: text,
        message: `unit "${clip(shown)}": its ${field} "${clip(visible(text))}" holds ${eth} (${codePoint(eth)}, Icelandic Eth), not the Vietnamese ${dj}; it looks alike but matches no other file; write ${dj}`,
        messageVi: `đơn vị "${clip(shown)}": ${vi} "${clip(visible(text))}" chứa ${eth} (${codePoint(eth)}, chữ Eth của tiếng Iceland), không phải ${dj} của tiếng Việt; hai chữ trông giống nhau nhưng không khớp với tệp khác; hãy viết ${dj}`,
      });
    }
  }
  return issues;
}

/**
 * Two units of the same name (alike once diacritics and case are folded: "Hà Nội", "HA NOI") and the
 * same parent (or none), under different ids: a warning naming both ids. Communes of one name in
 * different provinces are common, so only units that share a parent are compared.
 */
function sameNameIssue(first: PreparedUnit, second: PreparedUnit, path: (string | number)[]): DtiIssue {
  const parent = second.parent === undefined ? '' : ` and the same parent "${clip(second.parent)}"`;
  const parentVi = second.parent === undefined ? '' : ` và cùng đơn vị cấp trên "${clip(second.parent)}"`;
  const a = clip(visible(first.id));
  const b = clip(visible(second.id));
  return {
    severity: 'warning',
    code: 'look-alike-unit',
    detail: 'same-name',
    path,
    unit: second.id,
    value: { first: first.id, second: second.id, name: second.name },
    message: `units "${a}" ("${clip(first.name)}") and "${b}" ("${clip(second.name)}") have the same name${parent} under two ids: one unit entered twice, or two units no reader of the table can tell apart; keep one row, or tell the names apart`,
    messageVi: `đơn vị "${a}" ("${clip(first.name)}") và "${b}" ("${clip(second.name)}") trùng tên${parentVi} nhưng khác mã: một đơn vị được nhập hai lần, hay hai đơn vị người đọc bảng không thể phân biệt; hãy giữ một dòng, hoặc đặt tên khác nhau`,
  };
}

/**
 * What a reader would not see in the units' ids and names: format characters (errors), Icelandic Ð
 * (warnings), and two units of one name and one parent under different ids (a warning, once per name).
 * A unit with no name of its own (named by its id) is not compared by name. `idPath` locates unit `u`.
 *
 * @example unitTextIssues([{ id: 'HN\u200b', name: 'Hà Nội', ranked: true }], (u) => ['units', u, 'id'])[0].message
 * // → 'unit "HN<U+200B>": its id "HN<U+200B>" holds U+200B, a character that shows as nothing, …'
 */
export function unitTextIssues(units: readonly PreparedUnit[], idPath: (u: number) => (string | number)[]): DtiIssue[] {
  const issues: DtiIssue[] = [];
  const byName = new Map<string, number>();
  for (let u = 0; u < units.length; u++) {
    const unit = units[u] as PreparedUnit;
    if (unit.id === '') continue;
    const named = unit.name !== unit.id;
    for (const issue of textIssues(unit, idPath(u), named)) issues.push(issue);
    if (!named) continue;
    const key = `${foldText(unit.name)}\u0000${unit.parent === undefined ? '' : foldText(unit.parent)}`;
    const first = byName.get(key);
    if (first === undefined) byName.set(key, u);
    else if (first >= 0) {
      issues.push(sameNameIssue(units[first] as PreparedUnit, unit, idPath(u)));
      byName.set(key, -1);
    }
  }
  return issues;
}
