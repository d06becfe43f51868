// The portal bundles: one minified script that registers every element, as an ES module (with the
// scoring code in a chunk loaded on demand) and as a classic script with everything inlined (for pages
// opened from a local file, where browsers refuse module scripts), plus the gauge alone. No third-party
// requests, no eval.
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';

/**
 * Minifies the CSS inside Lit's css`…` templates (comments, indentation, spaces around braces):
 * esbuild leaves template strings alone, and the styles are a fifth of the widgets' own code.
 */
const minifyLitCss = {
  name: 'minify-lit-css',
  setup(b) {
    b.onLoad(
      { filter: /[\\/]src[\\/].*\.(styles|tokens|sr-only)\.ts$|[\\/]shared[\\/](tokens|sr-only)\.ts$/ },
      async (args) => {
        const source = await readFile(args.path, 'utf8');
        const contents = source.replace(
          /css`([^`]*)`/gu,
          (_, body) =>
            `css\`${body
              .replace(/\/\*[\s\S]*?\*\//gu, '')
              .replace(/\s+/gu, ' ')
              // Only around braces and semicolons: a space after ":" or "," may sit inside a quoted string.
              .replace(/\s*([{};])\s*/gu, '$1')
              .replace(/;\}/gu, '}')
              .trim()}\``,
        );
        return { contents, loader: 'ts' };
      },
    );
  },
};

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
  plugins: [minifyLitCss],
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
