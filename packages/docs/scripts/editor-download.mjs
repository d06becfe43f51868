// Builds the download for portal editors: the widgets' dist/cdn folder, a guide in Vietnamese and English,
// and a page that works opened from the disk, zipped into public/downloads/dti-widgets-<version>.zip.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadPreset, score, scoreTable } from '@dti-kit/core';
import { readDataset } from '@dti-kit/core/sheets';
import { zipSync } from 'fflate';
import { editorReadme, examplePage, pastableJson } from './editor-readme.mjs';
import { downloadFile, downloadFolder, widgetsVersion } from './widgets-release.mjs';

/** The guide's file name: what an editor opens first. */
export const README_NAME = 'DOC-CHO-BIEN-TAP-VIEN.txt';
/** The example page's file name. */
export const EXAMPLE_NAME = 'vi-du-mo-tu-may.html';

const cdn = new URL('../../widgets/dist/cdn/', import.meta.url);
if (!existsSync(new URL('dti-widgets.js', cdn)))
  throw new Error(
    'packages/widgets/dist/cdn/dti-widgets.js is missing: run `pnpm --filter @dti-kit/widgets build` first',
  );
// The files an editor looks for first, then the chunks they load.
const FIRST = ['dti-widgets.js', 'dti-widgets.classic.js', 'dti-gauge.js'];
const files = readdirSync(cdn)
  .filter((f) => f.endsWith('.js'))
  .sort((a, b) => (FIRST.indexOf(a) + 1 || 99) - (FIRST.indexOf(b) + 1 || 99) || a.localeCompare(b));

// The five leading provinces of DTI 2022, scored by the engine the widgets use.
const framework = await loadPreset('dti-province-2022');
const data = new URL('../../core/examples/data/dti-2022-top5.json', import.meta.url);
const { prepared } = readDataset(new Uint8Array(readFileSync(data)), framework);
const json = pastableJson(scoreTable(score(framework, prepared)));

// A fixed date keeps the zip the same from one build to the next when nothing in it changed.
const mtime = new Date('2025-01-01T00:00:00Z');
const text = (s) => new TextEncoder().encode(s);
const entries = {
  [`${downloadFolder}/${README_NAME}`]: [
    text(editorReadme({ version: widgetsVersion, folder: downloadFolder, files, example: EXAMPLE_NAME })),
    { mtime },
  ],
  [`${downloadFolder}/${EXAMPLE_NAME}`]: [text(examplePage(json)), { mtime }],
};
for (const f of files) entries[`${downloadFolder}/${f}`] = [new Uint8Array(readFileSync(new URL(f, cdn))), { mtime }];

const zip = zipSync(entries, { level: 9 });
mkdirSync(new URL('.', downloadFile), { recursive: true });
writeFileSync(downloadFile, zip);
console.log(
  `wrote ${downloadFile.pathname.split('/public/')[1]}: ${files.length} scripts, ${(zip.length / 1000).toFixed(1)} KB`,
);
