import type { ColumnarDataset } from '../schema/columnar.js';
import type { Dataset, UnitRecord } from '../schema/dataset.js';

/** Units a column holds before it first grows. */
const INITIAL = 1024;

/** Units per block of a column, as a power of two: 65,536 units, half a megabyte of values. */
const BLOCK_BITS = 16;
const BLOCK = 1 << BLOCK_BITS;
const IN_BLOCK = BLOCK - 1;

/** A column of `length` entries, `NaN` (not reported) from `from` on. */
function missing(length: number, from = 0): Float64Array {
  return new Float64Array(length).fill(Number.NaN, from);
}

/** A copy of `block` (or of nothing) `length` long, `NaN` past what it held. */
function widen(block: Float64Array | undefined, length: number): Float64Array {
  const copy = missing(length, block?.length ?? 0);
  if (block) copy.set(block);
  return copy;
}

/** The blocks of a column as one array of `n` entries. */
function joined(blocks: readonly Float64Array[], n: number): Float64Array {
  const out = new Float64Array(n);
  let at = 0;
  for (const block of blocks) {
    const part = block.length <= n - at ? block : block.subarray(0, n - at);
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * The units of a wide sheet read straight into columns as its rows come: ids, names, parents and
 * peer groups as arrays of strings, every value column a `Float64Array` in blocks of 65,536 units
 * (`NaN` where a unit gave nothing; the first block doubles from 1,024 units, so a small sheet takes
 * little). Blocks, not one array that doubles: growing never holds the old and the doubled copy of
 * every column at once, and no column ends with room for up to as many units again. No object per unit
 * is kept, so memory stays about eight bytes per value plus the units' texts, whatever the size of
 * the file. {@link columnar} hands the columns over as a {@link ColumnarDataset}; {@link rows} builds
 * the same dataset as records, for who asks for them.
 *
 * @example
 * const columns = new GrowingColumns(['online', 'signed']);
 * const u = columns.add({ id: 'gia-lam', name: 'Gia Lâm', values: {} });
 * columns.set(0, u, 97.8);
 * columns.columnar().columns.online // → Float64Array [97.8]
 */
export class GrowingColumns {
  readonly #keys: readonly string[];
  readonly #ids: string[] = [];
  // Made when a unit first gives one: a sheet with no peer-group column keeps no list of nothing.
  #names: (string | undefined)[] | undefined;
  #parents: (string | undefined)[] | undefined;
  #peerGroups: (string | undefined)[] | undefined;
  #ranked: (boolean | undefined)[] | undefined;
  #populations: Float64Array[] | undefined;
  /** Each value column's blocks: unit `u` at `[u >>> BLOCK_BITS][u & IN_BLOCK]`. */
  readonly #values: Float64Array[][];
  /** The length of each block, the same in every column. */
  readonly #sizes: number[] = [];
  /** Units every column has room for. */
  #capacity = 0;
  /** The columns {@link columnar} made, while no unit has been added since. */
  #made: { values: Float64Array[]; populations: Float64Array | undefined } | undefined;
  /** One string per parent or peer group named, however many units name it. */
  readonly #shared = new Map<string, string>();
  /** Whether every value is one validation takes as it is from columns and from records alike. */
  #plain = true;
  /**
   * The cells read as yes/no, a bit per unit in each column that has any (bit `u & 7` of byte `u >>> 3`):
   * {@link rows} gives them back as booleans, as the records hold them. A bit, not an entry of a set
   * per cell: a yes/no column of a million units takes 125 KB, where a set took tens of megabytes (and
   * refuses more than 2^24 entries).
   */
  readonly #yesNo: (Uint8Array | undefined)[] = [];

  /** `keys`: the indicator or field id of each value column, in the order values are set. */
  constructor(keys: readonly string[]) {
    this.#keys = keys;
    this.#values = keys.map(() => []);
  }

  /** Units added so far. */
  get length(): number {
    return this.#ids.length;
  }

  /**
   * Whether the units' populations and values are all finite numbers (populations ≥ 0): then
   * validating {@link columnar} says what validating {@link rows} would, word for word.
   */
  get plain(): boolean {
    return this.#plain;
  }

  /** Adds a unit (its values are set afterwards with {@link set}); returns its position. */
  add(record: UnitRecord): number {
    const u = this.#ids.length;
    if (u === this.#capacity) this.#grow();
    this.#made = undefined;
    this.#ids.push(record.id);
    this.#names = put(this.#names, u, record.name);
    this.#parents = put(this.#parents, u, this.#share(record.parent));
    this.#peerGroups = put(this.#peerGroups, u, this.#share(record.peerGroup));
    this.#ranked = put(this.#ranked, u, record.ranked);
    const { population } = record;
    if (population !== undefined) {
      if (!(Number.isFinite(population) && population >= 0)) this.#plain = false;
      this.#populations ??= this.#sizes.map((size) => missing(size));
      (this.#populations[u >>> BLOCK_BITS] as Float64Array)[u & IN_BLOCK] = population;
    }
    return u;
  }

  /** Sets value column `k` of unit `u`; yes/no is kept as 1 or 0, as validation reads it. */
  set(k: number, u: number, value: number | boolean): void {
    const x = typeof value === 'boolean' ? (value ? 1 : 0) : value;
    if (typeof value === 'boolean') this.#markYesNo(k, u);
    if (!Number.isFinite(x)) this.#plain = false;
    ((this.#values[k] as Float64Array[])[u >>> BLOCK_BITS] as Float64Array)[u & IN_BLOCK] = x;
  }

  /** Notes that column `k` of unit `u` was read as yes/no. */
  #markYesNo(k: number, u: number): void {
    let bits = this.#yesNo[k];
    if (bits === undefined || u >>> 3 >= bits.length) {
      // Room for every unit so far and as many again: growing stays linear overall.
      const wider = new Uint8Array(Math.max(128, (u >>> 3) * 2 + 1));
      if (bits) wider.set(bits);
      bits = wider;
      this.#yesNo[k] = bits;
    }
    bits[u >>> 3] = (bits[u >>> 3] as number) | (1 << (u & 7));
  }

  /** Whether column `k` of unit `u` was read as yes/no. */
  #isYesNo(k: number, u: number): boolean {
    const bits = this.#yesNo[k];
    return bits !== undefined && (((bits[u >>> 3] ?? 0) >>> (u & 7)) & 1) === 1;
  }

  /** The value of column `k` for unit `u`, `undefined` when it gave none. */
  get(k: number, u: number): number | undefined {
    const x = u < this.#ids.length ? this.#values[k]?.[u >>> BLOCK_BITS]?.[u & IN_BLOCK] : undefined;
    return x === undefined || Number.isNaN(x) ? undefined : x;
  }

  /**
   * The value unit `u` gave for an indicator or field, by its id, as {@link rows} would hold it
   * (`undefined` when it gave none): one value without building a record per unit.
   *
   * @example columns.valueOf(0, 'online') // → 97.8
   */
  valueOf(u: number, key: string): number | undefined {
    const k = this.#keys.indexOf(key);
    return k < 0 || u >= this.#ids.length ? undefined : this.get(k, u);
  }

  /**
   * The units as columns. Each column is joined into one array of exactly the units' number, one
   * column at a time, its blocks then let go (they become views of the array joined, so that values
   * still read the same); later calls give the same arrays, until a unit is added.
   */
  columnar(period?: string): ColumnarDataset {
    const n = this.#ids.length;
    this.#made ??= this.#join(n);
    const columns: Record<string, Float64Array> = {};
    this.#keys.forEach((key, k) => {
      columns[key] = this.#made?.values[k] as Float64Array;
    });
    const populations = this.#made.populations;
    return {
      ...(period && { period }),
      ids: this.#ids,
      ...(this.#names && { names: this.#names }),
      ...(this.#parents && { parents: this.#parents }),
      ...(this.#peerGroups && { peerGroups: this.#peerGroups }),
      ...(this.#ranked && { ranked: this.#ranked }),
      ...(populations && { populations }),
      columns,
    };
  }

  /** Joins every column's blocks into one array, then makes the blocks views of it: room for `n` units. */
  #join(n: number): { values: Float64Array[]; populations: Float64Array | undefined } {
    const cut = (blocks: Float64Array[]): Float64Array => {
      const column = joined(blocks, n);
      blocks.forEach((_, b) => {
        blocks[b] = column.subarray(b << BLOCK_BITS, Math.min(n, (b + 1) << BLOCK_BITS));
      });
      return column;
    };
    const values = this.#values.map(cut);
    const populations = this.#populations && cut(this.#populations);
    this.#sizes.forEach((_, b) => {
      this.#sizes[b] = Math.min(n, (b + 1) << BLOCK_BITS) - (b << BLOCK_BITS);
    });
    this.#capacity = n;
    return { values, populations };
  }

  /** The same units as records, as the row reader gives them: built anew on every call. */
  rows(period?: string): Dataset {
    const units: UnitRecord[] = new Array(this.#ids.length);
    for (let u = 0; u < units.length; u++) units[u] = this.#record(u);
    return period ? { units, period } : { units };
  }

  #record(u: number): UnitRecord {
    const record: UnitRecord = { id: this.#ids[u] as string, values: {} };
    const name = this.#names?.[u];
    if (name !== undefined) record.name = name;
    const parent = this.#parents?.[u];
    if (parent !== undefined) record.parent = parent;
    const peerGroup = this.#peerGroups?.[u];
    if (peerGroup !== undefined) record.peerGroup = peerGroup;
    const population = this.#populations?.[u >>> BLOCK_BITS]?.[u & IN_BLOCK];
    if (population !== undefined && !Number.isNaN(population)) record.population = population;
    if (this.#ranked?.[u] === false) record.ranked = false;
    const values: Record<string, number | boolean> = record.values as Record<string, number | boolean>;
    this.#keys.forEach((key, k) => {
      const x = this.get(k, u);
      if (x !== undefined) values[key] = this.#isYesNo(k, u) ? x === 1 : x;
    });
    return record;
  }

  /** The string kept for a parent or group already seen (a province named by each of its communes). */
  #share(text: string | undefined): string | undefined {
    if (text === undefined) return undefined;
    const seen = this.#shared.get(text);
    if (seen !== undefined) return seen;
    // Texts every unit has its own of (a unit's parent is rarely unique) are not worth a map entry each.
    if (this.#shared.size < 1 << 16) this.#shared.set(text, text);
    return text;
  }

  /**
   * Room for the next unit: the first block doubles (from 1,024 units up to a block), later units get
   * a new block, and a block cut short by {@link columnar} is copied whole again. Only one block of each
   * column is ever copied, so growing stays linear overall.
   */
  #grow(): void {
    const u = this.#capacity;
    const b = u >>> BLOCK_BITS;
    const held = this.#sizes[b] ?? 0;
    const length = b === 0 ? Math.min(BLOCK, Math.max(INITIAL, held * 2)) : BLOCK;
    const room = (blocks: Float64Array[]) => {
      blocks[b] = widen(blocks[b], length);
    };
    this.#values.forEach(room);
    if (this.#populations) room(this.#populations);
    this.#sizes[b] = length;
    this.#capacity = (b << BLOCK_BITS) + length;
  }
}

/** A unit's entry added to a list made only once some unit gives one: `undefined` until then. */
function put<T>(list: (T | undefined)[] | undefined, u: number, value: T | undefined): (T | undefined)[] | undefined {
  if (list) {
    list.push(value);
    return list;
  }
  if (value === undefined) return undefined;
  const made: (T | undefined)[] = new Array(u).fill(undefined);
  made.push(value);
  return made;
}
