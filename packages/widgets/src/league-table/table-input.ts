// What the league table is given, made a score table: a table or result as it is, raw data or a
// spreadsheet scored by the scoring code (loaded on first need), JSON pasted inside the element.
import type { DtiIssue, Framework, ScoreResult, ScoreTable } from '@dti-kit/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '../shared/i18n.js';
import { INLINE_JSON, INLINE_SOURCE } from '../shared/inline-json.js';
import { provideIssueText } from '../shared/issue-text.js';
import { fetchJson, type LoadRun } from '../shared/source-controller.js';
import { loadNotices } from './notices-load.js';
import { isScoreTable, LoadError, parseJson } from './table-source.js';

/** A table and the reader's warnings, before the shape check. */
export interface Scored {
  table: ScoreTable;
  warnings: DtiIssue[];
}

/** A score table as it is, with the warnings of the reading that made it (`dti score --format json`), if any. */
const asIs = (table: ScoreTable): Scored => ({ table, warnings: Array.isArray(table.warnings) ? table.warnings : [] });

/**
 * The scoring code, loaded on first need. It brings the issue sentences, handed over here rather than
 * from inside it: the portal build makes it a bundle of its own, with its own copy of the shared modules.
 */
async function scoring(): Promise<typeof import('./load.js')> {
  const loaded = await import('./load.js');
  provideIssueText(loaded.formatIssue);
  return loaded;
}

/** Raw data scored with `framework` (a preset id, a framework's URL or the framework itself). */
async function scored(
  data: unknown,
  framework: string | Framework | undefined,
  run: LoadRun,
  locale: () => Locale,
): Promise<Scored> {
  const { scoreValue } = await scoring();
  return scoreValue(data, framework, run.signal, locale());
}

/**
 * A score table from a value (table, result, raw data), JSON pasted in the page (`{ json }`) or a URL;
 * undefined when neither is given. Score tables and results are shown as they are; raw data and
 * spreadsheets load the scoring code on demand. `locale` is read when a sentence is made.
 *
 * @example await tableFrom(undefined, 'diem.json', undefined, run, () => 'vi') // → { table, warnings: [] }
 */
export async function tableFrom(
  value: unknown,
  source: string | { json: unknown } | undefined,
  framework: string | Framework | undefined,
  run: LoadRun,
  locale: () => Locale,
): Promise<Scored | undefined> {
  if (value !== undefined) {
    if (isScoreTable(value)) return asIs(value);
    if (typeof (value as ScoreResult).explain === 'function') {
      const { scoreTable } = await import('./from-result.js');
      return asIs(scoreTable(value as ScoreResult));
    }
    return scored(value, framework, run, locale);
  }
  if (source === undefined) return undefined;
  if (typeof source === 'object') {
    if (isScoreTable(source.json)) return asIs(source.json);
    return scored(source.json, framework, run, locale);
  }
  run.loading();
  if (/\.json($|[?#])/iu.test(source)) {
    const json = await fetchJson(source, run.signal, locale());
    if (isScoreTable(json)) return asIs(json);
  }
  const { loadTable } = await scoring();
  return loadTable(source, framework, run.signal, locale());
}

/**
 * Data pasted in the page: `<script type="application/json">` inside `host` (works offline). Not read
 * while the document is still parsing: the block may be there but not yet complete.
 *
 * @example await inlineData(table, 'vi') // → { json: { kind: 'dti-score-table', … } }
 */
export async function inlineData(host: Element, locale: Locale): Promise<{ json: unknown } | undefined> {
  if (document.readyState === 'loading') return undefined;
  const block = host.querySelector(INLINE_JSON);
  // A block nested in other markup is not read; when it is the only one, it was surely meant as the data.
  if (!block && host.querySelector('script[type="application/json"]'))
    throw new LoadError((await loadNotices()).NOTICE_STRINGS[locale].nestedBlock);
  if (!block?.textContent?.trim()) return undefined;
  return { json: await parseJson(block.textContent, INLINE_SOURCE, locale) };
}

/**
 * Reads the JSON pasted inside the table again whenever it may have changed. Data pasted inside the
 * element may arrive after the element: with the script in `<head>` the element upgrades before the
 * parser reaches its children, and a page's own script may add or replace the block later. So `reread`
 * runs once the document is parsed, and again whenever the element's content changes.
 *
 * @example readonly #pasted = new PastedJsonWatch(this, () => this.#readsInline() && void this.#refresh());
 */
export class PastedJsonWatch implements ReactiveController {
  readonly #host: ReactiveControllerHost & Node;
  readonly #parsed: () => void;
  readonly #children = new MutationObserver(() => {
    if (document.readyState !== 'loading') this.#parsed();
  });

  constructor(host: ReactiveControllerHost & Node, reread: () => void) {
    this.#host = host;
    this.#parsed = reread;
    host.addController(this);
  }

  hostConnected(): void {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', this.#parsed, { once: true });
    this.#children.observe(this.#host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    document.removeEventListener('DOMContentLoaded', this.#parsed);
    this.#children.disconnect();
  }
}
