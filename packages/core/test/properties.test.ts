import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Framework, type Indicator, rank, type ScoringMethod, score } from '../src/index.js';
import { flatFramework, group, indicator } from './helpers.js';

const methods: ScoringMethod[] = [
  { type: 'minMax' },
  { type: 'goalposts', min: 0, max: 100 },
  { type: 'target' },
  { type: 'ratioToBest' },
  { type: 'zScore' },
  { type: 'zScore', map: 'clamp' },
  { type: 'percentileRank' },
  {
    type: 'steps',
    steps: [
      { at: 90, score: 1 },
      { at: 50, score: 0.5 },
    ],
  },
];
const monotone: ScoringMethod[] = [
  { type: 'minMax' },
  { type: 'goalposts', min: 0, max: 100 },
  { type: 'target' },
  { type: 'steps', steps: [{ at: 50, score: 1 }] },
];

const value = fc.option(fc.double({ min: 0, max: 200, noNaN: true }), { nil: null, freq: 8 });

function frameworkWith(
  ms: ScoringMethod[],
  directions: ('higher' | 'lower')[],
  aggregation: 'arithmetic' | 'geometric' | 'harmonic',
): Framework {
  const indicators: Indicator[] = ms.map((method, k) =>
    indicator(`i${k}`, { method, target: 80, direction: directions[k] ?? 'higher', weight: k + 1 }),
  );
  const half = Math.ceil(indicators.length / 2);
  return flatFramework(
    [
      group('p1', indicators.slice(0, half), { aggregation: { type: aggregation } }),
      group('p2', indicators.slice(half), { aggregation: { type: 'arithmetic' } }),
    ],
    { scale: { min: 0, max: 1 } },
  );
}

const datasetArb = (m: number) =>
  fc.array(fc.array(value, { minLength: m, maxLength: m }), { minLength: 1, maxLength: 12 }).map((rows) => ({
    units: rows.map((vals, u) => ({ id: `u${u}`, values: Object.fromEntries(vals.map((v, k) => [`i${k}`, v])) })),
  }));

describe('invariants', () => {
  it('every score stays in 0–1, every node, every method, both directions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: methods.length, maxLength: methods.length }),
        fc.constantFrom('arithmetic', 'geometric', 'harmonic' as const),
        datasetArb(methods.length),
        (lower, aggregation, data) => {
          const fw = frameworkWith(
            methods,
            lower.map((l) => (l ? 'lower' : 'higher')),
            aggregation,
          );
          const r = score(fw, data);
          for (const node of r.nodes)
            for (const s of r.scores(node.id)) if (!Number.isNaN(s)) expect(s >= 0 && s <= 1).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('improving a higher-is-better value never lowers the unit’s score under a monotone method', () => {
    fc.assert(
      fc.property(
        datasetArb(monotone.length),
        fc.nat(),
        fc.nat({ max: monotone.length - 1 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.constantFrom('arithmetic', 'geometric', 'harmonic' as const),
        (data, pick, k, gain, aggregation) => {
          const fw = frameworkWith(monotone, [], aggregation);
          const u = pick % data.units.length;
          const unit = data.units[u] as { id: string; values: Record<string, number | null> };
          const before = unit.values[`i${k}`];
          if (before === null || before === undefined) return;
          const better = structuredClone(data);
          (better.units[u] as typeof unit).values[`i${k}`] = before + gain;
          const s0 = score(fw, data).units[u]?.score ?? 0;
          const s1 = score(fw, better).units[u]?.score ?? 0;
          expect(s1).toBeGreaterThanOrEqual(s0 - 1e-12);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('shuffling the units changes nothing', () => {
    fc.assert(
      fc.property(datasetArb(methods.length), fc.infiniteStream(fc.nat()), (data, seeds) => {
        const fw = frameworkWith(methods, [], 'arithmetic');
        const shuffled = [...data.units];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = (seeds.next().value as number) % (i + 1);
          [shuffled[i], shuffled[j]] = [
            shuffled[j] as (typeof shuffled)[number],
            shuffled[i] as (typeof shuffled)[number],
          ];
        }
        const a = score(fw, data);
        const b = score(fw, { units: shuffled });
        for (const unit of a.units) {
          const other = b.unit(unit.id);
          expect(other?.value).toBe(unit.value);
          expect(other?.rank).toBe(unit.rank);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('scaling all weights of a group changes nothing', () => {
    fc.assert(
      fc.property(datasetArb(methods.length), fc.double({ min: 0.01, max: 1000, noNaN: true }), (data, k) => {
        const fw = frameworkWith(methods, [], 'geometric');
        const weights = Object.fromEntries(methods.map((_, i) => [`i${i}`, (i + 1) * k]));
        const a = score(fw, data).units.map((u) => u.exact);
        const b = score(fw, data, { weights }).units.map((u) => u.exact);
        for (const [i, x] of a.entries()) {
          if (x === null) expect(b[i]).toBeNull();
          else expect(b[i]).toBeCloseTo(x, 10);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('ordinal ranks are a permutation of 1…n', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 50 }), (xs) => {
        const ranks = Array.from(rank(xs, { ties: 'ordinal' })).sort((a, b) => a - b);
        expect(ranks).toEqual(xs.map((_, i) => i + 1));
      }),
    );
  });

  it('competition and dense ranks agree with their definitions', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 50 }), (xs) => {
        const competition = rank(xs);
        const dense = rank(xs, { ties: 'dense' });
        xs.forEach((x, i) => {
          expect(competition[i]).toBe(1 + xs.filter((y) => y > x).length);
          expect(dense[i]).toBe(1 + new Set(xs.filter((y) => y > x)).size);
        });
      }),
    );
  });
});
