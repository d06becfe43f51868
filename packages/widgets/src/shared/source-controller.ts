import type { DtiIssue } from '@dti-kit/core';
import type { ReactiveController } from 'lit';
import type { DtiElement } from './dti-element.js';
import { type Locale, localeOf } from './locale.js';

/** What a load produced: the data, the reader's warnings, and anything else the `dti-load` event carries. */
export interface Loaded<T> {
  data: T;
  /** Problems that did not stop the data being shown (issues with severity `warning`). */
  warnings: readonly DtiIssue[];
  /** More fields of the `dti-load` detail, e.g. `units` for the league table (may replace `data`). */
  detail?: Record<string, unknown>;
}

/**
 * Why a load failed: a sentence for people and, when the data was read, the problems found. Recognise it
 * with {@link isLoadError}, not `instanceof`: two bundles on one page (the portal's beside an
 * application's) each carry a copy of the class.
 */
export class LoadError extends Error {
  constructor(
    message: string,
    readonly issues: readonly DtiIssue[] = [],
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

/**
 * Whether `error` is a {@link LoadError} (or a {@link FileUrlError}), whichever bundle threw it.
 *
 * @example isLoadError(new LoadError('x.json: 2 problem(s) in the data')) // true
 */
export function isLoadError(error: unknown): error is LoadError {
  return error instanceof Error && (error.name === 'LoadError' || isFileUrlError(error));
}

/**
 * Whether `error` is a {@link FileUrlError}, whichever bundle threw it.
 *
 * @example isFileUrlError(new FileUrlError('ket-qua.json', 'vi')) // true
 */
export function isFileUrlError(error: unknown): error is FileUrlError {
  return error instanceof Error && error.name === 'FileUrlError';
}

/**
 * A load refused because the page was opened from a file (file://) and the browser does not let it
 * read `url`. Its message says so and what to do: serve the page over http or, for an element that
 * reads JSON pasted inside it, paste the data there. Made by {@link fileUrlError}, which words it.
 *
 * @example (await fileUrlError('ket-qua.json', 'vi')).url // 'ket-qua.json'
 */
export class FileUrlError extends LoadError {
  constructor(
    readonly url: string,
    message: string,
  ) {
    super(message);
    this.name = 'FileUrlError';
  }
}

/**
 * The refusal of a read of `url` from a page opened from a file, in `locale`, naming `pasteInto` (an
 * element that reads JSON pasted inside it) as the other remedy. Its sentences load only then.
 *
 * @example (await fileUrlError('ket-qua.json', 'vi', 'dti-league-table')).message // 'Không tải được ket-qua.json: … Hãy dán JSON vào trong thẻ <dti-league-table>, hoặc mở trang qua máy chủ web (http://).'
 */
export async function fileUrlError(url: string, locale: Locale, pasteInto?: string): Promise<FileUrlError> {
  const { fileUrlMessage } = await import('./unreadable.js');
  return new FileUrlError(url, fileUrlMessage(url, locale, pasteInto));
}

/** What a load task gets: a signal that aborts when a newer run starts, and a way to say it is fetching. */
export interface LoadRun {
  signal: AbortSignal;
  /** Shows the loading state (until then the previous data stays on screen). */
  loading(): void;
}

/** Where a load stands. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * The one loading mechanism of every element: each `run` aborts the previous one and only the newest
 * may change the element, so a slow response for an older `src` never replaces a newer one. The element
 * then gets `dti-load` (`detail: { data, warnings, … }`) or `dti-error` (`detail: { message, issues }`).
 *
 * @example
 * readonly #source = new SourceController<ScoreTable>(this);
 * willUpdate(changed) { if (changed.has('src')) void this.#source.run(async ({ signal }) => ({ data: await fetchJson(this.src, signal), warnings: [] })); }
 */
export class SourceController<T> implements ReactiveController {
  /** The data of the newest run that succeeded and was not superseded. */
  data: T | undefined;
  /** Warnings that came with `data`. */
  warnings: readonly DtiIssue[] = [];
  /** The error of the newest run, if it failed. */
  error: LoadError | undefined;
  status: LoadStatus = 'idle';
  #generation = 0;
  #abort: AbortController | undefined;
  readonly #host: DtiElement;
  readonly #announceLoad: boolean;

  /** `announceLoad: false` for a source that is part of the element's data (a map's geo file): no `dti-load`. */
  constructor(host: DtiElement, announceLoad = true) {
    this.#host = host;
    this.#announceLoad = announceLoad;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // Nothing to show the result to; a reconnected element loads again on its next change.
    this.#abort?.abort();
  }

  /**
   * Runs a load. `task` gets a signal that aborts when a newer run starts; it returns the data, or
   * `undefined` when there is nothing to show (the element goes back to idle, no event).
   */
  async run(task: (run: LoadRun) => Promise<Loaded<T> | undefined>): Promise<void> {
    const generation = ++this.#generation;
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    const current = () => generation === this.#generation;
    const loading = () => {
      if (!current()) return;
      this.status = 'loading';
      this.#host.requestUpdate();
    };
    try {
      const loaded = await task({ signal: abort.signal, loading });
      if (!current()) return;
      if (!loaded) {
        this.data = undefined;
        this.warnings = [];
        this.error = undefined;
        this.status = 'idle';
        this.#host.requestUpdate();
        return;
      }
      this.data = loaded.data;
      this.warnings = loaded.warnings;
      this.error = undefined;
      this.status = 'ready';
      this.#host.requestUpdate();
      if (this.#announceLoad)
        this.#host.emit('dti-load', { data: loaded.data, warnings: [...loaded.warnings], ...loaded.detail });
    } catch (caught) {
      if (!current()) return;
      const error = isLoadError(caught) ? caught : new LoadError((caught as Error)?.message ?? String(caught));
      this.error = error;
      this.status = 'error';
      this.#host.requestUpdate();
      this.#host.emit('dti-error', { message: error.message, issues: [...error.issues] });
    }
  }

  /**
   * Loads a JSON document from `src` (or forgets the data when `src` is empty), refusing it with the
   * sentence `problemOf` returns (or resolves to, when its words load on demand) when its shape is not what
   * the element draws.
   *
   * @example this.#source.loadJson(this.src, (json) => scoreTableProblem(json, 'vi'));
   */
  loadJson(src: string | undefined, problemOf: (json: unknown) => string | undefined | Promise<string>): void {
    if (!src) {
      this.reset();
      return;
    }
    void this.run(async ({ signal, loading }) => {
      loading();
      const json = await fetchJson(src, signal, localeOf(this.#host, this.#host.locale));
      const problem = await problemOf(json);
      if (problem) throw new LoadError(`${src}: ${problem}`);
      return { data: json as T, warnings: [] };
    });
  }

  /** Forgets the data and any pending run, e.g. when the source is removed. */
  reset(): void {
    this.#generation++;
    this.#abort?.abort();
    this.data = undefined;
    this.warnings = [];
    this.error = undefined;
    this.status = 'idle';
    this.#host.requestUpdate();
  }
}

/**
 * Fetches a URL; network and HTTP failures become a {@link LoadError} naming the URL and the status in
 * `locale` (a {@link FileUrlError} for a page opened from a file).
 *
 * @example await fetchOk('/khong-co.json', signal, 'vi') // throws 'Không tải được /khong-co.json: máy chủ trả về mã HTTP 404 (không có tệp ở địa chỉ này).'
 */
export async function fetchOk(url: string, signal: AbortSignal | undefined, locale: Locale): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (error) {
    // A newer run aborted this one: nobody shows the result, and the abort is not a network failure.
    if (signal?.aborted) throw error;
    throw await fetchError(url, undefined, locale);
  }
  if (!response.ok) throw await fetchError(url, response.status, locale);
  return response;
}

/** Fetches a URL's bytes; network and HTTP failures become a {@link LoadError} naming the URL. */
export async function fetchBytes(url: string, signal?: AbortSignal, locale: Locale = 'en'): Promise<Uint8Array> {
  return new Uint8Array(await (await fetchOk(url, signal, locale)).arrayBuffer());
}

/** Fetches and parses a JSON document; a parse failure names the URL, in the page's language. */
export async function fetchJson(url: string, signal?: AbortSignal, locale: Locale = 'en'): Promise<unknown> {
  const text = await (await fetchOk(url, signal, locale)).text();
  return parseJson(text, url, locale);
}

/**
 * Parses JSON read from `source` (a URL, or the pasted block); text that is not JSON is refused with a
 * {@link LoadError} saying in `locale` where it breaks (line, column, the character found), never the
 * browser's English message; markup read from a URL is said to be a web page, not data. The scanner that finds the place loads only then: valid JSON never pays
 * for it.
 *
 * @example await parseJson('{"a": 1,}', 'data/x.json', 'vi') // rejects: 'data/x.json không phải JSON hợp lệ: lỗi cú pháp ở dòng 1, cột 9 (gặp "}")'
 */
export async function parseJson(text: string, source: string, locale: Locale): Promise<unknown> {
  try {
    return JSON.parse(text);
  } catch {
    throw await notJsonError(text, source, locale);
  }
}

/**
 * The {@link LoadError} for `text` that `JSON.parse` refused, read from `source`: where it breaks, in
 * `locale`. For a reader that parses synchronously (JSON pasted in the page) and says why afterwards.
 *
 * @example (await notJsonError('[1 2]', '<script type="application/json">', 'en')).message // '<script type="application/json"> is not valid JSON: syntax error at line 1, column 4 (found "2")'
 */
export async function notJsonError(text: string, source: string, locale: Locale): Promise<LoadError> {
  const { notDataMessage } = await import('./unreadable.js');
  return new LoadError(notDataMessage(text, source, locale));
}

/**
 * The {@link LoadError} for a fetch of `url` that failed: the HTTP status, or no response at all (a
 * {@link FileUrlError} for a file a page opened from a file may not read).
 */
async function fetchError(url: string, status: number | undefined, locale: Locale): Promise<LoadError> {
  const { fetchFailure, isFileRead } = await import('./unreadable.js');
  if (status === undefined && isFileRead(url)) return fileUrlError(url, locale);
  return new LoadError(fetchFailure(url, status, locale));
}
