import type { PreparedUnit } from './dataset.js';
import { hasOtherScript, homoglyphIssues } from './homoglyphs.js';
import { clip, type DtiIssue } from './issue.js';
import { SameNames } from './same-names.js';
import { textsOf, type UnitList, type UnitTexts } from './unit-list.js';

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

/**
 * Whether a text surely holds neither a format character nor an Icelandic Eth: every character is
 * ASCII, Latin-1 but for U+00AD (soft hyphen, a format character) and Ð/ð, or a Vietnamese letter
 * (U+0100–U+05FF, U+1E00–U+1EFF), where Unicode has no format character. Most ids and names are, and
 * need no search.
 */
function plainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xad) continue;
    if (c === 0xad || c === 0xd0 || c === 0xf0) return false;
    if (c >= 0x600 && (c < 0x1e00 || c >= 0x1f00)) return false;
  }
  return true;
}

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

/** The path of a unit's name, from the path of its id (`['units', 3, 'id']` → `['units', 3, 'name']`). */
const namePath = (idPath: (string | number)[]) =>
  idPath[idPath.length - 1] === 'id' ? [...idPath.slice(0, -1), 'name'] : idPath;

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
    const at = field === 'id' ? path : namePath(path);
    const format = (field === 'id' ? FORMAT_CHARACTER : NAME_FORMAT_CHARACTER).exec(text)?.[0];
    const vi = field === 'id' ? 'mã' : 'tên';
    if (format !== undefined)
      issues.push({
        severity: 'error',
        code: 'look-alike-unit',
        detail: 'format-character',
        path: at,
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
        path: at,
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
function sameNameIssue(
  first: PreparedUnit,
  second: PreparedUnit,
  path: (string | number)[],
  firstUnit: number,
): DtiIssue {
  const parent = second.parent === undefined ? '' : ` and the same parent "${clip(second.parent)}"`;
  const parentVi = second.parent === undefined ? '' : ` và cùng đơn vị cấp trên "${clip(second.parent)}"`;
  const a = clip(visible(first.id));
  const b = clip(visible(second.id));
  return {
    severity: 'warning',
    code: 'look-alike-unit',
    detail: 'same-name',
    path: namePath(path),
    unit: second.id,
    // `firstUnit`: the first unit's position, so that a sheet reader names its cell too.
    value: { first: first.id, second: second.id, name: second.name, firstUnit },
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
export function unitTextIssues(units: UnitList, idPath: (u: number) => (string | number)[]): DtiIssue[] {
  const checks = new UnitTextChecks(units, idPath);
  for (let u = 0; u < units.length; u++) checks.add(u);
  return checks.finish();
}

/**
 * {@link unitTextIssues} one unit at a time, for a reader that checks each unit as it makes it, while
 * its id and name are still at hand: `add(u)` once `units[u]` is set, in order, then `finish()` once.
 * The issues are the same, in the same order.
 *
 * @example const checks = new UnitTextChecks(units, idPath); units[0] = unit; checks.add(0); checks.finish() // → DtiIssue[]
 */
export class UnitTextChecks {
  readonly #units: UnitList;
  readonly #texts: UnitTexts;
  readonly #idPath: (u: number) => (string | number)[];
  readonly #issues: DtiIssue[] = [];
  readonly #alike: SameNames;
  /** Whether an id holds a Cyrillic or Greek letter: the only ids the look-alike check reads again. */
  #otherScript = false;

  /** `units` has its final length: the units are added to it in order. */
  constructor(units: UnitList, idPath: (u: number) => (string | number)[]) {
    this.#units = units;
    this.#texts = textsOf(units);
    this.#idPath = idPath;
    this.#alike = new SameNames(units);
  }

  /** Checks unit `u`, the next one. Its object is only asked for when an issue names it. */
  add(u: number): void {
    const id = this.#texts.idAt(u);
    const name = this.#texts.nameAt(u);
    if (!this.#otherScript && hasOtherScript(id)) this.#otherScript = true;
    if (id === '') return;
    const named = name !== id;
    if (!plainText(id) || (named && !plainText(name)))
      for (const issue of textIssues(this.#units.at(u) as PreparedUnit, this.#idPath(u), named))
        this.#issues.push(issue);
    if (!named) return;
    const first = this.#alike.first(u);
    if (first !== undefined)
      this.#issues.push(
        sameNameIssue(this.#units.at(first) as PreparedUnit, this.#units.at(u) as PreparedUnit, this.#idPath(u), first),
      );
  }

  /** Every issue of the units added, and the look-alike ids among them. */
  finish(): DtiIssue[] {
    if (this.#otherScript) for (const issue of homoglyphIssues(this.#units, this.#idPath)) this.#issues.push(issue);
    return this.#issues;
  }
}
