import type { PreparedUnit } from './dataset.js';

/**
 * The units of a prepared dataset as columns, one entry per unit in dataset order: no object per unit,
 * so 600,000 units cost their texts and a few arrays, not 600,000 records.
 *
 * @example
 * { ids: ['gia-lam', 'phuc-tho'], names: ['Gia Lâm', 'Phúc Thọ'], parents: ['Hà Nội', 'Hà Nội'],
 *   peerGroups: undefined, ranked: undefined, populations: undefined }
 */
export interface UnitColumns {
  /** Each unit's id, in Unicode NFC. */
  readonly ids: readonly string[];
  /** Each unit's display name (its id when it has none), in NFC. */
  readonly names: readonly string[];
  /** Each unit's parent (the province of a commune), `undefined` for none; `undefined` when no unit has one. */
  readonly parents: readonly (string | undefined)[] | undefined;
  /** Each unit's peer group, `undefined` for none; `undefined` when no unit has one. */
  readonly peerGroups: readonly (string | undefined)[] | undefined;
  /** `false` for a unit assessed but not ranked; `undefined` when every unit is ranked. */
  readonly ranked: readonly boolean[] | undefined;
  /** Residents, `NaN` where not given; `undefined` when no unit gives one. */
  readonly populations: Float64Array | undefined;
}

/**
 * Units read one at a time, as the checks after reading need them: an array of units, or
 * {@link ColumnUnits} (a prepared dataset's columns, each unit made when asked for and not kept).
 *
 * @example const list: UnitList = [{ id: 'a', name: 'A', ranked: true }]; list.at(0)?.name // → 'A'
 */
export interface UnitList {
  readonly length: number;
  at(u: number): PreparedUnit | undefined;
}

/**
 * Unit `u` of a dataset's unit columns, as an object made for the call.
 *
 * @example unitOf({ ids: ['a'], names: ['A'], parents: undefined, … }, 0) // → { id: 'a', name: 'A', parent: undefined, …, ranked: true }
 */
export function unitOf(columns: UnitColumns, u: number): PreparedUnit {
  const population = columns.populations?.[u];
  return {
    id: columns.ids[u] as string,
    name: columns.names[u] as string,
    parent: columns.parents?.[u],
    peerGroup: columns.peerGroups?.[u],
    ranked: columns.ranked?.[u] !== false,
    population: population === undefined || Number.isNaN(population) ? undefined : population,
  };
}

/**
 * The texts of each unit that the checks of ids and names read (see `UnitTextChecks`), one at a time,
 * without an object per unit: a million units checked would otherwise make a million objects to collect.
 *
 * @example textsOf([{ id: 'a', name: 'A', ranked: true }]).nameAt(0) // → 'A'
 */
export interface UnitTexts {
  readonly length: number;
  idAt(u: number): string;
  nameAt(u: number): string;
  parentAt(u: number): string | undefined;
}

/**
 * A dataset's unit columns seen as a {@link UnitList}: each unit is made when asked for, and is garbage
 * as soon as its check is done. Its texts are read from the columns themselves.
 *
 * @example new ColumnUnits(columns).at(0)?.id // → 'gia-lam'
 */
export class ColumnUnits implements UnitList, UnitTexts {
  readonly #columns: UnitColumns;

  constructor(columns: UnitColumns) {
    this.#columns = columns;
  }

  get length(): number {
    return this.#columns.ids.length;
  }

  at(u: number): PreparedUnit | undefined {
    return u >= 0 && u < this.#columns.ids.length ? unitOf(this.#columns, u) : undefined;
  }

  idAt(u: number): string {
    return this.#columns.ids[u] as string;
  }

  nameAt(u: number): string {
    return this.#columns.names[u] as string;
  }

  parentAt(u: number): string | undefined {
    return this.#columns.parents?.[u];
  }
}

/** A list of units read one at a time, whose units are objects already (a reader of rows made them). */
class ListTexts implements UnitTexts {
  readonly #list: UnitList;

  constructor(list: UnitList) {
    this.#list = list;
  }

  get length(): number {
    return this.#list.length;
  }

  idAt(u: number): string {
    return (this.#list.at(u) as PreparedUnit).id;
  }

  nameAt(u: number): string {
    return (this.#list.at(u) as PreparedUnit).name;
  }

  parentAt(u: number): string | undefined {
    return (this.#list.at(u) as PreparedUnit).parent;
  }
}

/**
 * The texts of a list's units: read from its columns when it has them, else from its units.
 *
 * @example textsOf(new ColumnUnits(columns)).idAt(0) // → 'gia-lam'
 */
export function textsOf(list: UnitList): UnitTexts {
  return list instanceof ColumnUnits ? list : new ListTexts(list);
}

/**
 * The columns of a list of units (the reader of rows makes an object per unit as it checks it; the
 * prepared dataset keeps columns).
 *
 * @example unitColumnsOf([{ id: 'a', name: 'A', ranked: true }]).ids // → ['a']
 */
export function unitColumnsOf(units: readonly PreparedUnit[]): UnitColumns {
  const n = units.length;
  const ids: string[] = new Array(n);
  const names: string[] = new Array(n);
  let parents: (string | undefined)[] | undefined;
  let peerGroups: (string | undefined)[] | undefined;
  let ranked: boolean[] | undefined;
  let populations: Float64Array | undefined;
  for (let u = 0; u < n; u++) {
    const unit = units[u] as PreparedUnit;
    ids[u] = unit.id;
    names[u] = unit.name;
    if (unit.parent !== undefined) {
      parents ??= new Array(n).fill(undefined);
      parents[u] = unit.parent;
    }
    if (unit.peerGroup !== undefined) {
      peerGroups ??= new Array(n).fill(undefined);
      peerGroups[u] = unit.peerGroup;
    }
    if (!unit.ranked) {
      ranked ??= new Array(n).fill(true);
      ranked[u] = false;
    }
    if (unit.population !== undefined) {
      populations ??= new Float64Array(n).fill(Number.NaN);
      populations[u] = unit.population;
    }
  }
  return { ids, names, parents, peerGroups, ranked, populations };
}

/**
 * Every unit of a dataset's unit columns as an object, for who asks for `PreparedDataset.units`.
 *
 * @example unitsOf(columns).map((u) => u.name) // → ['Gia Lâm', 'Phúc Thọ']
 */
export function unitsOf(columns: UnitColumns): PreparedUnit[] {
  const units: PreparedUnit[] = new Array(columns.ids.length);
  for (let u = 0; u < units.length; u++) units[u] = unitOf(columns, u);
  return units;
}
