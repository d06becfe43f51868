import {
  analyseUncertainty,
  defineFramework,
  prepareDataset,
  seededRandom,
  type UncertaintyResult,
} from '@dti-kit/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { COMMUNES } from '../stories/sample-data.js';
import '../define.js';

/** Twelve communes, three pillars of three indicators, values from a seeded generator. */
async function example(): Promise<UncertaintyResult> {
  const framework = defineFramework({
    format: 1,
    id: 'minh-hoa',
    version: '1',
    label: { vi: 'Minh họa' },
    scale: { min: 0, max: 100 },
    precision: 1,
    root: {
      kind: 'group',
      id: 'r',
      label: { vi: 'Chỉ số' },
      children: ['cqs', 'kts', 'xhs'].map((p) => ({
        kind: 'group' as const,
        id: p,
        label: { vi: p },
        children: [1, 2, 3].map((i) => ({
          kind: 'indicator' as const,
          id: `${p}${i}`,
          label: { vi: `${p}${i}` },
          method: { type: 'minMax' as const },
        })),
      })),
    },
  });
  const random = seededRandom(12);
  const data = prepareDataset(framework, {
    units: COMMUNES.map((name, u) => ({
      id: `u${u}`,
      name,
      values: Object.fromEntries(
        ['cqs', 'kts', 'xhs'].flatMap((p) => [1, 2, 3].map((i) => [`${p}${i}`, Math.round(40 + random() * 60)])),
      ),
    })),
  });
  return analyseUncertainty(framework, data, {
    weights: { method: 'dirichlet', concentration: 20 },
    aggregation: ['asIs', 'geometric'],
    runs: 1000,
    seed: 3,
  });
}

const meta: Meta = {
  title: 'Widgets/dti-rank-interval',
  component: 'dti-rank-interval',
  loaders: [async () => ({ result: await example() })],
  render: (args, { loaded }) =>
    html`<dti-rank-interval lang=${args.lang ?? 'vi'} theme=${args.theme ?? 'light'} highlight="u3" .result=${loaded.result}></dti-rank-interval>`,
};
export default meta;
type Story = StoryObj;

/** 1,000 runs with Dirichlet weights and the arithmetic or geometric mean: how sure is each rank? */
export const Vietnamese: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div class="dark-frame">${story()}</div>`],
};
