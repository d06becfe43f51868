import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { profileTable } from '../stories/profile-sample.js';
import '../define.js';
import { inDark, inEnglish, type Story } from '../stories/story-variants.js';

const meta: Meta = {
  title: 'Widgets/dti-weights',
  component: 'dti-weights',
  render: (args) =>
    html`<div lang=${args.lang ?? 'vi'}>
      <dti-weights for=${args.for ?? 'xh-weights'} groups=${args.groups ?? ''} theme=${args.theme ?? 'light'}></dti-weights>
      <dti-league-table id="xh-weights" theme=${args.theme ?? 'light'} .result=${profileTable()}></dti-league-table>
      <dti-scorecard for="xh-weights" theme=${args.theme ?? 'light'}></dti-scorecard>
    </div>`,
};
export default meta;

/** Sliders per pillar, linked to a league table and a scorecard: moving one re-ranks both. */
export const Linked: Story = {};
export const English: Story = inEnglish();
export const Dark: Story = inDark();
/** A group the table does not list: the error names it and lists the groups. */
export const UnknownGroup: Story = { args: { groups: 'cqs,khong-co' } };
/** No league table with that id on the page. */
export const NotLinked: Story = { args: { for: 'khong-co' } };
