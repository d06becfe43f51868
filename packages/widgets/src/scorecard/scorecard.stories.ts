import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { previousTable, profileTable } from '../stories/profile-sample.js';
import '../define.js';
import { inDark, inEnglish, type Story } from '../stories/story-variants.js';

const meta: Meta = {
  title: 'Widgets/dti-scorecard',
  component: 'dti-scorecard',
  render: (args) =>
    html`<dti-scorecard lang=${args.lang ?? 'vi'} theme=${args.theme ?? 'light'} unit-id=${args.unitId ?? 'phuc-tho'}
      benchmark=${args.benchmark ?? 'parent-mean'} .table=${args.table === null ? undefined : profileTable()} .previous=${previousTable()}></dti-scorecard>`,
};
export default meta;

/** One commune: ranks in its province and overall, change, pillars against the province's mean, lost points. */
export const Unit: Story = {};
export const English: Story = inEnglish();
export const Dark: Story = inDark();
/** Against the best unit instead of the mean. */
export const AgainstTheBest: Story = { args: { benchmark: 'best', unitId: 'giong-trom' } };
/** A province: the tier distribution of its communes. */
export const Group: Story = { args: { unitId: 'Hà Nội' } };
/** A unit the table does not have: the error names it. */
export const UnknownUnit: Story = { args: { unitId: 'khong-co' } };
/** Nothing given yet. */
export const NoData: Story = { args: { table: null } };
