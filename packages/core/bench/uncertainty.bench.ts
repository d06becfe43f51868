// pnpm bench: 1,000 weight-perturbation replications on 51 units × 49 indicators in 8 pillars.
// Budget: ≤ 200 ms median (COINr's get_sensitivity took 16.9 s here for 200 replications).
import { analyseUncertainty, defineFramework, type Indicator, prepareDataset } from '../dist/index.js';
import { seeded } from './synthetic.js';

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

const times: number[] = [];
for (let run = 0; run < 9; run++) {
  const t = performance.now();
  await analyseUncertainty(framework, data, {
    weights: { method: 'uniform', share: 0.25, level: 'groups' },
    runs: 1000,
    seed: run + 1,
  });
  times.push(performance.now() - t);
}
const median = [...times.slice(2)].sort((a, b) => a - b)[3] as number;
console.log(
  `\nUncertainty: 1,000 weight-perturbation replications, 51 units × 49 indicators in 8 pillars (median of 7 after 2 warm-ups):\n  ${median.toFixed(1)} ms ${median <= 200 ? '✓ budget 200 ms' : '✗ over budget 200 ms'}`,
);
