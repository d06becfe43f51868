// The portal bundles: one minified script that registers every element, as an ES module (with the
// scoring code in a chunk loaded on demand) and as a classic script with everything inlined (for pages
// opened from a local file, where browsers refuse module scripts), plus the gauge alone. No third-party
// requests, no eval.
import { build } from 'esbuild';

const common = {
  bundle: true,
  minify: true,
  target: 'es2021',
  platform: 'browser',
  legalComments: 'none',
  sourcemap: false,
  // Presets are JSON modules in the core: inline them.
  loader: { '.json': 'json' },
  logLevel: 'warning',
};

await Promise.all([
  // ES module: the elements in dti-widgets.js; the scoring code (validation, spreadsheets, presets) in a
  // chunk beside it, fetched only when a page gives raw data or a spreadsheet.
  build({
    ...common,
    entryPoints: { 'dti-widgets': 'src/define.ts' },
    format: 'esm',
    splitting: true,
    outdir: 'dist/cdn',
    chunkNames: 'dti-[name]-[hash]',
  }),
  build({ ...common, entryPoints: ['src/define.ts'], format: 'iife', outfile: 'dist/cdn/dti-widgets.classic.js' }),
  build({ ...common, entryPoints: ['src/define-gauge.ts'], format: 'esm', outfile: 'dist/cdn/dti-gauge.js' }),
]);
console.log('bundled dist/cdn/dti-widgets.js, dti-widgets.classic.js, dti-gauge.js');
