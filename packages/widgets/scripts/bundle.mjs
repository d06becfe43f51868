// The portal bundles: one minified script that registers every element, as an ES module (with the
// scoring code in a chunk loaded on demand) and as a classic script with everything inlined (for pages
// opened from a local file, where browsers refuse module scripts), plus the gauge alone. No third-party
// requests, no eval.
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';
import { minifyLitTemplates } from './minify-templates.mjs';

const common = {
  bundle: true,
  minify: true,
  // The browsers Lit 3 runs in (Safari 15 is its floor). Class fields stay native: lowering them (as an
  // ES2021 target or a Safari below 16.4 with static blocks did) adds a helper per private field access,
  // about 1 KB gzip on every page.
  target: ['chrome94', 'edge94', 'firefox93', 'safari15'],
  // Define semantics, so `static styles = …` stays a static field instead of a static block. Safe: every
  // reactive property is `declare`d, so no class field shadows Lit's accessors.
  tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } },
  platform: 'browser',
  legalComments: 'none',
  sourcemap: false,
  // Presets are JSON modules in the core: inline them.
  loader: { '.json': 'json' },
  logLevel: 'warning',
  plugins: [minifyLitTemplates],
};

// Chunk names carry a content hash: clear the folder so a stale chunk is never shipped or measured.
await rm('dist/cdn', { recursive: true, force: true });
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
  build({
    ...common,
    entryPoints: ['src/define.ts'],
    format: 'iife',
    outfile: 'dist/cdn/dti-widgets.classic.js',
    // A classic script has no module URL. The core's two helpers that resolve a file beside their module
    // (a preset's JSON URL, the uncertainty worker) are unreachable from the elements and tree-shaken;
    // should one become reachable, `new URL(path, undefined)` throws instead of resolving silently.
    define: { 'import.meta.url': 'undefined' },
  }),
  build({ ...common, entryPoints: ['src/define-gauge.ts'], format: 'esm', outfile: 'dist/cdn/dti-gauge.js' }),
]);
console.log('bundled dist/cdn/dti-widgets.js, dti-widgets.classic.js, dti-gauge.js');
