// What a page downloads: an entry file plus every module it imports statically, transitively, each
// gzipped on its own (one response each, gzip level 9 as CDNs serve them). Modules behind `import()`
// are counted apart, as the extra bytes they add when the page asks for them.
//
// The graph comes from esbuild's parser (its metafile), not from matching text, so an import-like
// string inside the code never counts and every real `import … from` does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * Gzipped size of some bytes, as a CDN serves them.
 * @param {Uint8Array | string} bytes
 * @returns {number} bytes after gzip -9
 * @example gzipSize('export{}') // ≈ 28
 */
export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * @typedef {{ static: string[], dynamic: string[], external: string[] }} Edges
 * @typedef {Map<string, Edges>} ModuleGraph  file (relative to the analysed folder) → what it imports
 */

/**
 * Edges of an esbuild metafile section (`inputs` or `outputs`): static imports, `import()` targets and
 * bare specifiers left outside.
 * @param {Record<string, { imports: { path: string, kind: string, external?: boolean }[] }>} section
 * @returns {ModuleGraph}
 */
function edgesOf(section) {
  /** @type {ModuleGraph} */
  const graph = new Map();
  for (const [file, { imports }] of Object.entries(section)) {
    const edges = { static: [], dynamic: [], external: [] };
    for (const i of imports) {
      if (i.external) edges.external.push(i.path);
      else if (i.kind === 'dynamic-import') edges.dynamic.push(i.path);
      else edges.static.push(i.path);
    }
    graph.set(file, edges);
  }
  return graph;
}

/**
 * The import graph of files already built (a folder of ES modules or classic scripts), read by esbuild's
 * parser. Bare specifiers (`lit`, `@dti-kit/core`) are recorded as external, not followed.
 * @param {string} dir absolute folder holding the files
 * @param {string[]} entries file names inside `dir`
 * @returns {Promise<ModuleGraph>}
 * @example await builtGraph('/x/dist/cdn', ['dti-widgets.js'])
 */
export async function builtGraph(dir, entries) {
  const result = await build({
    absWorkingDir: dir,
    entryPoints: entries.map((e) => `./${e}`),
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    splitting: true,
    outdir: join(dir, '.page-weight'),
    packages: 'external',
    logLevel: 'silent',
  });
  return edgesOf(result.metafile.inputs);
}

/**
 * Every file reached from `roots` through static imports (the roots included).
 * @param {ModuleGraph} graph
 * @param {string[]} roots
 * @returns {Set<string>}
 */
export function staticClosure(graph, roots) {
  const seen = new Set();
  const todo = [...roots];
  while (todo.length > 0) {
    const file = /** @type {string} */ (todo.pop());
    if (seen.has(file)) continue;
    seen.add(file);
    todo.push(...(graph.get(file)?.static ?? []));
  }
  return seen;
}

/**
 * @typedef {{ chunk: string, files: string[], bytes: number }} LazyPart
 * @typedef {{ entry: string, files: string[], bytes: number, external: string[], lazy: LazyPart[] }} PageWeight
 */

/**
 * What a page that loads `entry` downloads at once (the entry and its static imports), and what each
 * `import()` reachable from there adds when it runs (its own static closure minus what is loaded already).
 * @param {ModuleGraph} graph
 * @param {string} entry
 * @param {(file: string) => number} sizeOf gzipped bytes of one file
 * @returns {PageWeight}
 * @example pageWeight(graph, 'dti-widgets.js', sizeOf).bytes // entry + static imports, gzip bytes
 */
export function pageWeight(graph, entry, sizeOf) {
  const eager = staticClosure(graph, [entry]);
  const sum = (files) => files.reduce((total, f) => total + sizeOf(f), 0);
  /** @type {LazyPart[]} */
  const lazy = [];
  const queued = new Set();
  const todo = [...eager];
  while (todo.length > 0) {
    const file = /** @type {string} */ (todo.pop());
    for (const chunk of graph.get(file)?.dynamic ?? []) {
      if (queued.has(chunk) || eager.has(chunk)) continue;
      queued.add(chunk);
      const files = [...staticClosure(graph, [chunk])].filter((f) => !eager.has(f)).sort();
      lazy.push({ chunk, files, bytes: sum(files) });
      todo.push(...files);
    }
  }
  const files = [...eager].sort();
  const external = [...new Set(files.flatMap((f) => graph.get(f)?.external ?? []))].sort();
  return { entry, files, bytes: sum(files), external, lazy: lazy.sort((a, b) => a.chunk.localeCompare(b.chunk)) };
}

/**
 * Page weights of built files on disk.
 * @param {string} dir absolute folder
 * @param {string[]} entries file names inside `dir`
 * @returns {Promise<PageWeight[]>}
 * @example (await weighBuilt('/x/dist/cdn', ['dti-gauge.js']))[0].bytes
 */
export async function weighBuilt(dir, entries) {
  const graph = await builtGraph(dir, entries);
  const sizes = new Map();
  const sizeOf = (file) => {
    if (!sizes.has(file)) sizes.set(file, gzipSize(readFileSync(join(dir, file))));
    return sizes.get(file);
  };
  return entries.map((entry) => pageWeight(graph, entry, sizeOf));
}

/**
 * What an application built from the npm package downloads: `code` bundled as an application's
 * bundler would (minified, code splitting, production conditions), then weighed like a built folder.
 * @param {string} code the application's entry, e.g. `import '@dti-kit/widgets/define.js'`
 * @param {string} resolveDir folder the imports resolve from
 * @returns {Promise<PageWeight & { text: string }>} `text`: every output, joined, for content checks
 * @example (await weighApp("import './dist/define.js'", pkgDir)).bytes
 */
export async function weighApp(code, resolveDir) {
  const outdir = join(resolveDir, '.page-weight');
  const result = await build({
    absWorkingDir: resolveDir,
    stdin: { contents: code, resolveDir, loader: 'js', sourcefile: 'app.js' },
    bundle: true,
    write: false,
    metafile: true,
    minify: true,
    format: 'esm',
    splitting: true,
    platform: 'browser',
    target: 'es2021',
    loader: { '.json': 'json' },
    outdir,
    entryNames: 'app',
    logLevel: 'silent',
  });
  const graph = edgesOf(result.metafile.outputs);
  const sizes = new Map(result.outputFiles.map((f) => [f.path, gzipSize(f.contents)]));
  const sizeOf = (file) => sizes.get(join(resolveDir, file)) ?? 0;
  const entry = [...graph.keys()].find((f) => /(^|\/)app\.js$/u.test(f));
  if (!entry) throw new Error('the application bundle has no entry');
  const text = result.outputFiles.map((f) => f.text).join('\n');
  return { ...pageWeight(graph, entry, sizeOf), text };
}
