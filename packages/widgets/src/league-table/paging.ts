import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Strings } from '../shared/i18n.js';

/** One page of a view: its rows, where it is, and the index of its first row in the whole view. */
export interface Page<T> {
  rows: T[];
  /** Zero-based page shown, within `0 … pages - 1`. */
  page: number;
  pages: number;
  /** Index of the page's first row among all rows. */
  first: number;
}

/**
 * The table's paging: the page shown, and every row while the page prints (a printed table has no
 * buttons to turn pages).
 *
 * @example readonly #paging = new Paging(this); … const { rows } = this.#paging.slice(viewOf(model, options), this.pageSize);
 */
export class Paging implements ReactiveController {
  #page = 0;
  #printing = false;
  readonly #host: ReactiveControllerHost;
  readonly #print = (event: Event) => {
    this.#printing = event.type === 'beforeprint';
    this.#host.requestUpdate();
  };

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#print);
    window.addEventListener('afterprint', this.#print);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#print);
    window.removeEventListener('afterprint', this.#print);
  }

  /** Rows per page: `pageSize`, or all of them while printing or when `pageSize` is 0 or less. */
  size(pageSize: number): number {
    return this.#printing || pageSize <= 0 ? 0 : pageSize;
  }

  /** The page shown of a view of `count` rows, which `rows(from, to)` reads (only the page's are read). */
  slice<T>({ count, rows }: { count: number; rows(from: number, to: number): T[] }, pageSize: number): Page<T> {
    const size = this.size(pageSize) || count;
    const pages = Math.max(1, Math.ceil(count / Math.max(1, size)));
    const page = Math.min(this.#page, pages - 1);
    return { rows: rows(page * size, page * size + size), page, pages, first: page * size };
  }

  /** Turns to `page` (kept within `0 … pages - 1`); returns the page turned to. */
  goTo(page: number, pages = Number.POSITIVE_INFINITY): number {
    this.#page = Math.max(0, Math.min(pages - 1, page));
    this.#host.requestUpdate();
    return this.#page;
  }
}

/**
 * The page navigation when there are several pages, else the count of units shown. `turn` turns to a
 * page (and says so to screen readers).
 *
 * @example pagerTemplate(page, rows.length, model.rows.length, caption, t, (to) => this.#turn(to, page.pages))
 */
export function pagerTemplate(
  page: Page<unknown>,
  shown: number,
  total: number,
  caption: string,
  t: Strings,
  turn: (page: number) => void,
): TemplateResult {
  const { pages } = page;
  const at = page.page;
  if (pages <= 1) return html`<p class="count">${t.showing(shown, total)}</p>`;
  return html`<nav part="pagination" class="pagination" aria-label=${`${t.page(at + 1, pages)} — ${caption}`}>
    <button type="button" ?disabled=${at === 0} @click=${() => turn(at - 1)}>${t.previousPage}</button>
    <span>${t.page(at + 1, pages)} · ${t.showing(page.rows.length, shown)}</span>
    <button type="button" ?disabled=${at >= pages - 1} @click=${() => turn(at + 1)}>${t.nextPage}</button>
  </nav>`;
}
