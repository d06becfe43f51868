import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { COMMUNES, previousOf, sampleTable } from './stories/sample-data.js';
import './define.js';

/** Every `--dti-…` custom property with its default, as the components document them. */
const PROPERTIES = {
  '--dti-color-text': '#1b1f24',
  '--dti-color-muted': '#57606a',
  '--dti-color-background': '#ffffff',
  '--dti-color-surface': '#f6f8fa',
  '--dti-color-border': '#d0d7de',
  '--dti-color-accent': '#0b5cad',
  '--dti-color-track': '#e4e8ec',
  '--dti-color-up': '#1a7f37',
  '--dti-color-down': '#b42318',
  '--dti-color-highlight': '#fff4c2',
  '--dti-color-focus': '#0b5cad',
  '--dti-radius': '6px',
  '--dti-font-family': 'system-ui, sans-serif',
  '--dti-table-max-height': '24rem',
  '--dti-gauge-duration': '600ms',
} as const;

const table = sampleTable(COMMUNES, { seed: 4 });

const meta: Meta = {
  title: 'Theming/CSS custom properties',
  args: { ...PROPERTIES },
  argTypes: Object.fromEntries(
    Object.keys(PROPERTIES).map((name) => [name, { control: name.includes('color') ? 'color' : 'text' }]),
  ),
  // The properties are set on a wrapper, as a portal would set them on a container: both widgets follow live.
  render: (args) => html`<div
    ${ref((el) => {
      if (el instanceof HTMLElement)
        for (const [name, value] of Object.entries(args)) el.style.setProperty(name, String(value));
    })}
  >
    <dti-gauge value="72.4" previous="68.1" label="Xã Võng Xuyên"></dti-gauge>
    <dti-league-table highlight="u2" .result=${table} .previous=${previousOf(table)}></dti-league-table>
  </div>`,
};
export default meta;

export const AllProperties: StoryObj = {};

/** A portal's own brand: a serif font, square corners, a red accent. */
export const PortalBrand: StoryObj = {
  args: {
    '--dti-font-family': 'Georgia, serif',
    '--dti-radius': '0',
    '--dti-color-accent': '#a1121a',
    '--dti-color-focus': '#a1121a',
  },
};
