// The HTML an editor pastes into a portal page to show a league table: the widgets' script tag and the
// element, with the scores pasted inline or read from a JSON file uploaded next to the page.
import { embeddableJson, type ScoreTable } from '@dti-kit/core';

/**
 * A score table as JSON text that is safe inside `<script type="application/json">`: every `<` is
 * written `\u003c`, so `</script>` cannot occur in it.
 *
 * @example scoreTableJson(table, 0) // '{"kind":"dti-score-table",…,"name":"Xã \u003cA>"…}'
 */
export function scoreTableJson(table: ScoreTable, indent: 0 | 2): string {
  return embeddableJson(table, indent);
}

/** An attribute value for HTML text: the characters that could end or change the attribute escaped. */
export function attributeValue(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** How the page loads the widgets: a module from the portal (`module`) or a classic script (`classic`, file:// pages). */
export type ScriptKind = 'module' | 'classic';

/**
 * The folder the download for editors unpacks to, as its guide says to upload it: the version is in the
 * folder's name, so a portal's cache never mixes an older file (or one of its chunks) with a newer one.
 *
 * @example widgetFolder('0.1.0') // '/assets/dti-widgets-0.1.0/'
 */
export function widgetFolder(version: string): string {
  return `/assets/dti-widgets-${version}/`;
}

/**
 * The `<script>` tag of the widgets' file, from the folder the editor uploaded it to.
 *
 * @example widgetScriptTag('/assets/dti-widgets-0.1.0/', 'module')
 * // '<script type="module" src="/assets/dti-widgets-0.1.0/dti-widgets.js"></script>'
 */
export function widgetScriptTag(folder: string, kind: ScriptKind): string {
  const base = folder.endsWith('/') ? folder : `${folder}/`;
  const file = kind === 'module' ? 'dti-widgets.js' : 'dti-widgets.classic.js';
  const type = kind === 'module' ? ' type="module"' : '';
  return `<script${type} src="${attributeValue(`${base}${file}`)}"></script>`;
}

/** What every snippet has in common: the script tag, the version, the language of the table. */
export interface SnippetOptions {
  scriptFolder: string;
  version: string;
  script: ScriptKind;
  lang: 'vi' | 'en';
}

const head = (o: SnippetOptions) =>
  `<!-- DTI Kit ${o.version}: ${o.lang === 'vi' ? 'thẻ script chỉ cần một lần mỗi trang' : 'the script tag is needed once per page'} -->\n${widgetScriptTag(o.scriptFolder, o.script)}`;

/**
 * The snippet with the scores pasted in the page: works without uploading any data file, and on a page
 * opened from disk with the classic script.
 *
 * @example inlineSnippet(table, { scriptFolder: '/assets/dti-widgets-0.1.0/', version: '0.1.0', script: 'module', lang: 'vi' })
 */
export function inlineSnippet(table: ScoreTable, options: SnippetOptions): string {
  return `${head(options)}\n<dti-league-table lang="${options.lang}">\n  <script type="application/json">${scoreTableJson(table, 0)}</script>\n</dti-league-table>\n`;
}

/**
 * The snippet that reads the scores from a JSON file the editor uploads to the portal (`src`).
 *
 * @example srcSnippet('/files/ket-qua.json', { scriptFolder: '/assets/dti-widgets-0.1.0/', version: '0.1.0', script: 'module', lang: 'vi' })
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
