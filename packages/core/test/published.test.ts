/**
 * Published results reproduced. Figures from dti.gov.vn and the press; sources inline.
 */
import { describe, expect, it } from 'vitest';
import { compare, defineFramework, rollUp, score } from '../src/index.js';
import { goalposts, group, indicator, framework as testFramework } from './helpers.js';

// Decision 922/QĐ-BTTTT (2022), provincial DTI: eight scored main indices, 1000 points; the smart-city
// index (0 points) is left out. Each main index is published as a 0–1 share of its maximum.
const mainIndices: [string, string, number][] = [
  ['nhan-thuc-so', 'Nhận thức số', 100],
  ['the-che-so', 'Thể chế số', 100],
  ['ha-tang-so', 'Hạ tầng số', 100],
  ['nhan-luc-so', 'Nhân lực số', 100],
  ['an-toan-thong-tin', 'An toàn thông tin mạng', 100],
  ['hd-chinh-quyen-so', 'Hoạt động chính quyền số', 200],
  ['hd-kinh-te-so', 'Hoạt động kinh tế số', 150],
  ['hd-xa-hoi-so', 'Hoạt động xã hội số', 150],
];

const dti922 = defineFramework(
  testFramework({
    id: 'dti-922-main-indices',
    version: '2022',
    label: 'DTI cấp tỉnh theo chỉ số chính (QĐ 922/QĐ-BTTTT)',
    scale: { min: 0, max: 1 },
    precision: 4,
    root: group(
      'dti',
      mainIndices.map(([id, vi, points]) => indicator(id, { label: vi, points, method: goalposts(0, 1) })),
      { label: 'DTI cấp tỉnh', points: 1000, aggregation: { type: 'sum' } },
    ),
  }),
);

// DTI 2022, top five: main-index values and published overall values (dti.gov.vn/xep-hang-2022).
const top2022: [string, number, number[]][] = [
  ['TP. Đà Nẵng', 0.8002, [1.0, 0.9, 0.8253, 0.8487, 0.7578, 0.8575, 0.7836, 0.5197]],
  ['TP. Hồ Chí Minh', 0.7163, [0.8917, 0.9, 0.8258, 0.6267, 0.558, 0.8406, 0.7611, 0.359]],
  ['Quảng Ninh', 0.7024, [0.9581, 0.9, 0.7648, 0.625, 0.5382, 0.8385, 0.5904, 0.4505]],
  ['Thừa Thiên - Huế', 0.6975, [0.95, 0.9, 0.6823, 0.6794, 0.6423, 0.8262, 0.6787, 0.3001]],
  ['TP. Cần Thơ', 0.6924, [0.9, 0.8, 0.7233, 0.7376, 0.7226, 0.7325, 0.7556, 0.2947]],
];

describe('DTI 2022: the overall index is the points-weighted sum of the main indices', () => {
  const result = score(dti922, {
    period: '2022',
    units: top2022.map(([name, , values]) => ({
      id: name,
      name,
      values: Object.fromEntries(mainIndices.map(([id], k) => [id, values[k] as number])),
    })),
  });
  it('reproduces each published value to within the rounding of its inputs (1e-4)', () => {
    for (const [k, [, published]] of top2022.entries())
      expect(Math.abs((result.units[k]?.exact ?? 0) - published)).toBeLessThanOrEqual(1e-4);
    // Đà Nẵng by hand: 0.1·(1 + 0.9 + 0.8253 + 0.8487 + 0.7578) + 0.2·0.8575 + 0.15·(0.7836 + 0.5197) = 0.800175
    expect(result.units[0]?.exact).toBeCloseTo(0.800175, 9);
  });
  it('reproduces the published order 1–5', () => {
    expect(result.units.map((u) => u.rank)).toEqual([1, 2, 3, 4, 5]);
  });
  it('explains Đà Nẵng’s points: 800.2 of 1000, 48.0 lost on digital society', () => {
    const e = result.explain('TP. Đà Nẵng');
    expect(e.points).toBeCloseTo(800.175, 6);
    const society = e.children?.find((c) => c.id === 'hd-xa-hoi-so');
    expect(society?.points).toBeCloseTo(77.955, 6);
    expect(society?.pointsLost).toBeCloseTo(72.045, 6);
  });
});

describe('DTI 2024 re-ranked for the 34 merged provinces', () => {
  // vneconomy.vn, baodanang.vn (Oct 2025): former Đà Nẵng 0.8335 (2nd of 63), former Quảng Nam 0.5803
  // (57th); new Đà Nẵng = (0.8335 + 0.5803) / 2 = 0.7069.
  it('averages the merged provinces in one call', () => {
    const { units, unmapped } = rollUp(
      [
        { id: 'da-nang-cu', name: 'Đà Nẵng (cũ)', values: { dti: 0.8335 } },
        { id: 'quang-nam', name: 'Quảng Nam', values: { dti: 0.5803 } },
      ],
      [{ to: 'da-nang', name: 'TP. Đà Nẵng', from: ['da-nang-cu', 'quang-nam'] }],
      { method: 'mean', precision: 4, rankBy: 'dti' },
    );
    expect(unmapped).toEqual([]);
    expect(units).toEqual([
      {
        id: 'da-nang',
        name: 'TP. Đà Nẵng',
        members: ['da-nang-cu', 'quang-nam'],
        absent: [],
        values: { dti: 0.7069 },
        rank: 1,
      },
    ]);
  });
  it('compares across the merger: previous values carried over by the crosswalk', () => {
    const previous = [
      { id: 'da-nang-cu', value: 0.8335, rank: 2 },
      { id: 'quang-nam', value: 0.5803, rank: 57 },
      { id: 'ha-noi', value: 0.8241, rank: 4 },
    ];
    const current = [
      { id: 'ha-noi', name: 'TP. Hà Nội', value: 0.85, rank: 1 },
      { id: 'da-nang', name: 'TP. Đà Nẵng', value: 0.75, rank: 2 },
    ];
    const changes = compare(previous, current, {
      crosswalk: [
        { to: 'da-nang', from: ['da-nang-cu', 'quang-nam'] },
        { to: 'ha-noi', from: ['ha-noi'] },
      ],
      precision: 4,
    });
    expect(changes).toEqual([
      {
        id: 'ha-noi',
        name: 'TP. Hà Nội',
        status: 'both',
        previous: 0.8241,
        current: 0.85,
        change: 0.0259,
        previousRank: 1,
        currentRank: 1,
        rankChange: 0,
      },
      {
        id: 'da-nang',
        name: 'TP. Đà Nẵng',
        status: 'both',
        previous: 0.7069,
        current: 0.75,
        change: 0.0431,
        previousRank: 2,
        currentRank: 2,
        rankChange: 0,
      },
    ]);
  });
});
