import { foldedHash, foldName, hashOfFold } from './fold-name.js';
import { latinSkeleton } from './latin-skeleton.js';
import { textsOf, type UnitList, type UnitTexts } from './unit-list.js';

/**
 * Finds the units of one folded name and one parent, as units are met in order. Names are read
 * through the Latin skeleton ("Xã Α Β" typed in Greek is "Xã A B" to every reader), then folded
 * (diacritics and case: "Hà Nội", "HA NOI"). Most names are met once: each is first looked up by the
 * hash of its fold, in a table of numbers, without building the folded text; only a name whose hash
 * was met before is folded and compared, and only a name met again is looked up with its parent.
 *
 * @example const names = new SameNames(units); names.first(0); names.first(1) // → 0 when units 0 and 1 share name and parent
 */
export class SameNames {
  readonly #units: UnitTexts;
  /**
   * Open addressing by hash, two numbers a slot: 1 + the first unit of each folded name (0 for an
   * empty slot), then the hash of that name's fold. Twice as many slots as units, so probes stay
   * short; side by side, so a probe reads one cache line (a million names miss the cache each time).
   */
  readonly #slots: Int32Array;
  readonly #mask: number;
  /** The folds of the names met more than once, by unit. */
  readonly #folds = new Map<number, string>();
  /** The first unit of each folded name and parent, among names met twice; -1 once said. */
  readonly #byParent = new Map<string, number>();
  /** A province is the parent of a thousand communes: its name is folded once. */
  readonly #parents = new Map<string, string>();

  constructor(units: UnitList) {
    this.#units = textsOf(units);
    let size = 2;
    while (size < 2 * units.length) size *= 2;
    this.#slots = new Int32Array(2 * size);
    this.#mask = size - 1;
  }

  /** The unit `u` is the second of (same name, same parent), the first time a second one comes. */
  first(u: number): number | undefined {
    const earlier = this.#firstOfName(u);
    if (earlier === undefined) return undefined;
    const name = this.#fold(u);
    const before = this.#key(name, earlier);
    if (!this.#byParent.has(before)) this.#byParent.set(before, earlier);
    const key = this.#key(name, u);
    const first = this.#byParent.get(key);
    if (first === undefined) this.#byParent.set(key, u);
    else if (first >= 0) {
      this.#byParent.set(key, -1);
      return first;
    }
    return undefined;
  }

  /** The first unit met before `u` whose name folds alike; `undefined` (and `u` is that first) if none. */
  #firstOfName(u: number): number | undefined {
    const name = this.#units.nameAt(u);
    let hash = foldedHash(name);
    if (hash < 0) hash = hashOfFold(this.#fold(u));
    hash |= 0;
    const slots = this.#slots;
    const mask = this.#mask;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = (slots[2 * slot] as number) - 1;
      if (at < 0) {
        slots[2 * slot] = u + 1;
        slots[2 * slot + 1] = hash;
        return undefined;
      }
      if (slots[2 * slot + 1] !== hash) continue;
      // The same text folds alike; other texts of one hash are told apart by their folds.
      if (this.#units.nameAt(at) === name || this.#fold(at) === this.#fold(u)) return at;
    }
  }

  /** The fold of unit `u`'s name, kept for a name met again. */
  #fold(u: number): string {
    let folded = this.#folds.get(u);
    if (folded === undefined) {
      folded = foldName(latinSkeleton(this.#units.nameAt(u)));
      this.#folds.set(u, folded);
    }
    return folded;
  }

  #key(name: string, u: number): string {
    const parent = this.#units.parentAt(u);
    if (parent === undefined) return `${name}\u0000`;
    let folded = this.#parents.get(parent);
    if (folded === undefined) {
      folded = foldName(latinSkeleton(parent));
      if (this.#parents.size < 1 << 16) this.#parents.set(parent, folded);
    }
    return `${name}\u0000${folded}`;
  }
}
