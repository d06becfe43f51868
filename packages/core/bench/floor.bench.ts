// pnpm bench: `score()` on validated data against the floor (bench/floor.ts), the same min-max, means,
// rounding and ranks written by hand, at 1k, 10k and 100k units × 100 and × 20 indicators. Ratios of
// medians of interleaved rounds, since absolute times vary with the machine and its load.
import { prepareDataset } from '../dist/index.js';
import { syntheticFramework, syntheticRows } from './synthetic.js';
import { versusFloor } from './versus-floor.js';

const sizes = [
  [1_000, 20, 100],
  [1_000, 4, 100],
  [10_000, 20, 30],
  [10_000, 4, 30],
  [100_000, 20, 7],
  [100_000, 4, 7],
] as const;
const only = process.argv[2] ? Number(process.argv[2]) : undefined;

console.log('\nscore() against the floor (bench/floor.ts: the same min-max, means, rounding and ranks written by');
console.log('hand, first checked to publish the same values and ranks); COINr pipeline in 5 pillars, 2% missing;');
console.log('the plain rows kept alive as a portal keeps them. Medians of interleaved rounds; CPU time counts every');
console.log(
  `thread of the process (the collector's too) and not the time other processes took; node ${process.version}.`,
);
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`.padStart(10);
const times = (x: number) => `${x.toFixed(2)}×`.padStart(8);
console.log(
  `  ${''.padEnd(16)}${' wall-clock '.padStart(27, '─').padEnd(46, '─')}  ${' CPU '.padStart(24, '─').padEnd(46, '─')}`,
);
console.log(
  `  ${'units × ind.'.padEnd(16)}${['score()', '+ rows', 'floor'].map((h) => h.padStart(10)).join('')}${['ratio', '+rows'].map((h) => h.padStart(8)).join('')}  ${['score()', '+ rows', 'floor'].map((h) => h.padStart(10)).join('')}${['ratio', '+rows'].map((h) => h.padStart(8)).join('')}`,
);
for (const [units, perPillar, rounds] of sizes) {
  if (only !== undefined && units !== only) continue;
  const framework = syntheticFramework(5, perPillar, 'coinr');
  const rows = syntheticRows(framework, units, 0.02);
  const data = prepareDataset(framework, rows);
  const v = versusFloor(framework, data, rounds);
  const side = (k: 'wall' | 'cpu') =>
    `${ms(v.score[k])}${ms(v.rows[k])}${ms(v.floor[k])}${times(v.score[k] / v.floor[k])}${times(v.rows[k] / v.floor[k])}`;
  console.log(`  ${`${units.toLocaleString('en')} × ${5 * perPillar}`.padEnd(16)}${side('wall')}  ${side('cpu')}`);
  // Read after timing, so the rows stay reachable throughout, as in a page that fetched them.
  if (rows.units.length !== units) throw new Error('rows released too early');
}
