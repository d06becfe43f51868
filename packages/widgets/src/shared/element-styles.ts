import { type CSSResult, css } from 'lit';
import { srOnly } from './sr-only.js';
import { tokens } from './tokens.js';

// 15px type, as the portals' body text; `hidden` wins over the element's own `display`.
const blockHost = css`
  :host {
    display: block;
    font-size: 0.9375rem;
  }
  :host([hidden]) {
    display: none;
  }
`;

/**
 * The stylesheets of a block element: the theme tokens, `.sr-only` text, a block host in 15px type that
 * `hidden` hides, then the element's own sheets, which come last so that they win where they differ
 * (e.g. `:host { line-height: 1.4 }`).
 *
 * @example static override styles = blockStyles(focusRing, css`.name { font-weight: 650; }`);
 */
export function blockStyles(...own: CSSResult[]): CSSResult[] {
  return [tokens, srOnly, blockHost, ...own];
}
