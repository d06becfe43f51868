import type { ScoreTableUnit } from '@dti-kit/core/present';
import { placeKey } from './place-key.js';

/** A place on a map that a unit can be drawn in: a tile, or a feature of the editor's GeoJSON. */
export interface Region {
  /** The id a unit with the same id is drawn in. */
  id: string;
  /** The place's name as the map knows it. */
  name: string;
  /** Other names of the place; matched like `name`. */
  aliases?: readonly string[];
}

/** Which unit is drawn in which region, and what could not be placed. */
export interface Matched {
  /** The unit drawn in each region, by region id. */
  unitOf: Map<string, ScoreTableUnit>;
  /** Units that no region matches: named in a notice under the map, never dropped silently. */
  unitsWithoutRegion: ScoreTableUnit[];
  /** Units that match a region another unit already took: named in the notice too. */
  unitsSharingRegion: { unit: ScoreTableUnit; region: Region }[];
  /** Regions no unit matches (drawn as "no data"). */
  regionsWithoutUnit: Region[];
}

/**
 * Places units in regions: a unit goes where the region's id equals the unit's id; else where the place
 * keys ({@link placeKey}: folded, without "TP."/"Tỉnh") of the unit's id or name equal those of the
 * region's name or an alias. The first unit (in table order) takes a region; later ones are reported.
 *
 * @example matchUnits([{ id: 'ha-noi', name: 'Hà Nội' }], units).unitOf.get('ha-noi')?.name // → 'TP. Hà Nội'
 */
export function matchUnits(regions: readonly Region[], units: readonly ScoreTableUnit[]): Matched {
  const byId = new Map(regions.map((r) => [r.id, r]));
  const byKey = new Map<string, Region>();
  for (const r of regions)
    for (const name of [r.name, ...(r.aliases ?? [])]) {
      const key = placeKey(name);
      if (!byKey.has(key)) byKey.set(key, r);
    }
  const unitOf = new Map<string, ScoreTableUnit>();
  const unitsWithoutRegion: ScoreTableUnit[] = [];
  const unitsSharingRegion: Matched['unitsSharingRegion'] = [];
  for (const unit of units) {
    const region = byId.get(unit.id) ?? byKey.get(placeKey(unit.id)) ?? byKey.get(placeKey(unit.name));
    if (!region) unitsWithoutRegion.push(unit);
    else if (unitOf.has(region.id)) unitsSharingRegion.push({ unit, region });
    else unitOf.set(region.id, unit);
  }
  return {
    unitOf,
    unitsWithoutRegion,
    unitsSharingRegion,
    regionsWithoutUnit: regions.filter((r) => !unitOf.has(r.id)),
  };
}

/** A matching by the units' places in their table: reused for every table that lists the same units. */
interface Slots {
  unitOf: [string, number][];
  unitsWithoutRegion: number[];
  unitsSharingRegion: { unit: number; region: Region }[];
}

/** Where each unit of `matched` is in `units`. */
function slotsOf(units: readonly ScoreTableUnit[], matched: Matched): Slots {
  const at = new Map(units.map((u, i) => [u, i]));
  const slot = (u: ScoreTableUnit) => at.get(u) as number;
  return {
    unitOf: [...matched.unitOf].map(([id, u]) => [id, slot(u)]),
    unitsWithoutRegion: matched.unitsWithoutRegion.map(slot),
    unitsSharingRegion: matched.unitsSharingRegion.map(({ unit, region }) => ({ unit: slot(unit), region })),
  };
}

// The last matching on each set of regions, with the units it placed (and, once reused, their places).
const placed = new WeakMap<
  readonly Region[],
  { units: readonly ScoreTableUnit[]; matched: Matched; slots: Slots | undefined }
>();

/**
 * `matchUnits`, reusing the last matching on the same regions while the units keep their ids and names
 * in the same order (a table re-ranked under what-if weights): folding thousands of names is most of
 * the work of a map of communes, and only the values change. The units reused are found by their place
 * in the table, not looked up one by one. Gives what `matchUnits` gives.
 *
 * @example matchUnitsAgain(shapes, whatIfTable.units).unitOf.get('xa-00001')?.value
 */
export function matchUnitsAgain(regions: readonly Region[], units: readonly ScoreTableUnit[]): Matched {
  const last = placed.get(regions);
  if (
    last?.units.length === units.length &&
    units.every((u, i) => u.id === last.units[i]?.id && u.name === last.units[i]?.name)
  ) {
    // The same units at the same places: each old unit swapped for the new one at its place.
    const slots = last.slots ?? slotsOf(last.units, last.matched);
    const at = (i: number) => units[i] as ScoreTableUnit;
    const unitOf = new Map<string, ScoreTableUnit>();
    for (const [id, i] of slots.unitOf) unitOf.set(id, at(i));
    const matched: Matched = {
      unitOf,
      unitsWithoutRegion: slots.unitsWithoutRegion.map(at),
      unitsSharingRegion: slots.unitsSharingRegion.map(({ unit, region }) => ({ unit: at(unit), region })),
      regionsWithoutUnit: last.matched.regionsWithoutUnit,
    };
    placed.set(regions, { units, matched, slots });
    return matched;
  }
  const matched = matchUnits(regions, units);
  placed.set(regions, { units, matched, slots: undefined });
  return matched;
}
