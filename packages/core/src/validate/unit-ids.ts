import { clip, type DtiIssue } from './issue.js';

/**
 * An id as a reader sees it: lower case, and fullwidth or other compatibility characters read as plain
 * ones (Unicode NFKC: "ｈａｎｏｉ" is "hanoi"). Plain ASCII needs no fold and is not copied.
 *
 * @example lookAlike('ＨａＮｏｉ') // → 'hanoi'
 */
export function lookAlike(id: string): string {
  // A loop, not a regular expression: every id of a dataset is read here. An id already in lower
  // case (nearly all) is returned as it is: toLowerCase would copy it before finding nothing to change.
  let upper = false;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c > 0x7f) return id.normalize('NFKC').toLowerCase();
    if (c >= 0x41 && c <= 0x5a) upper = true;
  }
  return upper ? id.toLowerCase() : id;
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

  /** Whether no id met so far folds to another text: an id that is its own fold then has no twin. */
  get none(): boolean {
    return this.#byLower.size === 0;
  }

  /**
   * The earlier unit (its position and id) whose id differs from `id` only in case or width, or
   * `undefined`; `seen` holds the ids added so far, by id, with their positions. An id that folds to
   * another text and has no twin is recorded at position `u`.
   */
  check(id: string, u: number, seen: Pick<ReadonlyMap<string, number>, 'get'>): { u: number; id: string } | undefined {
    const lower = lookAlike(id);
    // Most datasets have no id that folds to another text: nothing to look up.
    if (lower === id) return this.#byLower.size === 0 ? undefined : this.#byLower.get(id);
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
