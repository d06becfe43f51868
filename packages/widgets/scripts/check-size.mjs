// Size budgets of what a page downloads, gzip level 9 as CDNs serve them. Fails the test run when over.
//
// Each row is an entry a page loads plus every module it imports statically, transitively (a browser
// fetches them all before the first element renders), each file gzipped on its own. Chunks behind
// `import()` are weighed apart, as what they add when a page asks for them.
//
// - dti-widgets.js: the one script a page includes; it registers every element and shows score tables
//   (from `dti score --format json`, properties or inline JSON): a gauge and a league table. One file,
//   no static import. Budget 25.6 KB; the goal is 25 KB (issue 13), missed by about 0.5 KB: the
//   table's model keeps per-parent keys for a fast first render, and the table shows what-if moves
//   against the official ranks with a banner (issue 11). Linking code is not here: the first linked
//   element attaches it. The score-table checks run here, at once, on every load;
//   their sentences, shown only for a broken file, load on demand (dti-shape-words-*.js, a few hundred
//   bytes, not a row of its own).
// - The scoring bundle (dti-scoring-*.js and the core chunk it shares with the issue sentences):
//   validation, CSV and XLSX readers, the engine, the issue sentences; self-contained, loaded only when
//   raw data must be scored (a `framework` and raw data or a spreadsheet). Budget 56.5 KB (the readers' refusals
//   carry their Vietnamese sentences too; 50.6 KB before the CSV reader that writes straight into columns
//   and the columnar input that `score` accepts, about 5 KB).
// - The scoring path: what a page that scores a spreadsheet downloads in all: the entry, the scoring
//   chunk and the largest preset. Budget 85 KB.
// - The issue sentences (every data problem in Vietnamese and English), for a page that passes issues
//   of its own: dti-issue-sentences-*.js and the core chunk it shares with the scoring bundle. Budget 55 KB.
// - <dti-rank-interval>: loaded when the first one appears in the document; its own copy of Lit, since
//   the entry is one file, and its own copy of the shape sentences. Budget 13 KB.
// - <dti-trend>: loaded when the first one appears in the document; its own copy of Lit and of the
//   linking protocol (@lit/context). Budget 15 KB (issue 11: each new element alone ≤ 15 KB).
// - <dti-scorecard> and <dti-weights>: each loaded when the first one appears, each with its own copy of
//   Lit and of the link protocol; the shape sentences and the colour rule are the shared chunks, loaded
//   only for a broken table or a tier colour that is not hex. Budgets: weights 15 KB; scorecard 16.5 KB,
//   over the 15 KB goal by about 1.1 KB (its strings in two languages and the summary sentence).
// - The league table's "Xu hướng" column, loaded when a table is given `trend-src`: the sparkline, the
//   series check and the fetch, built with the DOM rather than Lit (a chunk with Lit carries its own copy
//   of it). Budget 5 KB (4.1 KB measured). The classic script leaves the column out (a page opened
//   from a file cannot read the series).
// - The CSV writer, loaded on the first click of the export button; the table of a score result, for a
//   page that passes the core's `score` result rather than a table. Budgets 2 KB each.
// - dti-widgets.classic.js: everything in one classic script, for pages opened from a local file. A
//   classic script cannot load chunks, so the scoring code and every sentence are inside. Budget 114.5 KB:
//   86 KB before the four new elements and the linking protocol (about 20 KB) and the core's columnar and
//   streaming readers (about 5 KB). The map's geo path is left out: a page opened from a file
//   cannot read a geo file, and the map says so).
// - <dti-map>: loaded when the first one appears; budget below. Its geo path (d3-geo, topojson-client),
//   loaded only for a `geo-src`: budget 20 KB (issue 11).
// - dti-gauge.js: the gauge alone. Budget 15 KB.
// - The npm package, bundled by an application's bundler (esbuild here: minified, code splitting): the
//   same split must survive there. Budgets 55.5 KB (every element; 31.5 KB before the four new elements and the core's growth), 27 KB
//   (league table), 15 KB
//   (gauge). They carry more than the portal bundle: the league table's peer groups and parent matching,
//   and, because esbuild puts every module the light entry re-exports into the chunk the entry loads, the
//   colour rule (the list of CSS colour names, about 0.6 KB) that the portal bundle loads on demand,
//   and the core's ranking, which esbuild leaves in the chunk the entry shares with the scoring code
//   although the table ranks with its own sorts (sort-order.ts), about 0.6 KB.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { weighApp, weighBuilt } from './page-weight.mjs';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const cdn = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
const KB = 1024;
// <dti-map>: its own copy of Lit (about 6 KB, as the rank interval's), the score-table check, the link
// protocol (both sides: the first linked element attaches the provider), the two tile layouts. The
// issue's goal for a new element is 15 KB.
const MAP_BUDGET = 18;

const lazyPart = (weight, prefix) => {
  const part = weight.lazy.find((l) => l.chunk.split('/').pop()?.startsWith(prefix));
  if (!part) throw new Error(`${weight.entry}: no chunk ${prefix}… behind import()`);
  return part;
};
const presetsOf = (weight, notPresets) =>
  weight.lazy.filter((l) => !notPresets.some((p) => l.chunk.split('/').pop()?.startsWith(p)));

const [widgets, gauge, classic] = await weighBuilt(cdn, ['dti-widgets.js', 'dti-gauge.js', 'dti-widgets.classic.js']);
const scoring = lazyPart(widgets, 'dti-scoring-');
const sentences = lazyPart(widgets, 'dti-issue-sentences-');
const csv = lazyPart(widgets, 'dti-csv-');
const trendColumn = lazyPart(widgets, 'dti-sparkline-column-');
const fromResult = lazyPart(widgets, 'dti-from-result-');
const rankInterval = lazyPart(widgets, 'dti-rank-interval-');
const trend = lazyPart(widgets, 'dti-trend-');
const map = lazyPart(widgets, 'dti-map-');
const geo = lazyPart(widgets, 'dti-geo-');
const scorecard = lazyPart(widgets, 'dti-scorecard-');
const weights = lazyPart(widgets, 'dti-weights-');
const notPresets = [
  'dti-scoring-',
  'dti-issue-sentences-',
  'dti-csv-',
  'dti-sparkline-column-',
  'dti-from-result-',
  'dti-rank-interval-',
  'dti-trend-',
  'dti-scorecard-',
  'dti-weights-',
  'dti-colour-rule-',
  'dti-shape-words-',
  'dti-map-',
  'dti-geo-',
];
const largestPreset = Math.max(0, ...presetsOf(widgets, notPresets).map((l) => l.bytes));
const app = {
  all: await weighApp("import './dist/define.js';", pkg),
  table: await weighApp("export * from './dist/league-table/league-table.js';", pkg),
  gauge: await weighApp("export * from './dist/gauge/gauge.js';", pkg),
};

/** @type {[string, number, number, number][]} label, files, bytes, budget in KB */
const rows = [
  ['dti-widgets.js + static imports (every page)', widgets.files.length, widgets.bytes, 25.6],
  ['  scoring bundle, import() (raw data + framework)', scoring.files.length, scoring.bytes, 56.5],
  ['  scoring path: entry + scoring + largest preset', 0, widgets.bytes + scoring.bytes + largestPreset, 85],
  ['  issue sentences, import() (issues of the page)', sentences.files.length, sentences.bytes, 55],
  ['  <dti-rank-interval>, import() when one appears', rankInterval.files.length, rankInterval.bytes, 13],
  ['  <dti-trend>, import() when one appears', trend.files.length, trend.bytes, 15],
  ['  <dti-map>, import() when one appears', map.files.length, map.bytes, MAP_BUDGET],
  ['    geo path, import() with geo-src (d3-geo, topojson)', geo.files.length, geo.bytes, 20],
  ['  <dti-scorecard>, import() when one appears', scorecard.files.length, scorecard.bytes, 16.5],
  ['  <dti-weights>, import() when one appears', weights.files.length, weights.bytes, 15],
  ['  CSV writer, import() on the export click', csv.files.length, csv.bytes, 2],
  ['  "Xu hướng" column, import() with trend-src', trendColumn.files.length, trendColumn.bytes, 5],
  ['  table of a score result, import() (result given)', fromResult.files.length, fromResult.bytes, 2],
  ['dti-gauge.js + static imports', gauge.files.length, gauge.bytes, 15],
  ['dti-widgets.classic.js (all in one, scoring inside)', classic.files.length, classic.bytes, 114.5],
  ['npm, bundled: define.js + static imports', app.all.files.length, app.all.bytes, 55.5],
  ['  scoring chunk, import()', 0, lazyPart(app.all, 'load-').bytes, 56],
  ['npm, bundled: league-table.js + static imports', app.table.files.length, app.table.bytes, 27],
  ['npm, bundled: gauge.js + static imports', app.gauge.files.length, app.gauge.bytes, 15],
];

const problems = [];
for (const w of [widgets, gauge, classic]) {
  if (w.external.length > 0)
    problems.push(`${w.entry} imports bare specifiers a browser cannot resolve: ${w.external}`);
}
// Lit's development build warns in the console and is larger; bundles must resolve its production build.
for (const [name, bundle] of Object.entries(app)) {
  if (bundle.text.includes('in dev mode')) problems.push(`npm bundle (${name}) contains Lit's development build`);
}
for (const file of new Set(
  [widgets, gauge, classic, scoring, rankInterval, trend, trendColumn, map, geo, scorecard, weights].flatMap(
    (w) => w.files,
  ),
)) {
  if (readFileSync(join(cdn, file), 'utf8').includes('in dev mode'))
    problems.push(`${file} contains Lit's development build`);
}

console.log('what a page downloads                               files   gzip KB   budget');
for (const [label, files, bytes, budget] of rows) {
  const ok = bytes <= budget * KB;
  if (!ok) problems.push(`${label.trim()}: ${(bytes / KB).toFixed(1)} KB gzip, over the budget of ${budget} KB`);
  console.log(
    `${ok ? '✓' : '✗'} ${label.padEnd(50)} ${files ? String(files).padStart(5) : '     '} ${(bytes / KB).toFixed(1).padStart(9)} ${`${budget}`.padStart(8)}`,
  );
}
for (const problem of problems) console.error(`✗ ${problem}`);
if (problems.length > 0) process.exit(1);
