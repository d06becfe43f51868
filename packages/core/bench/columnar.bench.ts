// pnpm bench: datasets given as columns, and as an Arrow IPC file, scored end to end (validation
// included; for Arrow, reading the file's bytes too) against the floor (bench/floor.ts) scoring the
// same values already in columns, in the same process. Ratios of medians of interleaved rounds.
import { tableFromIPC } from 'apache-arrow';
import { fromArrow, prepareDataset, score } from '../dist/index.js';
import { arrowBytes, arrowUnits, syntheticColumns } from './columnar-data.js';
import { flatten, floorScore } from './floor.js';
import { syntheticFramework } from './synthetic.js';
import { assertSameAsFloor, type Timing, timed } from './versus-floor.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const sides = ['columns', 'arrow', 'validate', 'floor'] as const;
const only = process.argv[2] ? Number(process.argv[2]) : undefined;

console.log('\nColumnar input, end to end against the floor on the same values (COINr pipeline, 2% missing):');
console.log('  columns = score({ ids, names, parents, columns: Float64Array… }), validation included;');
console.log('  Arrow = score(fromArrow(tableFromIPC(bytes))), the file read from its bytes, nulls as a bitmap;');
console.log('  validate = prepareDataset of the columns alone. Medians of interleaved rounds, wall-clock (CPU).');
for (const [units, perPillar, rounds] of [
  [10_000, 20, 20],
  [100_000, 20, 5],
] as const) {
  if (only !== undefined && units !== only) continue;
  const framework = syntheticFramework(5, perPillar, 'coinr');
  const columnar = syntheticColumns(framework, units, 0.02);
  const bytes = arrowBytes(columnar);
  const prepared = prepareDataset(framework, columnar);
  const flat = flatten(framework, prepared);
  const floor = floorScore(framework, flat, prepared);
  assertSameAsFloor(score(framework, columnar), floor);
  assertSameAsFloor(score(framework, fromArrow(tableFromIPC(bytes), arrowUnits)), floor);
  const runs: Record<(typeof sides)[number], Timing[]> = { columns: [], arrow: [], validate: [], floor: [] };
  let sink = 0;
  for (let r = -3; r < rounds; r++) {
    const t = {
      columns: timed(() => {
        sink += score(framework, columnar).units.length;
      }),
      arrow: timed(() => {
        sink += score(framework, fromArrow(tableFromIPC(bytes), arrowUnits)).units.length;
      }),
      validate: timed(() => {
        sink += prepareDataset(framework, columnar).units.length;
      }),
      floor: timed(() => {
        sink += floorScore(framework, flat, prepared).rank.length;
      }),
    };
    if (r < 0) continue;
    for (const side of sides) runs[side].push(t[side]);
  }
  if (sink === -1) console.log(sink);
  const at = (side: (typeof sides)[number], k: keyof Timing) => median(runs[side].map((t) => t[k]));
  const f = at('floor', 'wall');
  const fc = at('floor', 'cpu');
  const cell = (side: (typeof sides)[number]) =>
    `${side} ${at(side, 'wall').toFixed(1)} ms ${(at(side, 'wall') / f).toFixed(2)}× (${(at(side, 'cpu') / fc).toFixed(2)}×)`;
  console.log(
    `  ${`${units.toLocaleString('en')} × ${5 * perPillar}`.padEnd(14)} floor ${f.toFixed(1)} ms; ${cell('columns')}; ${cell('arrow')}; ${cell('validate')}; Arrow file ${(bytes.length / 2 ** 20).toFixed(1)} MiB`,
  );
}
