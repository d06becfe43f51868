// pnpm bench (widgets): first render of <dti-map> in Chromium, with the built production bundle
// (dist/cdn/dti-widgets.js: minified, Lit in production mode; `pnpm build` first). Budgets: the tile
// map (34 provinces, and the 63 before 2025) in the next frame (the "≤ 16 ms"); a map of 700
// polygons from a GeoJSON file ≤ 100 ms (reading the file, projecting, drawing). The 700 polygons are
// generated here (rough circles of 24 points on a grid over Vietnam): the repository has no real file
// of that size.
import type { ScoreTable } from '@dti-kit/core';
import { seededRandom } from '@dti-kit/core/robustness';
import { commonTiers, scoreTableOf, tableUnit } from '@dti-kit/testing';
import type { DtiMap } from '../src/map/map.js';
import { TILES_34, TILES_63 } from '../src/map/tile-layouts.js';
import { frame, frameInterval, loadBundle, printTable, type Timing } from './timing.js';

function table(names: readonly { id: string; name: string }[]): ScoreTable {
  const random = seededRandom(3);
  const units = names.map(({ id, name }) => {
    const value = Math.round(random() * 1000) / 10;
    return tableUnit(id, name, {
      status: 'ranked',
      value,
      rank: 0,
      tier: value >= 80 ? 'tot' : value >= 65 ? 'kha' : 'yeu',
    });
  });
  for (const [i, u] of [...units].sort((a, b) => (b.value as number) - (a.value as number)).entries()) u.rank = i + 1;
  return scoreTableOf(units, {
    framework: { id: 'bench', label: { vi: 'Bản đồ' }, tiers: commonTiers({ english: false }) },
  });
}

/** 700 polygons of 24 points each (a 28 × 25 grid of rough circles over Vietnam's longitudes and latitudes). */
function polygons(): { url: string; names: { id: string; name: string }[] } {
  const names: { id: string; name: string }[] = [];
  const features = Array.from({ length: 700 }, (_, k) => {
    const cx = 102.5 + (k % 28) * 0.25;
    const cy = 8.5 + Math.floor(k / 28) * 0.6;
    const ring = Array.from({ length: 24 }, (_, i) => {
      const a = (-i / 24) * 2 * Math.PI;
      return [cx + 0.11 * Math.cos(a), cy + 0.25 * Math.sin(a)];
    });
    ring.push(ring[0] as number[]);
    names.push({ id: `xa-${k}`, name: `Xã ${k}` });
    return { type: 'Feature', properties: { ten: `Xã ${k}` }, geometry: { type: 'Polygon', coordinates: [ring] } };
  });
  const json = JSON.stringify({ type: 'FeatureCollection', features });
  return { url: URL.createObjectURL(new Blob([json], { type: 'application/json' })), names };
}

describe('<dti-map> first render, production bundle', () => {
  before(async () => {
    await loadBundle();
    // The map's code loads when the first map appears: load it before timing.
    document.body.append(document.createElement('dti-map'));
    await customElements.whenDefined('dti-map');
    document.body.replaceChildren();
  });

  it('measures the tile maps of 34 and 63 provinces and a 700-polygon GeoJSON map', async () => {
    const interval = await frameInterval();
    console.log(`BENCH one frame here: ${interval.toFixed(1)} ms (rAF to rAF, idle)`);
    const tileRuns = async (layout: 'tiles-34' | 'tiles-63', tiles: readonly { id: string; name: string }[]) => {
      const data = table(tiles.map((t) => ({ id: t.id, name: t.name })));
      const runs: Timing[] = [];
      for (let run = 0; run < 31; run++) {
        const el = document.createElement('dti-map') as DtiMap;
        el.layout = layout;
        document.body.append(el);
        await el.updateComplete;
        await frame();
        const t0 = performance.now();
        el.table = data;
        await el.updateComplete;
        el.getBoundingClientRect();
        const work = performance.now() - t0;
        await frame();
        runs.push({ work, frame: performance.now() - t0 });
        if (el.shadowRoot?.querySelectorAll('[part~="region"]').length !== tiles.length)
          throw new Error('tiles not drawn');
        el.remove();
      }
      return runs;
    };
    const tiles34 = await tileRuns('tiles-34', TILES_34);
    const tiles63 = await tileRuns('tiles-63', TILES_63);

    const { url, names } = polygons();
    const communes = table(names);
    const geo: Timing[] = [];
    let first = 0;
    for (let run = 0; run < 16; run++) {
      const el = document.createElement('dti-map') as DtiMap;
      el.table = communes;
      el.geoKey = 'ten';
      document.body.append(el);
      await el.updateComplete;
      await frame();
      const t0 = performance.now();
      el.geoSrc = url;
      while (el.shadowRoot?.querySelectorAll('path[d^="M"]').length !== 700) {
        await new Promise((r) => setTimeout(r, 0));
        if (performance.now() - t0 > 10_000) throw new Error('polygons not drawn');
      }
      el.getBoundingClientRect();
      const work = performance.now() - t0;
      await frame();
      // The first run also loads the geo code (d3-geo, topojson-client): reported apart.
      if (run === 0) first = performance.now() - t0;
      else geo.push({ work, frame: performance.now() - t0 });
      el.remove();
    }
    printTable('<dti-map> first render', [
      { name: 'tile map, 34 provinces', runs: tiles34, budget: interval },
      { name: 'tile map, 63 provinces', runs: tiles63, budget: interval },
      { name: 'GeoJSON map, 700 generated polygons (after the first)', runs: geo, budget: 100 },
    ]);
    console.log(`BENCH GeoJSON map, first run (loads the geo code too): ${first.toFixed(1)} ms to the next frame`);
  });
});
