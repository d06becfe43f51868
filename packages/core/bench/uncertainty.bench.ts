// pnpm bench: 1,000 weight-perturbation replications on 51 units × 49 indicators in 8 pillars.
// Goal: within 2× of the same replications written by hand (bench/uncertainty-floor.ts), in the same run.
// (COINr's get_sensitivity took 16.9 s here for 200 replications.)

import { defineFramework, type Indicator, prepareDataset } from '../dist/index.js';
import {
  analyseSensitivity,
  analyseUncertainty,
  type SensitivityOptions,
  type UncertaintyResult,
} from '../dist/robustness.js';
import { seeded } from './synthetic.js';
import { type FloorInput, type FloorUncertainty, floorUncertainty } from './uncertainty-floor.js';

const sizes = [6, 6, 6, 6, 6, 6, 6, 7];
let k = 0;
const framework = defineFramework({
  format: 1,
  id: 'uncertainty-bench',
  version: '1',
  label: { vi: 'Chỉ số thử độ bền xếp hạng' },
  scale: { min: 0, max: 100 },
  precision: 2,
  root: {
    kind: 'group',
    id: 'index',
    label: { vi: 'Chỉ số' },
    children: sizes.map((size, p) => ({
      kind: 'group' as const,
      id: `p${p + 1}`,
      label: { vi: `Trụ cột ${p + 1}` },
      children: Array.from({ length: size }, (): Indicator => {
        k++;
        return { kind: 'indicator', id: `i${k}`, label: { vi: `Chỉ số ${k}` }, method: { type: 'minMax' } };
      }),
    })),
  },
});
const random = seeded(51);
const units = Array.from({ length: 51 }, (_, u) => ({
  id: `u${u}`,
  values: Object.fromEntries(
    Array.from({ length: 49 }, (_, i) => [`i${i + 1}`, random() < 0.03 ? null : Math.round(random() * 1000) / 10]),
  ),
}));
const data = prepareDataset(framework, { units });

const floorInput: FloorInput = {
  columns: Array.from({ length: 49 }, (_, i) =>
    Float64Array.from(units, (unit) => unit.values[`i${i + 1}`] ?? Number.NaN),
  ),
  sizes,
  units: units.length,
};
const weights = { method: 'uniform', share: 0.25, level: 'groups' } as const;
const analysis = (seed: number) => analyseUncertainty(framework, data, { weights, runs: 1000, seed });
const floor = (seed: number) => floorUncertainty(floorInput, 1000, 0.25, seed, 10);

/** Throws unless the floor gives the analysis's very ranks and summary: it must do the same work. */
function assertSame(r: UncertaintyResult, f: FloorUncertainty): void {
  r.ranks.forEach((x, k) => {
    if (x !== f.ranks[k]) throw new Error(`floor differs from analyseUncertainty at rank ${k}: ${f.ranks[k]} vs ${x}`);
  });
  r.units.forEach((u, k) => {
    const same =
      u.medianRank === f.median[k] &&
      u.low === f.low[k] &&
      u.high === f.high[k] &&
      u.meanAbsoluteShift === f.shift[k] &&
      u.probabilityTopK === f.top[k];
    if (!same) throw new Error(`floor summary differs from analyseUncertainty at unit ${u.id}`);
  });
}
assertSame(await analysis(1), floor(1));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/** Wall-clock and CPU milliseconds of one call (CPU: every thread of the process, not other processes). */
async function timed(run: () => unknown): Promise<{ wall: number; cpu: number }> {
  const c = cpuNow();
  const t = performance.now();
  await run();
  return { wall: performance.now() - t, cpu: cpuNow() - c };
}
const rounds: { analysis: { wall: number; cpu: number }; floor: { wall: number; cpu: number } }[] = [];
for (let run = 0; run < 11; run++) {
  const a = await timed(() => analysis(run + 1));
  const f = await timed(() => floor(run + 1));
  if (run >= 2) rounds.push({ analysis: a, floor: f }); // after 2 warm-ups
}
console.log(
  '\nUncertainty: 1,000 weight-perturbation replications, 51 units × 49 indicators in 8 pillars, against the',
);
console.log('floor (bench/uncertainty-floor.ts: the same draws, means, rounding, ranks and summary by hand, first');
console.log('checked to give the same ranks). Medians of 9 interleaved rounds after 2 warm-ups; a ratio is the');
console.log('median of the ratios of the two in each round:');
for (const k of ['wall', 'cpu'] as const) {
  const ratio = median(rounds.map((r) => r.analysis[k] / r.floor[k]));
  console.log(
    `  ${k === 'wall' ? 'wall-clock' : 'CPU'.padEnd(10)} analyseUncertainty ${median(rounds.map((r) => r.analysis[k])).toFixed(1)} ms, floor ${median(rounds.map((r) => r.floor[k])).toFixed(1)} ms, ratio ${ratio.toFixed(2)}× ${ratio <= 2 ? '✓ goal ≤ 2×' : '✗ over the 2× goal'}`,
  );
}

// Sobol: the Saltelli design costs N (k + 2) evaluations; the time per evaluation must not grow with N.
const sobolOptions: SensitivityOptions = {
  weights: { type: 'dirichlet', concentration: 50 },
  aggregation: ['asIs', 'geometric'],
};
const perEvaluation = async (samples: number) => {
  const rounds: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    const s = await analyseSensitivity(framework, data, { ...sobolOptions, samples, seed: r + 1 });
    rounds.push(((performance.now() - t) * 1000) / s.evaluations);
  }
  return median(rounds.slice(1));
};
const small = await perEvaluation(128);
const large = await perEvaluation(1024);
console.log('\nSensitivity (Sobol, 2 assumptions: Dirichlet weights and the aggregation), time per evaluation:');
console.log(
  `  N = 128 (512 evaluations) ${small.toFixed(1)} µs, N = 1,024 (4,096) ${large.toFixed(1)} µs: ratio ${(large / small).toFixed(2)} ${large / small <= 1.5 ? '✓ linear' : '✗ grows with N'}`,
);
