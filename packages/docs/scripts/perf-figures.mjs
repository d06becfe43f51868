// Measures the figures of the "Performance and scale" pages and writes them where the pages read them:
// perf/figures.json (the numbers) and public/perf/*.svg (the curves, drawn from that JSON). Runs the
// benchmarks on the code as it is: the core's (`pnpm --filter @dti-kit/core bench`, `bench:scale`) and the
// widgets' (`pnpm --filter @dti-kit/widgets bench`, in Chromium), after building both packages.
//
//   pnpm --filter @dti-kit/docs perf-figures            measure everything (about 10 minutes), write JSON + SVG
//   pnpm --filter @dti-kit/docs perf-figures --widgets  measure the widgets only, keep the core's figures
//   pnpm --filter @dti-kit/docs perf-figures --draw     redraw the SVG from the committed JSON
//
// A benchmark whose output no longer has a line this script reads makes it stop with the line it looked
// for: the pages never keep a figure the benchmarks stopped giving.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { figuresFile, readFigures } from './perf-format.mjs';
import { drawCharts } from './perf-plot.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs a pnpm script in the repository and returns what it printed; stops on failure. */
function pnpm(args) {
  console.log(`$ pnpm ${args.join(' ')}`);
  const run = spawnSync('pnpm', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  if (run.status !== 0) throw new Error(`pnpm ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
  return `${run.stdout}\n${run.stderr}`;
}

const number = (text) => Number(text.replaceAll(',', ''));

/**
 * The core's `score()` against the hand-written floor, wall-clock: one entry per size, keyed
 * `<units>x<indicators>` (e.g. `100000x100`), from the table `bench/floor.bench.ts` prints.
 */
export function parseFloor(text) {
  const out = {};
  const row = /^\s+([\d,]+) × (\d+)\s+([\d.]+) ms\s+([\d.]+) ms\s+([\d.]+) ms\s+([\d.]+)×\s+([\d.]+)×/gmu;
  for (const m of text.matchAll(row)) {
    const [units, indicators] = [number(m[1]), number(m[2])];
    out[`${units}x${indicators}`] = {
      units,
      indicators,
      score: number(m[3]),
      floor: number(m[5]),
      ratio: number(m[6]),
    };
  }
  if (!out['1000x100'] || !out['100000x100'])
    throw new Error('core bench: no "1,000 × 100 … ms … ms … ms …×" rows of score() against the floor');
  return out;
}

/** Validation of plain rows against the hand-written rows → columns pass (bench/validate.bench.ts). */
export function parseValidate(text) {
  const out = {};
  const row = /^\s+([\d,]+) × (\d+)\s+prepareDataset ([\d.]+) ms, floor ([\d.]+) ms: ([\d.]+)× wall/gmu;
  for (const m of text.matchAll(row)) {
    const [units, indicators] = [number(m[1]), number(m[2])];
    out[`${units}x${indicators}`] = {
      units,
      indicators,
      prepare: number(m[3]),
      floor: number(m[4]),
      ratio: number(m[5]),
    };
  }
  if (!out['10000x100']) throw new Error('core bench: no "10,000 × 100 prepareDataset … ms, floor … ms: …× wall" line');
  return out;
}

/**
 * The uncertainty analysis against its hand-written floor (bench/uncertainty.bench.ts): the wall-clock
 * medians after "Uncertainty:", and the median of the per-round ratios.
 */
export function parseUncertainty(text) {
  const m =
    /Uncertainty: ([\d,]+) weight-perturbation replications[\s\S]*?wall-clock analyseUncertainty ([\d.]+) ms, floor ([\d.]+) ms, ratio ([\d.]+)×/u.exec(
      text,
    );
  if (!m)
    throw new Error(
      'core bench: no "Uncertainty: 1,000 weight-perturbation replications …" then "wall-clock analyseUncertainty … ms, floor … ms, ratio …×" lines',
    );
  return { runs: number(m[1]), ms: number(m[2]), floor: number(m[3]), ratio: number(m[4]) };
}

/** 1M units × 20 indicators (bench/scale.bench.ts): medians and peaks of score() and the floor. */
export function parseScale(text) {
  const head = /Scale: ([\d,]+) units × (\d+) indicators/u.exec(text);
  const side = (name) => {
    const m = new RegExp(`^\\s+${name}\\s+wall ([\\d, ]+) ms;.*peak of a call \\+(\\d+) MiB`, 'mu').exec(text);
    if (!m) throw new Error(`core bench:scale: no "${name} wall … ms; … peak of a call +… MiB" line`);
    const walls = m[1].split(',').map(Number);
    return { ms: walls[Math.floor(walls.length / 2)], peakMiB: Number(m[2]) };
  };
  if (!head) throw new Error('core bench:scale: no "Scale: … units × … indicators" line');
  const score = side('score\\(\\)');
  const floor = side('floor');
  return { units: number(head[1]), indicators: Number(head[2]), score, floor, ratio: score.ms / floor.ms };
}

/** The widget benchmark's `BENCH-JSON` line: medians per table library and size, then the ratios. */
export function parseWidgets(text) {
  const m = /BENCH-JSON (\{.*\})/u.exec(text);
  if (!m) throw new Error('widgets bench: no BENCH-JSON line');
  const { results, userAgent } = JSON.parse(m[1]);
  const us = results['dti-kit-10k'];
  const ratios = {};
  for (const peer of ['tabulator', 'gridjs']) {
    const them = results[`${peer}-10k`];
    ratios[peer] = Object.fromEntries(
      ['firstRender', 'sort', 'reverseSort', 'firstKeystroke'].map((k) => [k, them[k] / us[k]]),
    );
    ratios[`${peer}Update`] = Object.fromEntries(
      ['firstRender', 'sort', 'reverseSort', 'firstKeystroke'].map((k) => [k, them[`${k}Update`] / us[`${k}Update`]]),
    );
  }
  return { ...results, ratios, chromium: /HeadlessChrome\/([\d.]+)/u.exec(userAgent)?.[1] ?? userAgent };
}

function measureCore() {
  pnpm(['--filter', '@dti-kit/core', 'build']);
  const core = pnpm(['--filter', '@dti-kit/core', 'bench']);
  const scale = pnpm(['--filter', '@dti-kit/core', 'bench:scale']);
  return {
    // The commit the core's figures were measured on (a later `--widgets` run keeps them).
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim(),
    floor: parseFloor(core),
    validate: parseValidate(core),
    uncertainty: parseUncertainty(core),
    scale: parseScale(scale),
  };
}

/** Every figure; with `widgetsOnly`, the core's are those of the committed JSON (the core unchanged since). */
function measure(widgetsOnly) {
  const core = widgetsOnly ? readFigures().core : measureCore();
  if (widgetsOnly) pnpm(['--filter', '@dti-kit/core', 'build']);
  pnpm(['--filter', '@dti-kit/widgets', 'build']);
  const widgets = pnpm(['--filter', '@dti-kit/widgets', 'bench']);
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  return {
    measured: new Date().toISOString().slice(0, 10),
    commit,
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
      node: process.version,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    },
    core,
    widgets: parseWidgets(widgets),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const figures = process.argv.includes('--draw') ? readFigures() : measure(process.argv.includes('--widgets'));
  if (!process.argv.includes('--draw')) writeFileSync(figuresFile, `${JSON.stringify(figures, null, 2)}\n`);
  for (const [file, svg] of Object.entries(drawCharts(figures))) {
    writeFileSync(new URL(`../public/perf/${file}`, import.meta.url), svg);
    console.log(`wrote public/perf/${file}`);
  }
  console.log(`wrote ${fileURLToPath(figuresFile)}`);
}
