import { css } from 'lit';
import { blockStyles } from '../shared/element-styles.js';

export const mapStyles = blockStyles(
  css`
    figure {
      margin: 0;
    }
    figcaption {
      font-weight: 650;
      padding-block-end: 0.4rem;
    }
    .frame {
      position: relative;
    }
    svg[part~='map'] {
      display: block;
      inline-size: 100%;
      max-block-size: var(--dti-map-max-height, 80vh);
      overflow: visible;
    }
    .region {
      cursor: pointer;
      outline: none;
    }
    .region.missing {
      cursor: default;
    }
    /* A region's shape is its group's child: the child combinator lets the style of a shape re-coloured by a what-if
       weight (hundreds per move on a map of communes) be matched by looking at its parent alone, where
       a descendant selector that does not match (not hovered, not chosen) looks up to the root. */
    .region > rect {
      stroke: var(--_bg);
      stroke-width: 0.3;
    }
    .region > path {
      stroke: var(--_border);
      stroke-width: 0.6;
      vector-effect: non-scaling-stroke;
    }
    .region.plain > rect,
    .region.plain > path,
    .swatch rect.plain {
      fill: var(--_accent);
    }
    .region:hover > rect,
    .region:hover > path {
      stroke: var(--_text);
      stroke-width: 0.5;
    }
    [part~='region-selected'] > rect,
    [part~='region-selected'] > path {
      stroke: var(--_text);
      stroke-width: 0.9;
    }
    .region:focus-visible > rect,
    .region:focus-visible > path {
      stroke: var(--_focus);
      stroke-width: 1.1;
    }
    [part~='region-selected'] > path,
    .region:focus-visible > path {
      stroke-width: 3;
    }
    .hatch-ground {
      fill: var(--_surface);
    }
    .hatch-line {
      stroke: var(--_track);
      stroke-width: 1;
    }
    .label {
      font-size: 2.1px;
      font-weight: 600;
      text-anchor: middle;
      dominant-baseline: central;
      pointer-events: none;
    }
    .label.dark {
      fill: #1b1f24;
    }
    .label.light {
      fill: #ffffff;
    }
    .label.on-missing {
      fill: var(--_muted);
    }
    .label.on-accent {
      fill: var(--_bg);
    }
    .label.halo {
      fill: #1b1f24;
      stroke: #ffffff;
      stroke-width: 0.5px;
      paint-order: stroke;
    }
    .tooltip {
      position: absolute;
      z-index: 1;
      transform: translate(-50%, calc(-100% - 6px));
      display: grid;
      gap: 0.1rem;
      padding: 0.35rem 0.55rem;
      background: var(--_bg);
      color: var(--_text);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
      font-size: 0.8125rem;
      white-space: nowrap;
      pointer-events: none;
    }
    .tooltip.start {
      transform: translate(-12px, calc(-100% - 6px));
    }
    .tooltip.end {
      transform: translate(calc(-100% + 12px), calc(-100% - 6px));
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.3rem 0.9rem;
      list-style: none;
      margin: 0.6rem 0 0;
      padding: 0;
      color: var(--_muted);
      font-size: 0.8125rem;
    }
    .legend li {
      display: flex;
      align-items: center;
      gap: 0.35rem;
    }
    .swatch {
      inline-size: 0.9rem;
      block-size: 0.9rem;
      border: 1px solid var(--_border);
    }
    .notice {
      color: var(--_muted);
      font-size: 0.8125rem;
      margin-block-start: 0.5rem;
    }
    .notice p {
      margin: 0.2rem 0;
    }
    [part~='status'] {
      color: var(--_muted);
    }
    [part~='error'] {
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--_down);
      border-radius: var(--_radius);
    }
    /* Tiles fade to a new colour; a boundary map's shapes (thousands of communes) change at once: a
       what-if weight moved over 3,321 communes recolours hundreds, and a transition on each would
       recompute their style in every frame for 150 ms, the next move's frame included. */
    @media (prefers-reduced-motion: no-preference) {
      .region > rect {
        transition: fill 150ms ease-out;
      }
    }
    @media (forced-colors: active) {
      .region > rect,
      .region > path {
        forced-color-adjust: none;
      }
      .region:focus-visible > rect,
      .region:focus-visible > path {
        stroke: Highlight;
      }
    }
  `,
);
