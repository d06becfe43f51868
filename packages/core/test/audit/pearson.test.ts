import { describe, expect, it } from 'vitest';
import { pearson, spearman } from '../../src/audit/correlation.js';

// By hand for x = 1, 2, 3 and y = 2, 4, 7: means 2 and 13/3, covariance (−1·−7/3 + 0 + 1·8/3) / 2 = 2.5,
// standard deviations 1 and √(19/3) ≈ 2.5166, so r = 2.5 / 2.5166 ≈ 0.993399.
describe('pearson and spearman over the units where both columns have a value', () => {
  it('leaves out a unit missing in either column', () => {
    expect(pearson([1, Number.NaN, 2, 3], [2, 9, 4, 7])).toBeCloseTo(0.99339927, 7);
    expect(pearson([1, 2, 5, 3], [2, 4, Number.NaN, 7])).toBeCloseTo(0.99339927, 7);
  });

  it('is NaN with fewer than two pairs or a constant column', () => {
    expect(pearson([1, Number.NaN], [Number.NaN, 2])).toBeNaN();
    expect(pearson([4, 4, 4], [1, 2, 3])).toBeNaN();
  });

  it('ranks only the shared units for spearman: 1, 3, 2 against 1, 2, 3 gives 0.5', () => {
    expect(spearman([10, Number.NaN, 30, 20], [1, 5, 2, 3])).toBeCloseTo(0.5, 12);
  });
});
