/**
 * FNV-1a over the UTF-16 code units of a text: spreads ids such as "x1", "x2", … over the table. The
 * sheet reader's index of ids hashes alike, so that its table is taken over as it is.
 */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

/**
 * Each unit id's position among a dataset's ids, read as a `ReadonlyMap` (`get`, `has`, iteration in
 * dataset order). The positions live in one `Int32Array` of twice as many slots as units, the ids are
 * the dataset's own: a million units cost 8 MB, where a `Map` of a million entries costs about 45 MB
 * and a million objects for the collector to walk on every full collection.
 *
 * @example
 * const index = new UnitIndex(['gia-lam', 'phuc-tho']);
 * index.add(0); index.add(1);
 * index.get('phuc-tho'); // → 1
 */
export class UnitIndex implements ReadonlyMap<string, number> {
  readonly #ids: readonly string[];
  /**
   * Two numbers a slot: 1 + the position of the id hashed there (0 for an empty slot), then the id's
   * hash. Open addressing, linear probes. Side by side, a probe reads one cache line, and an id that
   * differs is told apart by its hash without reading the id itself (a miss of its own at a million).
   */
  readonly #slots: Int32Array;
  readonly #mask: number;
  #size = 0;

  /**
   * `ids`: every id the index may hold, by position (not copied: the index reads them where they are).
   * `size`: the number of slots, a power of two above the number of ids (default: twice that, rounded up).
   */
  constructor(ids: readonly string[], size?: number) {
    this.#ids = ids;
    if (size === undefined) {
      size = 2;
      while (size < 2 * ids.length) size *= 2;
    }
    this.#slots = new Int32Array(2 * size);
    this.#mask = size - 1;
  }

  /**
   * The index of `ids` as a reader that added every one of them, in order, already built it (see
   * `IdIndexHandOff`): its slots are taken as they are, no id hashed or compared again. `undefined`
   * when what was handed cannot be the index of exactly these ids (a table not a power of two long, an
   * entry out of range, not one entry per id), so that the ids are then indexed from scratch.
   *
   * @example UnitIndex.adopt(['a'], reader.slots, reader.hashes)?.get('a') // → 0
   */
  static adopt(ids: readonly string[], slots: Int32Array, hashes: Uint32Array): UnitIndex | undefined {
    const size = slots.length;
    if (size < 2 || (size & (size - 1)) !== 0 || hashes.length !== size || ids.length >= size) return undefined;
    const index = new UnitIndex(ids, size);
    const mine = index.#slots;
    let entries = 0;
    for (let s = 0; s < size; s++) {
      const at = slots[s] as number;
      if (at === 0) continue;
      if (at < 0 || at > ids.length) return undefined;
      entries++;
      mine[2 * s] = at;
      mine[2 * s + 1] = hashes[s] as number;
    }
    if (entries !== ids.length) return undefined;
    index.#size = entries;
    // A table hashed otherwise would find nothing: a few ids are looked up to be sure it was not.
    for (const u of [0, ids.length >> 1, ids.length - 1])
      if (u < ids.length && index.get(ids[u] as string) !== u) return undefined;
    return index;
  }

  /** The slot of `id` (of hash `hash`): where it is, or the empty slot where it would go. */
  #slot(id: string, hash: number): number {
    const slots = this.#slots;
    const mask = this.#mask;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const at = slots[2 * s] as number;
      if (at === 0 || (slots[2 * s + 1] === hash && this.#ids[at - 1] === id)) return s;
    }
  }

  /**
   * Adds the unit at position `u` under its id, unless the id is already there: then the index is left
   * as it was, and the earlier position is returned.
   */
  add(u: number): number | undefined {
    const hash = hashOf(this.#ids[u] as string);
    const s = this.#slot(this.#ids[u] as string, hash);
    const at = this.#slots[2 * s] as number;
    if (at !== 0) return at - 1;
    this.#slots[2 * s] = u + 1;
    this.#slots[2 * s + 1] = hash;
    this.#size++;
    return undefined;
  }

  get(id: string): number | undefined {
    if (typeof id !== 'string') return undefined;
    const at = this.#slots[2 * this.#slot(id, hashOf(id))] as number;
    return at === 0 ? undefined : at - 1;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  get size(): number {
    return this.#size;
  }

  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    for (const [id, u] of this) callback.call(thisArg, u, id, this);
  }

  /** The ids and their positions, in dataset order (the order they were added in). */
  *entries(): MapIterator<[string, number]> {
    const ids = this.#ids;
    for (let u = 0; u < ids.length; u++) {
      const id = ids[u] as string;
      if (this.get(id) === u) yield [id, u];
    }
  }

  *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  *values(): MapIterator<number> {
    for (const [, u] of this.entries()) yield u;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }
}
