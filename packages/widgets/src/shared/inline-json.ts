import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The JSON an editor pastes into an element: a `<script type="application/json">` that is its direct child. */
export const INLINE_JSON = ':scope > script[type="application/json"]';

/** How a message names the pasted JSON as the source of a problem. */
export const INLINE_SOURCE = '<script type="application/json">';

/**
 * Runs `read` once the page is parsed, so that an element reads the JSON pasted inside it whole: at once
 * when the element connects to a parsed page, else at `DOMContentLoaded` (with the script in `<head>` the
 * element upgrades before the parser reaches its children). A disconnected element stops waiting.
 *
 * @example readonly #pasted = new InlineJsonController(this, () => this.#readInline());
 */
export class InlineJsonController implements ReactiveController {
  readonly #read: () => void;

  constructor(host: ReactiveControllerHost, read: () => void) {
    this.#read = read;
    host.addController(this);
  }

  hostConnected(): void {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', this.#read, { once: true });
    else this.#read();
  }

  hostDisconnected(): void {
    document.removeEventListener('DOMContentLoaded', this.#read);
  }
}
