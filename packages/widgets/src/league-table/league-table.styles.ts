import { css } from 'lit';
import { blockStyles } from '../shared/element-styles.js';
import { focusRing } from '../shared/focus-ring.js';

export const leagueTableStyles = blockStyles(
  focusRing,
  css`
    :host {
      container-type: inline-size;
      line-height: 1.4;
    }
    .base {
      color: var(--_text);
      background: var(--_bg);
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: end;
      margin-block-end: 0.75rem;
    }
    .controls label {
      display: grid;
      gap: 0.2rem;
      font-size: 0.8125rem;
      color: var(--_muted);
    }
    .controls .search {
      flex: 1 1 14rem;
    }
    input,
    select,
    button {
      font: inherit;
      font-size: 0.9375rem;
      color: var(--_text);
      background: var(--_bg);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      min-block-size: 2.25rem;
      padding: 0.25rem 0.6rem;
    }
    button {
      cursor: pointer;
    }
    button:disabled {
      cursor: default;
      opacity: 0.55;
    }
    .scroller {
      max-block-size: var(--dti-table-max-height, 70vh);
      overflow: auto;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    table {
      inline-size: 100%;
      border-collapse: separate;
      border-spacing: 0;
    }
    caption {
      text-align: start;
      font-weight: 650;
      padding: 0.6rem 0.75rem;
      caption-side: top;
    }
    th,
    td {
      padding: 0.45rem 0.75rem;
      border-block-end: 1px solid var(--_border);
      text-align: start;
      vertical-align: middle;
    }
    thead th {
      position: sticky;
      inset-block-start: 0;
      z-index: 1;
      background: var(--_surface);
      padding: 0;
      white-space: nowrap;
    }
    thead th button {
      inline-size: 100%;
      border: 0;
      border-radius: 0;
      background: transparent;
      font-weight: 650;
      text-align: inherit;
      padding: 0.45rem 0.75rem;
      min-block-size: 2.5rem;
    }
    thead th.num button {
      text-align: end;
    }
    .arrow {
      margin-inline-start: 0.3em;
      color: var(--_muted);
      font-size: 0.75em;
    }
    [aria-sort='ascending'] .arrow,
    [aria-sort='descending'] .arrow {
      color: var(--_accent);
    }
    tbody tr {
      cursor: pointer;
    }
    tbody tr:hover {
      background: var(--_surface);
    }
    tbody tr:focus-visible {
      outline-offset: -3px;
    }
    tbody tr.highlight {
      background: var(--_highlight);
    }
    tbody th {
      font-weight: 600;
    }
    .num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .value,
    .pillar {
      min-inline-size: 7.5rem;
    }
    .figure {
      display: inline-block;
      min-inline-size: 3.2em;
    }
    .bar {
      display: inline-block;
      inline-size: 4rem;
      block-size: 0.5rem;
      margin-inline-start: 0.5rem;
      vertical-align: middle;
    }
    .bar .track {
      fill: var(--_track);
    }
    .bar .fill:not(.banded) {
      fill: var(--_accent);
    }
    .tie,
    .muted {
      color: var(--_muted);
    }
    /* A long status ("không có trong số liệu công bố") wraps instead of widening the rank column. */
    .rank .muted {
      display: inline-block;
      max-inline-size: 9em;
    }
    .change.up {
      color: var(--_up);
    }
    .change.down {
      color: var(--_down);
    }
    .change.same,
    .change.new {
      color: var(--_muted);
    }
    .badge {
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
      white-space: nowrap;
    }
    .dot {
      inline-size: 0.65em;
      block-size: 0.65em;
    }
    .status {
      padding: 1rem;
      color: var(--_muted);
    }
    .legend {
      margin-block: 0.6rem 0;
      color: var(--_muted);
      font-size: 0.875rem;
    }
    .pagination,
    .count {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
      margin-block-start: 0.6rem;
      color: var(--_muted);
      font-size: 0.875rem;
    }
    [part~='error'] {
      padding: 0.75rem 1rem;
      border: 1px solid var(--_down);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    [part~='error'] ul {
      margin: 0.5rem 0 0;
      padding-inline-start: 1.2rem;
    }
    .warning {
      margin-block-end: 0.75rem;
      padding: 0.6rem 0.9rem;
      border: 1px solid var(--_border);
      border-inline-start: 4px solid var(--_down);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    [part~='cell'] {
      position: relative;
    }
    /* The warnings' lists and the ◐ marks are styled in notice-styles.ts, loaded with them. */

    /* Narrow screens: each unit becomes a card; the table's roles keep it a table for screen readers. */
    @container (max-width: 480px) {
      table,
      thead,
      tbody,
      tr,
      th,
      td {
        display: block;
      }
      thead {
        position: sticky;
        inset-block-start: 0;
        z-index: 1;
        display: flex;
        flex-wrap: wrap;
        background: var(--_surface);
      }
      thead tr {
        display: flex;
        flex-wrap: wrap;
      }
      thead th {
        position: static;
        border: 0;
      }
      thead th button {
        font-size: 0.8125rem;
        min-block-size: 2rem;
      }
      caption {
        display: block;
      }
      tbody tr {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1rem;
        padding: 0.5rem 0.75rem;
        border-block-end: 1px solid var(--_border);
      }
      tbody th,
      tbody td,
      tbody .num {
        border: 0;
        padding: 0.1rem 0;
        text-align: start;
      }
      tbody th {
        order: -1;
        inline-size: 100%;
        font-size: 1.0625rem;
      }
      tbody .value,
      tbody .pillar {
        inline-size: 100%;
      }
      tbody td[data-label]::before {
        content: attr(data-label) ': ';
        color: var(--_muted);
        font-size: 0.8125rem;
      }
      .scroller {
        max-block-size: none;
      }
    }

    @media print {
      .controls,
      .pagination,
      .bar {
        display: none;
      }
      .scroller {
        max-block-size: none;
        overflow: visible;
        border: 0;
      }
      thead th {
        position: static;
      }
      tbody tr {
        break-inside: avoid;
      }
    }
    @media (forced-colors: active) {
      .bar .fill {
        fill: Highlight;
      }
      tbody tr.highlight {
        outline: 2px solid Highlight;
      }
    }
  `,
);
