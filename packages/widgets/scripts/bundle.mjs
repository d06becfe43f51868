// The portal bundles: the ES module entry (dti-widgets.js) and every part it loads on demand, built
// together with code splitting so that Lit, the shared widget code and the core's pieces each reach a
// page once; a classic script with everything inlined (for pages opened from a local file, where
// browsers refuse module scripts); and the gauge alone. No third-party requests, no eval.
import { readFile, rm } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { minify } from 'terser';
import { portalTemplates } from './minify-templates.mjs';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const src = join(pkg, 'src');

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
  plugins: [portalTemplates],
};

/**
 * The on-demand parts of the ES module entry: the module the elements `import()` (by file name) → the
 * name of its file in dist/cdn (plus a content hash).
 */
const lazy = {
  'league-table/load.ts': 'dti-scoring',
  'shared/issue-sentences.ts': 'dti-issue-sentences',
  'league-table/view-csv.ts': 'dti-csv',
  // The table's "Xu hướng" column, with `trend-src`: the sparkline, the series check, no Lit.
  'league-table/trend-column.ts': 'dti-sparkline-column',
  'league-table/from-result.ts': 'dti-from-result',
  // What the table shows only when something is off: warnings, a parent the data lacks (notices-load.ts).
  'league-table/notices.ts': 'dti-notices',
  'define-rank-interval.ts': 'dti-rank-interval',
  'define-trend.ts': 'dti-trend',
  // The sentences of a series the trend cannot read (series-words.ts): only for a broken series.
  'trend/series-sentence.ts': 'dti-series-words',
  'define-scorecard.ts': 'dti-scorecard',
  'define-weights.ts': 'dti-weights',
  'define-map.ts': 'dti-map',
  'shared/colour-rule.ts': 'dti-colour-rule',
  // What the gauge says about inputs it cannot use (problems-load.ts).
  'gauge/gauge-problems.ts': 'dti-gauge-problems',
  'shared/shape-words.ts': 'dti-shape-words',
  'map/geo-shapes.ts': 'dti-geo',
  // Why a source could not be read (HTTP status, where JSON breaks): only after a fetch or parse failed.
  'shared/unreadable.ts': 'dti-unreadable',
  // The Vietnamese collation and the ranks within a parent: a table with parents or groups, a sort by
  // name (names-load.ts).
  'league-table/names.ts': 'dti-names',
  // What a table of over 2,000 units needs (sorts.ts): its sorts and idle warm-up.
  'league-table/large-table.ts': 'dti-large-table',
};

/**
 * Every on-demand part imports the entry's modules (a wrapper module: `import './portal.ts'; export *
 * from './define-trend.ts'`). Why: esbuild puts each module in the chunk of the exact set of entry
 * points that reach it, so a module the entry shares with the trend alone and one it shares with the
 * map alone would be two chunks, and the first download a dozen files, each gzipped on its own (about
 * 4 KB more than one file). Reached by every part, all the entry's modules form one chunk, loaded by the
 * entry once; what only on-demand parts share is split among them. The parts run only after the entry
 * (it is what imports them), so importing it costs them nothing.
 */
const anchoredToEntry = {
  name: 'anchored-to-entry',
  setup(b) {
    const byFile = new Map(Object.keys(lazy).map((path) => [basename(path, '.ts'), path]));
    b.onResolve({ filter: /^anchored:/ }, (args) => ({
      path: args.path.slice('anchored:'.length),
      namespace: 'anchored',
    }));
    b.onResolve({ filter: /^\.{1,2}\/.*\.js$/ }, (args) => {
      if (args.kind !== 'dynamic-import' || !args.importer.startsWith(src)) return undefined;
      const path = byFile.get(basename(args.path, '.js'));
      if (!path || join(args.resolveDir, args.path.replace(/\.js$/u, '.ts')) !== join(src, path))
        throw new Error(`import('${args.path}') in ${args.importer} is not in scripts/bundle.mjs's list of parts`);
      return { path, namespace: 'anchored' };
    });
    b.onLoad({ filter: /.*/, namespace: 'anchored' }, (args) => ({
      contents: `import './portal.ts';\nexport * from './${args.path}';\n`,
      resolveDir: src,
      loader: 'js',
    }));
  },
};

/**
 * Reads the core's index files (`@dti-kit/core`, `@dti-kit/core/present`, any `@dti-kit/core/<entry>`) as if each importer had
 * imported the functions it names straight from their modules. Why: esbuild assigns whole modules to
 * chunks, and a module reached through an index counts as reached by every entry that reaches the
 * index, used or not: through the index the entry shares with the colour rule, the list of CSS colour
 * names (1.5 KB) and the CSV writer landed in every page's download. Each importer gets an index of its
 * own (a module per importer, `?for=` its path) that re-exports only what it imports.
 */
const coreIndexPerImporter = {
  name: 'core-index-per-importer',
  setup(b) {
    const indexes = new Map();
    /** The core index's `import { a, b } from "./x.js"` lines: function name → absolute module path. */
    const modulesOf = async (index) => {
      if (!indexes.has(index)) {
        const text = await readFile(index, 'utf8');
        const map = new Map();
        for (const [, names, from] of text.matchAll(/^import\s*\{([^}]*)\}\s*from\s*"(\.[^"]+)";$/gmu))
          for (const name of names.split(',').map((n) => n.trim())) if (name) map.set(name, join(dirname(index), from));
        if (map.size === 0) throw new Error(`${index}: no \`import { … } from "./…"\` lines, the core's build changed`);
        indexes.set(index, map);
      }
      return indexes.get(index);
    };
    b.onResolve({ filter: /^@dti-kit\/core(\/[a-z-]+)?$/ }, async (args) => {
      if (args.pluginData === 'index' || !args.importer.startsWith(src)) return undefined;
      const index = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'index',
      });
      if (index.errors.length > 0) return { errors: index.errors };
      return {
        path: index.path,
        namespace: 'core-index',
        suffix: `?for=${relative(pkg, args.importer)}`,
        pluginData: { importer: args.importer, specifier: args.path },
      };
    });
    b.onLoad({ filter: /.*/, namespace: 'core-index' }, async (args) => {
      const { importer, specifier } = args.pluginData;
      const modules = await modulesOf(args.path);
      const source = await readFile(importer, 'utf8');
      const quoted = specifier.replace(/[/]/gu, '\\/');
      if (new RegExp(`(?:import|export)\\s*\\*[^;]*from\\s*'${quoted}'`, 'u').test(source))
        throw new Error(`${importer}: \`* from '${specifier}'\` — name the functions, so the bundle takes only those`);
      const names = new Set();
      const from = /(?:import|export)\s+(?:type\s+)?\{([^}]*)\}\s*from\s*'([^']+)'/gu;
      for (const [, list, spec] of source.matchAll(from)) {
        if (spec !== specifier) continue;
        for (const item of list.split(',')) {
          const name = item
            .trim()
            .replace(/^type\s+/u, '')
            .split(/\s+as\s+/u)[0];
          // Names that are not functions of the index are types (erased): nothing to re-export.
          if (name && modules.has(name)) names.add(name);
        }
      }
      const lines = [...names].sort().map((n) => `export { ${n} } from ${JSON.stringify(modules.get(n))};`);
      return { contents: lines.join('\n') || 'export {};', loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

/**
 * A second minifier over esbuild's output: terser's compressor, two passes, finds what esbuild's single
 * pass leaves (conditions and returns folded across statements, variables used once inlined): about
 * 0.65 KB gzip of the page entry, 5 KB of the classic script. Exports, property names and string literals
 * stay as they are, so the files still import one another by the names esbuild gave them.
 * `unsafe` (the portal's split build only) lets terser write `String(x)` as `x+""` and a template
 * `${a}b` as `a+"b"`, `new Error(…)` as `Error(…)`, `Number.NaN` as `NaN`: the same for every value the
 * widgets and the core stringify (numbers, strings, plain objects; none defines a `valueOf` of its own);
 * with it, unused trailing parameters are dropped (`keep_fargs`: no code reads a function's `length`).
 * About 60 bytes gzip of the chunk every page loads (issue 13); the page tests run on this build.
 * @param {string} code a built file
 * @param {boolean} module an ES module (its top-level names are mangled too) or a classic script
 * @param {boolean} [unsafe] terser's `unsafe` compressions (see above)
 * @returns {Promise<string>}
 */
const squeeze = async (code, module, unsafe = false) => {
  const out = await minify(code, {
    module,
    ecma: 2020,
    compress: { passes: 2, unsafe, keep_fargs: !unsafe },
    mangle: true,
    format: { comments: false },
  });
  if (out.code === undefined) throw new Error('terser returned no code');
  return out.code;
};

/** Writes esbuild's in-memory outputs through {@link squeeze} (`rename` picks a file's final path). */
const writeSqueezed = async (outputs, module, rename = (path) => path, unsafe = false) => {
  const { writeFile, mkdir } = await import('node:fs/promises');
  for (const file of outputs) {
    await mkdir(dirname(file.path), { recursive: true });
    // The scoring chunk is the one that turns raw data into numbers: it is squeezed without `unsafe`, so
    // the arithmetic a page runs is the core's own as its tests run it.
    const scoring = basename(file.path).startsWith('dti-scoring-');
    await writeFile(rename(file.path), await squeeze(file.text, module, unsafe && !scoring));
  }
};

/**
 * Loads the Vietnamese collation (collate.ts) and the ranks within a parent (ranks-within.ts) on
 * demand, in the portal's ES module bundle only: the table model's imports of both, and every import
 * of their loader names-load.ts (which elsewhere has nothing to load), become names-portal.ts, which
 * loads them (names.ts) when the league table asks. A table in rank order without parents or groups
 * never sorts a name nor ranks within a parent, and the league table awaits them before anything that
 * does.
 */
const namesOnDemand = {
  name: 'names-on-demand',
  setup(b) {
    const portal = { path: join(src, 'league-table', 'names-portal.ts') };
    b.onResolve({ filter: /^\.\/names-load\.js$/ }, () => portal);
    b.onResolve({ filter: /^(\.\.\/shared\/collate|\.\/ranks-within)\.js$/ }, (args) =>
      args.importer === join(src, 'league-table', 'view-model.ts') ? portal : undefined,
    );
  },
};

// Chunk names carry a content hash: clear the folder so a stale chunk is never shipped or measured.
await rm('dist/cdn', { recursive: true, force: true });

const split = await build({
  ...common,
  entryPoints: {
    'dti-widgets': 'src/portal.ts',
    ...Object.fromEntries(Object.entries(lazy).map(([path, name]) => [name, `anchored:${path}`])),
  },
  format: 'esm',
  splitting: true,
  // The league table's inner state, read and written by name only in its own modules (never as a
  // string, unlike `_query`, `_parent` and `_tier`, which `#filter` sets by key): one letter each on
  // every page, 13 bytes gzip (issue 13). One build, so every chunk uses the same letters.
  // Likewise the on-demand elements' reactive state (Lit's `state: true`: no attribute, no API), each
  // read and written only as `this._x` in its own element: the map's `_focus`, `_tip`, `_inline` and
  // `_fromResult`, the scorecard's `_inline`, the trend's `_active`, the weights' `_weights` and
  // `_announce` (issue 11). And the fields of objects an element makes for itself and never hands to a
  // page from this bundle (which exports only the elements): the map's matching of units to regions and
  // its regions' words, the trend's plot, the scorecard's profile of a unit (the npm package, which
  // exports mapView, trendModel and unitProfile, keeps them as written). None is read by a string key
  // or from JSON, and the core has none of these names. Not a constructor's parameter property (the
  // map's `lightText`): esbuild renames its uses but leaves the class field it declares.
  mangleProps: new RegExp(
    `^(?:_(?:model|sortKey|order|focus|tip|inline|fromResult|active|weights|announce)|${[
      'unitsWithoutRegion',
      'unitsSharingRegion',
      'regionsWithoutUnit',
      'listEmptyRegions',
      'fieldOf',
      'labelOf',
      'rolledUp',
      'noMedian',
      'overallCounts',
      'inParent',
      'valueChange',
    ].join('|')})$`,
  ),
  outdir: 'dist/cdn',
  entryNames: '[name]-[hash]',
  chunkNames: 'dti-[name]-[hash]',
  metafile: true,
  write: false,
  plugins: [coreIndexPerImporter, namesOnDemand, anchoredToEntry, ...common.plugins],
});
// The entry keeps the name pages and the docs give (`dti-widgets.js`); no other file imports it (the
// parts import the chunk that holds its code), which is checked, so renaming it breaks no import.
const entryOutput = Object.entries(split.metafile.outputs).find(([, o]) => o.entryPoint === 'src/portal.ts')?.[0];
if (!entryOutput) throw new Error('the split build has no output for src/portal.ts');
const hashed = basename(entryOutput);
for (const file of split.outputFiles) {
  if (basename(file.path) !== hashed && file.text.includes(hashed))
    throw new Error(`${basename(file.path)} imports the entry ${hashed}: it cannot be renamed dti-widgets.js`);
}
await writeSqueezed(
  split.outputFiles,
  true,
  (path) => (basename(path) === hashed ? join(dirname(path), 'dti-widgets.js') : path),
  true,
);

/** Puts the module that leaves the table's "Xu hướng" column out in place of its loader (classic script only). */
const trendColumnUnavailable = {
  name: 'trend-column-unavailable',
  setup(b) {
    b.onResolve({ filter: /^\.\/trend-column-load\.js$/ }, (args) => ({
      path: join(args.resolveDir, 'trend-column-unavailable.ts'),
    }));
  },
};

/**
 * Puts the table's notices and the gauge's problem sentences in the classic script as plain modules
 * (notices-inline.ts, problems-inline.ts), not behind `import()`, which wraps each module it reaches there.
 */
const partsInline = {
  name: 'parts-inline',
  setup(b) {
    b.onResolve({ filter: /^\.\/(notices|problems)-load\.js$/ }, (args) => ({
      path: join(args.resolveDir, args.path.replace(/-load\.js$/u, '-inline.ts')),
    }));
  },
};

/** Points the map's `import('./geo-shapes.js')` at the module that refuses geo files (classic script only). */
const geoUnavailable = {
  name: 'geo-unavailable',
  setup(b) {
    b.onResolve({ filter: /^\.\/geo-shapes\.js$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: join(args.resolveDir, 'geo-unavailable.ts') } : undefined,
    );
  },
};

// The gauge alone loads its on-demand parts (the colour rule for a tier colour that is not hex, the
// sentences of a broken score table, why a `src` could not be read, what it says about its inputs) from
// files of their own, self-contained: the split build's parts import the entry's chunk, which a
// gauge-only page does not load.
const gaugeParts = {
  './colour-rule.js': 'src/shared/colour-rule.ts',
  './shape-words.js': 'src/shared/shape-words.ts',
  './unreadable.js': 'src/shared/unreadable.ts',
  './gauge-problems.js': 'src/gauge/gauge-problems.ts',
};
const gaugeBuilt = await build({
  ...common,
  entryPoints: {
    'dti-gauge-colour-rule': gaugeParts['./colour-rule.js'],
    'dti-gauge-shape-words': gaugeParts['./shape-words.js'],
    'dti-gauge-unreadable': gaugeParts['./unreadable.js'],
    'dti-gauge-own-problems': gaugeParts['./gauge-problems.js'],
  },
  format: 'esm',
  outdir: 'dist/cdn',
  entryNames: '[name]-[hash]',
  metafile: true,
  write: false,
});
await writeSqueezed(gaugeBuilt.outputFiles, true);
const gaugeFiles = Object.fromEntries(
  Object.entries(gaugeBuilt.metafile.outputs).map(([file, o]) => [o.entryPoint, basename(file)]),
);
const gaugePartsBeside = {
  name: 'gauge-parts-beside',
  setup(b) {
    b.onResolve({ filter: /^\.{1,2}\/.*\.js$/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const file = gaugeFiles[gaugeParts[args.path] ?? ''];
      if (!file) throw new Error(`import('${args.path}') in ${args.importer}: no file of its own beside dti-gauge.js`);
      return { path: `./${file}`, external: true };
    });
  },
};

const [classicBuilt, gaugeAlone] = await Promise.all([
  build({
    ...common,
    write: false,
    entryPoints: ['src/define.ts'],
    format: 'iife',
    outfile: 'dist/cdn/dti-widgets.classic.js',
    // A classic script has no module URL. The core's two helpers that resolve a file beside their module
    // (a preset's JSON URL, the uncertainty worker) are unreachable from the elements and tree-shaken;
    // should one become reachable, `new URL(path, undefined)` throws instead of resolving silently.
    define: { 'import.meta.url': 'undefined' },
    // A page opened from a file cannot read a geo file: the map's geo path is left out (see geo-unavailable.ts).
    // Nor the table's "Xu hướng" column: it reads a series file (see trend-column-unavailable.ts).
    plugins: [...common.plugins, geoUnavailable, trendColumnUnavailable, partsInline],
  }),
  build({
    ...common,
    write: false,
    entryPoints: ['src/define-gauge.ts'],
    format: 'esm',
    outfile: 'dist/cdn/dti-gauge.js',
    plugins: [...common.plugins, gaugePartsBeside],
  }),
]);
await writeSqueezed(classicBuilt.outputFiles, false);
await writeSqueezed(gaugeAlone.outputFiles, true);
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
const parts = Object.entries(split.metafile.outputs)
  .filter(([file, o]) => o.entryPoint && basename(file) !== hashed)
  .map(([file]) => basename(file));
console.log(
  `bundled dist/cdn/dti-widgets.js, ${parts.join(', ')} (and ${Object.keys(split.metafile.outputs).length - parts.length - 1} shared chunks), dti-widgets.classic.js, dti-gauge.js, ${Object.values(gaugeFiles).join(', ')}`,
);
