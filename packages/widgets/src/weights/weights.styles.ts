import { css } from 'lit';
import { blockStyles } from '../shared/element-styles.js';
import { focusRing } from '../shared/focus-ring.js';
import { panelStyles, whatIfBannerStyles } from '../shared/panel-styles.js';

export const weightsStyles = blockStyles(
  focusRing,
  panelStyles,
  whatIfBannerStyles,
  css`
    :host {
      line-height: 1.4;
    }
    .base {
      padding: 0.75rem 1rem 1rem;
      margin: 0;
      min-inline-size: 0;
    }
    legend {
      font-weight: 650;
      padding: 0.1rem 0.4rem;
    }
    .row {
      display: grid;
      grid-template-columns: minmax(8rem, 1fr) minmax(8rem, 2fr) auto;
      grid-template-areas: 'label slider value' '. official official';
      align-items: center;
      gap: 0 0.75rem;
      margin-block: 0.5rem;
    }
    .row label {
      grid-area: label;
    }
    .row input {
      grid-area: slider;
      inline-size: 100%;
      accent-color: var(--_accent);
      min-block-size: 1.5rem;
    }
    .row output {
      grid-area: value;
      font-variant-numeric: tabular-nums;
      min-inline-size: 6rem;
      text-align: end;
    }
    .row .muted {
      grid-area: official;
      font-size: 0.8125rem;
    }
    .muted,
    .total {
      color: var(--_muted);
    }
    .banner {
      margin: 0 0 0.5rem;
    }
    button {
      font: inherit;
      color: var(--_text);
      background: var(--_bg);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      min-block-size: 2.25rem;
      padding: 0.25rem 0.75rem;
      cursor: pointer;
    }
    button:disabled {
      cursor: default;
      opacity: 0.55;
    }
    .error {
      border: 1px solid var(--_down);
      border-radius: var(--_radius);
      padding: 0.6rem 0.8rem;
    }
    @media (max-width: 30rem) {
      .row {
        grid-template-columns: 1fr auto;
        grid-template-areas: 'label value' 'slider slider' 'official official';
      }
    }
    @media (prefers-reduced-motion: reduce) {
      * {
        transition: none;
        animation: none;
      }
    }
  `,
);
