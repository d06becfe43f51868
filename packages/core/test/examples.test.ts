// The example files shipped in examples/data are real frameworks and datasets: they validate and
// score to the values worked out by hand here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Crosswalk, defineFramework, type FrameworkInput, rollUp, score } from '../src/index.js';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../examples/data/${name}`, import.meta.url), 'utf8'));

describe('examples/data', () => {
  it('the DTI 2022 framework reproduces the published top five', () => {
    const fw = defineFramework(read('dti-2022.framework.json') as FrameworkInput);
    const r = score(fw, read('dti-2022-top5.json'));
    expect(r.units.map((u) => [u.name, u.value, u.rank])).toEqual([
      ['TP. Đà Nẵng', 0.8002, 1],
      ['TP. Hồ Chí Minh', 0.7164, 2], // published 0.7163: the main indices are published rounded
      ['Quảng Ninh', 0.7024, 3],
      ['Thừa Thiên Huế', 0.6975, 4],
      ['TP. Cần Thơ', 0.6924, 5],
    ]);
    // foundations of Đà Nẵng: (100 + 90 + 82.53 + 84.87 + 75.78) / 500 = 0.86636
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

  it('the self-assessment example scores the sparse 2024 reports, leaving the unit without data unscored', () => {
    const fw = defineFramework(read('self-assessment.framework.json') as FrameworkInput);
    const r = score(fw, read('self-assessment-2024.json'));
    // Gia Lâm: government = mean(100, 36/37 · 100) = 98.6486; economy = 95; society not reported (skipped)
    // index = (40 · 0.986486 + 30 · 0.95) / 70 = 0.970849 → 97.1
    // Phúc Thọ: society = mean(10/21, 21/21) = 0.738095 → 73.8
    expect(r.units.map((u) => [u.name, u.value, u.rank, u.status])).toEqual([
      ['Phúc Thọ', 73.8, 4, 'ranked'],
      ['Giồng Trôm', 82, 3, 'ranked'],
      ['Sơn Châu', 93.3, 2, 'ranked'],
      ['Gia Lâm', 97.1, 1, 'ranked'],
      ['Đan Phượng', null, null, 'unscored'],
    ]);
    expect(r.unit('gia-lam')?.coverage).toBeCloseTo(3 / 13, 12);
  });
});
