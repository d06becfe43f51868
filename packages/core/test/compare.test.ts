import { describe, expect, it } from 'vitest';
import { compare, rollUp, score } from '../src/index.js';
import { flatFramework, indicator } from './helpers.js';

const fw = flatFramework([indicator('x', { method: { type: 'goalposts', min: 0, max: 100 } })], { precision: 1 });

describe('compare', () => {
  it('gives score and rank changes, and units added or gone', () => {
    const before = score(fw, {
      period: '2023',
      units: [
        { id: 'a', name: 'Phúc Thọ', values: { x: 50 } },
        { id: 'b', name: 'Gia Lâm', values: { x: 80 } },
        { id: 'c', name: 'Hoài Đức', values: { x: 60 } },
      ],
    });
    const after = score(fw, {
      period: '2024',
      units: [
        { id: 'a', name: 'Phúc Thọ', values: { x: 90 } },
        { id: 'b', name: 'Gia Lâm', values: { x: 85.2 } },
        { id: 'd', name: 'Đan Phượng', values: { x: 70 } },
      ],
    });
    expect(
      compare(before, after).map((c) => [c.id, c.status, c.change, c.previousRank, c.currentRank, c.rankChange]),
    ).toEqual([
      ['a', 'both', 40, 3, 1, 2],
      ['b', 'both', 5.2, 1, 2, -1],
      ['d', 'added', null, null, 3, null],
      ['c', 'gone', null, 2, null, null],
    ]);
  });
});

describe('rollUp', () => {
  const communes = [
    { id: 'x1', values: { teams: 8, share: 0.9 }, weight: 10_000 },
    { id: 'x2', values: { teams: 7, share: 0.6 }, weight: 30_000 },
    { id: 'x3', values: { teams: 5, share: null }, weight: 5_000 },
  ];
  const parents = { x1: 'phuc-tho', x2: 'phuc-tho', x3: 'dan-phuong' };
  it('sums counts into parents', () => {
    expect(rollUp(communes, parents, { method: 'sum' }).units.map((u) => [u.id, u.values.teams])).toEqual([
      ['phuc-tho', 15],
      ['dan-phuong', 5],
    ]);
  });
  it('weights by population', () => {
    // (0.9 · 10000 + 0.6 · 30000) / 40000 = 0.675
    expect(rollUp(communes, parents, { method: 'weightedMean' }).units[0]?.values.share).toBeCloseTo(0.675, 12);
  });
  it('leaves a combined value unknown when a member is missing it, unless asked to skip', () => {
    const withGap = [...communes, { id: 'x4', values: { teams: 2, share: 0.5 } }];
    const map = { ...parents, x4: 'dan-phuong' };
    expect(rollUp(withGap, map).units[1]?.values.share).toBeNull();
    expect(rollUp(withGap, map, { incomplete: 'skip' }).units[1]?.values.share).toBe(0.5);
  });
  it('reports rows the crosswalk does not mention and members it cannot find', () => {
    const r = rollUp(communes, [{ to: 'p', from: ['x1', 'x9'] }]);
    expect(r.unmapped).toEqual(['x2', 'x3']);
    expect(r.units[0]?.absent).toEqual(['x9']);
    expect(r.units[0]?.values.teams).toBeNull();
  });
});
