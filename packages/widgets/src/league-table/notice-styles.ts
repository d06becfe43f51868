import { css } from 'lit';

/**
 * The styles of the table's notices (the warnings above the table, the ◐ mark of a unit on partial data
 * and its explanation): they load with the notices, and the table adds them to its own in the render
 * that first shows one (adopt-notice-styles.ts).
 *
 * @example adoptStyles(root, [...DtiLeagueTable.elementStyles, noticeStyles])
 */
export const noticeStyles = css`
    .twin {
      color: var(--_muted);
      font-weight: normal;
    }
    .warning ul,
    .warnings ul {
      margin: 0.35rem 0 0;
      padding-inline-start: 1.2rem;
    }
    .warning p {
      margin: 0.35rem 0 0;
    }
    .warnings {
      margin-block-end: 0.75rem;
      color: var(--_muted);
      font-size: 0.875rem;
    }
    .warnings summary {
      cursor: pointer;
    }
    .partial {
      min-block-size: 0;
      padding: 0 0.2rem;
      margin-inline-start: 0.15rem;
      border: 0;
      background: transparent;
      color: var(--_down);
      font-size: 0.875rem;
      line-height: 1;
    }
    .tip {
      display: none;
      position: absolute;
      inset-block-start: 100%;
      inset-inline-end: 0.5rem;
      z-index: 2;
      inline-size: max-content;
      max-inline-size: 16rem;
      padding: 0.4rem 0.6rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      color: var(--_text);
      font-size: 0.8125rem;
      text-align: start;
      white-space: normal;
      box-shadow: 0 2px 6px rgb(0 0 0 / 0.15);
      /* Never in the way of the rows below it (WCAG 1.4.13); Escape hides it. */
      pointer-events: none;
    }
    .partial:hover + .tip,
    .partial:focus + .tip,
    tr:focus-visible .tip {
      display: block;
    }
    .base.tips-off .partial + .tip {
      display: none;
    }

    @media print {
      /* On paper the explanation of each mark is printed under the score. */
      .tip {
        display: block;
        position: static;
        inline-size: auto;
        padding: 0;
        border: 0;
        box-shadow: none;
        font-size: 0.75rem;
      }
      .warnings[open] summary ~ *,
      .warnings {
        display: block;
      }
    }
`;
