import { describe, expect, it } from 'vitest';
import { rollUp } from '../../src/compare/roll-up.js';

// 0.1 + 0.2 + 0.3 added left to right is 0.6000000000000001; added right to left, 0.6. An exact sum
// gives the same combined value whatever order the crosswalk lists the former units in.
describe('rollUp adds exactly, so the members’ order cannot change the last digit', () => {
  const rows = [
    { id: 'a', values: { x: 0.1 } },
    { id: 'b', values: { x: 0.2 } },
    { id: 'c', values: { x: 0.3 } },
  ];

  it('sums 0.1 + 0.2 + 0.3 to 0.6 in either order', () => {
    const forward = rollUp(rows, [{ to: 'n', from: ['a', 'b', 'c'] }], { method: 'sum' });
    const backward = rollUp(rows, [{ to: 'n', from: ['c', 'b', 'a'] }], { method: 'sum' });
    expect(forward.units[0]?.values.x).toBe(0.6);
    expect(backward.units[0]?.values.x).toBe(0.6);
  });

  it('takes the mean from the exact sum: (0.1 + 0.2 + 0.3) / 3 = 0.6 / 3', () => {
    const mean = rollUp(rows, [{ to: 'n', from: ['a', 'b', 'c'] }], { method: 'mean' });
    expect(mean.units[0]?.values.x).toBe(0.6 / 3);
  });
});
