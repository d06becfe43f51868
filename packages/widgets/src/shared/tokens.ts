import { css } from 'lit';

/** The dark palette, used by `theme="dark"` and by `theme="auto"` on a dark system. */
const dark = css`
  --_text: var(--dti-color-text, #e6edf3);
  --_muted: var(--dti-color-muted, #9da7b3);
  --_bg: var(--dti-color-background, #0d1117);
  --_surface: var(--dti-color-surface, #161b22);
  --_border: var(--dti-color-border, #3d444d);
  --_accent: var(--dti-color-accent, #6cb6ff);
  --_track: var(--dti-color-track, #30363d);
  --_up: var(--dti-color-up, #57d37a);
  --_down: var(--dti-color-down, #ff8a80);
  --_highlight: var(--dti-color-highlight, #3b3212);
  --_focus: var(--dti-color-focus, #6cb6ff);
  color-scheme: dark;
`;

/**
 * Theme tokens shared by every widget: CSS custom properties with light defaults (a widget follows the
 * page, not the reader's system), dark defaults with `theme="dark"`, or with `theme="auto"` when the
 * system prefers dark, and system colours in forced-colors mode. Portals override any `--dti-…`
 * property on the element or an ancestor.
 *
 * The fallbacks here are the documented defaults: the manifest build (scripts/css-properties.mjs) reads
 * them into custom-elements.json, where the docs and Storybook's theming page find them, and fails when
 * an element's `@cssproperty` tags and the properties its stylesheet reads disagree. A tag says what the
 * property colours in that element; it never restates the default.
 *
 * The dark palette is for screens only: on paper every element prints in the light one, whatever its
 * theme (a dark trend printed near-white labels and a light blue line on white paper). Scoping the two
 * dark rules to `screen` costs the page entry 4 bytes gzip, less than any print rule restating the
 * palette.
 */
export const tokens = css`
  :host {
    --_text: var(--dti-color-text, #1b1f24);
    --_muted: var(--dti-color-muted, #57606a);
    --_bg: var(--dti-color-background, #ffffff);
    --_surface: var(--dti-color-surface, #f6f8fa);
    --_border: var(--dti-color-border, #d0d7de);
    --_accent: var(--dti-color-accent, #0b5cad);
    --_track: var(--dti-color-track, #e4e8ec);
    --_up: var(--dti-color-up, #1a7f37);
    --_down: var(--dti-color-down, #b42318);
    --_highlight: var(--dti-color-highlight, #fff4c2);
    --_focus: var(--dti-color-focus, #0b5cad);
    --_radius: var(--dti-radius, 6px);
    font-family: var(--dti-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    color: var(--_text);
    color-scheme: light;
  }
  @media screen {
    :host([theme='dark']) {
      ${dark}
    }
    @media (prefers-color-scheme: dark) {
      :host([theme='auto']) {
        ${dark}
      }
    }
  }
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_bg: Canvas;
      --_surface: Canvas;
      --_border: CanvasText;
      --_accent: Highlight;
      --_track: GrayText;
      --_up: CanvasText;
      --_down: CanvasText;
      --_highlight: Mark;
      --_focus: Highlight;
    }
  }
`;
