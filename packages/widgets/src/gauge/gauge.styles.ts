import { css } from 'lit';
import { tokens } from '../shared/tokens.js';

export const gaugeStyles = [
  tokens,
  css`
    :host {
      display: inline-block;
      inline-size: 100%;
      max-inline-size: 600px;
      min-inline-size: 80px;
      container-type: inline-size;
      vertical-align: top;
    }
    :host([hidden]) {
      display: none;
    }
    [part~='meter'] {
      display: grid;
      justify-items: center;
      gap: 0.15em;
      --_share: 0;
    }
    svg {
      inline-size: 100%;
      block-size: auto;
      overflow: visible;
    }
    .track {
      fill: var(--_track);
    }
    .value-arc {
      fill: none;
      stroke-width: 20;
      stroke-dasharray: var(--_share) 100;
      transition: stroke-dasharray var(--dti-gauge-duration, 600ms) ease-out;
    }
    .value-arc:not(.banded) {
      stroke: var(--_accent);
    }
    .band-default {
      fill: var(--_muted);
    }
    .target {
      stroke: var(--_text);
      stroke-width: 3;
    }
    .previous {
      stroke: var(--_muted);
      stroke-width: 4;
    }
    .value {
      fill: var(--_text);
      font-size: 30px;
      font-weight: 650;
      font-variant-numeric: tabular-nums;
    }
    .circle .value {
      font-size: 34px;
    }
    .caption {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: 0.25em 0.6em;
      font-size: clamp(0.7rem, 6cqi, 1rem);
      text-align: center;
      overflow-wrap: anywhere;
    }
    .label {
      color: var(--_text);
      font-weight: 600;
      inline-size: 100%;
    }
    .tier {
      color: var(--_muted);
    }
    .change {
      font-variant-numeric: tabular-nums;
    }
    .range-hint {
      color: var(--_down);
      font-weight: 600;
    }
    .value.none {
      fill: var(--_muted);
    }
    .no-value .tier {
      color: var(--_text);
    }
    .note {
      inline-size: 100%;
      color: var(--_muted);
      font-size: 0.875em;
    }
    .change.up {
      color: var(--_up);
    }
    .change.down {
      color: var(--_down);
    }
    .change.same {
      color: var(--_muted);
    }
    .loading {
      min-block-size: 4rem;
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    [part~='error'] {
      padding: 0.5em 0.75em;
      border: 1px solid var(--_down);
      border-radius: var(--_radius);
      color: var(--_text);
      background: var(--_bg);
      font-size: 0.875rem;
    }
    /* Small gauges keep the number and drop the secondary text. */
    @container (max-width: 140px) {
      .tier,
      .change {
        display: none;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .value-arc {
        transition: none;
      }
    }
    @media (forced-colors: active) {
      .value-arc {
        stroke: Highlight;
      }
      [part~='band'] {
        fill: GrayText;
      }
      .value {
        fill: CanvasText;
      }
    }
  `,
];
