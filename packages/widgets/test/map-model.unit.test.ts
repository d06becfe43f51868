import { readFileSync } from 'node:fs';
import type { ScoreTable, ScoreTableUnit } from '@dti-kit/core';
import { slugify } from '@dti-kit/core/present';
import { commonTiers, scoreTableOf, tableUnit } from '@dti-kit/testing';
import { describe, expect, it } from 'vitest';
import { classOf, lightTextOn, valueClasses } from '../src/map/map-colour.js';
import { mapView } from '../src/map/map-view.js';
import { matchUnits, matchUnitsAgain } from '../src/map/match-units.js';
import { nearestInDirection } from '../src/map/nearest-region.js';
import { placeKey } from '../src/map/place-key.js';
import { TILES_34, TILES_63, type Tile } from '../src/map/tile-layouts.js';

const data = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../core/examples/data/${file}`, import.meta.url), 'utf8'));
const merger = data('province-merger-2025.json') as { crosswalk: { to: string; from: string[] }[] };
const published = data('dti-published-results.json') as { results: { rankingSet: number; province: string }[] };

const unit = (id: string, name: string, value: number | null = 50, tier: string | null = 'kha'): ScoreTableUnit =>
  tableUnit(id, name, { value, rank: value === null ? null : 1, tier: value === null ? null : tier });

const table = (units: ScoreTableUnit[]): ScoreTable =>
  scoreTableOf(units, {
    framework: { id: 't', label: { vi: 'Chỉ số' }, tiers: commonTiers() },
    // As scoreTable() writes it: every ranked unit is in the table.
    rankedAmong: units.filter((u) => u.rank !== null).length || undefined,
  });

const at = (tiles: readonly Tile[], name: string) => {
  const tile = tiles.find((t) => t.name === name);
  if (!tile) throw new Error(name);
  return tile;
};

describe('tile layouts', () => {
  for (const [tiles, n] of [
    [TILES_34, 34],
    [TILES_63, 63],
  ] as const) {
    it(`has ${n} tiles, one per cell, ids from slugify`, () => {
      expect(tiles).toHaveLength(n);
      expect(new Set(tiles.map((t) => `${t.col},${t.row}`)).size).toBe(n);
      expect(new Set(tiles.map((t) => t.id)).size).toBe(n);
      for (const t of tiles) expect(t.id).toBe(slugify(t.name));
    });

    it(`places the north above the centre above the south, Hà Nội west of Quảng Ninh (${n})`, () => {
      const [hn, qn, dn, hcm, cm] = ['Hà Nội', 'Quảng Ninh', 'Đà Nẵng', 'TP. Hồ Chí Minh', 'Cà Mau'].map((x) =>
        at(tiles, x),
      ) as [Tile, Tile, Tile, Tile, Tile];
      expect(hn.row).toBeLessThan(dn.row);
      expect(dn.row).toBeLessThan(hcm.row);
      expect(hcm.row).toBeLessThan(cm.row);
      expect(hn.col).toBeLessThan(qn.col);
      // The S: the centre lies east of both the north-west and the Mekong delta.
      expect(dn.col).toBeGreaterThan(at(tiles, 'Điện Biên').col);
      expect(dn.col).toBeGreaterThan(cm.col);
    });
  }

  it('reuses the matching for the same units with new values, and matches again when a name changes', () => {
    const regions = [
      { id: 'ha-noi', name: 'Hà Nội' },
      { id: 'hue', name: 'Huế' },
      { id: 'ca-mau', name: 'Cà Mau' },
    ];
    const first = [unit('u1', 'TP. Hà Nội', 70), unit('u2', 'Thành phố Huế', 60), unit('u3', 'Hà Nội', 50)];
    const a = matchUnitsAgain(regions, first);
    expect([...a.unitOf].map(([id, u]) => [id, u.value])).toEqual([
      ['ha-noi', 70],
      ['hue', 60],
    ]);
    expect(a.unitsSharingRegion.map((s) => s.unit.id)).toEqual(['u3']);
    expect(a.regionsWithoutUnit.map((r) => r.id)).toEqual(['ca-mau']);
    // The same units re-ranked: the new unit objects, placed as before.
    const again = first.map((u) => ({ ...u, value: (u.value as number) + 1 }));
    const b = matchUnitsAgain(regions, again);
    expect([...b.unitOf.values()]).toEqual([again[0], again[1]]);
    expect(b.unitsSharingRegion.map((s) => s.unit)).toEqual([again[2]]);
    // A name that changed places its unit anew: the third unit is now Cà Mau's.
    const renamed = [again[0] as ScoreTableUnit, again[1] as ScoreTableUnit, unit('u3', 'Cà Mau', 50)];
    const c = matchUnitsAgain(regions, renamed);
    expect(c.unitOf.get('ca-mau')?.id).toBe('u3');
    expect(c).toEqual(matchUnits(regions, renamed));
  });

  it('gives every province of 2025 in the crosswalk a tile of its own', () => {
    const units = merger.crosswalk.map((c) => unit(slugify(c.to), c.to));
    const m = matchUnits(TILES_34, units);
    expect(m.unitsWithoutRegion.map((u) => u.name)).toEqual([]);
    expect(m.unitsSharingRegion).toEqual([]);
    expect(m.unitOf.size).toBe(34);
  });

  it('gives every former province in the crosswalk a tile of its own among the 63', () => {
    const units = merger.crosswalk.flatMap((c) => c.from).map((name) => unit(`x-${name}`, name));
    const m = matchUnits(TILES_63, units);
    expect(m.unitsWithoutRegion.map((u) => u.name)).toEqual([]);
    expect(m.unitOf.size).toBe(63);
  });

  it('places every spelling of the published results (TP. Đà Nẵng, Thừa Thiên - Huế, TP. Huế …)', () => {
    for (const [set, tiles] of [
      [63, TILES_63],
      [34, TILES_34],
    ] as const) {
      const names = [...new Set(published.results.filter((r) => r.rankingSet === set).map((r) => r.province))];
      const missing = names.filter((name) => matchUnits(tiles, [unit('u', name)]).unitsWithoutRegion.length > 0);
      expect(missing).toEqual([]);
    }
  });
});

describe('placeKey', () => {
  it('reads TP. Hồ Chí Minh, TP Hồ Chí Minh, Thành phố Hồ Chí Minh, Hồ Chí Minh and the slug alike', () => {
    const keys = [
      'TP. Hồ Chí Minh',
      'TP Hồ Chí Minh',
      'Thành phố Hồ Chí Minh',
      'Hồ Chí Minh',
      'tp-ho-chi-minh',
      'ho chi minh',
    ];
    expect(new Set(keys.map(placeKey))).toEqual(new Set(['ho chi minh']));
    expect(placeKey('Tỉnh Đắk Lắk')).toBe('dak lak');
  });
});

describe('matchUnits', () => {
  it('matches by id first, then by folded id or name; reports units without a tile and a second unit for a tile', () => {
    const m = matchUnits(TILES_34, [
      unit('hn', 'Thủ đô Hà Nội'),
      unit('ha-noi', 'Hanoi'),
      unit('x', 'Hồ Chí Minh'),
      unit('y', 'TP Hồ Chí Minh'),
      unit('z', 'Hà Tây'),
    ]);
    expect(m.unitOf.get('ha-noi')?.id).toBe('ha-noi');
    expect(m.unitOf.get('tp-ho-chi-minh')?.id).toBe('x');
    expect(m.unitsSharingRegion.map((s) => s.unit.id)).toEqual(['y']);
    expect(m.unitsWithoutRegion.map((u) => u.name)).toEqual(['Thủ đô Hà Nội', 'Hà Tây']);
    expect(m.regionsWithoutUnit).toHaveLength(32);
  });
});

describe('nearestInDirection on the 34-tile layout', () => {
  const centres = TILES_34.map((t) => ({ id: t.id, x: t.col, y: t.row }));
  // Worked out on the grid: Hà Nội (3,2); right Bắc Ninh (4,2); down Ninh Bình (3,3); up Thái Nguyên (3,1);
  // left: nothing on row 2 west of it, nearest is Phú Thọ (2,1) at cost 1 + 2·1 = 3, before Sơn La (1,1) at 4.
  it.each([
    ['ha-noi', 'right', 'bac-ninh'],
    ['ha-noi', 'down', 'ninh-binh'],
    ['ha-noi', 'up', 'thai-nguyen'],
    ['ha-noi', 'left', 'phu-tho'],
    ['hue', 'down', 'da-nang'],
    ['ca-mau', 'right', 'can-tho'],
    ['ca-mau', 'down', undefined],
    // Phú Thọ (2,1) and Ninh Bình (3,3) both cost 3 from Thanh Hóa (2,4); Ninh Bình is the closer.
    ['thanh-hoa', 'up', 'ninh-binh'],
  ] as const)('%s %s → %s', (from, direction, to) => {
    expect(nearestInDirection(centres, from, direction)).toBe(to);
  });
});

describe('colours', () => {
  it('cuts the values into five classes of equal width', () => {
    const classes = valueClasses([40, 90, 65]);
    expect(classes.map((c) => [c.min, c.max])).toEqual([
      [40, 50],
      [50, 60],
      [60, 70],
      [70, 80],
      [80, 90],
    ]);
    expect(classOf(classes, 65)?.colour).toBe('#6baed6');
    expect(classOf(classes, 90)?.colour).toBe('#08519c');
    expect(valueClasses([7, 7])).toHaveLength(1);
  });

  it('puts light text on dark fills only', () => {
    expect(lightTextOn('#08519c')).toBe(true);
    // L = 0.203: white 4.2 : 1, dark 4.0 : 1.
    expect(lightTextOn('#3182bd')).toBe(true);
    // L = 0.383: dark 6.8 : 1, white 2.4 : 1.
    expect(lightTextOn('#6baed6')).toBe(false);
    expect(lightTextOn('#b42318')).toBe(true);
    expect(lightTextOn('#eff3ff')).toBe(false);
    expect(lightTextOn('rebeccapurple')).toBeUndefined();
  });
});

describe('mapView', () => {
  it('colours by tier, hatches units without a value, and names units without a tile', () => {
    const view = mapView(
      table([unit('ha-noi', 'Hà Nội', 85, 'tot'), unit('hue', 'Huế', null), unit('ha-tay', 'Hà Tây', 70)]),
      TILES_34,
      { colourBy: 'tier', locale: 'vi', listEmptyRegions: false },
    );
    const hn = view.regions.find((r) => r.id === 'ha-noi');
    expect(hn?.fill).toBe('#1a7f37');
    expect(hn?.said).toBe('Hà Nội: 85,0; hạng 1/2; Tốt');
    const hue = view.regions.find((r) => r.id === 'hue');
    expect(hue?.missing).toBe(true);
    expect(hue?.said).toBe('Huế: chưa có dữ liệu');
    expect(view.notices).toEqual(['Không có vùng trên bản đồ cho: Hà Tây.']);
    expect(view.legend.map((e) => e.label)).toEqual(['Tốt (≥ 80,0)', 'Khá (≥ 65,0)', 'Yếu (≥ 0,0)', 'chưa có dữ liệu']);
  });

  it("says a published table's unit without a value is not in the published data, with its rank", () => {
    // Thanh Hóa's case on the province page: 5th of 34 in the press, its value not published.
    const units = [unit('ha-noi', 'Hà Nội', 85, 'tot'), { ...unit('hue', 'Huế', null), rank: 5 }];
    const published = { ...table(units), source: 'published' as const, rankedAmong: 34 };
    for (const [locale, said, legend] of [
      ['vi', 'Huế: không có trong số liệu công bố; hạng 5/34', 'không có trong số liệu công bố'],
      ['en', 'Huế: not in the published data; rank 5 of 34', 'not in the published data'],
    ] as const) {
      const view = mapView(published, TILES_34, { colourBy: 'tier', locale, listEmptyRegions: false });
      expect(view.regions.find((r) => r.id === 'hue')?.said).toBe(said);
      expect(view.none).toBe(legend);
      expect(view.legend.at(-1)?.label).toBe(legend);
    }
  });

  it('explains in the legend the accent of scored units without a tier', () => {
    // The province page's case: published results carry values and ranks but no tiers, so Hà Nội is
    // drawn in the accent; the legend must say what that colour means, in both languages.
    const units = [
      { ...unit('ha-noi', 'Hà Nội', 82.41, null), rank: 1 },
      { ...unit('hue', 'Huế', null), rank: 5 },
    ];
    const published = { ...table(units), source: 'published' as const, rankedAmong: 34 };
    for (const [locale, noTier, none] of [
      ['vi', 'có điểm, chưa xếp loại', 'không có trong số liệu công bố'],
      ['en', 'scored, no tier', 'not in the published data'],
    ] as const) {
      const view = mapView(published, TILES_34, { colourBy: 'tier', locale, listEmptyRegions: false });
      expect(view.regions.find((r) => r.id === 'ha-noi')?.fill).toBeUndefined();
      expect(view.legend.slice(-2)).toEqual([
        { colour: undefined, label: noTier, plain: true },
        { colour: undefined, label: none },
      ]);
    }
  });

  it('colours by value with a legend of classes, in English', () => {
    const view = mapView(table([unit('ha-noi', 'Hà Nội', 40), unit('hue', 'Huế', 90)]), TILES_34, {
      colourBy: 'value',
      locale: 'en',
      listEmptyRegions: false,
    });
    expect(view.regions.find((r) => r.id === 'hue')?.fill).toBe('#08519c');
    expect(view.legend[0]?.label).toBe('40.0–50.0');
    expect(view.legend.at(-1)?.label).toBe('no data yet');
  });
});
