// The built package, as Node loads it without a bundler: every preset loads and scores, and each
// entry point loads and answers with a number worked out by hand.
import { loadPreset, presetIds, score } from '../dist/index.js';
import { goalposts } from '../dist/methods.js';
import { slugify } from '../dist/present.js';
import { spearman } from '../dist/robustness.js';
import { parseValue } from '../dist/sheets.js';

for (const id of presetIds) {
  const framework = await loadPreset(id);
  const result = score(framework, { units: [{ id: 'x', values: {} }] });
  if (result.units.length !== 1) throw new Error(`preset ${id} did not score`);
}
const checks = [
  // (65 − 20) / (100 − 20) = 0.5625
  ['methods', goalposts([65], { min: 20, max: 100 })[0], 0.5625],
  // ranks 1 2 3 against 3 2 1: a perfect inverse
  ['robustness', spearman([1, 2, 3], [30, 20, 10]), -1],
  // a Vietnamese decimal comma
  ['sheets', parseValue('97,8%').value, 97.8],
  ['present', slugify('Đà Nẵng'), 'da-nang'],
];
for (const [entry, got, want] of checks)
  if (got !== want) throw new Error(`dist/${entry}: got ${String(got)}, expected ${String(want)}`);
console.log(
  `dist: ${presetIds.length} presets load and score, 4 more entries load, under plain Node ${process.version}`,
);
