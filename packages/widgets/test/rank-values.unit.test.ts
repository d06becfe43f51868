import { rank, type TieRule } from '@dti-kit/core';
import { describe, expect, it } from 'vitest';
import { rankValues } from '../src/shared/rank-values.js';

const all = (n: number) => Array.from({ length: n }, () => true);
const none = (n: number) => Array.from({ length: n }, () => '');

describe('rankValues (the what-if ranking)', () => {
  it('ranks 9, 7, 7, 5 under each tie rule, the largest first', () => {
    const values = [9, 7, 7, 5];
    const by = (ties: TieRule) => Array.from(rankValues(values, none(4), all(4), ties));
    expect(by('competition')).toEqual([1, 2, 2, 4]);
    expect(by('dense')).toEqual([1, 2, 2, 3]);
    expect(by('ordinal')).toEqual([1, 2, 3, 4]);
    expect(by('fractional')).toEqual([1, 2.5, 2.5, 4]);
  });

  it('breaks ordinal ties by input order, whatever the order of the values', () => {
    expect(Array.from(rankValues([7, 9, 7, 7], none(4), all(4), 'ordinal'))).toEqual([2, 1, 3, 4]);
  });

  it('ranks each peer group apart and leaves units without a value or not included unranked', () => {
    const ranks = rankValues(
      [0.6, 0.8, null, 0.7, 0.9, 0.8],
      ['a', 'a', 'a', 'b', 'b', 'a'],
      [true, true, true, true, true, false],
      'competition',
    );
    expect(Array.from(ranks)).toEqual([2, 1, Number.NaN, 2, 1, Number.NaN]);
  });

  it('gives the ranks the core gives, on values with ties, groups and exclusions', () => {
    const values = [63.3, 64, 63.3, 60, 71.25, 64, 58, 63.3, 70, 64];
    const groups = ['x', 'y', 'x', 'x', 'y', 'y', 'x', 'y', 'x', 'x'];
    const include = values.map((_, i) => i !== 3);
    for (const ties of ['competition', 'dense', 'ordinal', 'fractional'] as const)
      expect(Array.from(rankValues(values, groups, include, ties))).toEqual(
        Array.from(rank(values, { ties, groups, include })),
      );
  });

  it('ranks values of two decimals and of more than three alike (packed numbers, or the comparator)', () => {
    // 72.05 and 72.5 are apart by 0.45; 0.12345 and 0.12346 have five decimals, too many to pack.
    expect(Array.from(rankValues([72.05, 72.5, -3.25, 72.05], none(4), all(4), 'ordinal'))).toEqual([2, 1, 4, 3]);
    expect(Array.from(rankValues([0.12345, 0.12346, 0.12345], none(3), all(3), 'competition'))).toEqual([2, 1, 2]);
  });

  it('ranks values a hair apart (a framework without precision) by their value, as the core does', () => {
    // 70 and 70.0000000001 packed alike (70) and were put in input order: the larger ranked 2nd.
    const values = [70, 70.0000000001, 55, 55.00000000000001];
    expect(Array.from(rankValues(values, none(4), all(4), 'competition'))).toEqual([2, 1, 4, 3]);
    expect(Array.from(rankValues(values, none(4), all(4), 'competition'))).toEqual(
      Array.from(rank(values, { ties: 'competition' })),
    );
  });
});
