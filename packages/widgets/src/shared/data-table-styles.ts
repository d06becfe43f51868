import { css } from 'lit';

/**
 * A table of figures inside an element (the scorecard's indicators, the rank interval's units): full
 * width, one line between rows, headings in the muted colour at 13px, a bold caption, and `.num` cells
 * aligned to the end in tabular digits. Padding and weights are the element's own, in its sheet after
 * this one.
 *
 * @example static override styles = blockStyles(dataTableStyles, css`th, td { padding: 0.3rem; }`);
 */
export const dataTableStyles = css`
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 650;
  }
  th,
  td {
    border-block-end: 1px solid var(--_border);
    text-align: start;
  }
  thead th {
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
`;
