import { describe, expect, it } from 'vitest';
import { compare, publishedDifference, publisher, score, scoreTable } from '../src/index.js';
import { flatFramework, indicator } from './helpers.js';

describe('publisher: the one publishing rule', () => {
  it('puts 0–1 scores on the scale and rounds half away from zero', () => {
    const p = publisher({ scale: { min: 0, max: 100 }, precision: 2 });
    expect(p.exact(0.123456)).toBeCloseTo(12.3456, 12);
    expect(p.publish(0.123456)).toBe(12.35);
    // 0.01005 × 100 = 1.005, stored as 1.00499…: still published 1.01, as a table prints it.
    expect(p.publish(0.01005)).toBe(1.01);
    expect(p.round(-2.345)).toBe(-2.35);
    expect(publishedDifference(p, 101.005, 100)).toBe(1.01);
  });
  it('leaves values unrounded without a precision, and maps onto a scale that does not start at 0', () => {
    const p = publisher({ scale: { min: 1, max: 5 } });
    expect(p.publish(0.5)).toBe(3);
    expect(p.publish(0.123)).toBeCloseTo(1.492, 12);
    expect(publishedDifference(p, 0.3, 0.1)).toBe(0.3 - 0.1);
  });
  it('is what score, its explanation, the score table and compare publish', () => {
    const fw = flatFramework([indicator('a', { method: { type: 'goalposts', min: 0, max: 1000 } })], {
      scale: { min: 0, max: 100 },
      precision: 2,
    });
    // 123.456 of 1000 → 0.123456 → 12.3456 on the scale → 12.35; 100 of 1000 → 10.
    const now = score(fw, { units: [{ id: 'x', values: { a: 123.456 } }] });
    const before = score(fw, { units: [{ id: 'x', values: { a: 100 } }] });
    expect(now.units[0]?.value).toBe(12.35);
    expect(now.units[0]?.exact).toBeCloseTo(12.3456, 12);
    expect(now.explain('x').published).toBe(12.35);
    expect(scoreTable(now).units[0]?.nodes.index?.value).toBe(12.35);
    expect(compare(before, now)[0]?.change).toBe(2.35);
  });
});
