import { describe, expect, it } from 'vitest';
import { type MissingPolicy, score } from '../src/index.js';
import { flatFramework, indicator } from './helpers.js';

// Three indicators, 0–100: `a` and `b` reported by every unit, `c` with the missing policy under test.
const framework = (missing: MissingPolicy) =>
  flatFramework([
    indicator('a', { method: { type: 'goalposts', min: 0, max: 100 } }),
    indicator('b', { method: { type: 'goalposts', min: 0, max: 100 } }),
    indicator('c', { method: { type: 'goalposts', min: 0, max: 100 }, missing }),
  ]);
const coverage = (missing: MissingPolicy, units: { id: string; values: Record<string, number | null> }[]) =>
  score(framework(missing), { units }).units.map((u) => u.coverage);

describe('coverage leaves out an indicator the framework skips and no unit of the dataset reported', () => {
  it('skipped and reported by no unit: out of the assessment, coverage is of the other two', () => {
    // x reported a and b (2 of 2), y only a (1 of 2): before, 2/3 and 1/3, marking x as partial.
    expect(
      coverage({ type: 'skip' }, [
        { id: 'x', values: { a: 80, b: 60 } },
        { id: 'y', values: { a: 70 } },
      ]),
    ).toEqual([1, 0.5]);
  });

  it('skipped and reported by one unit: it counts for every unit', () => {
    expect(
      coverage({ type: 'skip' }, [
        { id: 'x', values: { a: 80, b: 60, c: 50 } },
        { id: 'y', values: { a: 70, b: 40 } },
      ]),
    ).toEqual([1, 2 / 3]);
  });

  it('scored 0 when missing: the gap costs points, so it still counts', () => {
    expect(
      coverage({ type: 'zero' }, [
        { id: 'x', values: { a: 80, b: 60 } },
        { id: 'y', values: { a: 70, b: 40 } },
      ]),
    ).toEqual([2 / 3, 2 / 3]);
  });

  it('one unit alone: its blank is its own gap', () => {
    expect(coverage({ type: 'skip' }, [{ id: 'x', values: { a: 80, b: 60 } }])).toEqual([2 / 3]);
  });
});
