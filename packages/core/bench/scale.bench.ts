// pnpm bench:scale: 1,000,000 units × 20 indicators (COINr pipeline in 5 pillars, 2% missing), scored
// by `score()` and by the floor (bench/floor.ts), each in its own process: time, and memory at the
// peak of the call (resident set sampled every millisecond by a thread that does nothing else), over
// what the process held before it; plus what a result keeps once collected, and each process's peak.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { tableFromIPC } from 'apache-arrow';
import { fromArrow, prepareDataset, score } from '../dist/index.js';
import { arrowBytes, arrowUnits, syntheticColumns } from './columnar-data.js';
import { flatten, floorScore } from './floor.js';
import { syntheticFramework, syntheticRows } from './synthetic.js';
import { assertSameAsFloor, timed } from './versus-floor.js';

const UNITS = Number(process.env.DTI_BENCH_UNITS ?? 1_000_000);
const PER_PILLAR = 4;
const ROUNDS = 5;
const MiB = 2 ** 20;
const side = process.argv[2] as 'score' | 'floor' | 'arrow' | undefined;

/** Samples the resident set every millisecond from another thread, keeping the largest. */
function rssSampler(): { peak(): number; stop(): Promise<number> } {
  const shared = new Float64Array(new SharedArrayBuffer(16));
  const worker = new Worker(
    `const { workerData } = require('node:worker_threads');
     const s = new Float64Array(workerData);
     const tick = () => { const r = process.memoryUsage.rss(); if (r > s[0]) s[0] = r; if (s[1] === 0) setTimeout(tick, 1); };
     tick();`,
    { eval: true, workerData: shared.buffer },
  );
  return {
    peak: () => shared[0] as number,
    stop: async () => {
      shared[1] = 1;
      await worker.terminate();
      return shared[0] as number;
    },
  };
}

async function child(which: 'score' | 'floor' | 'arrow'): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run node with --expose-gc');
  const framework = syntheticFramework(5, PER_PILLAR, 'coinr');
  // Arrow: the same values as the bytes of an IPC file, read, validated and scored on every call.
  const bytes = which === 'arrow' ? arrowBytes(syntheticColumns(framework, UNITS, 0.02)) : undefined;
  const fromBytes = () => fromArrow(tableFromIPC(bytes as Uint8Array), arrowUnits);
  const rows = bytes ? { units: { length: UNITS } } : syntheticRows(framework, UNITS, 0.02, 2025, false);
  const data = bytes ? prepareDataset(framework, fromBytes()) : prepareDataset(framework, rows);
  const flat = flatten(framework, data);
  if (which !== 'floor') assertSameAsFloor(score(framework, data), floorScore(framework, flat, data));
  if (bytes) assertSameAsFloor(score(framework, fromBytes()), floorScore(framework, flat, data));
  const run =
    which === 'score'
      ? () => score(framework, data)
      : which === 'arrow'
        ? () => score(framework, fromBytes())
        : () => floorScore(framework, flat, data);
  const used = () => {
    gc();
    gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  used();
  const sampler = rssSampler();
  while (sampler.peak() === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  const base = sampler.peak();
  const walls: number[] = [];
  const cpus: number[] = [];
  let kept: unknown;
  // Beside Arrow, the floor again in the same process, interleaved: no rows are alive there, which
  // spares the collector's work that the other processes' rows cost both sides.
  const floorWalls: number[] = [];
  const floorCpus: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    kept = undefined;
    const t = timed(() => {
      kept = run();
    });
    walls.push(t.wall);
    cpus.push(t.cpu);
    if (!bytes) continue;
    kept = undefined;
    const f = timed(() => floorScore(framework, flat, data));
    floorWalls.push(f.wall);
    floorCpus.push(f.cpu);
  }
  const peak = await sampler.stop();
  kept = undefined;
  const before = used();
  kept = run();
  const after = used();
  if (kept === undefined || rows.units.length !== UNITS) throw new Error('nothing kept');
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      which,
      wall: sorted(walls),
      cpu: sorted(cpus),
      peakMiB: (peak - base) / MiB,
      keptMiB: (after - before) / MiB,
      columnsMiB: (data.values.length * UNITS * 8) / MiB,
      ...(bytes && { floorWall: sorted(floorWalls), floorCpu: sorted(floorCpus) }),
    }),
  );
}

if (side) await child(side);
else {
  const self = fileURLToPath(import.meta.url);
  const timeV = existsSync('/usr/bin/time');
  console.log(
    `\nScale: ${UNITS.toLocaleString('en')} units × ${5 * PER_PILLAR} indicators, COINr pipeline, 2% missing, rows kept alive;`,
  );
  console.log(`${ROUNDS} calls each, sorted; score() first checked to publish the floor's values and ranks.`);
  const results: Record<
    string,
    {
      wall: number[];
      cpu: number[];
      peakMiB: number;
      keptMiB: number;
      columnsMiB: number;
      maxRssMiB?: number;
      floorWall?: number[];
      floorCpu?: number[];
    }
  > = {};
  for (const which of ['score', 'arrow', 'floor'] as const) {
    const node = [process.execPath, '--expose-gc', '--import', 'tsx', self, which];
    const out = spawnSync(timeV ? '/usr/bin/time' : (node[0] as string), timeV ? ['-v', ...node] : node.slice(1), {
      encoding: 'utf8',
      maxBuffer: 64 * MiB,
    });
    if (out.status !== 0) throw new Error(`${which}: ${out.stderr}`);
    const line = out.stdout.trim().split('\n').pop() as string;
    const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(out.stderr)?.[1];
    results[which] = { ...JSON.parse(line), ...(maxRss && { maxRssMiB: Number(maxRss) / 1024 }) };
  }
  const s = results.score as (typeof results)[string];
  const f = results.floor as (typeof results)[string];
  const a = results.arrow as (typeof results)[string];
  const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  for (const [name, r] of [
    ['score()', s],
    ['Arrow', a],
    ['floor', f],
  ] as const)
    console.log(
      `  ${name.padEnd(8)} wall ${list(r.wall)} ms; CPU ${list(r.cpu)} ms; peak of a call +${r.peakMiB.toFixed(0)} MiB; result kept ${r.keptMiB.toFixed(0)} MiB${r.maxRssMiB ? `; process peak ${r.maxRssMiB.toFixed(0)} MiB` : ''}`,
    );
  const mid = (xs: number[]) => xs[Math.floor(xs.length / 2)] as number;
  console.log(
    `  score/floor: wall ${(mid(s.wall) / mid(f.wall)).toFixed(2)}×, CPU ${(mid(s.cpu) / mid(f.cpu)).toFixed(2)}× (medians; separate processes);` +
      ` result kept ${(s.keptMiB / s.columnsMiB).toFixed(2)}× the ${s.columnsMiB.toFixed(0)} MiB of input columns`,
  );
  const [fw, fc] = [a.floorWall ?? [], a.floorCpu ?? []];
  console.log(
    `  Arrow (end to end from the IPC file's bytes: read, validated, scored) against the floor in its own process, interleaved: floor wall ${list(fw)} ms, CPU ${list(fc)} ms; Arrow/floor wall ${(mid(a.wall) / mid(fw)).toFixed(2)}×, CPU ${(mid(a.cpu) / mid(fc)).toFixed(2)}×`,
  );
}
