// The HTML an editor pastes into a portal page to show a league table: the widgets' script tag and the
// element, with the scores pasted inline or read from a JSON file uploaded next to the page.
import type { ScoreTable } from '@dti-kit/core';

// Outside strings JSON text is ASCII, so these only ever occur inside strings, where \uXXXX is the same
// text. `<` so the pasted JSON can never close its <script> element; C1 controls and the invisible
// format characters (bidi overrides, separators, zero-width) so the text on the page is the data. The
// same set as the command line's JSON output.
const JSON_UNSAFE = /[<\u0080-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/gu;

/**
 * A score table as JSON text that is safe inside `<script type="application/json">`: every `<` is
 * written `\u003c`, so `</script>` cannot occur in it.
 *
 * @example scoreTableJson(table, 0) // '{"kind":"dti-score-table",…,"name":"Xã \u003cA>"…}'
 */
export function scoreTableJson(table: ScoreTable, indent: 0 | 2): string {
  return JSON.stringify(table, null, indent || undefined).replace(
    JSON_UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** An attribute value for HTML text: the characters that could end or change the attribute escaped. */
export function attributeValue(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** How the page loads the widgets: a module from the portal (`module`) or a classic script (`classic`, file:// pages). */
export type ScriptKind = 'module' | 'classic';

/**
 * The `<script>` tag of the widgets' file, from the folder the editor uploaded it to, with the version
 * in the URL: the portal's cache then never serves an older file after an upgrade, and anyone reading
 * the page's source sees which version it runs.
 *
 * @example widgetScriptTag('/assets/dti/', '0.1.0', 'module')
 * // '<script type="module" src="/assets/dti/dti-widgets.js?v=0.1.0"></script>'
 */
export function widgetScriptTag(folder: string, version: string, kind: ScriptKind): string {
  const base = folder.endsWith('/') ? folder : `${folder}/`;
  const file = kind === 'module' ? 'dti-widgets.js' : 'dti-widgets.classic.js';
  const type = kind === 'module' ? ' type="module"' : '';
  return `<script${type} src="${attributeValue(`${base}${file}?v=${version}`)}"></script>`;
}

/** What every snippet has in common: the script tag, the version, the language of the table. */
export interface SnippetOptions {
  scriptFolder: string;
  version: string;
  script: ScriptKind;
  lang: 'vi' | 'en';
}

const head = (o: SnippetOptions) =>
  `<!-- DTI Kit ${o.version}: ${o.lang === 'vi' ? 'thẻ script chỉ cần một lần mỗi trang' : 'the script tag is needed once per page'} -->\n${widgetScriptTag(o.scriptFolder, o.version, o.script)}`;

/**
 * The snippet with the scores pasted in the page: works without uploading any data file, and on a page
 * opened from disk with the classic script.
 *
 * @example inlineSnippet(table, { scriptFolder: '/assets/dti/', version: '0.1.0', script: 'module', lang: 'vi' })
 */
export function inlineSnippet(table: ScoreTable, options: SnippetOptions): string {
  return `${head(options)}\n<dti-league-table lang="${options.lang}">\n  <script type="application/json">${scoreTableJson(table, 0)}</script>\n</dti-league-table>\n`;
}

/**
 * The snippet that reads the scores from a JSON file the editor uploads to the portal (`src`).
 *
 * @example srcSnippet('/files/ket-qua.json', { scriptFolder: '/assets/dti/', version: '0.1.0', script: 'module', lang: 'vi' })
 */
export function srcSnippet(src: string, options: SnippetOptions): string {
  return `${head(options)}\n<dti-league-table lang="${options.lang}" src="${attributeValue(src)}"></dti-league-table>\n`;
}

/**
 * A file name for the score table, from the name of the spreadsheet it was scored from: ASCII, no
 * spaces, so it survives every portal's upload form.
 *
 * @example resultFileName('Số liệu 2025.xlsx') // 'ket-qua-so-lieu-2025.json'
 */
export function resultFileName(source: string): string {
  const stem = source
    .replace(/\.[^.]*$/u, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return `ket-qua${stem ? `-${stem}` : ''}.json`;
}
