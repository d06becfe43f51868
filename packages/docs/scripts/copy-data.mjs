// Copies the example data into the site, so the playground's examples and the live widgets can fetch
// it, and computes the rank-interval example shown on the robustness page.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadPreset } from '@dti-kit/core';
import { analyseUncertainty } from '@dti-kit/core/robustness';
import { readDataset } from '@dti-kit/core/sheets';

const from = new URL('../../core/examples/data/', import.meta.url);
const to = new URL('../public/data/', import.meta.url);
mkdirSync(to, { recursive: true });
cpSync(from, to, { recursive: true });

// The communes of Hà Nội from the generated dataset, ranked 1,000 times under other assumptions. The
// geometric runs collapse (most communes score 0) and are left out with a `degenerate-scenario`
// warning, which the page shows under the chart (DtiAnalysisWarnings).
const framework = await loadPreset('self-assessment-template');
const { dataset } = readDataset(new Uint8Array(readFileSync(new URL('communes-2025.csv', from))), framework);
const haNoi = { ...dataset, units: dataset.units.filter((u) => u.parent === 'Hà Nội') };
const { prepared } = readDataset(haNoi, framework);
const result = await analyseUncertainty(framework, prepared, {
  weights: { type: 'dirichlet', concentration: 20, level: 'pillars' },
  missing: ['asIs', 'zero'],
  aggregation: ['asIs', 'geometric'],
  runs: 1000,
  seed: 2025,
});
writeFileSync(new URL('rank-interval-ha-noi.json', to), JSON.stringify({ ...result, ranks: undefined }));
console.log(
  `copied examples/data into public/data; rank intervals of ${result.units.length} communes from ${result.runs} runs (${result.runsLeftOut} degenerate runs left out, ${result.warnings.length} warning(s))`,
);
