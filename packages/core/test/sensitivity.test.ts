import { describe, expect, it, vi } from 'vitest';
import { prepareDataset, score } from '../src/index.js';
import {
  analyseSensitivity,
  analyseUncertainty,
  audit,
  cronbachAlpha,
  pearson,
  seededRandom,
  sobolIndices,
  spearman,
} from '../src/robustness.js';
import { dirichlet } from '../src/sensitivity/random.js';
import { flatFramework, group, indicator } from './helpers.js';

describe('seeded randomness', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(seededRandom(1)()).not.toBe(seededRandom(2)());
  });
  it('draws Dirichlet shares that sum to 1 and centre on the nominal weights', () => {
    const random = seededRandom(7);
    const draws = Array.from({ length: 2000 }, () => dirichlet([40, 30, 30], 200, random));
    for (const d of draws.slice(0, 5)) expect(d.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
    const mean = [0, 1, 2].map((k) => draws.reduce((a, d) => a + (d[k] as number), 0) / draws.length);
    expect(mean[0]).toBeCloseTo(0.4, 2);
    expect(mean[1]).toBeCloseTo(0.3, 2);
  });
});

describe('Sobol indices (Saltelli / Jansen estimators)', () => {
  it('recover the closed form of a linear model with independent uniform inputs', () => {
    // Y = 1·X1 + 2·X2 + 3·X3: V_i ∝ a_i², so S_i = S_Ti = a_i² / Σ a_j² = 1/14, 4/14, 9/14
    const r = sobolIndices(
      (x) => (x[0] as number) + 2 * (x[1] as number) + 3 * (x[2] as number),
      3,
      8192,
      seededRandom(3),
    );
    const exact = [1 / 14, 4 / 14, 9 / 14];
    for (const [i, s] of r.first.entries()) expect(Math.abs(s - (exact[i] as number))).toBeLessThan(0.02);
    for (const [i, s] of r.total.entries()) expect(Math.abs(s - (exact[i] as number))).toBeLessThan(0.02);
    // Variance of Σ a_i U_i = Σ a_i² / 12 = 14/12
    expect(r.variance).toBeCloseTo(14 / 12, 1);
  });
  it('see interactions in the total index only: Y = X1 · X2', () => {
    // For U(0,1): V = 7/144, V1 = V2 = 1/48, so S1 = S2 = 3/7 and S_T1 = S_T2 = 4/7
    const r = sobolIndices((x) => (x[0] as number) * (x[1] as number), 2, 16384, seededRandom(5));
    expect(Math.abs((r.first[0] as number) - 3 / 7)).toBeLessThan(0.03);
    expect(Math.abs((r.total[0] as number) - 4 / 7)).toBeLessThan(0.03);
  });
});

// 12 units, two pillars of three indicators; unit k's values rise with k on pillar a, fall on pillar b.
function fixture() {
  const fw = flatFramework(
    [
      group('a', [indicator('a1'), indicator('a2'), indicator('a3')]),
      group('b', [indicator('b1'), indicator('b2'), indicator('b3')]),
    ],
    { scale: { min: 0, max: 1 }, precision: 4 },
  );
  const units = Array.from({ length: 12 }, (_, k) => ({
    id: `u${k}`,
    values: { a1: k, a2: k * 2 + (k % 3), a3: k + (k % 2), b1: 20 - k, b2: 15 - k + (k % 4), b3: k % 5 },
  }));
  return { fw, data: prepareDataset(fw, { units }) };
}

describe('analyseUncertainty', () => {
  it('gives the same result for the same seed, and rank intervals that hold the nominal rank', async () => {
    const { fw, data } = fixture();
    const spec = {
      weights: { type: 'uniform' as const, share: 0.5 },
      aggregation: ['asIs', 'geometric'] as ('asIs' | 'geometric')[],
      runs: 200,
      seed: 9,
    };
    const a = await analyseUncertainty(fw, data, spec);
    const b = await analyseUncertainty(fw, data, spec);
    expect(Array.from(a.ranks)).toEqual(Array.from(b.ranks));
    for (const u of a.units) {
      expect(u.low).not.toBeNull();
      expect(u.low as number).toBeLessThanOrEqual(u.medianRank as number);
      expect(u.medianRank as number).toBeLessThanOrEqual(u.high as number);
      expect(u.probabilityTopK).toBeGreaterThanOrEqual(0);
    }
  });
  it('without any uncertain assumption every run is the nominal ranking', async () => {
    const { fw, data } = fixture();
    const r = await analyseUncertainty(fw, data, { runs: 20 });
    const nominal = score(fw, data).units.map((u) => u.rank);
    for (const [u, unit] of r.units.entries()) {
      expect(unit.low).toBe(nominal[u]);
      expect(unit.high).toBe(nominal[u]);
      expect(unit.meanAbsoluteShift).toBe(0);
    }
  });
  it('reports progress and can be cancelled', async () => {
    const { fw, data } = fixture();
    const seen: number[] = [];
    const controller = new AbortController();
    const promise = analyseUncertainty(fw, data, {
      weights: { type: 'dirichlet', concentration: 20 },
      runs: 1000,
      signal: controller.signal,
      onProgress: (done) => {
        seen.push(done);
        if (done >= 300) controller.abort(new Error('stopped by the reader'));
      },
    });
    await expect(promise).rejects.toThrow('stopped by the reader');
    expect(seen.slice(0, 4)).toEqual([0, 100, 200, 300]);
  });
});

describe('a weight perturbation written with the former key "method"', () => {
  const warning = {
    severity: 'warning',
    code: 'deprecated',
    path: ['weights', 'method'],
    value: 'dirichlet',
    message: `weights.method: "method" is the former name of "type"; write weights: { type: 'dirichlet', … } (read the same way)`,
    messageVi: `weights.method: "method" là tên cũ của "type"; hãy viết weights: { type: 'dirichlet', … } (vẫn được đọc như cũ)`,
  };

  it('draws the same uncertainty as "type", with a deprecation warning', async () => {
    const { fw, data } = fixture();
    const now = await analyseUncertainty(fw, data, { weights: { type: 'dirichlet', concentration: 20 }, runs: 50 });
    const former = await analyseUncertainty(fw, data, {
      weights: { method: 'dirichlet', concentration: 20 },
      runs: 50,
    });
    expect(Array.from(former.ranks)).toEqual(Array.from(now.ranks));
    expect(now.warnings).toEqual([]);
    expect(former.warnings).toEqual([warning]);
  });

  it('gives the same sensitivity as "type", with a deprecation warning', async () => {
    const { fw, data } = fixture();
    const now = await analyseSensitivity(fw, data, { weights: { type: 'dirichlet', concentration: 20 }, samples: 16 });
    const former = await analyseSensitivity(fw, data, {
      weights: { method: 'dirichlet', concentration: 20 },
      samples: 16,
    });
    expect(former.meanShift).toEqual(now.meanShift);
    expect(now.warnings).toEqual([]);
    expect(former.warnings).toEqual([warning]);
  });
});

describe('analyseSensitivity', () => {
  it('puts the weight of a decision that changes nothing at zero', async () => {
    const { fw, data } = fixture();
    // Missing-value policies cannot matter: the data has no missing value.
    const s = await analyseSensitivity(fw, data, {
      weights: { type: 'uniform', share: 0.8 },
      missing: ['skip', 'zero'],
      samples: 128,
    });
    expect(s.assumptions).toEqual(['weights', 'missing']);
    expect(s.evaluations).toBe(128 * 4);
    expect(s.meanShift.total[1]).toBe(0);
    expect(s.meanShift.total[0] as number).toBeGreaterThan(0.5);
    expect(s.alternatives.map((a) => [a.assumption, a.choice])).toEqual([
      ['missing', 'skip'],
      ['missing', 'zero'],
    ]);
  });
});

describe('audit', () => {
  it('computes correlations and alpha as by hand', () => {
    expect(pearson([1, 2, 3], [2, 4, 7])).toBeCloseTo(0.99339927, 7);
    // ranks of y: 1, 3, 2, 4 → Pearson with 1, 2, 3, 4 = 0.8
    expect(spearman([1, 2, 3, 4], [10, 20, 15, 40])).toBeCloseTo(0.8, 12);
    // k = 2, var(x1) = 1.6667, var(x2) = 1.5833, var(x1 + x2) = 6.25 → 2 · (1 − 3.25/6.25) = 0.96
    expect(cronbachAlpha([Float64Array.of(1, 2, 3, 4), Float64Array.of(2, 3, 3, 5)])).toBeCloseTo(0.96, 12);
  });
  it('flags negative, duplicate and flat indicators; effective weights sum to 1', () => {
    const fw = flatFramework(
      [
        group('p', [
          indicator('x'),
          indicator('twin'),
          indicator('contra'),
          indicator('flat', { method: { type: 'goalposts', min: 0, max: 100 } }),
        ]),
      ],
      {
        scale: { min: 0, max: 1 },
      },
    );
    const units = Array.from({ length: 10 }, (_, k) => ({
      id: `u${k}`,
      values: { x: k, twin: 2 * k + 1, contra: 10 - k * 0.1, flat: 50 },
    }));
    const a = audit(score(fw, { units }));
    const by = Object.fromEntries(a.indicators.map((i) => [i.id, i]));
    expect(by.twin?.flags).toEqual(['near-duplicate']);
    expect(by.twin?.duplicateOf).toBe('x');
    expect(by.contra?.flags).toContain('negative-with-group');
    expect(by.flat?.flags).toEqual(['little-variance']);
    expect(a.indicators.reduce((s, i) => s + i.effectiveWeight, 0)).toBeCloseTo(1, 10);
    expect(by.x?.nominalWeight).toBe(0.25);
    // x and twin rise together: both correlations are 1; contra falls: Spearman −1
    const ix = a.correlations.ids.indexOf('x');
    expect(a.correlations.pearson[ix]?.[a.correlations.ids.indexOf('twin')]).toBeCloseTo(1, 12);
    // The former name is the same matrix.
    expect(a.correlations.matrix).toBe(a.correlations.pearson);
    expect(a.correlations.spearman[ix]?.[a.correlations.ids.indexOf('contra')]).toBeCloseTo(-1, 12);
    expect(a.groups.find((g) => g.id === 'p')?.children).toBe(4);
  });
});

describe('pacing of long analyses', () => {
  // A timer set before the analysis fires before it ends only if the analysis gave the event loop a turn.
  async function timerFiredFirst(clockStep: number): Promise<boolean> {
    const { fw, data } = fixture();
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += clockStep));
    let fired = false;
    setTimeout(() => {
      fired = true;
    }, 0);
    try {
      await analyseUncertainty(fw, data, { weights: { type: 'uniform', share: 0.5 }, runs: 300 });
    } finally {
      clock.mockRestore();
    }
    return fired;
  }
  it('yields to the event loop once a slice of work has taken 12 ms', async () => {
    expect(await timerFiredFirst(5)).toBe(true);
  });
  it('does not wait for a timer while the work is quick', async () => {
    expect(await timerFiredFirst(0)).toBe(false);
  });
});
