import { describe, expect, it } from 'vitest';
import { covariance } from '../../src/audit/correlation.js';

describe('covariance: sample covariance over the units where both columns have a value', () => {
  it('divides by n − 1: x = 1, 2, 3 and y = 2, 4, 7 give ((−1)(−7/3) + 0 + (1)(8/3)) / 2 = 2.5', () => {
    expect(covariance([1, 2, 3], [2, 4, 7])).toBeCloseTo(2.5, 12);
  });

  it('leaves out units missing in either column, and is NaN with fewer than two left', () => {
    expect(covariance([1, Number.NaN, 2, 3], [2, 9, 4, 7])).toBeCloseTo(2.5, 12);
    expect(covariance([1, Number.NaN], [Number.NaN, 2])).toBeNaN();
  });
});
