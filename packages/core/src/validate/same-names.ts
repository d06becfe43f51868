import type { PreparedUnit } from './dataset.js';
import { foldedHash, foldName, hashOfFold } from './fold-name.js';
import { latinSkeleton } from './latin-skeleton.js';
import type { UnitList } from './unit-list.js';

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
  readonly #units: UnitList;
  /**
   * Open addressing by hash: 1 + the first unit of each folded name, 0 for an empty slot, with the
   * hash of that name's fold beside it. Twice as many slots as units, so probes stay short.
   */
  readonly #slots: Int32Array;
  readonly #hashes: Uint32Array;
  /** The folds of the names met more than once, by unit. */
  readonly #folds = new Map<number, string>();
  /** The first unit of each folded name and parent, among names met twice; -1 once said. */
  readonly #byParent = new Map<string, number>();
  /** A province is the parent of a thousand communes: its name is folded once. */
  readonly #parents = new Map<string, string>();

  constructor(units: UnitList) {
    this.#units = units;
    let size = 2;
    while (size < 2 * units.length) size *= 2;
    this.#slots = new Int32Array(size);
    this.#hashes = new Uint32Array(size);
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
    const name = (this.#units.at(u) as PreparedUnit).name;
    let hash = foldedHash(name);
    if (hash < 0) hash = hashOfFold(this.#fold(u));
    const mask = this.#slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = (this.#slots[slot] as number) - 1;
      if (at < 0) {
        this.#slots[slot] = u + 1;
        this.#hashes[slot] = hash;
        return undefined;
      }
      if (this.#hashes[slot] !== hash) continue;
      // The same text folds alike; other texts of one hash are told apart by their folds.
      if ((this.#units.at(at) as PreparedUnit).name === name || this.#fold(at) === this.#fold(u)) return at;
    }
  }

  /** The fold of unit `u`'s name, kept for a name met again. */
  #fold(u: number): string {
    let folded = this.#folds.get(u);
    if (folded === undefined) {
      folded = foldName(latinSkeleton((this.#units.at(u) as PreparedUnit).name));
      this.#folds.set(u, folded);
    }
    return folded;
  }

  #key(name: string, u: number): string {
    const { parent } = this.#units.at(u) as PreparedUnit;
    if (parent === undefined) return `${name}\u0000`;
    let folded = this.#parents.get(parent);
    if (folded === undefined) {
      folded = foldName(latinSkeleton(parent));
      if (this.#parents.size < 1 << 16) this.#parents.set(parent, folded);
    }
    return `${name}\u0000${folded}`;
  }
}
