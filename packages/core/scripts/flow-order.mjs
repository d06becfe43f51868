// Checks that the folders of src/ follow the data flow: a folder imports only from folders before it
// in FLOW (or from itself), so the tree reads as the order in which data passes through the engine.
// The entry files in src/ gather the public API and may import anything; any other file belongs in a
// folder. Prints every offending import and exits 1; run with a directory to check another tree.
//
//   node scripts/flow-order.mjs            # checks packages/core/src
//   node scripts/flow-order.mjs some/src   # checks another tree (the script's own test does)

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folders of src/ in flow order, each with what it does (the README draws the same tree). */
export const FLOW = [
  ['schema', 'the shapes: framework, dataset, columns, formulas, the framework tree walk'],
  ['sort', 'sorting numbers and the tie rules of a ranking'],
  ['plan', 'a framework compiled for scoring: nodes, weights and indicators in one flat plan'],
  ['missing', 'what a missing value becomes: imputation policies'],
  ['normalise', 'one indicator column to scores 0–1 (min-max, goalposts, target, …)'],
  ['validate', 'checks of frameworks and datasets, issues that name unit, indicator and value'],
  ['sheets', 'parse: CSV and XLSX sheets read into validated datasets, and written back'],
  ['arrow', 'parse: Apache Arrow tables read into columnar datasets'],
  ['presets', 'the frameworks shipped with the package'],
  ['aggregate', 'normalised indicators rolled up the tree by weighted means or points'],
  ['rank', 'ranks of units, within peer groups, with the official tie rule'],
  ['publish', 'the publishing rule: the points scale and its rounding'],
  ['engine', 'the scoring set-up shared by score and the analyses: coverage, inclusion, peers'],
  ['explain', 'the score result and its tables: points, ranks, tiers, reasons'],
  ['score', 'score(): the flow above in one call'],
  ['compare', 'two periods or roll-ups of scored units side by side'],
  ['series', 'scores over several periods'],
  ['audit', 'statistical audit of a scored framework: correlations, reliability'],
  ['sensitivity', 'uncertainty and sensitivity analyses: Monte Carlo, Sobol indices'],
  ['present', 'showing scores to people: labels and number formats in the reader’s language'],
];

/** Files in src/ that gather the public API (the package's entry points) and type declarations. */
export const ENTRY_FILES = new Set(['index.ts', 'sheets.ts', 'robustness.ts', 'methods.ts', 'present.ts']);

const IMPORT =
  /(?:^|[\s;}])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts)$/.test(entry.name) ? [path] : [];
  });
}

/** The top folder of a path relative to src, or undefined for a file in src itself. */
function folderOf(rel) {
  const parts = rel.split(sep);
  return parts.length > 1 ? parts[0] : undefined;
}

/**
 * Every import in `srcDir` that goes against the flow, as readable lines.
 *
 * @example flowProblems('packages/core/src') // → ['normalise/percentile-rank.ts imports rank/rank.js (…)']
 */
export function flowProblems(srcDir, flow = FLOW.map(([folder]) => folder)) {
  const position = new Map(flow.map((folder, i) => [folder, i]));
  const problems = [];
  for (const file of sourceFiles(srcDir)) {
    const rel = relative(srcDir, file);
    const name = rel.split(sep).join('/');
    if (name.endsWith('.d.ts')) continue;
    const from = folderOf(rel);
    if (from === undefined) {
      if (!ENTRY_FILES.has(name)) problems.push(`${name} is not an entry file: it belongs in a folder of the flow`);
      continue;
    }
    if (!position.has(from)) {
      problems.push(`${name}: folder "${from}" is not in the declared flow`);
      continue;
    }
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? match[3];
      if (!spec.startsWith('.')) continue;
      const target = relative(srcDir, resolve(dirname(file), spec));
      const to = folderOf(target);
      const shown = target.split(sep).join('/');
      if (to === from) continue;
      if (target.startsWith('..')) problems.push(`${name} imports ${shown}, outside src`);
      else if (to === undefined) problems.push(`${name} imports the root file ${shown}`);
      else if (!position.has(to)) problems.push(`${name} imports ${shown}: folder "${to}" is not in the declared flow`);
      else if (position.get(to) > position.get(from))
        problems.push(`${name} imports ${shown}, but ${to}/ comes after ${from}/ in the flow`);
    }
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const srcDir = resolve(process.argv[2] ?? fileURLToPath(new URL('../src', import.meta.url)));
  const problems = flowProblems(srcDir);
  if (problems.length > 0) {
    console.error(`flow-order: ${problems.length} import(s) against the flow ${FLOW.map(([f]) => f).join(' → ')}:`);
    for (const problem of problems) console.error(`  ${problem}`);
    process.exit(1);
  }
  console.log(`flow-order: ${FLOW.length} folders in flow order, no import against it`);
}
