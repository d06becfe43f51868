// The robustness analyses rank with score's own set-up: when nothing varies they give the official ranks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, DtiValidationError, defineFramework, prepareDataset, score, type TieRule } from '../../src/index.js';
import { analyseSensitivity, analyseUncertainty } from '../../src/robustness.js';
import { flatFramework, goalposts, group, indicator, framework as testFramework } from '../helpers.js';

const TIE_RULES: readonly TieRule[] = ['competition', 'dense', 'ordinal', 'fractional'];

describe('analyseUncertainty with nothing uncertain', () => {
  it('ranks 90, 90, 50 as 1, 1, 2 under dense ties, as score does', async () => {
    const fw = flatFramework([indicator('x', { method: { type: 'goalposts', min: 0, max: 100 } })], {
      ties: 'dense',
    });
    const data = prepareDataset(fw, {
      units: [90, 90, 50].map((x, k) => ({ id: `u${k}`, values: { x } })),
    });
    expect(score(fw, data).units.map((u) => u.rank)).toEqual([1, 1, 2]);
    const r = await analyseUncertainty(fw, data, { runs: 5 });
    expect(r.units.map((u) => [u.nominalRank, u.low, u.medianRank, u.high])).toEqual([
      [1, 1, 1, 1],
      [1, 1, 1, 1],
      [2, 2, 2, 2],
    ]);
  });

  it('takes a raw dataset as score does, and refuses a bad one with a DtiValidationError', async () => {
    const fw = flatFramework([indicator('x', { method: { type: 'goalposts', min: 0, max: 100 } })], {
      ties: 'dense',
    });
    const raw = { units: [90, 90, 50].map((x, k) => ({ id: `u${k}`, values: { x } })) };
    const r = await analyseUncertainty(fw, raw, { runs: 5 });
    expect(r.units.map((u) => [u.nominalRank, u.low, u.high])).toEqual([
      [1, 1, 1],
      [1, 1, 1],
      [2, 2, 2],
    ]);
    await expect(analyseUncertainty(fw, { units: [{ id: 'u', values: { x: 'nhiều' } }] })).rejects.toThrow(
      DtiValidationError,
    );
    await expect(analyseSensitivity(fw, { rows: [] })).rejects.toThrow(DtiValidationError);
  });

  it('gives every unit its official rank, for every tie rule, peer groups, minCoverage and rounding', async () => {
    const unit = fc.record({
      a: fc.option(fc.constantFrom(0, 25, 50, 50.04, 75, 100), { nil: null }),
      b: fc.option(fc.constantFrom(0, 40, 60, 100), { nil: null }),
      peer: fc.constantFrom('x', 'y'),
      ranked: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(unit, { minLength: 1, maxLength: 12 }),
        fc.constantFrom(...TIE_RULES),
        fc.boolean(),
        fc.constantFrom(undefined, 0.5, 1),
        fc.constantFrom(undefined, 0, 1),
        fc.constantFrom<'rounded' | 'exact'>('rounded', 'exact'),
        async (rows, ties, withPeers, minCoverage, precision, rankOn) => {
          const fw = defineFramework(
            testFramework({
              id: 'p',
              label: 'p',
              ties,
              rankOn,
              ...(minCoverage !== undefined && { minCoverage }),
              ...(precision !== undefined && { precision }),
              root: group(
                'r',
                [
                  indicator('a', { method: goalposts(0, 100) }),
                  indicator('b', { method: goalposts(0, 100), weight: 2 }),
                ],
                { label: 'r' },
              ),
            }),
          );
          const data = prepareDataset(fw, {
            units: rows.map((row, k) => ({
              id: `u${k}`,
              ranked: row.ranked,
              ...(withPeers && { peerGroup: row.peer }),
              values: { a: row.a, b: row.b },
            })),
          });
          const official = score(fw, data).units.map((u) => u.rank);
          const r = await analyseUncertainty(fw, data, { runs: 3 });
          expect(r.units.map((u) => [u.low, u.medianRank, u.high])).toEqual(official.map((x) => [x, x, x]));
        },
      ),
      { numRuns: 150, seed: 20261201 },
    );
  });
});

describe('compare rounds changes like the rest of the library', () => {
  it('rounds half away from zero: a change of 1.005 is 1.01, −1.005 is −1.01', () => {
    const changes = compare(
      [
        { id: 'a', value: 0, rank: 1 },
        { id: 'b', value: 1.005, rank: 2 },
      ],
      [
        { id: 'a', value: 1.005, rank: 2 },
        { id: 'b', value: 0, rank: 1 },
      ],
      { precision: 2 },
    );
    expect(changes.map((c) => c.change)).toEqual([1.01, -1.01]);
  });

  it('is the difference of the published values: 100 → 101.005 and 1000 → 1001.005 are +1.01, 0.1 → 0.3 is +0.2', () => {
    const changes = compare(
      [
        { id: 'a', value: 100, rank: 1 },
        { id: 'b', value: 1000, rank: 2 },
        { id: 'c', value: 0.1, rank: 3 },
      ],
      [
        { id: 'a', value: 101.005, rank: 1 },
        { id: 'b', value: 1001.005, rank: 2 },
        { id: 'c', value: 0.3, rank: 3 },
      ],
      { precision: 2 },
    );
    // 101.005 − 100 is 1.00499… in binary; 0.3 − 0.1 is 0.19999….
    expect(changes.map((c) => c.change)).toEqual([1.01, 1.01, 0.2]);
  });
});
