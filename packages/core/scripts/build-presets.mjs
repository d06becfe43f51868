// After tsup: turn the preset JSON files into JavaScript modules in dist/presets/data/ and point the
// built loader at them. The JSON files stay the source of truth (and ship for tools that read files);
// the modules load everywhere without JSON import attributes, which some dev servers strip and Node 20
// treats as experimental.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const out = new URL('dist/presets/data/', root);
mkdirSync(out, { recursive: true });
const ids = readdirSync(new URL('presets/', root))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5));
for (const id of ids) {
  const json = readFileSync(new URL(`presets/${id}.json`, root), 'utf8');
  JSON.parse(json); // fail the build on a broken file
  writeFileSync(new URL(`${id}.js`, out), `export default ${json.trim()};\n`);
}
const loaderUrl = new URL('dist/presets/load.js', root);
let loader = readFileSync(loaderUrl, 'utf8');
for (const id of ids) {
  const from = new RegExp(
    `import\\("\\.\\./\\.\\./presets/${id}\\.json"(?:, \\{ with: \\{ type: "json" \\} \\})?\\)`,
    'u',
  );
  if (!from.test(loader)) throw new Error(`dist/presets/load.js does not import preset ${id}`);
  loader = loader.replace(from, `import("./data/${id}.js")`);
}
writeFileSync(loaderUrl, loader);
console.log(`presets: ${ids.length} modules in dist/presets/data`);
