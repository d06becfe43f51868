import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkGeoSize, GEO_LIMITS, GEO_WIDTH, geoShapes } from '../src/map/geo-shapes.js';

const fixture = JSON.parse(readFileSync(new URL('./fixtures/tinh-mini.geojson', import.meta.url), 'utf8'));

describe('geoShapes', () => {
  it('draws each feature fitted into the box, named by the geo-key property, north at the top', () => {
    const { shapes, height } = geoShapes(fixture, 'ten', 'tinh-mini.geojson', 'vi');
    expect(shapes.map((s) => [s.id, s.name])).toEqual([
      ['tp-ha-noi', 'TP. Hà Nội'],
      ['hai-phong', 'Hải Phòng'],
      ['quang-ninh', 'Quảng Ninh'],
      ['ha-tay', 'Hà Tây'],
    ]);
    for (const s of shapes) expect(s.path).toMatch(/^M[\d.]+,[\d.]+L/u);
    // 105.0–107.9° east is wider than 20.3–21.6° north is tall (in Mercator): a wide box.
    expect(height).toBeGreaterThan(300);
    expect(height).toBeLessThan(GEO_WIDTH);
    const byName = Object.fromEntries(shapes.map((s) => [s.name, s]));
    expect(byName['Quảng Ninh']?.y).toBeLessThan(byName['Hải Phòng']?.y as number);
    expect(byName['Hà Tây']?.x).toBeLessThan(byName['Quảng Ninh']?.x as number);
  });

  it('reads a numeric property as the key', () => {
    expect(geoShapes(fixture, 'ma', 'x', 'en').shapes.map((s) => s.name)).toEqual(['1', '31', '22', '99']);
  });

  it('refuses a feature without the key, a file that is not geo data, too many features, too many bytes', () => {
    expect(() => geoShapes(fixture, 'name', 'tinh.geojson', 'vi')).toThrow(
      'tinh.geojson: vùng thứ 1 không có thuộc tính "name" (geo-key) để khớp với đơn vị.',
    );
    expect(() => geoShapes({ type: 'Feature' }, 'ten', 'x.json', 'en')).toThrow(
      'x.json is neither GeoJSON (a FeatureCollection) nor TopoJSON (a Topology).',
    );
    const many = {
      type: 'FeatureCollection',
      features: Array.from({ length: GEO_LIMITS.features + 1 }, (_, i) => ({
        type: 'Feature',
        properties: { ten: `v${i}` },
        geometry: { type: 'Point', coordinates: [0, 0] },
      })),
    };
    expect(() => geoShapes(many, 'ten', 'big.json', 'en')).toThrow(
      'big.json has 5001 features, more than the limit of 5000.',
    );
    expect(() => checkGeoSize('x.geojson', 30 * 1024 * 1024, 'en')).toThrow(
      'x.geojson is too large (30.0 MB; at most 20 MB).',
    );
  });

  it('refuses coordinates that are not numbers', () => {
    const bad = structuredClone(fixture);
    bad.features[1].geometry.coordinates[0][2] = ['106', 20];
    expect(() => geoShapes(bad, 'ten', 'x', 'en')).toThrow('x: feature 2 has coordinates that are not numbers.');
  });

  it('reads TopoJSON: the first object’s geometries', () => {
    const topo = {
      type: 'Topology',
      arcs: [
        [
          [0, 0],
          [2000, 0],
          [2000, 1000],
          [0, 1000],
          [0, 0],
        ],
      ],
      objects: {
        tinh: {
          type: 'GeometryCollection',
          geometries: [{ type: 'Polygon', arcs: [[0]], properties: { ten: 'Huế' } }],
        },
      },
    };
    const { shapes, height } = geoShapes(topo, 'ten', 'x.topojson', 'vi');
    expect(shapes.map((s) => s.id)).toEqual(['hue']);
    // Plane coordinates (beyond longitude and latitude) drawn as they are: twice as wide as tall.
    expect(height).toBe(GEO_WIDTH / 2);
    expect(shapes[0]?.path).toBe('M0,500L1000,500L1000,0L0,0Z');
  });
});
