import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * What the table says to screen readers after the reader acts (a sort, a filter, a page turned): a
 * polite live region, rendered by the element where it wants it.
 *
 * @example readonly #announcer = new Announcer(this); … this.#announcer.say(t.page(2, 5)); … html`${this.#announcer.render()}`
 */
export class Announcer {
  #text = '';
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  say(text: string): void {
    this.#text = text;
    this.#host.requestUpdate();
  }

  render(): TemplateResult {
    return html`<div class="sr-only" role="status" aria-live="polite">${this.#text}</div>`;
  }
}
