// The presets and the example files are real frameworks and datasets: they validate and score to the
// values worked out by hand here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Crosswalk, loadPreset, presetIds, presets, presetUrl, readDataset, rollUp, score } from '../src/index.js';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../examples/data/${name}`, import.meta.url), 'utf8'));

describe('presets', () => {
  it('every loadable preset validates, and the catalogue lists it with its status', async () => {
    for (const id of presetIds) {
      const fw = await loadPreset(id);
      expect(fw.id).toBe(id);
      expect(presets.find((p) => p.id === id)?.status).not.toBe('gap');
      expect(JSON.parse(readFileSync(presetUrl(id), 'utf8')).id).toBe(id);
    }
    expect(presets.filter((p) => p.status === 'gap').map((p) => p.id)).toEqual(['dti-province-2025']);
  });
  it('refuses an unknown id, listing the presets', async () => {
    await expect(loadPreset('dti-2099')).rejects.toThrow(/no preset "dti-2099"; presets: dti-province-2022/);
  });
  it('the 766 service index adds up to 18 + 20 + 22 + 22 + 18 = 100 points', async () => {
    const fw = await loadPreset('service-index-766');
    expect(fw.root.children.map((g) => g.points)).toEqual([18, 20, 22, 22, 18]);
  });
});

describe('examples/data', () => {
  it('the DTI 2022 preset reproduces the published top five', async () => {
    const fw = await loadPreset('dti-province-2022');
    const r = score(fw, read('dti-2022-top5.json'));
    expect(r.units.map((u) => [u.name, u.value, u.rank])).toEqual([
      ['TP. Đà Nẵng', 0.8002, 1],
      ['TP. Hồ Chí Minh', 0.7164, 2], // published 0.7163: the main indices are published rounded
      ['Quảng Ninh', 0.7024, 3],
      ['Thừa Thiên Huế', 0.6975, 4],
      ['TP. Cần Thơ', 0.6924, 5],
    ]);
    // foundations of Đà Nẵng: (100 + 90 + 82.53 + 84.87 + 75.78 + smart city 0 of 0) / 500 = 0.86636
    expect(r.scores('nen-tang')[0]).toBeCloseTo(0.86636, 10);
  });

  it('the merger crosswalk maps 63 former provinces onto 34', () => {
    const { crosswalk } = read('province-merger-2025.json') as { crosswalk: { to: string; from: string[] }[] };
    expect(crosswalk).toHaveLength(34);
    expect(new Set(crosswalk.flatMap((c) => c.from)).size).toBe(63);
    const r = rollUp(
      [
        { id: 'Đà Nẵng', values: { dti: 0.8335 } },
        { id: 'Quảng Nam', values: { dti: 0.5803 } },
      ],
      crosswalk as Crosswalk,
      { precision: 4 },
    );
    expect(r.units.find((u) => u.id === 'Đà Nẵng')?.values.dti).toBe(0.7069);
    expect(r.units.find((u) => u.id === 'Hà Nội')?.values.dti).toBeNull();
  });

  it('the self-assessment template scores the sparse 2024 reports and leaves units without data unscored', async () => {
    const fw = await loadPreset('self-assessment-template');
    const r = score(fw, read('seeds-2024.json'));
    // Gia Lâm: government = mean(100, 100, 36/37) = 0.990991; economy = mean(95, 84/84) = 0.975;
    //   society = 28/28 = 1 → (40 · 0.990991 + 30 · 0.975 + 30 · 1) / 100 = 0.988896 → 98.9
    // Phúc Thọ reported 3 of the 21 indicators (14.3% < minCoverage 15%): assessed, not scored
    // Giồng Trôm: government = mean(97.8, 70, 65, 142/270 · 100) / 100 = 0.713487; economy = 0.75;
    //   society = mean(90, 100, 21/21 · 100) / 100 = 0.966667 → 28.539 + 22.5 + 29 = 80.04 → 80.0
    // Sơn Châu: government = mean(100, 97, 83, 100, 100) = 0.96 → 96
    expect(r.units.map((u) => [u.name, u.value, u.rank, u.status])).toEqual([
      ['Phúc Thọ', null, null, 'unscored'],
      ['Giồng Trôm', 80, 3, 'ranked'],
      ['Sơn Châu', 96, 2, 'ranked'],
      ['Gia Lâm', 98.9, 1, 'ranked'],
      ['Đan Phượng', null, null, 'unscored'],
    ]);
    expect(r.unit('gia-lam')?.coverage).toBeCloseTo(6 / 21, 12);
    expect(r.unit('phuc-tho')?.coverage).toBeCloseTo(3 / 21, 12);
  });
});

describe('examples/data/communes-2025.csv', () => {
  it('is what the seeded generator writes, and 3,321 communes under 34 provinces score from it', async () => {
    const { communesCsv } = await import('../examples/generate-communes.js');
    const file = readFileSync(new URL('../examples/data/communes-2025.csv', import.meta.url));
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(file)).toBe(communesCsv);
    const fw = await loadPreset('self-assessment-template');
    const { prepared, issues } = readDataset(new Uint8Array(file), fw, { name: 'communes-2025.csv' });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(new Set(issues.map((i) => i.code))).toEqual(new Set(['bound-value', 'missing-column']));
    // The six district-level indicators have no column in a communes file, and each says so.
    expect(issues.filter((i) => i.code === 'missing-column').map((i) => i.indicator)).toEqual([
      'cho-thanh-toan-so',
      'xa-to-cds',
      'thanh-vien-to-cds-moi-xa',
      'xa-zalo-oa',
      'xa-cong-thong-tin',
      'ty-le-truong-hoc-ba-so',
    ]);
    if (!prepared) throw new Error('expected a dataset');
    expect(prepared.units).toHaveLength(3321);
    expect(new Set(prepared.units.map((u) => u.parent)).size).toBe(34);
    const r = score(fw, prepared);
    const ranks = r.units.map((u) => u.rank).filter((x): x is number => x !== null);
    expect(Math.min(...ranks)).toBe(1);
    expect(r.units.every((u) => u.status === 'ranked')).toBe(true);
    // Six of the template's 21 indicators are district-level (shares of communes, market stalls, schools):
    // a commune reports at most the other 15.
    expect(Math.max(...r.units.map((u) => u.coverage))).toBe(15 / 21);
  });
});

describe('examples/data/dti-published-results.json', () => {
  const { results } = read('dti-published-results.json') as {
    results: {
      year: number;
      rankingSet: number;
      province: string;
      dti: number | null;
      rank: number | null;
      source: string;
    }[];
  };
  it('every published figure names its source', () => {
    expect(results.length).toBeGreaterThan(100);
    expect(results.every((r) => r.source.length > 10)).toBe(true);
  });
  it('the merged 2024 value of Đà Nẵng comes out of the crosswalk as published', () => {
    const former = results.filter((r) => r.year === 2024 && r.rankingSet === 63 && r.dti !== null);
    const { crosswalk } = read('province-merger-2025.json') as { crosswalk: { to: string; from: string[] }[] };
    const rows = former.map((r) => ({ id: r.province.replace(/^TP\. /u, ''), values: { dti: r.dti } }));
    const merged = rollUp(rows, crosswalk as Crosswalk, { precision: 4 });
    const published = results.find((r) => r.year === 2024 && r.rankingSet === 34 && r.province === 'TP. Đà Nẵng');
    expect(merged.units.find((u) => u.id === 'Đà Nẵng')?.values.dti).toBe(published?.dti);
    expect(published).toMatchObject({ dti: 0.7069, rank: 17 });
  });
});
