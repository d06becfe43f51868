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
  return matchedOf(placements(regions, units), units);
}

/** Where each unit goes, by position in the units: what `matchUnits` works out from names. */
interface Placements {
  /** Position of the unit drawn in each region, by region id. */
  unitAt: Map<string, number>;
  unitsWithoutRegion: number[];
  unitsSharingRegion: { unit: number; region: Region }[];
  regionsWithoutUnit: Region[];
}

function placements(regions: readonly Region[], units: readonly ScoreTableUnit[]): Placements {
  const byId = new Map(regions.map((r) => [r.id, r]));
  const byKey = new Map<string, Region>();
  for (const r of regions)
    for (const name of [r.name, ...(r.aliases ?? [])]) {
      const key = placeKey(name);
      if (!byKey.has(key)) byKey.set(key, r);
    }
  const unitAt = new Map<string, number>();
  const unitsWithoutRegion: number[] = [];
  const unitsSharingRegion: Placements['unitsSharingRegion'] = [];
  units.forEach((unit, i) => {
    const region = byId.get(unit.id) ?? byKey.get(placeKey(unit.id)) ?? byKey.get(placeKey(unit.name));
    if (!region) unitsWithoutRegion.push(i);
    else if (unitAt.has(region.id)) unitsSharingRegion.push({ unit: i, region });
    else unitAt.set(region.id, i);
  });
  return {
    unitAt,
    unitsWithoutRegion,
    unitsSharingRegion,
    regionsWithoutUnit: regions.filter((r) => !unitAt.has(r.id)),
  };
}

function matchedOf(p: Placements, units: readonly ScoreTableUnit[]): Matched {
  const unit = (i: number) => units[i] as ScoreTableUnit;
  const unitOf = new Map<string, ScoreTableUnit>();
  for (const [id, i] of p.unitAt) unitOf.set(id, unit(i));
  return {
    unitOf,
    unitsWithoutRegion: p.unitsWithoutRegion.map(unit),
    unitsSharingRegion: p.unitsSharingRegion.map(({ unit: i, region }) => ({ unit: unit(i), region })),
    regionsWithoutUnit: p.regionsWithoutUnit,
  };
}

// The last placements on each set of regions, with the ids and names they were made from.
const placed = new WeakMap<readonly Region[], { ids: string[]; names: string[]; placements: Placements }>();

/**
 * `matchUnits`, reusing the names' matching while the units keep their ids and names in the same order
 * (a table re-ranked under what-if weights, or re-sorted values): folding thousands of names is most of
 * the work of a map of communes, and only the values change. Gives what `matchUnits` gives.
 *
 * @example matchUnitsAgain(shapes, whatIfTable.units).unitOf.get('xa-00001')?.value
 */
export function matchUnitsAgain(regions: readonly Region[], units: readonly ScoreTableUnit[]): Matched {
  const last = placed.get(regions);
  const same =
    last !== undefined &&
    last.ids.length === units.length &&
    units.every((u, i) => u.id === last.ids[i] && u.name === last.names[i]);
  if (same) return matchedOf(last.placements, units);
  const fresh = placements(regions, units);
  placed.set(regions, { ids: units.map((u) => u.id), names: units.map((u) => u.name), placements: fresh });
  return matchedOf(fresh, units);
}
