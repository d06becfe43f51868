import { describe, expect, it } from 'vitest';
import type { ScoreTable } from '../../src/explain/table.js';
import { ScoreSeriesSchema } from '../../src/series/schema.js';
import { scoreSeries } from '../../src/series/score-series.js';
import { publishedTable } from '../helpers.js';

type Row = [id: string, name: string, value: number | null, rank: number | null];

/** A published table with only the overall value and rank, as the press reports them. */
function table(period: string, rows: Row[], scale = { min: 0, max: 1 }): ScoreTable {
  return publishedTable(rows, {
    period,
    framework: {
      id: 'dti-province',
      version: '922/QĐ-BTTTT',
      label: { vi: 'Chỉ số DTI cấp tỉnh' },
      scale,
      precision: 4,
    },
  });
}

const crosswalk = [
  { to: 'da-nang', from: ['da-nang', 'quang-nam'], name: 'Đà Nẵng' },
  { to: 'bac-ninh', from: ['bac-ninh', 'bac-giang'], name: 'Bắc Ninh' },
  { to: 'lang-son', from: ['lang-son'], name: 'Lạng Sơn' },
];

describe('scoreSeries across the 2025 merger', () => {
  // vneconomy.vn, baodanang.vn (Oct 2025): 2024 former Đà Nẵng 0.8335 (2nd of 63), former Quảng Nam
  // 0.5803 (57th); the merged Đà Nẵng was published as 0.7069, 17th of 34.
  const former2024 = table('2024', [
    ['da-nang', 'Đà Nẵng', 0.8335, 2],
    ['quang-nam', 'Quảng Nam', 0.5803, 57],
  ]);
  // dti_provincial_results.csv, 2023 (63 provinces): Đà Nẵng 0.8340, 1st; Lạng Sơn 4th and Bắc Giang
  // 9th without a value; Bắc Ninh and Quảng Nam not published.
  const former2023 = table('2023', [
    ['da-nang', 'Đà Nẵng', 0.834, 1],
    ['lang-son', 'Lạng Sơn', null, 4],
    ['bac-giang', 'Bắc Giang', null, 9],
  ]);
  const series = scoreSeries(
    [
      { period: '2023', table: former2023, former: true, rankedAmong: 63 },
      { period: '2024', table: former2024, former: true, rankedAmong: 63 },
    ],
    { crosswalk },
  );
  const unit = (id: string) => series.units.find((u) => u.id === id);

  it('rolls a merged province up as the equal-weighted mean of its former provinces, marked as such', () => {
    const point = unit('da-nang')?.points[1];
    // (0.8335 + 0.5803) / 2 = 1.4138 / 2 = 0.7069, the published value of the merged Đà Nẵng.
    expect(point?.value).toBe(0.7069);
    expect(point?.basis).toBe('rolled-up');
    expect(point?.from).toEqual([
      { id: 'da-nang', name: 'Đà Nẵng', value: 0.8335, rank: 2 },
      { id: 'quang-nam', name: 'Quảng Nam', value: 0.5803, rank: 57 },
    ]);
    expect(series.rollUp?.method).toBe('mean');
  });

  it('invents no value when a former province published none (Bắc Ninh 2023)', () => {
    const point = unit('bac-ninh')?.points[0];
    expect(point).toMatchObject({ value: null, rank: null, rankBasis: null, basis: 'rolled-up' });
    expect(point?.from).toEqual([
      { id: 'bac-ninh', value: null, rank: null },
      { id: 'bac-giang', name: 'Bắc Giang', value: null, rank: 9 },
    ]);
    // Quảng Nam 2023 is not published either: the merged Đà Nẵng has no 2023 value, though Đà Nẵng has.
    expect(unit('da-nang')?.points[0]?.value).toBeNull();
  });

  it('keeps the published rank of a province that merged with none, among the 63', () => {
    expect(unit('lang-son')?.points[0]).toMatchObject({
      rank: 4,
      rankedAmong: 63,
      rankBasis: 'published',
      basis: 'published',
    });
  });

  it('does not re-rank a period where some new units have no value', () => {
    expect(unit('da-nang')?.points[1]?.rank).toBeNull();
    expect(series.periods[1]).toMatchObject({ n: 1, of: 3, median: 0.7069 });
  });

  it('is JSON its schema accepts', () => {
    expect(ScoreSeriesSchema.parse(JSON.parse(JSON.stringify(series)))).toEqual(series);
  });
});

describe('scoreSeries, re-ranking a complete period', () => {
  // By hand: X = (0.6 + 0.4) / 2 = 0.5, Y = 0.7, Z = (0.3 + 0.5 + 0.1) / 3 = 0.3.
  const cw = [
    { to: 'x', from: ['a', 'b'] },
    { to: 'y', from: ['c'] },
    { to: 'z', from: ['d', 'e', 'f'] },
  ];
  const before = table('2023', [
    ['a', 'A', 0.6, 2],
    ['b', 'B', 0.4, 4],
    ['c', 'C', 0.7, 1],
    ['d', 'D', 0.3, 5],
    ['e', 'E', 0.5, 3],
    ['f', 'F', 0.1, 6],
  ]);
  const after = table('2024', [
    ['x', 'X', 0.55, 3],
    ['y', 'Y', 0.8, 1],
    ['z', 'Z', 0.6, 2],
  ]);
  const series = scoreSeries(
    [
      { period: '2023', table: before, former: true },
      { period: '2024', table: after },
    ],
    { crosswalk: cw },
  );

  it('ranks the rolled-up values among the new units and says the rank is derived', () => {
    const at2023 = series.units.map((u) => [u.id, u.points[0]?.value, u.points[0]?.rank, u.points[0]?.rankBasis]);
    expect(at2023).toEqual([
      ['x', 0.5, 2, 're-ranked'],
      ['y', 0.7, 1, 're-ranked'],
      ['z', 0.3, 3, 're-ranked'],
    ]);
    expect(series.units[0]?.points[0]?.rankedAmong).toBe(3);
  });

  it('gives each period the median and quartiles of the set', () => {
    // 2023: 0.3, 0.5, 0.7 → median 0.5, q1 0.4, q3 0.6. 2024: 0.55, 0.6, 0.8 → 0.6, 0.575, 0.7.
    expect(series.periods.map((p) => [p.median, p.q1, p.q3, p.n, p.of, p.units])).toEqual([
      [0.5, 0.4, 0.6, 3, 3, 'former'],
      [0.6, 0.575, 0.7, 3, 3, 'current'],
    ]);
  });

  it('takes a current period as published and names units as they are now', () => {
    expect(series.units[0]).toMatchObject({ id: 'x', name: 'X' });
    expect(series.units[0]?.points[1]).toEqual({
      period: '2024',
      value: 0.55,
      rank: 3,
      rankedAmong: 3,
      tier: null,
      basis: 'published',
      rankBasis: 'published',
    });
  });

  it('refuses a unit no crosswalk entry names, a former period without a crosswalk, and mixed scales', () => {
    const extra = table('2023', [['g', 'G', 0.2, 7]]);
    expect(() => scoreSeries([{ period: '2023', table: extra, former: true }], { crosswalk: cw })).toThrow(
      'period 2023: unit(s) g are in no crosswalk entry',
    );
    expect(() => scoreSeries([{ period: '2023', table: before, former: true }])).toThrow('no crosswalk');
    const thousand = table('2020', [['x', 'X', 410, 3]], { min: 0, max: 1000 });
    expect(() =>
      scoreSeries([
        { period: '2020', table: thousand },
        { period: '2024', table: after },
      ]),
    ).toThrow('period 2020 is on the scale 0–1000');
  });
});
