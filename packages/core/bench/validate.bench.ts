// pnpm bench: validation of plain rows (`prepareDataset`) against the rows-to-columns floor
// (bench/floor.ts `floorColumns`), on the same rows in the same process, as ratios.
import { prepareDataset } from '../dist/index.js';
import { floorColumns } from './floor.js';
import { syntheticFramework, syntheticRows } from './synthetic.js';
import { type Timing, timed } from './versus-floor.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
console.log('\nValidation of plain rows (prepareDataset) against a hand-written rows → columns loop, same rows:');
for (const [units, perPillar, rounds] of [
  [1_000, 20, 60],
  [10_000, 20, 20],
  [10_000, 4, 20],
  [100_000, 20, 5],
] as const) {
  const framework = syntheticFramework(5, perPillar, 'coinr');
  const rows = syntheticRows(framework, units, 0.02);
  const ids = prepareDataset(framework, rows).indicatorIds;
  const check = floorColumns(ids, rows.units);
  const prepared = prepareDataset(framework, rows);
  for (let i = 0; i < ids.length; i++)
    if (!(prepared.values[i] as Float64Array).every((v, u) => Object.is(v, (check.values[i] as Float64Array)[u])))
      throw new Error(`floor columns differ from prepareDataset at ${ids[i]}`);
  const a: Timing[] = [];
  const b: Timing[] = [];
  for (let r = -3; r < rounds; r++) {
    const x = timed(() => prepareDataset(framework, rows));
    const y = timed(() => floorColumns(ids, rows.units));
    if (r < 0) continue;
    a.push(x);
    b.push(y);
  }
  const wall = [median(a.map((t) => t.wall)), median(b.map((t) => t.wall))] as const;
  const cpu = [median(a.map((t) => t.cpu)), median(b.map((t) => t.cpu))] as const;
  console.log(
    `  ${`${units.toLocaleString('en')} × ${5 * perPillar}`.padEnd(16)} prepareDataset ${wall[0].toFixed(1)} ms, floor ${wall[1].toFixed(1)} ms: ${(wall[0] / wall[1]).toFixed(2)}× wall; CPU ${cpu[0].toFixed(1)} / ${cpu[1].toFixed(1)} ms: ${(cpu[0] / cpu[1]).toFixed(2)}×`,
  );
}
