import { css } from 'lit';

/**
 * The box of a card-like element (the scorecard's article, the weights' fieldset): the theme's text and
 * background colours, a 1px border and rounded corners, on its `base` part, and the same box around a
 * fieldset's legend, which sits on that border. Padding is the element's own.
 *
 * @example static override styles = blockStyles(panelStyles, css`.card { padding: 1rem; }`);
 */
export const panelStyles = css`
  [part~='base'],
  [part~='base'] > legend {
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
`;

/**
 * The notice that results are hypothetical (what-if weights), on the scorecard and the weights: bold
 * text on the surface colour behind a 4px edge in the "down" colour. Its margin is the element's own.
 *
 * @example static override styles = blockStyles(whatIfBannerStyles, css`.banner { margin: 0; }`);
 */
export const whatIfBannerStyles = css`
  .banner {
    padding: 0.4rem 0.6rem;
    background: var(--_surface);
    border-inline-start: 4px solid var(--_down);
    font-weight: 600;
  }
`;
