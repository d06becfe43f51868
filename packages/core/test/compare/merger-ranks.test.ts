import { describe, expect, it } from 'vitest';
import { compare, score } from '../../src/index.js';
import { flatFramework, indicator } from '../helpers.js';

// A small framework: a "%" 0–100 and b "cái" 0–5000, 50 points each, one decimal, competition ties.
const fw = flatFramework(
  [
    indicator('a', { method: { type: 'goalposts', min: 0, max: 100 } }),
    indicator('b', { method: { type: 'goalposts', min: 0, max: 5000 } }),
  ],
  { precision: 1, ties: 'competition', missing: { type: 'zero' } },
);
const units = (rows: [string, string, number, number][]) =>
  rows.map(([id, name, a, b]) => ({ id, name, values: { a, b } }));

// 2024, before the merger: HG 40/2 + 1000/5000·50 = 20 + 10 = 30.0 (3rd), TQ 40 + 40 = 80.0 (1st),
// HN 35 + 25 = 60.0 (2nd). 2025: TQ 30 + 25 = 55.0 (2nd), HN 60.0 (1st).
const previous = score(fw, {
  units: units([
    ['HG', 'Hà Giang', 40, 1000],
    ['TQ', 'Tuyên Quang', 80, 4000],
    ['HN', 'Hà Nội', 70, 2500],
  ]),
});
const current = score(fw, {
  units: units([
    ['TQ', 'Tuyên Quang', 60, 2500],
    ['HN', 'Hà Nội', 70, 2500],
  ]),
});
const crosswalk = [{ to: 'TQ', from: ['HG', 'TQ'] }];

describe('compare across a merger', () => {
  it('ranks the previous period among the merged units, not by the ranks before the merger', () => {
    // Merged TQ of 2024 = (30.0 + 80.0) / 2 = 55.0, below HN's 60.0: previous ranks TQ 2, HN 1 (TQ was 1st
    // and HN 2nd among the three former units), so neither moved.
    expect(
      compare(previous, current, { crosswalk }).map((c) => [
        c.id,
        c.previous,
        c.previousRank,
        c.currentRank,
        c.rankChange,
      ]),
    ).toEqual([
      ['TQ', 55, 2, 2, 0],
      ['HN', 60, 1, 1, 0],
    ]);
  });
  it('shares a previous rank by the tie rule, on the published values', () => {
    // Merged TQ (30.0 + 90.0) / 2 = 60.0 ties HN's 60.0: both 1st under competition, both 1st under dense.
    const tied = score(fw, {
      units: units([
        ['HG', 'Hà Giang', 40, 1000],
        ['TQ', 'Tuyên Quang', 90, 4500],
        ['HN', 'Hà Nội', 70, 2500],
      ]),
    });
    expect(compare(tied, current, { crosswalk }).map((c) => c.previousRank)).toEqual([1, 1]);
  });
  it('gives no previous ranks when a unit after the crosswalk has no previous value', () => {
    // "XX" is in no file: merged TQ's value is unknown, and a rank among the rest would not be one among all.
    const changes = compare(previous, current, { crosswalk: [{ to: 'TQ', from: ['HG', 'TQ', 'XX'] }] });
    expect(changes.map((c) => [c.id, c.previous, c.previousRank])).toEqual([
      ['TQ', null, null],
      ['HN', 60, null],
    ]);
  });
});
