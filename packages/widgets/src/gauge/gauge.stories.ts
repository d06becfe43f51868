import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { sampleTable } from '../stories/sample-data.js';
import '../define.js';
import { inDark, inEnglish, type Story } from '../stories/story-variants.js';

const tiers = JSON.stringify([
  { min: 0, label: 'Yếu', color: '#b42318' },
  { min: 0.5, label: 'Trung bình', color: '#b07800' },
  { min: 0.65, label: 'Khá', color: '#4d8f00' },
  { min: 0.8, label: 'Tốt', color: '#1a7f37' },
]);

const meta: Meta = {
  title: 'Widgets/dti-gauge',
  component: 'dti-gauge',
  args: {
    value: 0.6961,
    min: 0,
    max: 1,
    precision: 4,
    label: 'Bình quân cấp tỉnh 2024',
    previous: 0.6783,
    target: 0.8,
  },
  render: (args) => html`<div class="frame">
    <dti-gauge
      value=${args.value}
      min=${args.min}
      max=${args.max}
      precision=${args.precision}
      label=${args.label}
      previous=${args.previous}
      target=${args.target}
      bands=${tiers}
      variant=${args.variant ?? 'semicircle'}
      theme=${args.theme ?? 'light'}
      lang=${args.lang ?? 'vi'}
    ></dti-gauge>
  </div>`,
};
export default meta;

/** DTI 2024, provincial average (0.6961; 2023: 0.6783), with the four tiers as bands and a target. */
export const Vietnamese: Story = {};
export const English: Story = inEnglish({ label: 'Provincial average 2024' });
export const Dark: Story = inDark({ parameters: { backgrounds: { default: 'dark' } } });
export const FullCircle: Story = { args: { variant: 'circle' } };
export const Narrow80px: Story = { decorators: [(story) => html`<div class="w80">${story()}</div>`] };
export const Wide600px: Story = { decorators: [(story) => html`<div class="w600">${story()}</div>`] };

/** Bound to a unit of a score table: value, scale, name and tiers come from the result. */
export const FromAResult: Story = {
  render: () =>
    html`<dti-gauge unit-id="u3" .result=${sampleTable(['Xã Võng Xuyên', 'Xã Sen Phương', 'Xã Tam Hiệp', 'Xã Thượng Cốc'])}></dti-gauge>`,
};

/** A value that is not a number: the gauge says so, the page goes on. */
export const BadValue: Story = { render: () => html`<dti-gauge value="nhiều" label="Phúc Thọ"></dti-gauge>` };

/** An empty value (a CMS field left blank): "Chưa có số liệu", never 0. */
export const NoValue: Story = { render: () => html`<dti-gauge value="" label="Phúc Thọ"></dti-gauge>` };
/** A value outside the scale: shown as it is, the arc full, with a hint. */
export const OutOfRange: Story = { render: () => html`<dti-gauge value="120" label="Phúc Thọ"></dti-gauge>` };
/** Bands that are not JSON: the error state names the attribute. */
export const InvalidBands: Story = {
  render: () => html`<dti-gauge value="70" bands="[{min:0}" label="Phúc Thọ"></dti-gauge>`,
};
