/**
 * The ids of the units a reader has met, each with its position (the order they were added), as a
 * table of numbers looked up by a hash of the id's characters (open addressing, at most half full).
 * It answers what a `Map` from id to position would, in about half the time for a sheet of hundreds
 * of thousands of units: every row of a sheet is looked up here, and a `Map` that large costs more to
 * look up and to grow than reading the row's values.
 *
 * @example const ids = new UnitIndex(); ids.add('gia-lam'); ids.get('gia-lam') // → 0; ids.get('x') // → undefined
 */
export class UnitIndex {
  /** 1 + the position of the id in each slot; 0 for an empty slot. */
  #slots = new Int32Array(1024);
  /** The hash of the id in each slot, so that most ids that differ are told apart without reading them. */
  #hashes = new Uint32Array(1024);
  readonly #ids: string[] = [];

  /** Ids added so far. */
  get size(): number {
    return this.#ids.length;
  }

  /** The position of `id`, or `undefined` when it was not added. */
  get(id: string): number | undefined {
    const hash = hashOf(id);
    const mask = this.#slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = (this.#slots[slot] as number) - 1;
      if (at < 0) return undefined;
      if (this.#hashes[slot] === hash && this.#ids[at] === id) return at;
    }
  }

  /** Adds an id not added before, at the next position, and returns that position. */
  add(id: string): number {
    const u = this.#ids.length;
    this.#ids.push(id);
    if (2 * this.#ids.length > this.#slots.length) this.#grow();
    else this.#place(hashOf(id), u + 1);
    return u;
  }

  /**
   * The table itself, for validation to take over instead of indexing the same ids again (see
   * `UnitsHandOff`): 1 + the position of the id in each slot, and its hash.
   */
  get table(): { readonly slots: Int32Array; readonly hashes: Uint32Array } {
    return { slots: this.#slots, hashes: this.#hashes };
  }

  /** Puts `entry` (1 + a position) in the first empty slot from its hash on. */
  #place(hash: number, entry: number): void {
    const mask = this.#slots.length - 1;
    let slot = hash & mask;
    while (this.#slots[slot] !== 0) slot = (slot + 1) & mask;
    this.#slots[slot] = entry;
    this.#hashes[slot] = hash;
  }

  /**
   * Twice the slots, every id placed again by the hash kept for it (no id is read again), then the
   * last one added.
   */
  #grow(): void {
    const slots = this.#slots;
    const hashes = this.#hashes;
    this.#slots = new Int32Array(slots.length * 2);
    this.#hashes = new Uint32Array(slots.length * 2);
    for (let slot = 0; slot < slots.length; slot++)
      if (slots[slot] !== 0) this.#place(hashes[slot] as number, slots[slot] as number);
    this.#place(hashOf(this.#ids[this.#ids.length - 1] as string), this.#ids.length);
  }
}

/** 32-bit FNV-1a of the text's UTF-16 code units. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
