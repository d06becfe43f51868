import { css } from 'lit';

/**
 * The focus ring of the elements' controls (buttons, inputs, links, focusable rows): 3px of
 * `--dti-color-focus`, 2px off the edge, shown for keyboard focus only.
 */
export const focusRing = css`
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
