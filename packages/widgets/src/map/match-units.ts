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
