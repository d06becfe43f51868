import { percentIndicator } from '@dti-kit/testing';
import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../../src/index.js';
import { analyseSensitivity, analyseUncertainty, seededRandom } from '../../src/robustness.js';
import { largestTie } from '../../src/sensitivity/degenerate.js';
import { flatFramework } from '../helpers.js';

// Four units, three rates scored 0–100 %; nobody reported "c". Nominal (arithmetic, "c" skipped):
//   u1 (80, 60) 0,7 · u2 (30, 100) 0,65 · u3 (55, 55) 0,55 · u4 (20, 30) 0,25 → ranks 1, 2, 3, 4.
// Missing scores 0 keeps that order (each sum over 3): 0,4667 · 0,4333 · 0,3667 · 0,1667.
// Geometric, "c" skipped: √0,48 = 0,6928 · √0,3 = 0,5477 · 0,55 · √0,06 = 0,2449 → u2 and u3 swap: 1, 3, 2, 4.
// Geometric with missing scores 0: every unit has a 0 ("c"), so every mean is 0 and all four tie at 1.
function fourUnits() {
  const fw = flatFramework([percentIndicator('a'), percentIndicator('b'), percentIndicator('c')], {
    scale: { min: 0, max: 1 },
    precision: 4,
  });
  const units = [
    { id: 'u1', values: { a: 80, b: 60 } },
    { id: 'u2', values: { a: 30, b: 100 } },
    { id: 'u3', values: { a: 55, b: 55 } },
    { id: 'u4', values: { a: 20, b: 30 } },
  ];
  return { fw, data: prepareDataset(fw, { units }) };
}

describe('degenerate runs of the uncertainty analysis', () => {
  it('leaves the geometric × zero runs out of the intervals and names them in a warning', async () => {
    const { fw, data } = fourUnits();
    const r = await analyseUncertainty(fw, data, {
      aggregation: ['asIs', 'geometric'],
      missing: ['asIs', 'zero'],
      runs: 400,
      seed: 3,
      topK: 1,
    });
    // The runs that drew geometric (1st coordinate ≥ 0,5) and zero (2nd ≥ 0,5), from the same generator.
    const random = seededRandom(3);
    let collapsed = 0;
    for (let run = 0; run < 400; run++) {
      const geometric = random() >= 0.5;
      const zero = random() >= 0.5;
      if (geometric && zero) collapsed++;
    }
    expect(r.runsLeftOut).toBe(collapsed);
    expect(r.runs).toBe(400 - collapsed);
    expect(r.ranks.length).toBe(4 * r.runs);
    // Before, u4 (always last otherwise) got the interval 1–4 and a 1-in-4 chance of being first.
    const byId = Object.fromEntries(r.units.map((u) => [u.id, u]));
    expect([byId.u1?.low, byId.u1?.high, byId.u1?.probabilityTopK]).toEqual([1, 1, 1]);
    expect([byId.u2?.low, byId.u2?.high]).toEqual([2, 3]);
    expect([byId.u3?.low, byId.u3?.high]).toEqual([2, 3]);
    expect([byId.u4?.low, byId.u4?.high, byId.u4?.probabilityTopK]).toEqual([4, 4, 0]);
    expect(r.warnings).toHaveLength(1);
    const [w] = r.warnings;
    expect(w?.code).toBe('degenerate-scenario');
    expect(w?.severity).toBe('warning');
    expect(w?.value).toEqual({ runs: collapsed, tied: 4, ranked: 4 });
    expect(w?.message).toBe(
      `aggregation "geometric" × missing scores "zero": in ${collapsed} of 400 runs up to 4 of 4 units tied at one rank; a geometric mean with a score of 0 is 0, so the scores collapsed (the geometric mean needs strictly positive scores: give the aggregation a shift, or drop this combination); these runs are left out of the rank intervals (${400 - collapsed} of 400 runs used)`,
    );
    expect(w?.messageVi).toBe(
      `cách tổng hợp "geometric" × số liệu thiếu "zero": trong ${collapsed} trên 400 lần chấm, có tới 4 trên 4 đơn vị đồng hạng; trung bình nhân có một điểm 0 thì bằng 0, nên điểm các đơn vị trùng nhau (cách tổng hợp này cần điểm dương: hãy đặt shift cho cách tổng hợp, hoặc bỏ tổ hợp này); các lần chấm này được bỏ ra khỏi khoảng hạng (dùng ${400 - collapsed} trong 400 lần)`,
    );
  });

  it('keeps the runs, and says the intervals mean nothing, when every run collapsed', async () => {
    const { fw, data } = fourUnits();
    const r = await analyseUncertainty(fw, data, { aggregation: ['geometric'], missing: ['zero'], runs: 20 });
    expect([r.runs, r.runsLeftOut]).toEqual([20, 0]);
    expect(r.units.map((u) => [u.low, u.high])).toEqual([
      [1, 1],
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
    expect(r.warnings.map((w) => w.code)).toEqual(['degenerate-scenario']);
    expect(r.warnings[0]?.message).toContain('in 20 of 20 runs up to 4 of 4 units tied');
    expect(r.warnings[0]?.message).toContain('these runs are kept: the intervals are not meaningful');
    expect(r.warnings[0]?.messageVi).toContain('được giữ lại: khoảng hạng không có ý nghĩa');
  });

  it('leaves nothing out and warns of nothing when no run collapses', async () => {
    const { fw, data } = fourUnits();
    const r = await analyseUncertainty(fw, data, { aggregation: ['asIs', 'geometric'], runs: 50 });
    expect([r.runs, r.runsLeftOut, r.warnings]).toEqual([50, 0, []]);
    expect(r.units.map((u) => [u.low, u.high])).toEqual([
      [1, 1],
      [2, 3],
      [2, 3],
      [4, 4],
    ]);
  });

  it('keeps them in a sensitivity analysis (its design needs every run) and warns the same way', async () => {
    const { fw, data } = fourUnits();
    const s = await analyseSensitivity(fw, data, {
      aggregation: ['asIs', 'geometric'],
      missing: ['asIs', 'zero'],
      samples: 16,
    });
    expect(s.evaluations).toBe(64);
    expect(s.warnings.map((w) => w.code)).toEqual(['degenerate-scenario']);
    expect(s.warnings[0]?.message).toMatch(
      /^aggregation "geometric" × missing scores "zero": in \d+ of 64 runs up to 4 of 4 units tied/,
    );
    expect(s.warnings[0]?.message).toContain('the Sobol design needs every run, so these runs are in the indices');
    expect(s.warnings[0]?.messageVi).toContain('thiết kế Sobol cần mọi lần chấm');
  });

  it('counts the largest tie among the ranked units', () => {
    expect(largestTie(Float64Array.of(1, 1, 1, 4), new Int32Array(6))).toEqual({ tied: 3, ranked: 4 });
    expect(largestTie(Float64Array.of(1, 2, Number.NaN, 2), new Int32Array(6))).toEqual({ tied: 2, ranked: 3 });
  });
});
