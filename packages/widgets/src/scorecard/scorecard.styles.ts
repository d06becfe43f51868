import { css } from 'lit';
import { dataTableStyles } from '../shared/data-table-styles.js';
import { blockStyles } from '../shared/element-styles.js';
import { focusRing } from '../shared/focus-ring.js';
import { panelStyles, whatIfBannerStyles } from '../shared/panel-styles.js';

// On paper (the print rules): black on white whatever the theme (a dark theme printed light text on
// white, a black track and an invisible benchmark mark), bars in ink that reads in grayscale, no
// screen-only hint, and the framework and the data's address written out (the `.source` line, hidden on
// screen). The card stays on one page; a card taller than a page breaks between blocks, never inside a
// fact, the pillars' table (its caption and header were left alone at a page's foot) or a row, nor right
// after a heading.
export const scorecardStyles = blockStyles(
  focusRing,
  panelStyles,
  dataTableStyles,
  whatIfBannerStyles,
  css`
    :host {
      container-type: inline-size;
      line-height: 1.4;
    }
    .card {
      padding: 1rem;
    }
    .name {
      font-size: 1.25rem;
      margin: 0 0 0.75rem;
    }
    h3 {
      font-size: 1rem;
      margin: 1rem 0 0.4rem;
    }
    .where,
    .muted,
    dt {
      color: var(--_muted);
      font-weight: 400;
    }
    .note {
      display: block;
      color: var(--_muted);
      font-size: 0.8125rem;
    }
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr));
      gap: 0.75rem 1rem;
      margin: 0;
    }
    .fact dt {
      font-size: 0.8125rem;
    }
    .fact dd {
      margin: 0;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }
    .fact.big dd {
      font-size: 1.75rem;
      line-height: 1.1;
    }
    .badge {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
    }
    .dot {
      inline-size: 0.7rem;
      block-size: 0.7rem;
    }
    .change.up {
      color: var(--_up);
    }
    .change.down {
      color: var(--_down);
    }
    table {
      margin-block-start: 1rem;
    }
    caption {
      color: var(--_text);
      padding-block-end: 0.3rem;
    }
    th,
    td {
      padding: 0.3rem 0.4rem;
      font-weight: 400;
    }
    /* A long benchmark name ("Average of the area") wraps rather than squeeze the bars on a phone. */
    thead th.num {
      white-space: normal;
    }
    .bar-cell {
      inline-size: 40%;
    }
    .bar {
      display: block;
      inline-size: 100%;
      block-size: 0.75rem;
    }
    .track {
      fill: var(--_track);
    }
    .fill {
      fill: var(--_accent);
    }
    .benchmark {
      stroke: var(--_text);
      stroke-width: 2px;
    }
    .lost ol {
      margin: 0;
      padding-inline-start: 1.4rem;
    }
    .left-out {
      margin-block: 0.5rem 0;
    }
    .stack {
      display: block;
      inline-size: 100%;
      block-size: 1.25rem;
      border-radius: var(--_radius);
    }
    .segment.none {
      fill: var(--_muted);
    }
    .segment {
      stroke: var(--_bg);
      stroke-width: 1px;
      vector-effect: non-scaling-stroke;
    }
    .counts {
      margin: 0.4rem 0 0;
      font-variant-numeric: tabular-nums;
    }
    .banner {
      margin: 0 0 0.75rem;
    }
    .status {
      color: var(--_muted);
    }
    .error {
      border: 1px solid var(--_down);
      border-radius: var(--_radius);
      padding: 0.6rem 0.8rem;
    }
    @container (max-width: 24rem) {
      .bar-cell {
        inline-size: 30%;
      }
    }
    .source {
      display: none;
    }
    @media print {
      :host,
      :host([theme]) {
        --_text: #000;
        --_muted: #333;
        --_bg: #fff;
        --_border: #000;
        --_track: #d0d7de;
        --_accent: var(--dti-color-accent, #0b5cad);
        --_up: var(--dti-color-up, #1a7f37);
        --_down: var(--dti-color-down, #b42318);
        color-scheme: light;
      }
      .bar,
      .stack,
      .dot {
        print-color-adjust: exact;
        -webkit-print-color-adjust: exact;
      }
      .card,
      tr,
      li,
      .fact,
      .pillars,
      .distribution {
        break-inside: avoid;
      }
      h3 {
        break-after: avoid;
      }
      .hint {
        display: none;
      }
      .source {
        display: block;
        overflow-wrap: anywhere;
      }
    }
  `,
);
