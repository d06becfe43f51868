import { communeNames, PROVINCES_63 } from '@dti-kit/testing';
import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { COMMUNES, LONG_NAMES, previousOf, sampleTable } from '../stories/sample-data.js';
import '../define.js';
import { inDark, inEnglish, type Story } from '../stories/story-variants.js';

const communes = sampleTable(COMMUNES, { seed: 3, unscored: 1 });
// Ties: two communes on the same published value share a rank.
communes.units[2] = {
  ...(communes.units[2] as (typeof communes.units)[number]),
  value: communes.units[3]?.value ?? null,
};

const meta: Meta = {
  title: 'Widgets/dti-league-table',
  component: 'dti-league-table',
  args: { lang: 'vi', theme: 'light', highlight: 'u5', pageSize: 25 },
  render: (args) => html`<dti-league-table
    lang=${args.lang}
    theme=${args.theme}
    highlight=${args.highlight}
    page-size=${args.pageSize}
    .result=${communes}
    .previous=${previousOf(communes)}
  ></dti-league-table>`,
};
export default meta;

export const Vietnamese: Story = {};
export const English: Story = inEnglish();
export const Dark: Story = inDark();
export const Narrow360px: Story = { decorators: [(story) => html`<div class="w360">${story()}</div>`] };

/** Units on the same published value share a rank and the next rank is skipped (1224). */
export const Ties: Story = {
  render: () => {
    const t = sampleTable(['Xã A Lưới', 'Xã Hồng Thủy', 'Xã Hương Phong', 'Xã Lăng Cô'], { seed: 5 });
    for (const u of t.units) u.value = 80.5;
    t.units[3] = { ...(t.units[3] as (typeof t.units)[number]), value: 70 };
    for (const [i, u] of t.units.entries()) u.rank = i < 3 ? 1 : 4;
    return html`<dti-league-table .result=${t}></dti-league-table>`;
  },
};

/**
 * A page for one province: `parent="Hà Nội"` ranks Hà Nội's communes among themselves (1, 2 =, 2 =, 4 …)
 * and shows each commune's rank among all units in the "Hạng toàn quốc" column; the note under the
 * table says what "=" means. `rank-within="all"` keeps the national ranks.
 */
export const RankedWithinParent: Story = {
  args: { rankWithin: 'parent', lang: 'vi', theme: 'light' },
  argTypes: { rankWithin: { control: 'inline-radio', options: ['parent', 'all'] } },
  render: (args) => {
    const t = sampleTable(communeNames(36), { seed: 21, parents: ['Hà Nội', 'Huế', 'Cần Thơ'] });
    // Two Hà Nội communes on the same published value: tied nationally and within Hà Nội.
    const hanoi = t.units.filter((u) => u.parent === 'Hà Nội' && u.value !== null);
    hanoi.sort((a, b) => (b.value as number) - (a.value as number));
    (hanoi[2] as (typeof hanoi)[number]).value = (hanoi[1] as (typeof hanoi)[number]).value;
    const ranked = t.units.filter((u) => u.value !== null).sort((a, b) => (b.value as number) - (a.value as number));
    for (const [i, u] of ranked.entries()) {
      const before = ranked[i - 1];
      u.rank = before && before.value === u.value ? before.rank : i + 1;
    }
    return html`<div class=${args.theme === 'dark' ? 'dark-frame' : ''}><dti-league-table
      lang=${args.lang}
      theme=${args.theme}
      parent="Hà Nội"
      rank-within=${args.rankWithin}
      .result=${t}
      .previous=${previousOf(t)}
    ></dti-league-table></div>`;
  },
};

/**
 * Wards (phường) and communes (xã) ranked apart: the "Nhóm" column names each unit's group, the rank
 * column is "Hạng trong nhóm", each group stays together in rank order, and the note under the table
 * says what the ranks count. With `parent`, ranks count within the parent and the group.
 */
export const PeerGroups: Story = {
  args: { parent: 'Hà Nội', lang: 'vi' },
  argTypes: { parent: { control: 'inline-radio', options: ['', 'Hà Nội', 'Huế'] } },
  render: (args) => {
    const t = sampleTable(communeNames(24), { seed: 34, parents: ['Hà Nội', 'Huế'] });
    t.units = t.units.map((u, i) =>
      i % 3 === 0 ? { ...u, name: u.name.replace(/^Xã/u, 'Phường'), peerGroup: 'Phường' } : { ...u, peerGroup: 'Xã' },
    );
    for (const group of ['Phường', 'Xã']) {
      const ranked = t.units
        .filter((u) => u.peerGroup === group && u.value !== null)
        .sort((a, b) => (b.value as number) - (a.value as number));
      for (const [i, u] of ranked.entries()) u.rank = i + 1;
    }
    return html`<dti-league-table lang=${args.lang} parent=${args.parent} .result=${t}></dti-league-table>`;
  },
};

/** A `parent` the data does not have: a note lists the parents it has, and every unit is shown. */
export const UnknownParent: Story = {
  render: () =>
    html`<dti-league-table parent="Hải Phòng" .result=${sampleTable(COMMUNES, { seed: 3, parents: ['Hà Nội', 'Huế'] })}></dti-league-table>`,
};

export const LongNames: Story = {
  render: () => html`<dti-league-table .result=${sampleTable(LONG_NAMES, { seed: 8 })}></dti-league-table>`,
};

/** The 63 former provinces (names real, values illustrative). */
export const SixtyThreeProvinces: Story = {
  render: () =>
    html`<dti-league-table page-size="0" .result=${sampleTable(PROVINCES_63, { seed: 63 })}></dti-league-table>`,
};

/** 10,000 communes under 34 provinces: paged, sorted and searched without delay. */
export const TenThousandRows: Story = {
  render: () => {
    const parents = Array.from({ length: 34 }, (_, k) => `Tỉnh ${k + 1}`);
    return html`<dti-league-table .result=${sampleTable(communeNames(10_000), { seed: 10, parents })}></dti-league-table>`;
  },
};

/** Scored in the browser from the example CSV with the self-assessment preset. */
export const FromASpreadsheet: Story = {
  render: () =>
    html`<dti-league-table src="data/communes-2025.csv" framework="self-assessment-template" parent="Hà Nội" page-size="10"></dti-league-table>`,
};

/** Until data arrives. */
export const Loading: Story = { render: () => html`<dti-league-table></dti-league-table>` };

export const Empty: Story = { render: () => html`<dti-league-table .result=${sampleTable([])}></dti-league-table>` };

/** A framework that cannot be found: a clear message inside the widget. */
export const ErrorState: Story = {
  name: 'Error',
  render: () =>
    html`<dti-league-table src="data/seeds-2024.json" framework="khong-co-bo-chi-so-nay.json"></dti-league-table>`,
};

/** Units ranked on partial data carry a ◐ mark (explained on hover, focus and in print); a banner says why. */
export const PartialReporting: Story = {
  render: () => {
    const t = sampleTable(COMMUNES, { seed: 3 });
    t.units = t.units.map((u, k) => (k % 3 === 0 ? { ...u, coverage: 0.619, imputed: k % 2 } : u));
    const issues = [
      {
        severity: 'warning' as const,
        code: 'missing-column' as const,
        path: [],
        indicator: 'van-ban-dien-tu',
        message: 'the file has no column for indicator "van-ban-dien-tu" (did you mean column "Văn bản điện tử"?)',
      },
      {
        severity: 'warning' as const,
        code: 'unknown-column' as const,
        path: [],
        message: 'Sheet1!W1: column "Ghi chú" matches no indicator or input; it is ignored',
      },
    ];
    return html`<dti-league-table columns="rank,name,value,coverage,tier" .result=${t} .issues=${issues}></dti-league-table>`;
  },
};

/** JSON that is not a score table: one sentence naming the fields, no NaN. */
export const WrongKindOfJson: Story = {
  render: () =>
    html`<dti-league-table .result=${{ kind: 'dti-score-table', units: [{ id: 'a', rank: 0 }] }}></dti-league-table>`,
};

/**
 * The optional "Xu hướng" column (`trend-src`): each province's rank 2020–2024 as published (examples/data),
 * a hollow dot where a rank of former provinces was rolled up. The page's language names it.
 */
export const TrendColumn: Story = {
  render: (args) =>
    html`<dti-league-table lang=${args.lang} theme=${args.theme} page-size="10" src="/examples/province-2024-34.json"
      trend-src="/examples/province-series.json" trend-measure="rank"></dti-league-table>`,
};
export const TrendColumnIndex: Story = {
  render: (args) =>
    html`<dti-league-table lang=${args.lang} theme=${args.theme} page-size="10" src="/examples/province-2024-34.json"
      trend-src="/examples/province-series.json"></dti-league-table>`,
};
export const TrendColumnDark: Story = inDark({ ...TrendColumn, args: { lang: 'en' } });
/** A `trend-src` that cannot be read: the table stays, with a note naming the file. */
export const TrendColumnError: Story = {
  render: () =>
    html`<dti-league-table lang="vi" page-size="5" src="/examples/province-2024-34.json" trend-src="/examples/khong-co.json"></dti-league-table>`,
};
