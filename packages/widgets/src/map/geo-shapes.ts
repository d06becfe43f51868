// The editor's own boundaries (GeoJSON or TopoJSON) as SVG paths. Loaded with `import()` only by a map
// that has a `geo-src`: the tile maps never download d3-geo or topojson-client.

import { slugify } from '@dti-kit/core/present';
import { geoPath, geoTransform } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { Locale } from '../shared/locale.js';
import type { fetchOk, parseJson } from '../shared/source-controller.js';

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
  },
  en: {
    tooBig: (url: string, mb: string) => `${url} is too large (${mb} MB; at most 20 MB).`,
    notGeo: (url: string) => `${url} is neither GeoJSON (a FeatureCollection) nor TopoJSON (a Topology).`,
    tooMany: (url: string, n: number, max: number) => `${url} has ${n} features, more than the limit of ${max}.`,
    tooManyPoints: (url: string, max: number) => `${url} has more than ${max} coordinate points.`,
    noKey: (url: string, i: number, key: string) =>
      `${url}: feature ${i + 1} has no property "${key}" (geo-key) to match a unit by.`,
    badCoords: (url: string, i: number) => `${url}: feature ${i + 1} has coordinates that are not numbers.`,
  },
} satisfies Record<Locale, unknown>;

/**
 * The map's own fetch and JSON reader, passed in rather than imported: the geo path then shares the
 * element's copy instead of splitting it into one more file for a bundler.
 */
export interface GeoReader {
  fetchOk: typeof fetchOk;
  parseJson: typeof parseJson;
}

/** Why a geo file is refused: the sentence shown in the map's error state. */
export class GeoError extends Error {
  override name = 'LoadError';
  /** As a `LoadError`'s: the geo file's problems are in the message, not issues of the data. */
  readonly issues: readonly never[] = [];
}

/**
 * Reads a geo file as text, refusing it once it passes {@link GEO_LIMITS}.bytes: at once when the server
 * announces a larger size (the browser holds a response to the size it announced), else as soon as that
 * many bytes have arrived (the rest is not downloaded).
 *
 * @example await readGeoFile('tinh.geojson', signal, 'vi', { fetchOk, parseJson }) // → the file's text
 */
export async function readGeoFile(url: string, signal: AbortSignal, locale: Locale, read: GeoReader): Promise<string> {
  const response = await read.fetchOk(url, signal, locale);
  const announced = response.headers.get('content-length');
  checkGeoSize(url, Number(announced ?? 0), locale);
  if (announced !== null || !response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let total = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    total += read.value.byteLength;
    if (total > GEO_LIMITS.bytes) {
      void reader.cancel();
      checkGeoSize(url, total, locale);
    }
    text += decoder.decode(read.value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * Reads and draws a geo file: {@link readGeoFile}, JSON, then {@link geoShapes}.
 *
 * @example (await loadGeoShapes('tinh.geojson', 'ten', signal, 'vi', { fetchOk, parseJson })).shapes.length // → 34
 */
export async function loadGeoShapes(
  url: string,
  key: string,
  signal: AbortSignal,
  locale: Locale,
  read: GeoReader,
): Promise<GeoShapes> {
  const text = await readGeoFile(url, signal, locale, read);
  return geoShapes(await read.parseJson(text, url, locale), key, url, locale);
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

/** What one walk over the coordinates learns: the points so far, the bounds, each feature's mean point. */
interface Survey {
  points: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Walks a feature's coordinates once: refuses non-numbers and more points than the limit, widens the
 * bounds, and returns the mean of its points (the centre the arrow keys move between).
 */
function survey(geometry: Geometry | null, seen: Survey, fail: (why: 'bad' | 'many') => never): [number, number] {
  let sx = 0;
  let sy = 0;
  let n = 0;
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) fail('bad');
    if (typeof c[0] === 'number') {
      const [x, y] = c as number[];
      if (!Number.isFinite(x) || !Number.isFinite(y)) fail('bad');
      if (++seen.points > GEO_LIMITS.points) fail('many');
      seen.x0 = Math.min(seen.x0, x as number);
      seen.x1 = Math.max(seen.x1, x as number);
      seen.y0 = Math.min(seen.y0, y as number);
      seen.y1 = Math.max(seen.y1, y as number);
      sx += x as number;
      sy += y as number;
      n++;
      return;
    }
    for (const inner of c) walk(inner);
  };
  const visit = (g: Geometry | null): void => {
    if (!g) return;
    if (g.type === 'GeometryCollection') for (const inner of g.geometries) visit(inner);
    else walk(g.coordinates);
  };
  visit(geometry);
  return n > 0 ? [sx / n, sy / n] : [0, 0];
}

const DEGREE = Math.PI / 180;

/** Mercator's y (in degrees, growing southward) of a latitude; the poles are kept at ±85°. */
function mercatorY(latitude: number): number {
  const phi = Math.max(-85, Math.min(85, latitude)) * DEGREE;
  return -Math.log(Math.tan(Math.PI / 4 + phi / 2)) / DEGREE;
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
  const seen: Survey = { points: 0, x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  const named = features.map((f, i) => {
    const value = f?.properties?.[key];
    if (typeof value !== 'string' && typeof value !== 'number') throw new GeoError(SAY[locale].noKey(url, i, key));
    const mean = survey(f.geometry, seen, (why) => {
      throw new GeoError(
        why === 'bad' ? SAY[locale].badCoords(url, i) : SAY[locale].tooManyPoints(url, GEO_LIMITS.points),
      );
    });
    return { feature: f, name: String(value).normalize('NFC'), mean };
  });
  // Longitude and latitude are drawn in Mercator, anything else as it is; y grows southward either way.
  const geographic = seen.x0 >= -180 && seen.x1 <= 180 && seen.y0 >= -90 && seen.y1 <= 90;
  const flat = (y: number) => (geographic ? mercatorY(y) : -y);
  const [x0, x1, y0, y1] = [seen.x0, seen.x1, flat(seen.y1), flat(seen.y0)];
  const aspect = x1 > x0 ? (y1 - y0) / (x1 - x0) : 1;
  const height = Math.max(1, Math.round(GEO_WIDTH * Math.min(3, Math.max(0.2, aspect))));
  // Fitted and centred in GEO_WIDTH × height.
  const k = Math.min(GEO_WIDTH / (x1 - x0 || 1), height / (y1 - y0 || 1));
  const dx = (GEO_WIDTH - (x1 - x0) * k) / 2 - x0 * k;
  const dy = (height - (y1 - y0) * k) / 2 - y0 * k;
  // Drawn on the plane, point by point. d3-geo's spherical projections clip and resample every edge,
  // several times slower for 700 polygons; a province or commune map needs neither, and the plane
  // ignores ring winding (RFC 7946 and d3-geo wind rings in opposite directions).
  const path = geoPath(
    geoTransform({
      point(x: number, y: number) {
        this.stream.point(x * k + dx, flat(y) * k + dy);
      },
    }),
  );
  const shapes = named.map(({ feature, name, mean }) => ({
    id: slugify(name),
    name,
    path: path(feature) ?? '',
    x: mean[0] * k + dx,
    y: flat(mean[1]) * k + dy,
  }));
  return { shapes, height };
}
