// The portal bundles: one minified script that registers every element, as an ES module (with the
// scoring code in a bundle of its own loaded on demand) and as a classic script with everything inlined
// (for pages opened from a local file, where browsers refuse module scripts), plus the gauge alone. No
// third-party requests, no eval.
import { rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
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

/**
 * The on-demand modules of the ES module entry, each a bundle of its own: source module (as the
 * elements `import()` it) → entry point.
 */
const lazy = {
  'load.js': { name: 'dti-scoring', entry: 'src/league-table/load.ts' },
  'issue-sentences.js': { name: 'dti-issue-sentences', entry: 'src/shared/issue-sentences.ts' },
  'view-csv.js': { name: 'dti-csv', entry: 'src/league-table/view-csv.ts' },
  'trend-column.js': { name: 'dti-sparkline-column', entry: 'src/league-table/trend-column.ts' },
  'from-result.js': { name: 'dti-from-result', entry: 'src/league-table/from-result.ts' },
  'define-rank-interval.js': { name: 'dti-rank-interval', entry: 'src/define-rank-interval.ts' },
  'define-trend.js': { name: 'dti-trend', entry: 'src/define-trend.ts' },
  'define-scorecard.js': { name: 'dti-scorecard', entry: 'src/define-scorecard.ts' },
  'define-weights.js': { name: 'dti-weights', entry: 'src/define-weights.ts' },
  'colour-rule.js': { name: 'dti-colour-rule', entry: 'src/shared/colour-rule.ts' },
  'shape-words.js': { name: 'dti-shape-words', entry: 'src/shared/shape-words.ts' },
  'define-map.js': { name: 'dti-map', entry: 'src/define-map.ts' },
  'geo-shapes.js': { name: 'dti-geo', entry: 'src/map/geo-shapes.ts' },
};

// Chunk names carry a content hash: clear the folder so a stale chunk is never shipped or measured.
await rm('dist/cdn', { recursive: true, force: true });

// The scoring code (validation, spreadsheets, presets, the engine) and the issue sentences: self-contained
// ES modules that share the core between them, never the entry. The entry is one file with no static
// import: each extra file a page must fetch costs its own gzip overhead, and a chunk shared with the
// entry would make the first download wait for a second request.
const [shared, alone] = await Promise.all([
  build({
    ...common,
    entryPoints: { 'dti-scoring': lazy['load.js'].entry, 'dti-issue-sentences': lazy['issue-sentences.js'].entry },
    format: 'esm',
    splitting: true,
    outdir: 'dist/cdn',
    entryNames: '[name]-[hash]',
    chunkNames: 'dti-[name]-[hash]',
    metafile: true,
  }),
  // The CSV writer (on the first click of the export button) and the table of a score result (for a
  // page that passes one): small, so each one file with its own copy of what it shares with the core
  // chunk rather than a split of that chunk.
  build({
    ...common,
    entryPoints: {
      'dti-csv': lazy['view-csv.js'].entry,
      // The table's "Xu hướng" column, with `trend-src`: the sparkline, the series check, no Lit.
      'dti-sparkline-column': lazy['trend-column.js'].entry,
      'dti-from-result': lazy['from-result.js'].entry,
      'dti-rank-interval': lazy['define-rank-interval.js'].entry,
      'dti-trend': lazy['define-trend.js'].entry,
      'dti-colour-rule': lazy['colour-rule.js'].entry,
      'dti-shape-words': lazy['shape-words.js'].entry,
      'dti-geo': lazy['geo-shapes.js'].entry,
    },
    format: 'esm',
    outdir: 'dist/cdn',
    entryNames: '[name]-[hash]',
    metafile: true,
  }),
]);
const fileOf = Object.fromEntries(
  [shared, alone].flatMap((b) =>
    Object.entries(b.metafile.outputs)
      .filter(([, o]) => o.entryPoint)
      .map(([file, o]) => [o.entryPoint, basename(file)]),
  ),
);

/** Points each `import('./load.js')` (and the like) of the elements at the built bundle, by its hashed name. */
const lazyBundles = {
  name: 'lazy-bundles',
  setup(b) {
    b.onResolve(
      {
        filter:
          /^\.{1,2}\/(?:league-table\/)?(load|issue-sentences|view-csv|trend-column|from-result|define-rank-interval|define-trend|define-scorecard|define-weights|colour-rule|shape-words|define-map|geo-shapes)\.js$/,
      },
      (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const target = lazy[basename(args.path)];
        const file = target && fileOf[target.entry];
        if (!file) throw new Error(`no bundle built for import('${args.path}') in ${args.importer}`);
        return { path: `./${file}`, external: true };
      },
    );
  },
};

// <dti-map>, <dti-scorecard> and <dti-weights> load lazy parts of their own (the shape sentences, the
// colour rule, the table of a score result, the map's geo path): built once the bundles they point at
// have their names, and before the entry that points at them; each file self-contained.
const linked = await build({
  ...common,
  entryPoints: {
    'dti-map': lazy['define-map.js'].entry,
    'dti-scorecard': lazy['define-scorecard.js'].entry,
    'dti-weights': lazy['define-weights.js'].entry,
  },
  format: 'esm',
  outdir: 'dist/cdn',
  entryNames: '[name]-[hash]',
  metafile: true,
  plugins: [...common.plugins, lazyBundles],
});
for (const [file, o] of Object.entries(linked.metafile.outputs))
  if (o.entryPoint) fileOf[o.entryPoint] = basename(file);

/** Points the map's `import('./geo-shapes.js')` at the module that refuses geo files (classic script only). */
const geoUnavailable = {
  name: 'geo-unavailable',
  setup(b) {
    b.onResolve({ filter: /^\.\/geo-shapes\.js$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: join(args.resolveDir, 'geo-unavailable.ts') } : undefined,
    );
  },
};

/** Puts the module that leaves the table's "Xu hướng" column out in place of its loader (classic script only). */
const trendColumnUnavailable = {
  name: 'trend-column-unavailable',
  setup(b) {
    b.onResolve({ filter: /^\.\/trend-column-load\.js$/ }, (args) => ({
      path: join(args.resolveDir, 'trend-column-unavailable.ts'),
    }));
  },
};

await Promise.all([
  build({
    ...common,
    entryPoints: { 'dti-widgets': 'src/portal.ts' },
    format: 'esm',
    outdir: 'dist/cdn',
    plugins: [...common.plugins, lazyBundles],
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
    // A page opened from a file cannot read a geo file: the map's geo path is left out (see geo-unavailable.ts).
    // Nor the table's "Xu hướng" column: it reads a series file (see trend-column-unavailable.ts).
    plugins: [...common.plugins, geoUnavailable, trendColumnUnavailable],
  }),
  // The gauge alone loads the colour rule (for a tier colour that is not hex) from the chunk beside it.
  build({
    ...common,
    entryPoints: ['src/define-gauge.ts'],
    format: 'esm',
    outfile: 'dist/cdn/dti-gauge.js',
    plugins: [...common.plugins, lazyBundles],
  }),
]);
// The package's own trend-column.js (what the league table's `import('./trend-column.js')` finds in
// dist/), made self-contained like the portal's chunk: as the tsup output it would import the series
// check and the sparkline's marks that <dti-trend> imports too, and an application's bundler would then
// move those into chunks of their own that every page loads, for a column few pages show.
await build({
  ...common,
  minify: false,
  plugins: [],
  entryPoints: ['src/league-table/trend-column.ts'],
  format: 'esm',
  outfile: 'dist/league-table/trend-column.js',
});
console.log(
  `bundled dist/cdn/dti-widgets.js, ${Object.values(fileOf).join(', ')}, dti-widgets.classic.js, dti-gauge.js`,
);
