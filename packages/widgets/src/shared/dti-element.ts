import { LitElement, type PropertyDeclarations } from 'lit';
import type { Locale } from './locale.js';
import { LocaleController } from './locale-controller.js';

/**
 * The base of every DTI Kit element: the `locale` and `theme` attributes every element has, the language
 * it speaks (following `lang` changes on the page), and `emit` for its `dti-…` events. The theme is CSS
 * only: the shared tokens (`tokens.ts`) read `:host([theme])`.
 *
 * @example class DtiExample extends DtiElement { render() { return html`${this.currentLocale()}`; } }
 */
export class DtiElement extends LitElement {
  static override properties: PropertyDeclarations = {
    locale: { reflect: true },
    theme: { reflect: true },
  };

  /** `vi` or `en`; default the page's `lang`, else Vietnamese. */
  declare locale: 'vi' | 'en' | undefined;
  /** `light` (default), `dark` or `auto` (follows the system). */
  declare theme: 'light' | 'dark' | 'auto' | undefined;

  readonly #language = new LocaleController(this);

  /**
   * Dispatches a `dti-…` event that bubbles out of the shadow root, as every event of the elements does.
   *
   * @example this.emit('dti-select', { id: 'gia-lam' });
   * @internal Each element documents the events it emits.
   */
  emit<T>(name: `dti-${string}`, detail: T): boolean {
    // Built apart from the dispatch: the manifest's analyser would list a dispatched `new CustomEvent(name)`
    // as an event called "name".
    const event = new CustomEvent<T>(name, { detail, bubbles: true, composed: true });
    return this.dispatchEvent(event);
  }

  /**
   * The language the element speaks now: `locale`, else the nearest `lang`, else `vi`.
   * @internal
   */
  protected currentLocale(): Locale {
    return this.#language.locale;
  }
}

/**
 * An element that can follow a `<dti-league-table>` named by id in its `for` attribute (the map, the
 * trend, the scorecard and the weights). What it takes from the table (data, the chosen unit, the
 * ranking to change) is said by each element.
 *
 * @example class DtiExample extends DtiLinkedElement { render() { return html`${this.for}`; } }
 */
export class DtiLinkedElement extends DtiElement {
  static override properties: PropertyDeclarations = {
    for: { reflect: true },
  };

  /** Id of a `<dti-league-table>` to follow. */
  declare for: string | undefined;
}
