import { css } from 'lit';
import { dataTableStyles } from '../shared/data-table-styles.js';
import { blockStyles } from '../shared/element-styles.js';

export const rankIntervalStyles = blockStyles(
  dataTableStyles,
  css`
    caption {
      padding-block-end: 0.4rem;
    }
    th,
    td {
      padding: 0.3rem 0.5rem;
      vertical-align: middle;
    }
    thead th {
      font-weight: 600;
    }
    .range {
      inline-size: 45%;
      min-inline-size: 6rem;
    }
    tbody th {
      font-weight: 600;
      white-space: nowrap;
    }
    svg {
      inline-size: 100%;
      block-size: 1rem;
      overflow: visible;
    }
    .axis {
      stroke: var(--_track);
      stroke-width: 2;
    }
    .interval {
      stroke: var(--_accent);
      stroke-width: 6;
      stroke-linecap: round;
    }
    .median {
      stroke: var(--_bg);
      stroke-width: 2;
    }
    .nominal {
      stroke: var(--_text);
      stroke-width: 4;
    }
    .legend {
      color: var(--_muted);
      font-size: 0.8125rem;
      margin-block-start: 0.4rem;
    }
    .warnings {
      padding-inline-start: 1.2rem;
    }
    [part~='error'] {
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--_down);
      border-radius: var(--_radius);
    }
    @media (forced-colors: active) {
      .interval {
        stroke: Highlight;
      }
    }
  `,
);
