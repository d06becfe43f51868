import { css } from 'lit';
import { blockStyles } from '../shared/element-styles.js';

export const rankIntervalStyles = blockStyles(
  css`
    table {
      inline-size: 100%;
      border-collapse: collapse;
    }
    caption {
      text-align: start;
      font-weight: 650;
      padding-block-end: 0.4rem;
    }
    th,
    td {
      padding: 0.3rem 0.5rem;
      border-block-end: 1px solid var(--_border);
      text-align: start;
      vertical-align: middle;
    }
    thead th {
      color: var(--_muted);
      font-size: 0.8125rem;
      font-weight: 600;
    }
    .num {
      text-align: end;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
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
