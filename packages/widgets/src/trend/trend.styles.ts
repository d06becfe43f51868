import { css } from 'lit';
import { blockStyles } from '../shared/element-styles.js';

export const trendStyles = blockStyles(
  css`
    :host {
      --_s1: var(--dti-color-series-2, #c2410c);
      --_s2: var(--dti-color-series-3, #8250df);
    }
    :host([variant='sparkline']) {
      display: inline-block;
      vertical-align: middle;
    }
    figure {
      margin: 0;
      container-type: inline-size;
    }
    figcaption {
      font-weight: 650;
      padding-block-end: 0.4rem;
    }
    svg.chart {
      inline-size: 100%;
      block-size: auto;
      overflow: visible;
    }
    .grid {
      stroke: var(--_track);
      stroke-width: 1;
    }
    .tick,
    .axis-title {
      fill: var(--_muted);
      font-size: 12px;
    }
    .period {
      fill: var(--_text);
      font-size: 12px;
    }
    /* The chart scales with its width, its labels with it: on a narrow column (a phone) they are drawn
       larger in the chart's units so they stay about 11 px or more on screen. The value axis's title goes:
       the caption says what is drawn, and the labels need its room. */
    @container (max-width: 35rem) {
      .tick,
      .period,
      .axis-title {
        font-size: 16px;
      }
    }
    @container (max-width: 26rem) {
      .tick,
      .period,
      .axis-title {
        font-size: 21px;
      }
      .axis-title[transform] {
        display: none;
      }
    }
    .band {
      fill: var(--_track);
      opacity: 0.7;
    }
    .median {
      stroke: var(--_muted);
      stroke-width: 2;
      stroke-dasharray: 6 4;
      fill: none;
    }
    .median-dot {
      fill: var(--_muted);
    }
    .line {
      fill: none;
      stroke-width: 2.5;
      stroke: var(--_accent);
    }
    /* "/63", "/34": the ranked set of each segment of a rank line. */
    .set {
      fill: var(--_muted);
      font-size: 12px;
    }
    .point {
      fill: var(--_accent);
      stroke: var(--_bg);
      stroke-width: 2;
      cursor: pointer;
      outline: none;
    }
    .s1 .line {
      stroke: var(--_s1);
      stroke-dasharray: 8 3;
    }
    .s1 .point {
      fill: var(--_s1);
    }
    .s2 .line {
      stroke: var(--_s2);
      stroke-dasharray: 2 3;
    }
    .s2 .point {
      fill: var(--_s2);
    }
    /* The unit chosen on the page: heavier, so it stands out among several lines. */
    .selected .line {
      stroke-width: 4;
    }
    /* Rolled up from former units: hollow, so a derived figure never looks like a published one. */
    .point.rolled-up {
      fill: var(--_bg);
      stroke: var(--_accent);
      stroke-width: 2.5;
    }
    .s1 .point.rolled-up {
      stroke: var(--_s1);
    }
    .s2 .point.rolled-up {
      stroke: var(--_s2);
    }
    .point:focus-visible,
    .point.active {
      stroke: var(--_focus);
      stroke-width: 3;
    }
    .tip rect {
      fill: var(--_surface);
      stroke: var(--_border);
    }
    .tip text {
      fill: var(--_text);
      font-size: 12px;
    }
    @media (prefers-reduced-motion: no-preference) {
      .point {
        transition: r 120ms ease-out;
      }
    }
    .legend,
    .notes {
      color: var(--_muted);
      font-size: 0.8125rem;
      margin: 0.3rem 0 0;
      padding: 0;
      list-style: none;
    }
    .key {
      display: inline-flex;
      align-items: center;
      gap: 0.3rem;
      margin-inline-end: 1rem;
      color: var(--_text);
    }
    .key svg {
      inline-size: 1.5rem;
      block-size: 0.75rem;
    }
    .spark svg {
      display: block;
      overflow: visible;
    }
    .spark-line {
      stroke: var(--_accent);
      stroke-width: 1.5;
    }
    .spark-dot {
      fill: var(--_accent);
    }
    .spark-dot.rolled-up {
      fill: var(--_bg);
      stroke: var(--_accent);
      stroke-width: 1;
    }
    [part~='error'] {
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--_down);
      border-radius: var(--_radius);
    }
    .status {
      color: var(--_muted);
    }
  `,
);
