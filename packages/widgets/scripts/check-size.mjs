// Size budgets of the portal bundles, gzip level 9 as CDNs serve them. Fails the test run when over.
//
// - dti-widgets.js: the one script a page includes; it registers every element and shows score tables
//   (from `dti score --format json`, properties or inline JSON). Budget 45 KB.
// - The scoring path: what a page that scores a spreadsheet in the browser downloads in all: the entry,
//   the scoring chunk (validation, CSV and XLSX readers) and one preset. Budget 78 KB (was 60; raised
//   for reading files as Excel and LibreOffice write them — number formats, a bounded zip inflater with
//   CRC checks, a linear sheet scanner, a CSV scanner that names broken lines — for the Vietnamese
//   messages of every data problem, duplicate and stray columns and JSON keys, merged data cells,
//   ambiguous separators, the input checks, the shared loader, the partial-data banner and marks:
//   about 20 KB together, measured after each change: 76.1 KB on the last).
// - dti-widgets.classic.js: everything in one classic script, for pages opened from a local file.
//   Budget 82 KB (was 60; raised for the same additions: 80.1 KB on the last change).
// - dti-gauge.js: the gauge alone. Budget 15 KB.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dir = new URL('../dist/cdn/', import.meta.url);
const files = readdirSync(dir);
const gz = (name) => gzipSync(readFileSync(new URL(name, dir)), { level: 9 }).length / 1024;
const chunks = files.filter((f) => f.startsWith('dti-chunk-') || f.startsWith('dti-load-'));
const presets = files.filter((f) => f.startsWith('dti-') && !chunks.includes(f) && !/^dti-(widgets|gauge)/u.test(f));
const largestPreset = Math.max(0, ...presets.map(gz));
const rows = [
  ['dti-widgets.js (every page)', gz('dti-widgets.js'), 45],
  [
    'scoring path (entry + scoring chunks + largest preset)',
    gz('dti-widgets.js') + chunks.reduce((a, f) => a + gz(f), 0) + largestPreset,
    78,
  ],
  ['dti-widgets.classic.js (all in one)', gz('dti-widgets.classic.js'), 82],
  ['dti-gauge.js (gauge alone)', gz('dti-gauge.js'), 15],
];
let failed = false;
for (const [label, kb, budget] of rows) {
  const ok = kb <= budget;
  failed ||= !ok;
  console.log(`${ok ? '✓' : '✗'} ${label}: ${kb.toFixed(1)} KB gzip (budget ${budget} KB)`);
}
if (failed) process.exit(1);
