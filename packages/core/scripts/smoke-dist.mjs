// The built package, as Node loads it without a bundler: every preset loads and scores.
import { loadPreset, presetIds, score } from '../dist/index.js';

for (const id of presetIds) {
  const framework = await loadPreset(id);
  const result = score(framework, { units: [{ id: 'x', values: {} }] });
  if (result.units.length !== 1) throw new Error(`preset ${id} did not score`);
}
console.log(`dist: ${presetIds.length} presets load and score under plain Node ${process.version}`);
