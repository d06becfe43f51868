// pnpm bench (widgets): first render of <dti-map> in Chromium, to the next animation frame. Budgets:
// the tile map of the 34 provinces ≤ 16 ms (one frame); a map of 700 polygons from a GeoJSON file
// ≤ 100 ms (reading the file, projecting, drawing). Median of repeated runs.
import type { ScoreTable } from '@dti-kit/core';
import { seededRandom } from '@dti-kit/core/robustness';
import '../src/define.js';
import type { DtiMap } from '../src/map/map.js';
import { TILES_34 } from '../src/map/tile-layouts.js';

function table(names: readonly { id: string; name: string }[]): ScoreTable {
  const random = seededRandom(3);
  const units = names.map(({ id, name }) => {
    const value = Math.round(random() * 1000) / 10;
    return {
      id,
      name,
      status: 'ranked' as const,
      value,
      rank: 0,
      tier: value >= 80 ? 'tot' : value >= 65 ? 'kha' : 'yeu',
      coverage: 1,
      imputed: 0,
      targets: { met: 0, set: 0, share: null },
      nodes: {},
    };
  });
  for (const [i, u] of [...units].sort((a, b) => b.value - a.value).entries()) u.rank = i + 1;
  return {
    kind: 'dti-score-table',
    format: 1,
    framework: {
      id: 'bench',
      version: '1',
      label: { vi: 'Bản đồ' },
      scale: { min: 0, max: 100 },
      precision: 1,
      tiers: [
        { id: 'tot', label: { vi: 'Tốt' }, min: 80, color: '#1a7f37' },
        { id: 'kha', label: { vi: 'Khá' }, min: 65, color: '#4d8f00' },
        { id: 'yeu', label: { vi: 'Yếu' }, min: 0, color: '#b42318' },
      ],
    },
    nodes: [],
    units,
  };
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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
const verdict = (ms: number, budget: number) =>
  `${ms.toFixed(1)} ms ${ms <= budget ? `✓ ≤ ${budget} ms` : `✗ over ${budget} ms`}`;

describe('<dti-map> first render', () => {
  it('measures the tile map of 34 provinces and a 700-polygon GeoJSON map', async () => {
    const provinces = table(TILES_34.map((t) => ({ id: t.id, name: t.name })));
    const tiles: number[] = [];
    const tileWork: number[] = [];
    for (let run = 0; run < 15; run++) {
      const el = document.createElement('dti-map') as DtiMap;
      document.body.append(el);
      await frame();
      const t0 = performance.now();
      el.table = provinces;
      await el.updateComplete;
      el.getBoundingClientRect();
      tileWork.push(performance.now() - t0);
      await frame();
      if (el.shadowRoot?.querySelectorAll('[part~="region"]').length !== 34) throw new Error('tiles not drawn');
      tiles.push(performance.now() - t0);
      el.remove();
    }
    const { url, names } = polygons();
    const communes = table(names);
    const geo: number[] = [];
    for (let run = 0; run < 10; run++) {
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
      await frame();
      geo.push(performance.now() - t0);
      el.remove();
    }
    console.log(
      `BENCH tile map, 34 provinces, first render to the next frame (median of 15): ${verdict(median(tiles), 16)}`,
    );
    console.log(
      `BENCH tile map, 34 provinces, render and layout without the frame wait (median of 15): ${median(tileWork).toFixed(1)} ms`,
    );
    console.log(
      `BENCH GeoJSON map, 700 polygons, first render (median of 9 after the first, which loads d3-geo: ${(geo[0] as number).toFixed(1)} ms): ${verdict(median(geo.slice(1)), 100)}`,
    );
  });
});
