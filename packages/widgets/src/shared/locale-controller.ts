import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Locale, localeOf } from './locale.js';

// One observer for every element: a `lang` change anywhere (on <html>, on an ancestor or on the element
// itself) is rare, and re-rendering every element then is cheaper than an observer per element.
const hosts = new Set<ReactiveControllerHost & Element>();
let observer: MutationObserver | undefined;

/**
 * Follows the language an element speaks: its `locale` attribute (a reactive property, re-rendered by
 * Lit), else the nearest `lang`, else Vietnamese. A `lang` set or changed later on `<html>`, an ancestor
 * or the element re-renders it, so a page that switches language switches its widgets too.
 *
 * @example
 * readonly #language = new LocaleController(this);
 * render() { return html`${STRINGS[this.#language.locale].title}`; }
 */
export class LocaleController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element & { locale?: string | undefined };

  constructor(host: ReactiveControllerHost & Element & { locale?: string | undefined }) {
    this.#host = host;
    host.addController(this);
  }

  /** The language now: `vi` or `en`. */
  get locale(): Locale {
    return localeOf(this.#host, this.#host.locale);
  }

  hostConnected(): void {
    hosts.add(this.#host);
    observer ??= new MutationObserver(() => {
      for (const host of hosts) host.requestUpdate();
    });
    // Observing the same node again only renews the options. An element inside a shadow root is not
    // below <html> in the tree: its own `lang` is watched as well.
    observer.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
    if (this.#host.getRootNode() !== document) observer.observe(this.#host, { attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
  }
}
