import { describe, expect, it } from 'vitest';
import { rank, roundTo } from '../src/index.js';
import { ranker } from '../src/rank/rank.js';
import { plain } from './helpers.js';

describe('rank', () => {
  const values = [9, 7, 7, 5];
  it('competition 1224 by default', () => {
    expect(plain(rank(values))).toEqual([1, 2, 2, 4]);
  });
  it('dense 1223', () => {
    expect(plain(rank(values, { ties: 'dense' }))).toEqual([1, 2, 2, 3]);
  });
  it('ordinal 1234, ties in input order', () => {
    expect(plain(rank([7, 9, 7, 5, 7], { ties: 'ordinal' }))).toEqual([2, 1, 3, 5, 4]);
  });
  it('fractional 1 2.5 2.5 4', () => {
    expect(plain(rank(values, { ties: 'fractional' }))).toEqual([1, 2.5, 2.5, 4]);
  });
  it('ascending order ranks the smallest first', () => {
    expect(plain(rank(values, { order: 'ascending' }))).toEqual([4, 2, 2, 1]);
  });
  it('leaves missing and excluded units unranked and closes the gap', () => {
    expect(plain(rank([0.5, Number.NaN, 0.9, 0.7], { include: [true, true, false, true] }))).toEqual([
      2,
      null,
      null,
      1,
    ]);
  });
  it('ranks within peer groups', () => {
    // ministries with (a) and without (b) public services
    expect(plain(rank([0.63, 0.47, 0.61, 0.42], { groups: ['a', 'b', 'a', 'b'] }))).toEqual([1, 1, 2, 2]);
  });
  it('reproduces the published 2017 ties: two 17th at 0.633, then 19th', () => {
    // vinhphuc.gov.vn: Thanh Hóa and Bà Rịa–Vũng Tàu both 17th at 0.633; Đắk Nông and Quảng Trị both 32nd at 0.567
    const above17 = Array.from({ length: 16 }, (_, k) => 0.9 - k * 0.01);
    const between = Array.from({ length: 13 }, (_, k) => 0.63 - k * 0.004);
    const all = [...above17, 0.633, 0.633, ...between, 0.567, 0.567, 0.5];
    const ranks = plain(rank(all));
    expect(ranks.slice(16, 19)).toEqual([17, 17, 19]);
    expect(ranks.slice(31, 34)).toEqual([32, 32, 34]);
  });
});

describe('roundTo', () => {
  it('rounds half away from zero despite binary representation', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(0.70690000001, 4)).toBe(0.7069);
    expect(roundTo((0.8335 + 0.5803) / 2, 4)).toBe(0.7069);
    expect(roundTo(0.71635, 4)).toBe(0.7164);
    expect(roundTo(-2.5, 0)).toBe(-3);
  });
});

describe('ranker (one rank rule, buffers reused across calls)', () => {
  it('ranks column after column into the same output, within groups, leaving out the excluded', () => {
    const rankInto = ranker(5, { groups: ['a', 'b', 'a', 'a', 'b'], include: [1, 1, 1, 0, 1] });
    const out = new Float64Array(5);
    expect(plain(rankInto([0.2, 0.5, 0.9, 1, 0.1], out))).toEqual([2, 1, 1, null, 2]);
    // Second call, same buffer: nothing of the first call may remain (unit 2 now has no value).
    expect(plain(rankInto([0.7, 0.5, Number.NaN, 1, 0.6], out))).toEqual([1, 2, null, null, 1]);
  });
  it('gives the same ranks above and below the size where sorting changes method', () => {
    // 100 units, values 0–9 repeating: value v ranks (9 − v) × 10 + 1 (competition), 10 − v (dense).
    const values = Array.from({ length: 100 }, (_, i) => i % 10);
    const competition = plain(ranker(100)(values, new Float64Array(100)));
    expect(competition.slice(0, 10)).toEqual([91, 81, 71, 61, 51, 41, 31, 21, 11, 1]);
    expect(plain(ranker(100, { ties: 'dense' })(values, new Float64Array(100))).slice(0, 3)).toEqual([10, 9, 8]);
    // Ordinal: ties in input order, so the first 9 (unit 9) is 1st and the last (unit 99) 10th.
    const ordinal = plain(rank(values, { ties: 'ordinal' }));
    expect([ordinal[9], ordinal[19], ordinal[99], ordinal[0]]).toEqual([1, 2, 10, 91]);
    expect(plain(rank(values.slice(0, 20), { ties: 'ordinal' })).slice(0, 2)).toEqual([19, 17]);
  });
});
