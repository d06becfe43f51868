// What the classic script (dti-widgets.classic.js) has in place of the geo path. The classic script is
// for pages opened from a file, where browsers refuse to read any other file, a geo file included; the
// module bundle (dti-widgets.js) loads d3-geo on demand instead. So the classic script stays free of
// d3-geo and topojson-client, and a map with `geo-src` says what to do.

import type { Locale } from '../shared/locale.js';
import type { GeoShapes } from './geo-shapes.js';

const SAY: Record<Locale, (url: string) => string> = {
  vi: (url) =>
    `Không vẽ được ${url}: bản dti-widgets.classic.js không đọc tệp GeoJSON/TopoJSON. Hãy dùng dti-widgets.js (<script type="module">) trên trang mở qua máy chủ web (http://).`,
  en: (url) =>
    `Cannot draw ${url}: dti-widgets.classic.js does not read GeoJSON/TopoJSON files. Use dti-widgets.js (<script type="module">) on a page served over http://.`,
};

/**
 * Refuses to load a geo file, saying why and what to use instead.
 *
 * @example await loadGeoShapes('tinh.geojson', 'ten', signal, 'en') // throws 'Cannot draw tinh.geojson: …'
 */
export async function loadGeoShapes(
  url: string,
  _key: string,
  _signal: AbortSignal,
  locale: Locale,
): Promise<GeoShapes> {
  const error = new Error(SAY[locale](url));
  error.name = 'LoadError';
  throw error;
}
