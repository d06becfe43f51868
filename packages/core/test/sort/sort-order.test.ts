import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortOrder } from '../../src/sort/sort-order.js';

describe('sortOrder', () => {
  it('sorts negative, zero, positive and infinite keys, stable among ties (radix path)', () => {
    const base = [3, -1, 0, -0, 2.5, Number.NEGATIVE_INFINITY, 1e-300, -1e300, 3, Number.POSITIVE_INFINITY];
    const keys = Float64Array.from({ length: 600 }, (_, i) => base[i % base.length] as number);
    const order = Array.from(sortOrder(keys));
    const expected = Array.from(keys.keys()).sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
    expect(order).toEqual(expected);
  });
  it('agrees with a comparator sort on random doubles, large and small inputs', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { minLength: 0, maxLength: 1500 }), (xs) => {
        const keys = Float64Array.from(xs);
        const expected = xs.map((_, i) => i).sort((a, b) => (xs[a] as number) - (xs[b] as number) || a - b);
        const got = Array.from(sortOrder(keys));
        // −0 and +0 compare equal, so both orders list them by position.
        expect(got.map((i) => keys[i])).toEqual(expected.map((i) => keys[i]));
        expect(got.map((i) => (xs[i] === 0 ? 0 : i))).toEqual(expected.map((i) => (xs[i] === 0 ? 0 : i)));
      }),
      { numRuns: 60 },
    );
  });
});
