import { scoreSeries } from '@dti-kit/core';
import { type PublishedRow, publishedTable, seriesPeriod } from '@dti-kit/testing';
import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../define.js';
import { inDark, inEnglish, type Story } from '../stories/story-variants.js';

const COMMUNE_DTI = {
  id: 'dti-xa',
  label: { vi: 'Chỉ số chuyển đổi số cấp xã', en: 'Commune DTI' },
  scale: { min: 0, max: 1 },
  precision: 4,
};

/** The communes of 2024, after the merger. */
const LATEST: PublishedRow[] = [
  ['phu-xuan', 'Xã Phú Xuân', 0.63, 2],
  ['thuan-an', 'Phường Thuận An', 0.74, 1],
  ['vinh-thanh', 'Xã Vinh Thanh', 0.49, 3],
];

// Made-up communes (not published figures): 2022 and 2023 count the communes before they merged in
// 2025; Xã Phú Xuân is the mean of Thuận Hòa and Phú Mậu.
const series = scoreSeries(
  [
    ['2022', [0.52, 0.44, 0.61, 0.38, 0.47, 0.29]],
    ['2023', [0.58, 0.5, 0.66, 0.41, 0.55, 0.33]],
  ]
    .map(([period, v]) =>
      seriesPeriod(
        period as string,
        [
          ['thuan-hoa', 'Xã Thuận Hòa', (v as number[])[0] as number, null],
          ['phu-mau', 'Xã Phú Mậu', (v as number[])[1] as number, null],
          ['thuan-an', 'Thị trấn Thuận An', (v as number[])[2] as number, null],
          ['vinh-thanh', 'Xã Vinh Thanh', (v as number[])[3] as number, null],
          ['vinh-an', 'Xã Vinh An', (v as number[])[4] as number, null],
          ['vinh-ha', 'Xã Vinh Hà', (v as number[])[5] as number, null],
        ],
        { framework: COMMUNE_DTI, former: true },
      ),
    )
    .concat([seriesPeriod('2024', LATEST, { framework: COMMUNE_DTI, former: false })]),
  {
    crosswalk: [
      { to: 'phu-xuan', from: ['thuan-hoa', 'phu-mau'], name: 'Xã Phú Xuân' },
      { to: 'thuan-an', from: ['thuan-an'] },
      { to: 'vinh-thanh', from: ['vinh-thanh', 'vinh-an', 'vinh-ha'] },
    ],
  },
);

const meta: Meta = {
  title: 'Widgets/dti-trend',
  component: 'dti-trend',
  args: { lang: 'vi', theme: 'light', unitIds: 'phu-xuan,thuan-an', measure: 'value', variant: 'chart' },
  render: (args) =>
    html`<dti-trend lang=${args.lang} theme=${args.theme} unit-ids=${args.unitIds} measure=${args.measure} variant=${args.variant} .series=${series}></dti-trend>`,
};
export default meta;

/** Two communes' index against the median of all three (the band is the interquartile range). */
export const Vietnamese: Story = {};
export const English: Story = inEnglish();
export const Dark: Story = inDark();
/** The rank, 1 at the top; ranks of rolled-up years are re-ranked among the merged communes. */
export const Rank: Story = { args: { measure: 'rank' } };
export const Narrow360px: Story = { decorators: [(story) => html`<div class="w360">${story()}</div>`] };
/** The 34 provinces from the published 2020–2024 results: most years publish ranks, few values. */
export const PublishedProvinces: Story = {
  render: () =>
    html`<dti-trend lang="vi" unit-ids="hue,ha-noi" measure="rank" src="/examples/province-series.json"></dti-trend>`,
};
/** A tiny line for a table cell or a sentence, with its spoken label. */
export const Sparkline: Story = { args: { variant: 'sparkline', unitIds: 'vinh-thanh', measure: 'rank' } };
/** Linked to a league table: the trend draws the unit chosen there. */
export const LinkedToTable: Story = {
  render:
    () => html`<dti-league-table id="xa" .result=${publishedTable(LATEST, { framework: COMMUNE_DTI, period: '2024' })}></dti-league-table>
    <dti-trend for="xa" .series=${series}></dti-trend>`,
};
/** No unit chosen yet. */
export const NoUnit: Story = { args: { unitIds: '' } };
/** A unit that is not in the series. */
export const UnknownUnit: Story = { args: { unitIds: 'khong-co' } };
/** A file that is not a score series: one sentence naming the field and its value. */
export const BrokenData: Story = {
  render: () => {
    const bad = JSON.parse(JSON.stringify(series));
    bad.units[0].points[1].value = '0,58';
    return html`<dti-trend unit-ids="phu-xuan" .series=${bad}></dti-trend>`;
  },
};
/** A `src` that cannot be read: the error names the file and why. */
export const MissingFileError: Story = {
  render: () => html`<dti-trend unit-ids="hue" src="/never-answers.json"></dti-trend>`,
};
