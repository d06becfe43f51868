// The editor's own boundaries (GeoJSON or TopoJSON) as SVG paths. Loaded with `import()` only by a map
// that has a `geo-src`: the tile maps never download d3-geo or topojson-client.

import { slugify } from '@dti-kit/core/present';
import { geoArea, geoIdentity, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { Locale } from '../shared/locale.js';

/** Limits that keep a hostile or mistaken file from hanging the page. */
export const GEO_LIMITS = { bytes: 20 * 1024 * 1024, features: 5000, points: 2_000_000 } as const;

/** Width of the drawing the shapes are fitted into (the SVG scales it to the element). */
export const GEO_WIDTH = 1000;

/** A feature drawn: its region id, the name from `geo-key`, its path and its centre for the keyboard. */
export interface GeoShape {
  id: string;
  name: string;
  path: string;
  x: number;
  y: number;
}

/** The shapes, fitted into a box `GEO_WIDTH` wide and `height` tall. */
export interface GeoShapes {
  shapes: GeoShape[];
  height: number;
}

const SAY = {
  vi: {
    tooBig: (url: string, mb: string) => `${url} quá lớn (${mb} MB; tối đa 20 MB).`,
    notGeo: (url: string) => `${url} không phải GeoJSON (FeatureCollection) hay TopoJSON (Topology).`,
    tooMany: (url: string, n: number, max: number) => `${url} có ${n} vùng, nhiều hơn giới hạn ${max}.`,
    tooManyPoints: (url: string, max: number) => `${url} có hơn ${max} điểm toạ độ.`,
    noKey: (url: string, i: number, key: string) =>
      `${url}: vùng thứ ${i + 1} không có thuộc tính "${key}" (geo-key) để khớp với đơn vị.`,
    badCoords: (url: string, i: number) => `${url}: vùng thứ ${i + 1} có toạ độ không phải số.`,
    failed: (url: string, why: string) => `Không tải được ${url} (${why})`,
    notJson: (url: string, why: string) => `${url} không phải JSON hợp lệ: ${why}`,
  },
  en: {
    tooBig: (url: string, mb: string) => `${url} is too large (${mb} MB; at most 20 MB).`,
    notGeo: (url: string) => `${url} is neither GeoJSON (a FeatureCollection) nor TopoJSON (a Topology).`,
    tooMany: (url: string, n: number, max: number) => `${url} has ${n} features, more than the limit of ${max}.`,
    tooManyPoints: (url: string, max: number) => `${url} has more than ${max} coordinate points.`,
    noKey: (url: string, i: number, key: string) =>
      `${url}: feature ${i + 1} has no property "${key}" (geo-key) to match a unit by.`,
    badCoords: (url: string, i: number) => `${url}: feature ${i + 1} has coordinates that are not numbers.`,
    failed: (url: string, why: string) => `Could not load ${url} (${why})`,
    notJson: (url: string, why: string) => `${url} is not valid JSON: ${why}`,
  },
} satisfies Record<Locale, unknown>;

/** Why a geo file is refused: the sentence shown in the map's error state. */
export class GeoError extends Error {
  override name = 'LoadError';
}

/**
 * Reads a geo file, refusing it once it passes {@link GEO_LIMITS}.bytes: at once when the server announces
 * a larger size, else as soon as that many bytes have arrived (the rest is not downloaded).
 *
 * @example await readGeoFile('tinh.geojson', signal, 'vi') // → the file's bytes
 */
export async function readGeoFile(url: string, signal: AbortSignal, locale: Locale): Promise<Uint8Array> {
  const response = await fetch(url, { signal }).catch((error: Error) => {
    throw new GeoError(SAY[locale].failed(url, error.message));
  });
  if (!response.ok) throw new GeoError(SAY[locale].failed(url, `${response.status} ${response.statusText}`.trim()));
  checkGeoSize(url, Number(response.headers.get('content-length') ?? 0), locale);
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const parts: Uint8Array[] = [];
  let total = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    total += read.value.byteLength;
    if (total > GEO_LIMITS.bytes) {
      void reader.cancel();
      checkGeoSize(url, total, locale);
    }
    parts.push(read.value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return bytes;
}

/**
 * Reads and draws a geo file: {@link readGeoFile}, JSON, then {@link geoShapes}.
 *
 * @example (await loadGeoShapes('tinh.geojson', 'ten', signal, 'vi')).shapes.length // → 34
 */
export async function loadGeoShapes(url: string, key: string, signal: AbortSignal, locale: Locale): Promise<GeoShapes> {
  const text = new TextDecoder().decode(await readGeoFile(url, signal, locale));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new GeoError(SAY[locale].notJson(url, (error as Error).message));
  }
  return geoShapes(json, key, url, locale);
}

/**
 * Refuses a file larger than {@link GEO_LIMITS}.bytes, before or after reading it.
 *
 * @example checkGeoSize('x.geojson', 30e6, 'en') // throws 'x.geojson is too large (28.6 MB; at most 20 MB).'
 */
export function checkGeoSize(url: string, bytes: number, locale: Locale): void {
  if (bytes > GEO_LIMITS.bytes) throw new GeoError(SAY[locale].tooBig(url, (bytes / 1024 / 1024).toFixed(1)));
}

/** The features of a GeoJSON FeatureCollection or of a TopoJSON topology's first object. */
function featuresOf(json: unknown, url: string, locale: Locale): Feature[] {
  const o = json as { type?: unknown; features?: unknown; objects?: Record<string, unknown> };
  if (o?.type === 'FeatureCollection' && Array.isArray(o.features)) return o.features as Feature[];
  if (o?.type === 'Topology' && o.objects && typeof o.objects === 'object') {
    const first = Object.values(o.objects)[0];
    if (!first) return [];
    const count = (first as { geometries?: unknown[] }).geometries?.length ?? 1;
    if (count > GEO_LIMITS.features) throw new GeoError(SAY[locale].tooMany(url, count, GEO_LIMITS.features));
    const made = topoFeature(json as Parameters<typeof topoFeature>[0], first as Parameters<typeof topoFeature>[1]);
    return 'features' in made ? made.features : [made];
  }
  throw new GeoError(SAY[locale].notGeo(url));
}

/** Counts coordinate points, refusing non-numbers and more than the limit. */
function countPoints(geometry: Geometry | null, url: string, index: number, locale: Locale, total: number): number {
  let n = total;
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) throw new GeoError(SAY[locale].badCoords(url, index));
    if (typeof c[0] === 'number') {
      if (!Number.isFinite(c[0]) || !Number.isFinite(c[1])) throw new GeoError(SAY[locale].badCoords(url, index));
      if (++n > GEO_LIMITS.points) throw new GeoError(SAY[locale].tooManyPoints(url, GEO_LIMITS.points));
      return;
    }
    for (const inner of c) walk(inner);
  };
  if (!geometry) return n;
  if (geometry.type === 'GeometryCollection') {
    for (const g of geometry.geometries) n = countPoints(g, url, index, locale, n);
    return n;
  }
  walk(geometry.coordinates);
  return n;
}

/** Whether every coordinate could be longitude and latitude (then a Mercator projection is used). */
function looksGeographic(collection: FeatureCollection): boolean {
  const [[x0, y0], [x1, y1]] = geoPath(geoIdentity()).bounds(collection);
  return x0 >= -180 && x1 <= 180 && y0 >= -90 && y1 <= 90;
}

/**
 * A feature whose rings wind as d3-geo reads them on the sphere (clockwise outside). GeoJSON written to
 * RFC 7946 winds the other way, which d3-geo reads as the whole globe but a hole: such a feature (one
 * covering more than half the sphere) has its rings reversed.
 */
function rewound(feature: Feature): Feature {
  if (!feature.geometry || geoArea(feature) <= 2 * Math.PI) return feature;
  const reverse = (rings: number[][][]) => rings.map((ring) => [...ring].reverse());
  const g = feature.geometry;
  if (g.type === 'Polygon') return { ...feature, geometry: { ...g, coordinates: reverse(g.coordinates) } };
  if (g.type === 'MultiPolygon')
    return { ...feature, geometry: { ...g, coordinates: g.coordinates.map((p) => reverse(p)) } };
  return feature;
}

/**
 * The features of a GeoJSON or TopoJSON document as fitted SVG paths, each named by its `key` property.
 * Longitude/latitude data is drawn in Mercator; other coordinates as they are, y pointing north. Refuses
 * (with a {@link GeoError} naming `url`) a document that is not geo data, has more than
 * {@link GEO_LIMITS}.features features or {@link GEO_LIMITS}.points points, or a feature without `key`.
 *
 * @example geoShapes(collection, 'ten', 'tinh.geojson', 'vi').shapes[0].name // → 'Hà Nội'
 */
export function geoShapes(json: unknown, key: string, url: string, locale: Locale): GeoShapes {
  const features = featuresOf(json, url, locale);
  if (features.length > GEO_LIMITS.features)
    throw new GeoError(SAY[locale].tooMany(url, features.length, GEO_LIMITS.features));
  let points = 0;
  const named = features.map((f, i) => {
    const value = f?.properties?.[key];
    if (typeof value !== 'string' && typeof value !== 'number') throw new GeoError(SAY[locale].noKey(url, i, key));
    points = countPoints(f.geometry, url, i, locale, points);
    return { feature: f, name: String(value).normalize('NFC') };
  });
  const plane: FeatureCollection = { type: 'FeatureCollection', features: named.map((n) => n.feature) };
  const geographic = looksGeographic(plane);
  if (geographic) for (const n of named) n.feature = rewound(n.feature);
  const collection: FeatureCollection = geographic
    ? { type: 'FeatureCollection', features: named.map((n) => n.feature) }
    : plane;
  const [[x0, y0], [x1, y1]] = geoPath(geographic ? geoMercator() : geoIdentity().reflectY(true)).bounds(collection);
  const aspect = x1 > x0 ? (y1 - y0) / (x1 - x0) : 1;
  const height = Math.max(1, Math.round(GEO_WIDTH * Math.min(3, Math.max(0.2, aspect))));
  const projection = (geographic ? geoMercator() : geoIdentity().reflectY(true)).fitSize(
    [GEO_WIDTH, height],
    collection,
  );
  const path = geoPath(projection);
  const shapes = named.map(({ feature, name }) => {
    const [x, y] = path.centroid(feature);
    return {
      id: slugify(name),
      name,
      path: path(feature) ?? '',
      x: Number.isFinite(x) ? x : 0,
      y: Number.isFinite(y) ? y : 0,
    };
  });
  return { shapes, height };
}
