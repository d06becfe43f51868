import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { uncertaintyExample } from '../stories/sample-data.js';
import '../define.js';
import { inDark, inEnglish, type Story } from '../stories/story-variants.js';

const meta: Meta = {
  title: 'Widgets/dti-rank-interval',
  component: 'dti-rank-interval',
  loaders: [async () => ({ result: await uncertaintyExample() })],
  render: (args, { loaded }) =>
    html`<dti-rank-interval lang=${args.lang ?? 'vi'} theme=${args.theme ?? 'light'} highlight="u3" .result=${loaded.result}></dti-rank-interval>`,
};
export default meta;

/** 1,000 runs with Dirichlet weights and the arithmetic or geometric mean: how sure is each rank? */
export const Vietnamese: Story = {};
export const English: Story = inEnglish();
export const Dark: Story = inDark();
