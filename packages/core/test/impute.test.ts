import { describe, expect, it } from 'vitest';
import { imputeMissing } from '../src/methods.js';
import { col, plain } from './helpers.js';

describe('imputeMissing, the column function', () => {
  it('mean of the units that reported: (10 + 30) / 2 = 20', () => {
    const r = imputeMissing(col(10, null, 30), { type: 'mean' });
    expect(plain(r.values)).toEqual([10, 20, 30]);
    expect(Array.from(r.imputed ?? [])).toEqual([0, 1, 0]);
    expect(r.zeroed).toBeUndefined();
  });

  it('mean within the peer group: group a reported 10 and 50, so 30; group b keeps 30', () => {
    const r = imputeMissing(
      col(10, null, 30, 50),
      { type: 'mean', within: 'peerGroup' },
      {
        peerGroups: ['a', 'a', 'b', 'a'],
      },
    );
    expect(plain(r.values)).toEqual([10, 30, 30, 50]);
  });

  it('median within the parent: parent p has 1, 2, 9, so 2', () => {
    const r = imputeMissing(
      col(1, 2, 9, null, 100),
      { type: 'median', within: 'parent' },
      {
        parents: ['p', 'p', 'p', 'p', 'q'],
      },
    );
    expect(plain(r.values)).toEqual([1, 2, 9, 2, 100]);
  });

  it('previous period, then zero where there is none', () => {
    const r = imputeMissing(
      col(5, null, null),
      { type: 'previous', fallback: 'zero' },
      {
        previous: col(4, 7, null),
      },
    );
    expect(plain(r.values)).toEqual([5, 7, null]);
    expect(Array.from(r.zeroed ?? [])).toEqual([0, 0, 1]);
  });

  it('refuses a policy whose groups are not given, rather than pool every unit', () => {
    expect(() => imputeMissing(col(1, null), { type: 'mean', within: 'peerGroup' })).toThrow(
      'imputeMissing: the policy "mean" needs options.peerGroups',
    );
    expect(() => imputeMissing(col(1, null), { type: 'previous' })).toThrow(
      'imputeMissing: the policy "previous" needs options.previous',
    );
    expect(() => imputeMissing(col(1, null), { type: 'mean', within: 'parent' }, { parents: ['p'] })).toThrow(
      'imputeMissing: options.parents has 1 entries for 2 values',
    );
  });
});
