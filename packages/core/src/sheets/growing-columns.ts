import type { ColumnarDataset } from '../schema/columnar.js';
import type { Dataset, UnitRecord } from '../schema/dataset.js';

/** Units a column holds before it first grows. */
const INITIAL = 1024;

/** A column of `length` entries, `NaN` (not reported) from `from` on. */
function missing(length: number, from = 0): Float64Array {
  return new Float64Array(length).fill(Number.NaN, from);
}

/**
 * The units of a wide sheet read straight into columns as its rows come: ids, names, parents and
 * peer groups as arrays of strings, every value column a `Float64Array` that doubles when full (`NaN`
 * where a unit gave nothing). No object per unit is kept, so memory stays about eight bytes per value
 * plus the units' texts, whatever the size of the file. {@link columnar} hands the columns over as a
 * {@link ColumnarDataset}; {@link rows} builds the same dataset as records, for who asks for them.
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
  #populations: Float64Array | undefined;
  #values: Float64Array[];
  /** Units every column has room for. */
  #capacity = INITIAL;
  /** One string per parent or peer group named, however many units name it. */
  readonly #shared = new Map<string, string>();
  /** Whether every value is one validation takes as it is from columns and from records alike. */
  #plain = true;
  /** The cells read as yes/no, as `u × keys + k`: {@link rows} gives them back as booleans, as the records hold them. */
  readonly #yesNo = new Set<number>();

  /** `keys`: the indicator or field id of each value column, in the order values are set. */
  constructor(keys: readonly string[]) {
    this.#keys = keys;
    this.#values = keys.map(() => missing(INITIAL));
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
    this.#ids.push(record.id);
    this.#names = put(this.#names, u, record.name);
    this.#parents = put(this.#parents, u, this.#share(record.parent));
    this.#peerGroups = put(this.#peerGroups, u, this.#share(record.peerGroup));
    this.#ranked = put(this.#ranked, u, record.ranked);
    const { population } = record;
    if (population !== undefined) {
      if (!(Number.isFinite(population) && population >= 0)) this.#plain = false;
      this.#populations ??= missing(this.#capacity);
      this.#populations[u] = population;
    }
    return u;
  }

  /** Sets value column `k` of unit `u`; yes/no is kept as 1 or 0, as validation reads it. */
  set(k: number, u: number, value: number | boolean): void {
    const x = typeof value === 'boolean' ? (value ? 1 : 0) : value;
    if (typeof value === 'boolean') this.#yesNo.add(u * this.#keys.length + k);
    if (!Number.isFinite(x)) this.#plain = false;
    (this.#values[k] as Float64Array)[u] = x;
  }

  /** The value of column `k` for unit `u`, `undefined` when it gave none. */
  get(k: number, u: number): number | undefined {
    const x = this.#values[k]?.[u];
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
   * The units as columns. Once all units are in, each column is cut to their number, one column at a
   * time (the room left for more units, up to half of each, is let go); later calls give views of the same.
   */
  columnar(period?: string): ColumnarDataset {
    const n = this.#ids.length;
    if (this.#capacity > n) {
      this.#capacity = n;
      this.#values = this.#values.map((column) => column.slice(0, n));
      this.#populations = this.#populations?.slice(0, n);
    }
    const columns: Record<string, Float64Array> = {};
    this.#keys.forEach((key, k) => {
      columns[key] = this.#values[k] as Float64Array;
    });
    return {
      ...(period && { period }),
      ids: this.#ids,
      ...(this.#names && { names: this.#names }),
      ...(this.#parents && { parents: this.#parents }),
      ...(this.#peerGroups && { peerGroups: this.#peerGroups }),
      ...(this.#ranked && { ranked: this.#ranked }),
      ...(this.#populations && { populations: this.#populations }),
      columns,
    };
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
    const population = this.#populations?.[u];
    if (population !== undefined && !Number.isNaN(population)) record.population = population;
    if (this.#ranked?.[u] === false) record.ranked = false;
    const values: Record<string, number | boolean> = record.values as Record<string, number | boolean>;
    const width = this.#keys.length;
    this.#keys.forEach((key, k) => {
      const x = (this.#values[k] as Float64Array)[u] as number;
      if (!Number.isNaN(x)) values[key] = this.#yesNo.has(u * width + k) ? x === 1 : x;
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

  /** Doubles every column: growing stays linear overall. Units added after {@link columnar} grow them again. */
  #grow(): void {
    const length = Math.max(this.#capacity * 2, INITIAL);
    this.#capacity = length;
    const bigger = (column: Float64Array) => {
      const copy = missing(length, column.length);
      copy.set(column);
      return copy;
    };
    this.#values = this.#values.map(bigger);
    if (this.#populations) this.#populations = bigger(this.#populations);
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
