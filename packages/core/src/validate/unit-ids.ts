import { clip, type DtiIssue } from './issue.js';

/**
 * Finds ids that differ only in case ("B" and "b") as units are added. Only ids with capitals are kept
 * a second time, by their lower-case form: a dataset of lower-case slugs keeps no copy of its ids.
 *
 * @example const twins = new CaseTwins(); twins.check('B', 0, seen); twins.check('b', 1, seen) // → { u: 0, id: 'B' }
 */
export class CaseTwins {
  readonly #byLower = new Map<string, { u: number; id: string }>();

  /**
   * The earlier unit (its position and id) whose id differs from `id` only in case, or `undefined`;
   * `seen` holds the ids added so far, by id, with their positions. An id with capitals and no twin is
   * recorded at position `u`.
   */
  check(id: string, u: number, seen: ReadonlyMap<string, number>): { u: number; id: string } | undefined {
    const lower = id.toLowerCase();
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
  return {
    severity: 'error',
    code: 'duplicate-unit',
    detail: 'case',
    message: `unit ids "${clip(first.id)}" (${unitIdPlace(first, 'en')}) and "${clip(second.id)}" (${unitIdPlace(second, 'en')}) differ only in case: one unit written twice, or two units no reader can tell apart; write the id alike in both, or give one unit another id`,
    path,
    unit: second.id,
    value: { first, second },
  };
}
