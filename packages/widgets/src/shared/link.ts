// Linked elements: one element owns the data (the provider, e.g. `<dti-league-table id="xh">`), others
// name it with `for="xh"` and follow it. The protocol is the community context protocol, aimed at the
// provider by id rather than bubbling through ancestors (linked elements are usually siblings):
//
// - down: a consumer dispatches a `context-request` event (subscribing) on the provider; the provider
//   answers with a {@link LinkState} and calls back with a new one on every change.
// - up: a consumer asks for a change by dispatching `dti-link-select` (`detail: { id }`) or
//   `dti-link-weights` (`detail: { weights }`) on the provider. The provider applies it and provides the
//   new state. The public `dti-select` event comes from the element where the unit was chosen.
//
// The provider's side is attached to the data element by the first linked element (`provideLink`), so
// the portal's entry, which every page downloads, carries none of it.
//
// The protocol's two sides are written here (a request event, a list of subscribers) rather than taken
// from @lit/context: its provider class, value notifier and events were a third of the code the linked
// elements share.
//
// The context key is a string, not a symbol: elements from two bundles on one page (the portal's and
// an application's, or dti-gauge.js beside dti-widgets.js) carry a copy of this module each, and must
// still find each other.

import type { ScoreTable } from '@dti-kit/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * What linked elements share: the table shown (official, or re-ranked under what-if weights), the
 * official one, the previous period, the selected unit and the what-if weights.
 */
export interface LinkState {
  /** The table every linked element shows: the official table, or a what-if one while weights are set. */
  readonly table: ScoreTable | undefined;
  /** The official table, also while `table` is a what-if. */
  readonly official: ScoreTable | undefined;
  /** The previous period's table, for changes. */
  readonly previous: ScoreTable | undefined;
  /** Id of the selected unit. */
  readonly selected: string | undefined;
  /** What-if weights by node id (relative; re-normalised), or `undefined` for the official weights. */
  readonly weights: Readonly<Record<string, number>> | undefined;
  /** Why the provider shows no data (its `dti-error` message), so linked elements say so, not "loading". */
  readonly error: string | undefined;
}

/** The state before any data: nothing to show, nothing selected. */
export const EMPTY_LINK: LinkState = {
  table: undefined,
  official: undefined,
  previous: undefined,
  selected: undefined,
  weights: undefined,
  error: undefined,
};

/** The context key of linked DTI elements (a string, so that separate bundles share it). */
export const linkContext = 'dti-link';

/** What a provider calls with its state: at once, then on every change while subscribed. */
type LinkCallback = (state: LinkState, unsubscribe?: () => void) => void;

/**
 * The community protocol's `context-request` event: bubbles and crosses shadow roots; the provider
 * that answers stops it.
 */
class ContextRequest extends Event {
  constructor(
    readonly context: string,
    readonly contextTarget: Element,
    readonly callback: LinkCallback,
    readonly subscribe: boolean,
  ) {
    super('context-request', { bubbles: true, composed: true });
  }
}

/** Detail of `dti-link-select`: the unit a linked element asks to select (`undefined` clears). */
export interface LinkSelectDetail {
  id: string | undefined;
}
/** Detail of `dti-link-weights`: what-if weights by node id, or `undefined` for the official ones. */
export interface LinkWeightsDetail {
  weights: Readonly<Record<string, number>> | undefined;
}

declare global {
  interface HTMLElementEventMap {
    'dti-link-select': CustomEvent<LinkSelectDetail>;
    'dti-link-weights': CustomEvent<LinkWeightsDetail>;
  }
}

/** A host with an id-linking attribute: the element whose `for` names the provider. */
type LinkHost = ReactiveControllerHost & HTMLElement & { for?: string | undefined };

/**
 * The consumer side: finds the element named by the host's `for`, subscribes to its {@link LinkState}
 * and re-renders the host on every change. Waits for the provider to be parsed and defined, so the
 * order of elements on the page does not matter.
 *
 * @example
 * readonly #link = new LinkConsumer(this);
 * render() { const unit = this.#link.state.table?.units.find((u) => u.id === this.#link.state.selected); … }
 */
export class LinkConsumer implements ReactiveController {
  /** The provider's latest state ({@link EMPTY_LINK} while not linked). */
  state: LinkState = EMPTY_LINK;
  #provider: HTMLElement | undefined;
  #unsubscribe: (() => void) | undefined;
  #linkedTo: string | undefined;
  #generation = 0;

  constructor(private readonly host: LinkHost) {
    host.addController(this);
  }

  /** Whether the host is linked to a provider that answered. */
  get linked(): boolean {
    return this.#provider !== undefined;
  }

  hostConnected(): void {
    void this.#connect();
  }

  hostUpdate(): void {
    if (this.host.isConnected && this.host.for !== this.#linkedTo) void this.#connect();
  }

  hostDisconnected(): void {
    this.#disconnect();
  }

  /** Asks the provider to select a unit (every linked element follows). No effect when not linked. */
  select(id: string | undefined): void {
    this.#provider?.dispatchEvent(new CustomEvent<LinkSelectDetail>('dti-link-select', { detail: { id } }));
  }

  /** Asks the provider to re-rank with what-if weights (`undefined`: the official ones). */
  setWeights(weights: Readonly<Record<string, number>> | undefined): void {
    this.#provider?.dispatchEvent(new CustomEvent<LinkWeightsDetail>('dti-link-weights', { detail: { weights } }));
  }

  #disconnect(): void {
    this.#generation++;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#provider = undefined;
    this.#linkedTo = undefined;
    if (this.state !== EMPTY_LINK) {
      this.state = EMPTY_LINK;
      this.host.requestUpdate();
    }
  }

  async #connect(): Promise<void> {
    this.#disconnect();
    const id = this.host.for;
    this.#linkedTo = id;
    if (!id) return;
    const generation = this.#generation;
    const provider = await findProvider(this.host, id);
    if (!provider || generation !== this.#generation || !this.host.isConnected) return;
    provideLink(provider);
    provider.dispatchEvent(
      new ContextRequest(
        linkContext,
        this.host,
        (state, unsubscribe) => {
          if (generation !== this.#generation) {
            unsubscribe?.();
            return;
          }
          this.#provider = provider;
          this.#unsubscribe = unsubscribe;
          this.state = state;
          this.host.requestUpdate();
        },
        true,
      ),
    );
  }
}

/**
 * The element with id `id` in the host's document or shadow root, once it exists and is defined (a
 * provider later in the page is found once the page has been parsed). `undefined` if there is none.
 */
async function findProvider(host: HTMLElement, id: string): Promise<Linkable | undefined> {
  const root = host.getRootNode() as Document | ShadowRoot;
  let found = root.getElementById(id);
  if (!found && document.readyState === 'loading') {
    await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    found = root.getElementById(id);
  }
  if (!found) return undefined;
  if (found.localName.includes('-')) await customElements.whenDefined(found.localName);
  return found;
}

/**
 * What an element must offer to be linked to: its loaded tables (read when linking starts and on each
 * `dti-load`), a `highlight`, and optionally `reveal(id)` to bring a unit into view. It fires
 * `dti-load` when data arrives and `dti-select` when a unit is chosen in it. `<dti-league-table>` is one.
 */
export interface Linkable extends HTMLElement {
  readonly scored?: { table: ScoreTable; previous: ScoreTable | undefined } | undefined;
  highlight?: string | undefined;
  reveal?(id: string | undefined): void;
  /** Set to the what-if table while weights are not the official ones, if the element shows one. */
  whatIf?: ScoreTable | undefined;
}

/** A what-if table from the official one; set by the element that offers what-if weights. */
export type Reweigh = (official: ScoreTable, weights: Readonly<Record<string, number>>) => ScoreTable;

// Marks an element that already provides, whichever bundle's copy attached the provider.
const PROVIDING = 'dtiLinkProvider';

/**
 * Makes `element` the provider of its linked elements, once: answers `context-request`s for
 * {@link linkContext} on it with its tables and selection, and applies `dti-link-select` (through
 * `reveal`, else `highlight`) and `dti-link-weights` (through `reweigh`). Attached by the first linked
 * element that finds it, so a page without linked elements carries none of this.
 *
 * @example provideLink(document.getElementById('xh') as Linkable);
 */
export function provideLink(element: Linkable, reweigh?: Reweigh): void {
  const marked = element as Linkable & { [PROVIDING]?: LinkHub };
  if (marked[PROVIDING]) {
    if (reweigh) marked[PROVIDING].reweigh = reweigh;
    return;
  }
  marked[PROVIDING] = new LinkHub(element, reweigh);
}

/** The provider attached to a linkable element. */
class LinkHub {
  #value: LinkState;
  /** Each subscribed callback and what unsubscribes it. */
  readonly #subscribers = new Map<LinkCallback, () => void>();

  constructor(
    private readonly element: Linkable,
    public reweigh: Reweigh | undefined,
  ) {
    this.#value = this.#loaded({ ...EMPTY_LINK, selected: element.highlight });
    element.addEventListener('context-request', (event) => this.#answer(event as ContextRequest));
    element.addEventListener('dti-load', () => this.#set(this.#loaded({ ...this.#value, error: undefined })));
    // Data that failed leaves nothing to follow: linked elements do not go on showing the old tables, and
    // say why rather than wait.
    element.addEventListener('dti-error', (event) => {
      if (event.target !== element) return;
      const message = (event as CustomEvent<{ message?: unknown }>).detail?.message;
      const error = typeof message === 'string' && message ? message : 'error';
      this.#set({ ...this.#value, table: undefined, official: undefined, previous: undefined, error });
    });
    element.addEventListener('dti-select', (event) => {
      const id = (event as CustomEvent<{ id?: unknown }>).detail?.id;
      if (event.target === element && typeof id === 'string') this.#set({ ...this.#value, selected: id });
    });
    element.addEventListener('dti-link-select', (event) => this.#select(event.detail.id));
    element.addEventListener('dti-link-weights', (event) => this.#weigh(event.detail.weights));
  }

  /** Answers a request for the link's state, and keeps the callback of one that subscribes. */
  #answer(request: ContextRequest): void {
    if (request.context !== linkContext) return;
    // An element that is both a provider and a consumer of the link does not answer itself.
    if ((request.contextTarget ?? request.composedPath()[0]) === this.element) return;
    request.stopPropagation();
    const { callback } = request;
    if (request.subscribe && !this.#subscribers.has(callback))
      this.#subscribers.set(callback, () => this.#subscribers.delete(callback));
    callback(this.#value, request.subscribe ? this.#subscribers.get(callback) : undefined);
  }

  /** The state with the element's current tables (the what-if one re-made under the same weights). */
  #loaded(state: LinkState): LinkState {
    const scored = this.element.scored;
    if (!scored) return state;
    const official = scored.table;
    const table = state.weights && this.reweigh ? this.reweigh(official, state.weights) : official;
    return { ...state, table, official, previous: scored.previous };
  }

  #select(id: string | undefined): void {
    if (this.element.reveal) this.element.reveal(id);
    else this.element.highlight = id;
    this.#set({ ...this.#value, selected: id });
  }

  #weigh(weights: Readonly<Record<string, number>> | undefined): void {
    this.#set(this.#loaded({ ...this.#value, weights, table: this.#value.official }));
  }

  #set(next: LinkState): void {
    // The provider shows the what-if table itself, if it can (the league table, against the official ranks).
    if ('whatIf' in this.element) this.element.whatIf = next.weights ? next.table : undefined;
    const now = this.#value;
    const same = (Object.keys(next) as (keyof LinkState)[]).every((k) => next[k] === now[k]);
    if (same) return;
    this.#value = next;
    for (const [callback, unsubscribe] of this.#subscribers) callback(next, unsubscribe);
  }
}
