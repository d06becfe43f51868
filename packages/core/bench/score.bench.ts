// pnpm bench: scoring speed and memory on 10,000 units × 100 indicators in 5 pillars, 2% missing.
// Median of repeated runs after warm-up, on the built package (what users get).
import { readFileSync } from 'node:fs';
import { loadPreset, prepareDataset, score } from '../dist/index.js';
import { readDataset } from '../dist/sheets.js';
import { syntheticFramework, syntheticRows } from './synthetic.js';

const UNITS = 10_000;
const PILLARS = 5;
const PER_PILLAR = 20;
const RUNS = 40;

function measure(label: string, run: () => unknown, budget?: number): number {
  for (let i = 0; i < 5; i++) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] as number;
  const p90 = times[Math.floor(times.length * 0.9)] as number;
  const verdict =
    budget === undefined ? '' : median <= budget ? `  ✓ budget ${budget} ms` : `  ✗ over budget ${budget} ms`;
  console.log(
    `  ${label.padEnd(56)} median ${median.toFixed(2).padStart(7)} ms  p90 ${p90.toFixed(2).padStart(7)} ms${verdict}`,
  );
  return median;
}

/** Heap and array-buffer bytes still reachable from what `make` returns, after a full collection. */
function retainedMiB(make: () => unknown): string {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return 'n/a (run node with --expose-gc)';
  const used = () => {
    gc();
    gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const before = used();
  const kept = make();
  const after = used();
  if (kept === undefined) throw new Error('nothing kept');
  return `${((after - before) / 2 ** 20).toFixed(1)} MiB`;
}

console.log(
  `@dti-kit/core: ${UNITS.toLocaleString('en')} units × ${PILLARS * PER_PILLAR} indicators in ${PILLARS} pillars, 2% missing values`,
);
console.log(`node ${process.version}; median of ${RUNS} runs after 5 warm-ups\n`);

const summary: string[] = [];
for (const mix of ['coinr', 'mixed'] as const) {
  const framework = syntheticFramework(PILLARS, PER_PILLAR, mix);
  const rows = syntheticRows(framework, UNITS, 0.02);
  const prepared = prepareDataset(framework, rows);
  console.log(
    mix === 'coinr'
      ? "COINr's default pipeline (min-max, arithmetic means, missing skipped) — the issue's budgets:"
      : 'Every scoring method in turn, geometric pillars, mean imputation, targets (information):',
  );
  const budgets = mix === 'coinr';
  const scoring = measure(
    'score validated data (normalise+aggregate+rank+explain)',
    () => score(framework, prepared),
    budgets ? 15 : undefined,
  );
  const whole = measure(
    'whole way from plain rows (validate + score)',
    () => score(framework, rows),
    budgets ? 100 : undefined,
  );
  measure('validate rows into columns only', () => prepareDataset(framework, rows));
  const result = score(framework, prepared);
  measure('explain one unit (106 nodes: points, lost points, ranks)', () => result.explain('xa-5000'));
  measure('ranks on every node (computed on first use)', () => {
    const r = score(framework, prepared);
    for (const node of r.nodes) r.ranks(node.id);
  });
  console.log(`  memory kept by the validated dataset: ${retainedMiB(() => prepareDataset(framework, rows))}`);
  console.log(`  memory kept by a score result:       ${retainedMiB(() => score(framework, prepared))}\n`);
  summary.push(`${mix}: score ${scoring.toFixed(1)} ms, validate + score ${whole.toFixed(1)} ms`);
}
const template = await loadPreset('self-assessment-template');
const communes = new Uint8Array(readFileSync(new URL('../examples/data/communes-2025.csv', import.meta.url)));
console.log('Spreadsheets in: examples/data/communes-2025.csv (3,321 communes, Vietnamese number formats, 428 KB):');
const sheet = measure('read CSV → validated columns (readDataset)', () => readDataset(communes, template));
const prepared = readDataset(communes, template).prepared;
const scored = measure('score them with the self-assessment template', () => score(template, prepared));
summary.push(`communes CSV: read ${sheet.toFixed(1)} ms, score ${scored.toFixed(1)} ms`);
console.log(`\n${summary.join('\n')}`);
