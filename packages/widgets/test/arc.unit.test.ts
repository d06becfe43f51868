import { describe, expect, it } from 'vitest';
import { arc } from '../src/gauge/arc.js';

// Path commands with their numbers, so float noise (cos(π/2) ≈ 6e-17) compares as the exact value.
function commands(d: string): [string, number[]][] {
  return [...d.matchAll(/([MLAZ])([^MLAZ]*)/gu)].map((m) => [
    m[1] as string,
    m[2] ? (m[2] as string).split(',').map(Number) : [],
  ]);
}

function expectPath(d: string, expected: [string, number[]][]): void {
  const got = commands(d);
  expect(got.map(([c]) => c)).toEqual(expected.map(([c]) => c));
  for (const [k, [, numbers]] of got.entries()) {
    const want = expected[k]?.[1] ?? [];
    expect(numbers).toHaveLength(want.length);
    for (const [j, n] of numbers.entries()) expect(n).toBeCloseTo(want[j] as number, 9);
  }
}

describe('arc', () => {
  it('draws a quarter turn clockwise as one small arc', () => {
    // From 3 o'clock (10, 0) to 6 o'clock (0, 10): large-arc 0, sweep 1.
    expectPath(arc(0, 0, 10, 0, Math.PI / 2, false, 'move'), [
      ['M', [10, 0]],
      ['A', [10, 10, 0, 0, 1, 0, 10]],
    ]);
  });

  it('draws the semicircle gauge track from 9 to 3 o’clock over the top, flagged as a large arc', () => {
    // Centre (100, 100), radius 80: from (20, 100) to (180, 100); half a turn counts as large (as d3-path).
    expectPath(arc(100, 100, 80, -Math.PI, 0, false, 'move'), [
      ['M', [20, 100]],
      ['A', [80, 80, 0, 1, 1, 180, 100]],
    ]);
  });

  it('draws a whole turn as two half circles, back to its start', () => {
    expectPath(arc(0, 0, 10, 0, 2 * Math.PI, false, 'move'), [
      ['M', [10, 0]],
      ['A', [10, 10, 0, 1, 1, -10, 0]],
      ['A', [10, 10, 0, 1, 1, 10, 0]],
    ]);
  });

  it('continues a path with a line and goes counterclockwise when asked', () => {
    // The inner edge of a ring segment: from 6 o'clock back to 3 o'clock, sweep 0.
    expectPath(arc(0, 0, 10, Math.PI / 2, 0, true, 'line'), [
      ['L', [0, 10]],
      ['A', [10, 10, 0, 0, 0, 10, 0]],
    ]);
  });

  it('goes the long way round when the end angle is behind the start', () => {
    // Clockwise from 0 to −π/2 is three quarters of a turn: large-arc 1, ending at 12 o'clock (0, −10).
    expectPath(arc(0, 0, 10, 0, -Math.PI / 2, false, 'move'), [
      ['M', [10, 0]],
      ['A', [10, 10, 0, 1, 1, 0, -10]],
    ]);
  });

  it('draws nothing but the start point for an empty arc', () => {
    expect(arc(0, 0, 10, 1, 1, false, 'move')).toBe(`M${10 * Math.cos(1)},${10 * Math.sin(1)}`);
  });
});
