import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RowModel } from './view-model.js';

/** The element the keys move in: it re-renders, and its rows carry `data-id`. */
type Host = ReactiveControllerHost & { renderRoot: ParentNode };

/**
 * The rows' keyboard: one row is the Tab stop (a roving tabindex), the arrow keys, Home and End move it,
 * Enter and Space choose the row.
 *
 * @example
 * readonly #keys = new RowKeys(this);
 * html`<tr tabindex=${row.unit.id === this.#keys.focusId ? 0 : -1} @keydown=${(e) => this.#keys.onKey(e, row, shown, i, choose)}>`
 */
export class RowKeys {
  /** Id of the unit whose row is the Tab stop. */
  focusId: string | undefined;
  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
  }

  /** Keeps the Tab stop on a row that is shown: the first one when the focused row left the page. */
  keep(shown: readonly RowModel[]): void {
    if (!this.focusId || !shown.some((r) => r.unit.id === this.focusId)) this.focusId = shown[0]?.unit.id;
  }

  onKey(
    event: KeyboardEvent,
    row: RowModel,
    rows: readonly RowModel[],
    index: number,
    choose: (row: RowModel) => void,
  ) {
    // Keys pressed on a control inside the row (the partial-data mark) belong to that control.
    if (event.target !== event.currentTarget) return;
    const to = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1 }[event.key];
    if (event.key === 'Enter' || event.key === ' ') choose(row);
    else if (to !== undefined) this.#move(rows, to);
    else return;
    event.preventDefault();
  }

  #move(rows: readonly RowModel[], to: number): void {
    const target = rows[Math.max(0, Math.min(rows.length - 1, to))];
    if (!target) return;
    this.focusId = target.unit.id;
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => {
      const id = this.focusId;
      const tr = [...this.#host.renderRoot.querySelectorAll<HTMLElement>('tbody tr')].find((r) => r.dataset.id === id);
      tr?.focus();
    });
  }
}

/**
 * Escape hides the explanations of the partial-data marks (a tip must be dismissable without moving the
 * pointer); they may show again once the pointer or the focus moves on (`on`).
 *
 * @example readonly #tips = new TipsKey(this); … html`<div class=${this.#tips.off ? 'base tips-off' : 'base'} @focusin=${this.#tips.on}>`
 */
export class TipsKey implements ReactiveController {
  /** Escape was pressed and nothing has moved since. */
  off = false;
  readonly #host: ReactiveControllerHost;
  readonly #escape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.#set(true);
  };
  /** The pointer or the focus moved on after Escape: the explanations may show again. */
  readonly on = () => this.#set(false);

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.#escape);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.#escape);
  }

  #set(off: boolean): void {
    if (this.off === off) return;
    this.off = off;
    this.#host.requestUpdate();
  }
}
