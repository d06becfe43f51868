import { PROVINCES_34, PROVINCES_63 } from '@dti-kit/testing';
import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { COMMUNES, sampleTable } from '../stories/sample-data.js';
import '../define.js';
import { inDark, inEnglish, type Story } from '../stories/story-variants.js';

// Units carry ids u0, u1 …: the map places them by name, as it places a table whose ids are not slugs.
const provinces34 = sampleTable(PROVINCES_34, { seed: 11, unscored: 2 });
const provinces63 = sampleTable(PROVINCES_63, { seed: 12 });

/** A hand-made GeoJSON of three squares in the north-east delta and one that matches no unit. */
function deltaGeo(): string {
  const square = (ten: string, x: number, y: number, w: number, h: number) => ({
    type: 'Feature',
    properties: { ten },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, y],
          [x, y + h],
          [x + w, y + h],
          [x + w, y],
          [x, y],
        ],
      ],
    },
  });
  const collection = {
    type: 'FeatureCollection',
    features: [
      square('Hà Nội', 105.3, 20.6, 0.7, 0.7),
      square('Hải Phòng', 106.3, 20.6, 0.7, 0.4),
      square('Quảng Ninh', 106.6, 21.0, 1.3, 0.6),
      square('Hà Tây', 105.0, 20.3, 0.3, 0.6),
    ],
  };
  return URL.createObjectURL(new Blob([JSON.stringify(collection)], { type: 'application/json' }));
}

const meta: Meta = {
  title: 'Widgets/dti-map',
  component: 'dti-map',
  args: { lang: 'vi', theme: 'light', layout: 'tiles-34', colourBy: 'tier', selected: '' },
  render: (args) => html`<div class="w360"><dti-map
    lang=${args.lang}
    theme=${args.theme}
    layout=${args.layout}
    colour-by=${args.colourBy}
    selected=${args.selected}
    .table=${args.layout === 'tiles-63' ? provinces63 : provinces34}
  ></dti-map></div>`,
};
export default meta;

/** The 34 provinces from 2025 on the tile grid, coloured by tier; two without data are hatched. */
export const Vietnamese: Story = {};
export const English: Story = inEnglish();
export const Dark: Story = inDark();
/** Coloured by value: five classes of equal width over the values shown, light to dark. */
export const ByValue: Story = { args: { colourBy: 'value' } };
/** The 63 provinces before 1 July 2025. */
export const Provinces63: Story = { args: { layout: 'tiles-63' } };
/** A chosen unit is outlined. */
export const Selected: Story = { args: { selected: 'u3' } };

/** Units the map cannot place are named under it, never dropped. */
export const UnitsWithoutTile: Story = {
  render: () =>
    html`<div class="w360"><dti-map .table=${sampleTable([...PROVINCES_34.slice(0, 30), 'Hà Tây', 'Xã Phúc Thọ'], { seed: 4 })}></dti-map></div>`,
};

/** Linked: choosing a tile chooses the row, and a row chosen in the table is marked on the map. */
export const LinkedWithTable: Story = {
  render: () => html`<dti-map for="tinh"></dti-map>
    <dti-league-table id="tinh" page-size="10" .result=${provinces34}></dti-league-table>`,
};

/** The editor's own GeoJSON, matched by the property named in `geo-key`; what does not match is listed. */
export const OwnGeoJson: Story = {
  render: () =>
    html`<dti-map geo-src=${deltaGeo()} geo-key="ten" .table=${sampleTable(['Hà Nội', 'Hải Phòng', 'Quảng Ninh', 'Đà Nẵng'], { seed: 2 })}></dti-map>`,
};

/** Units with no value: the whole map hatched, "chưa có dữ liệu". */
export const NoData: Story = {
  render: () =>
    html`<div class="w360"><dti-map .table=${sampleTable(COMMUNES.slice(0, 2), { unscored: 2 })}></dti-map></div>`,
};

/** Data that cannot be read: an error in place of the map. */
export const ErrorState: Story = { render: () => html`<dti-map src="khong-co.json"></dti-map>` };

/** Nothing given yet. */
export const Empty: Story = { render: () => html`<dti-map></dti-map>` };
