// One portal page, four elements linked to one league table: the selection follows a click or a key in
// any of them, the trend carries a province across the 2025 merger, what-if weights re-rank every
// element, and the page passes axe in both themes. The province page uses the published results in
// examples/data (see SOURCES.md there); the what-if page a small framework worked by hand.
import { type ScoreTable, type ScoreTableUnit, scoreSeries } from '@dti-kit/core';
import { scoreTableOf, tableNode, tableUnit, tiers } from '@dti-kit/testing';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import '../src/define.js';
import type { DtiLeagueTable } from '../src/league-table/league-table.js';
import type { DtiMap } from '../src/map/map.js';
import type { DtiScorecard } from '../src/scorecard/scorecard.js';
import type { DtiTrend } from '../src/trend/trend.js';
import type { DtiWeights } from '../src/weights/weights.js';
import { axeViolations, until } from './helpers.js';

const DATA = '/packages/widgets/examples/data';
const root = (el: Element) => el.shadowRoot as ShadowRoot;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Counts the page's requests by path while a test runs. */
function countFetches(): { counts: Map<string, number>; restore: () => void } {
  const counts = new Map<string, number>();
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href).pathname;
    counts.set(url, (counts.get(url) ?? 0) + 1);
    return original.call(window, input, init);
  };
  return { counts, restore: () => (window.fetch = original) };
}

/** What each of the four elements shows as the chosen unit. */
function chosen(page: HTMLElement) {
  const table = page.querySelector('dti-league-table') as DtiLeagueTable;
  const map = page.querySelector('dti-map') as DtiMap;
  const card = page.querySelector('dti-scorecard') as DtiScorecard;
  const trend = page.querySelector('dti-trend') as DtiTrend;
  const current = [...root(table).querySelectorAll('tbody tr[aria-current="true"]')];
  const region = root(map).querySelector('[part~="region-selected"]');
  return {
    // The row marked for assistive technology, and only one.
    row: current.length === 1 ? text(current[0]?.querySelector('th')) : `${current.length} rows`,
    map: region?.getAttribute('aria-pressed') === 'true' ? region.getAttribute('aria-label') : null,
    card: text(root(card).querySelector('h2')),
    facts: [...root(card).querySelectorAll('.fact')].map(
      (f) => `${text(f.querySelector('dt'))}: ${text(f.querySelector('dd'))}`,
    ),
    trend: [...root(trend).querySelectorAll('circle.point')].map((p) => p.getAttribute('aria-label')),
    pressed: [...root(trend).querySelectorAll('circle.point[aria-pressed="true"]')].length,
  };
}

async function provincePage(lang = 'vi', theme = 'light', trendColumn: 'value' | 'rank' | undefined = undefined) {
  const page = await fixture<HTMLElement>(html`<div lang=${lang}>
    <dti-map for="tinh" theme=${theme}></dti-map>
    <dti-scorecard for="tinh" theme=${theme}></dti-scorecard>
    <dti-trend for="tinh" theme=${theme} measure="rank" src=${`${DATA}/province-series.json`}></dti-trend>
    <dti-league-table id="tinh" theme=${theme} page-size="10" src=${`${DATA}/province-2024-34.json`}
      trend-src=${trendColumn ? `${DATA}/province-series.json` : nothing} trend-measure=${trendColumn ?? nothing}></dti-league-table>
  </div>`);
  const table = page.querySelector('dti-league-table') as DtiLeagueTable;
  const map = page.querySelector('dti-map') as DtiMap;
  const trend = page.querySelector('dti-trend') as DtiTrend;
  await until(() => root(table).querySelectorAll('tbody tr').length === 10, 10000);
  await until(() => root(map).querySelectorAll('[part~="region"]').length === 34, 10000);
  await until(
    () => text(root(trend).querySelector('[role="status"]')) === 'Chọn một đơn vị để xem diễn biến.' || lang !== 'vi',
    10000,
  );
  return { page, table, map, trend };
}

const row = (table: DtiLeagueTable, id: string) =>
  root(table).querySelector<HTMLElement>(`tbody tr[data-id="${id}"]`) as HTMLElement;
const region = (map: DtiMap, id: string) => root(map).querySelector<SVGGElement>(`[data-id="${id}"]`) as SVGGElement;

describe('a province page: table, map, scorecard and trend linked', () => {
  let fetches: ReturnType<typeof countFetches>;
  beforeEach(() => {
    fetches = countFetches();
  });
  afterEach(() => fetches.restore());

  it('reads each file once, and a click in the table, on the map or on the trend chooses the unit in all four', async () => {
    const { page, table, map, trend } = await provincePage();
    const loads: Event[] = [];
    table.addEventListener('dti-load', (e) => loads.push(e));

    // The table lists only the ranks published for 2024 (nine, the largest Gia Lai's 31st) and states
    // that 34 were ranked (rankedAmong): the map and the card say "of 34", as the trend does.
    // Hải Phòng, 2024 (published): 0,7857, 3rd of 34. The series has no rank for it before 2024: it
    // merged with Hải Dương, and only Hải Phòng's 2023 rank (8th) was published.
    row(table, 'hai-phong').click();
    await until(() => chosen(page).card === 'Hải Phòng · 2024');
    expect(chosen(page)).to.deep.equal({
      row: 'Hải Phòng',
      map: 'Hải Phòng: 0,7857; hạng 3/34',
      card: 'Hải Phòng · 2024',
      // No "Mức đầy đủ số liệu: 100%" any more: that was a wrong figure. The table lists published
      // results (source: 'published'), which say nothing of the indicators reported.
      facts: ['Điểm: 0,7857', 'Xếp loại: chưa xếp loại', 'Hạng chung: 3/34'],
      trend: ['Hải Phòng, 2024: 0,7857 (hạng 3/34)'],
      pressed: 1,
    });

    // On the map: Huế, 2nd in 2024; its ranks as Thừa Thiên Huế (2nd, 2nd, 4th, 3rd of 63) stand, it merged with none.
    region(map, 'hue').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await until(() => chosen(page).card === 'Huế · 2024');
    expect(chosen(page)).to.deep.equal({
      row: 'Huế',
      map: 'Huế: 0,7951; hạng 2/34',
      card: 'Huế · 2024',
      facts: ['Điểm: 0,7951', 'Xếp loại: chưa xếp loại', 'Hạng chung: 2/34'],
      trend: [
        'Huế, 2020: không công bố (hạng 2/63)',
        'Huế, 2021: 0,5872 (hạng 2/63)',
        'Huế, 2022: 0,6975 (hạng 4/63)',
        'Huế, 2023: không công bố (hạng 3/63)',
        'Huế, 2024: 0,7951 (hạng 2/34)',
      ],
      pressed: 5,
    });
    expect(table.highlight).to.equal('hue');

    // On the trend: drawn for two units, it marks the chosen one (Huế: its five points pressed); a click
    // on a point of TP. Hồ Chí Minh (4th in 2024, no earlier rank: three former provinces) chooses it in all.
    trend.unitIds = 'hue,tp-ho-chi-minh';
    await until(() => chosen(page).trend.length === 6);
    expect(chosen(page).pressed).to.equal(5);
    expect(root(trend).querySelector('g.selected circle')?.getAttribute('data-unit')).to.equal('hue');
    const hcm = root(trend).querySelector('circle.point[data-unit="tp-ho-chi-minh"]') as SVGCircleElement;
    expect(hcm.getAttribute('aria-label')).to.equal('TP. Hồ Chí Minh, 2024: 0,7770 (hạng 4/34)');
    hcm.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await until(() => chosen(page).row === 'TP. Hồ Chí Minh');
    expect(chosen(page).map).to.equal('TP. Hồ Chí Minh: 0,7770; hạng 4/34');
    expect(chosen(page).card).to.equal('TP. Hồ Chí Minh · 2024');
    expect(chosen(page).pressed).to.equal(1);
    expect(root(trend).querySelector('g.selected circle')?.getAttribute('data-unit')).to.equal('tp-ho-chi-minh');

    // The data was fetched once for all four elements, the series once, and nothing else was read.
    expect(Object.fromEntries(fetches.counts)).to.deep.equal({
      [`${DATA}/province-2024-34.json`]: 1,
      [`${DATA}/province-series.json`]: 1,
    });
    expect(loads).to.have.length(0); // loaded before the listener, and never again
  });

  it('chooses by keyboard: Enter and Space on a table row, arrow keys and Enter on the map', async () => {
    const { page, table, map } = await provincePage();
    // The table's first row (Hà Nội, 1st) is the Tab stop; ArrowDown moves to Huế (2nd), Enter chooses.
    row(table, 'ha-noi').focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => root(table).activeElement?.getAttribute('data-id') === 'hue');
    await sendKeys({ press: 'Enter' });
    await until(() => chosen(page).card === 'Huế · 2024');
    expect(chosen(page).row).to.equal('Huế');
    expect(chosen(page).map).to.equal('Huế: 0,7951; hạng 2/34');

    // Down once more to Hải Phòng (3rd), Space chooses.
    await sendKeys({ press: 'ArrowDown' });
    await until(() => root(table).activeElement?.getAttribute('data-id') === 'hai-phong');
    await sendKeys({ press: 'Space' });
    await until(() => chosen(page).card === 'Hải Phòng · 2024');
    expect(chosen(page).row).to.equal('Hải Phòng');
    expect(chosen(page).trend).to.deep.equal(['Hải Phòng, 2024: 0,7857 (hạng 3/34)']);

    // On the map the chosen tile is the Tab stop. Hải Phòng (column 5, row 3): ArrowLeft is Hưng Yên
    // (4, 3), ArrowUp from there Bắc Ninh (4, 2); Enter chooses it: listed, not ranked in 2024.
    const tabStop = [...root(map).querySelectorAll('[data-id][tabindex="0"]')];
    expect(tabStop.map((r) => r.getAttribute('data-id'))).to.deep.equal(['hai-phong']);
    (tabStop[0] as SVGGElement).focus();
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => root(map).activeElement?.getAttribute('data-id') === 'hung-yen');
    await sendKeys({ press: 'ArrowUp' });
    await until(() => root(map).activeElement?.getAttribute('data-id') === 'bac-ninh');
    await sendKeys({ press: 'Enter' });
    await until(() => chosen(page).card.startsWith('Bắc Ninh'));
    // The page's table states `source: 'published'`: Bắc Ninh is not in the published data (it was
    // "chưa có dữ liệu", as if the province had reported nothing).
    expect(chosen(page).map).to.equal('Bắc Ninh: không có trong số liệu công bố');
    expect(table.highlight).to.equal('bac-ninh');
    // The table turned to the page that holds Bắc Ninh and marks its row.
    expect(chosen(page).row).to.equal('Bắc Ninh');
  });

  it('carries a merged province across 2025: Đà Nẵng’s 2023 figure is not made from Đà Nẵng alone', async () => {
    const { page, table, map, trend } = await provincePage();
    // Huế by the map's keyboard, then ArrowDown to Đà Nẵng (4, 9) and Enter.
    region(map, 'hue').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await until(() => chosen(page).row === 'Huế');
    region(map, 'hue').focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => root(map).activeElement?.getAttribute('data-id') === 'da-nang');
    await sendKeys({ press: 'Enter' });
    await until(() => chosen(page).card.startsWith('Đà Nẵng'));
    expect(table.highlight).to.equal('da-nang');
    // Đà Nẵng of 2025 = former Đà Nẵng + Quảng Nam. 2023 as published: Đà Nẵng 0,8340, 1st of 63;
    // Quảng Nam no value, no rank. The equal-weighted mean needs both: (0,8340 + ?) / 2 has no value,
    // so 2023 is "không công bố" (not 0,8340, the former Đà Nẵng alone), and no rank among 34 either.
    // 2024: 17th of 34, as published: 0,7069 = (0,8335 + 0,5803) / 2, the former Đà Nẵng and Quảng Nam.
    expect(chosen(page).trend).to.deep.equal(['Đà Nẵng, 2024: 0,7069 (hạng 17/34)']);
    const byYear = Object.fromEntries(
      [...root(trend).querySelectorAll('table tbody tr')].map((tr) => [
        text(tr.querySelector('th')),
        text(tr.querySelector('td')),
      ]),
    );
    expect(byYear['2023']).to.equal('không công bố; gộp từ Đà Nẵng, Quảng Nam');
    expect(byYear['2022']).to.equal('không công bố; gộp từ Đà Nẵng, Quảng Nam');
    expect(byYear['2024']).to.equal('0,7069 (hạng 17/34)');
  });

  it('shows what was published, and says "không có trong số liệu công bố" where a figure is not in it', async () => {
    const { page, table } = await provincePage();
    const cell = (id: string, kind: string) => text(row(table, id).querySelector(`td.${kind}`));
    // Thanh Hóa: 5th of 34 as published, its value not published: not "chưa đủ dữ liệu", no ◐ mark.
    expect(cell('thanh-hoa', 'rank')).to.equal('5');
    expect(text(row(table, 'thanh-hoa').querySelector('td.value .sr-only'))).to.equal('không có trong số liệu công bố');
    // Lai Châu: ranked by the ministry, its rank not in the published data: not "không xếp hạng".
    expect(cell('lai-chau', 'rank')).to.equal('không có trong số liệu công bố');
    // The phrase wraps within 9em (two lines at the table's font) instead of widening the Rank column
    // to its full length (it made the column the widest of the table at 1280 px).
    const status = row(table, 'lai-chau').querySelector('td.rank .muted') as HTMLElement;
    const em = Number.parseFloat(getComputedStyle(status).fontSize);
    expect(status.getBoundingClientRect().width).to.be.at.most(9 * em);
    expect(status.getBoundingClientRect().height).to.be.above(1.5 * em);
    // No unit "ranked on partial data": nothing is known of the indicators behind published results.
    expect(root(table).querySelectorAll('[part~="partial"]').length).to.equal(0);
    expect(root(table).querySelector('[part~="warning"]')).to.equal(null);
    row(table, 'thanh-hoa').click();
    await until(() => chosen(page).card === 'Thanh Hóa · 2024');
    expect(chosen(page).facts).to.deep.equal([
      'Điểm: không có trong số liệu công bố',
      'Xếp loại: chưa xếp loại',
      'Hạng chung: 5/34',
    ]);
  });

  it('draws a "Xu hướng" column from trend-src: a sparkline per row that says the figures and the change', async () => {
    const { table } = await provincePage('vi', 'light', 'rank');
    const cells = () => [...root(table).querySelectorAll('tbody tr')].map((r) => r.querySelector('.trend-cell'));
    await until(() => cells().every((c) => c !== null));
    const head = [...root(table).querySelectorAll('thead th')].map(text);
    expect(head[head.length - 1]).to.equal('Xu hướng');
    const said = (id: string) =>
      root(table).querySelector(`tr[data-id="${id}"] .trend-cell [role="img"]`)?.getAttribute('aria-label') ??
      text(root(table).querySelector(`tr[data-id="${id}"] .trend-cell .sr-only`));
    // Hà Nội 2020–2024: –, –, 24th and 6th of the 63, then 1st of the 34; Huế 2, 2, 4, 3 of the 63, then
    // 2nd of the 34. These said "lên 23 bậc" and "giữ hạng" before: wrong, a rank among 63 and one among
    // 34 are not one scale, so no change is read across them.
    expect(said('ha-noi')).to.equal(
      'Hạng: – → – → 24/63 → 6/63 → 1/34, xếp hạng trong 63 rồi 34 đơn vị: hai thứ hạng không so sánh được',
    );
    expect(said('hue')).to.equal(
      'Hạng: 2/63 → 2/63 → 4/63 → 3/63 → 2/34, xếp hạng trong 63 rồi 34 đơn vị: hai thứ hạng không so sánh được',
    );
    // Hải Phòng: no rank before the merger, 3rd in 2024: one figure, no change.
    expect(said('hai-phong')).to.equal('Hạng: – → – → – → – → 3');
    // The index instead: Huế 0,5872 (2021) → 0,7951 (2024): 0,7951 − 0,5872 = 0,2079.
    table.setAttribute('trend-measure', 'value');
    await until(() => said('hue').startsWith('Chỉ số'));
    expect(said('hue')).to.equal('Chỉ số: – → 0,5872 → 0,6975 → – → 0,7951, tăng 0,2079');
    // A province with no figure over the years: a dash, and the sentence for screen readers.
    expect(said('lai-chau')).to.equal('không có số liệu qua các năm');
    // Still the last column on the next page, as the rows are re-used for other provinces.
    (root(table).querySelector('[part="pagination"] button:last-of-type') as HTMLButtonElement).click();
    await until(() => !root(table).querySelector('tr[data-id="ha-noi"]'));
    await table.updateComplete;
    expect(
      [...root(table).querySelectorAll('tbody tr')].every((r) => r.lastElementChild?.classList.contains('trend-cell')),
    ).to.equal(true);
    expect(fetches.counts.get(`${DATA}/province-series.json`)).to.equal(2); // the trend's and the column's
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme with a unit chosen`, async () => {
      const { page, table } = await provincePage('vi', theme, 'rank');
      await until(() => root(table).querySelectorAll('.trend-cell').length === 10);
      page.style.background = theme === 'dark' ? '#0d1117' : '#ffffff';
      page.style.color = theme === 'dark' ? '#e6edf3' : '#1f2328';
      row(table, 'hue').click();
      await until(() => chosen(page).card === 'Huế · 2024');
      expect(await axeViolations(page)).to.deep.equal([]);
    });
  }
});

// ---------------------------------------------------------------------------------------------------
// A small framework worked by hand: two pillars, Chính quyền số (60 points) and Kinh tế số (40 points);
// the index is 0,6·cqs + 0,4·kts (each on 0–100). Four provinces of the tile map:
//
// | unit      | cqs | kts | official index        | rank | what-if 0,2·cqs + 0,8·kts | what-if rank | move |
// | Đà Nẵng   | 80  | 80  | 48 + 32 = 80,0        | 1    | 16 + 64 = 80,0            | 3            | ▼ 2  |
// | Hà Nội    | 90  | 60  | 54 + 24 = 78,0        | 2    | 18 + 48 = 66,0            | 4            | ▼ 2  |
// | Huế       | 70  | 85  | 42 + 34 = 76,0        | 3    | 14 + 68 = 82,0            | 2            | ▲ 1  |
// | Hải Phòng | 60  | 95  | 36 + 38 = 74,0        | 4    | 12 + 76 = 88,0            | 1            | ▲ 3  |
//
// Tiers: Tốt from 80, Khá from 65: Huế goes from Khá to Tốt, Đà Nẵng stays Tốt (80,0), Hà Nội stays Khá.
// ---------------------------------------------------------------------------------------------------
function fourProvinces(): ScoreTable {
  const unit = (id: string, name: string, cqs: number, kts: number, value: number, rank: number): ScoreTableUnit =>
    tableUnit(id, name, {
      value,
      rank,
      tier: value >= 80 ? 'tot' : 'kha',
      nodes: { cqs: { value: cqs, rank: null }, kts: { value: kts, rank: null } },
    });
  return scoreTableOf(
    [
      unit('da-nang', 'Đà Nẵng', 80, 80, 80, 1),
      unit('ha-noi', 'Hà Nội', 90, 60, 78, 2),
      unit('hue', 'Huế', 70, 85, 76, 3),
      unit('hai-phong', 'Hải Phòng', 60, 95, 74, 4),
    ],
    {
      framework: {
        id: 'thu-tinh',
        label: { vi: 'Chỉ số thử cấp tỉnh', en: 'Sample provincial index' },
        tiers: tiers({ tot: 80, kha: 65 }, { colours: { kha: '#9a6700' } }),
      },
      period: '2025',
      nodes: [
        tableNode('idx', null, 100, { vi: 'Chỉ số', en: 'Index' }),
        tableNode('cqs', 'idx', 60, { vi: 'Chính quyền số', en: 'Digital government' }),
        tableNode('kts', 'idx', 40, { vi: 'Kinh tế số', en: 'Digital economy' }),
      ],
    },
  );
}

/**
 * 2024 for the former provinces (sample figures on the same scale), then 2025: Đà Nẵng of 2025 is the
 * former Đà Nẵng (70,0) and Quảng Nam (55,0); its 2024 figure is their mean (70,0 + 55,0) / 2 = 62,5.
 */
function formerTable(): ScoreTable {
  const t = fourProvinces();
  t.period = '2024';
  const values: Record<string, number> = { 'da-nang': 70, 'ha-noi': 75, hue: 72, 'hai-phong': 68, 'quang-nam': 55 };
  t.units = Object.entries(values)
    .sort((a, b) => b[1] - a[1])
    .map(([id, value], k) => ({
      ...(t.units.find((u) => u.id === id) ?? { ...(t.units[0] as ScoreTableUnit), id, name: 'Quảng Nam' }),
      value,
      rank: k + 1,
      tier: 'kha',
      nodes: {},
    }));
  return t;
}

async function whatIfPage() {
  const official = fourProvinces();
  const series = scoreSeries(
    [
      { period: '2024', table: formerTable(), former: true },
      { period: '2025', table: official },
    ],
    {
      crosswalk: [
        { to: 'da-nang', from: ['da-nang', 'quang-nam'] },
        { to: 'ha-noi', from: ['ha-noi'] },
        { to: 'hue', from: ['hue'] },
        { to: 'hai-phong', from: ['hai-phong'] },
      ],
    },
  );
  const page = await fixture<HTMLElement>(html`<div lang="vi">
    <dti-weights for="thu"></dti-weights>
    <dti-map for="thu" color-by="value"></dti-map>
    <dti-scorecard for="thu"></dti-scorecard>
    <dti-trend for="thu" .series=${series}></dti-trend>
    <dti-league-table id="thu" columns="rank,name,value,change,tier" .result=${official}></dti-league-table>
  </div>`);
  const table = page.querySelector('dti-league-table') as DtiLeagueTable;
  const weights = page.querySelector('dti-weights') as DtiWeights;
  await until(
    () =>
      root(weights).querySelectorAll('input[type=range]').length === 2 &&
      root(table).querySelectorAll('tbody tr').length === 4,
    10000,
  );
  return { page, table, weights, map: page.querySelector('dti-map') as DtiMap };
}

/** Each row as name, score, move against the official rank, tier. */
const rows = (t: DtiLeagueTable) =>
  [...root(t).querySelectorAll('tbody tr')].map((r) => [
    text(r.querySelector('th')),
    text(r.querySelector('.value .figure')),
    text(r.querySelector('.change [aria-hidden]')),
    text(r.querySelector('[part="badge"]')),
  ]);

describe('a what-if page: weights, table, map, scorecard and trend linked', () => {
  it('draws a merged unit’s earlier figure as the mean of its former units, in the linked trend', async () => {
    const { page, table } = await whatIfPage();
    row(table, 'da-nang').click();
    await until(() => chosen(page).trend.length === 2);
    expect(chosen(page).trend).to.deep.equal([
      // Former Đà Nẵng 70,0 and Quảng Nam 55,0: (70 + 55) / 2 = 62,5. Ranked among the four of 2025 on
      // the rolled-up values 75 (Hà Nội), 72 (Huế), 68 (Hải Phòng), 62,5: 4th.
      'Đà Nẵng, 2024: 62,5000 (hạng 4/4, hạng tính lại); gộp từ Đà Nẵng, Quảng Nam',
      'Đà Nẵng, 2025: 80,0000 (hạng 1/4)',
    ]);
  });

  it('re-ranks every linked element as worked by hand when a weight moves by keyboard', async () => {
    const { page, table, weights, map } = await whatIfPage();
    row(table, 'hue').click();
    await until(() => chosen(page).card.startsWith('Huế'));
    const [cqs, kts] = [...root(weights).querySelectorAll<HTMLInputElement>('input[type=range]')] as [
      HTMLInputElement,
      HTMLInputElement,
    ];
    cqs.focus();
    for (let k = 0; k < 4; k++) await sendKeys({ press: 'PageDown' }); // 60 → 20
    kts.focus();
    for (let k = 0; k < 4; k++) await sendKeys({ press: 'PageUp' }); // 40 → 80
    expect([cqs.value, kts.value]).to.deep.equal(['20', '80']);
    await until(() => rows(table)[0]?.[0] === 'Hải Phòng');
    expect(rows(table)).to.deep.equal([
      ['Hải Phòng', '88,0', '▲ 3', 'Tốt'],
      ['Huế', '82,0', '▲ 1', 'Tốt'],
      ['Đà Nẵng', '80,0', '▼ 2', 'Tốt'],
      ['Hà Nội', '66,0', '▼ 2', 'Khá'],
    ]);
    // The chosen unit stays chosen, with its what-if figures in the card and on the map.
    expect(chosen(page).row).to.equal('Huế');
    await until(() => chosen(page).map === 'Huế: 82,0; hạng 2/4; Tốt');
    expect(text(root(page.querySelector('dti-scorecard') as Element).querySelector('.fact dd'))).to.equal('82,0');
    expect(region(map, 'ha-noi').getAttribute('aria-label')).to.equal('Hà Nội: 66,0; hạng 4/4; Khá');
    // Back to the official weights: the official order everywhere.
    (root(weights).querySelector('[part=reset]') as HTMLButtonElement).click();
    await until(() => rows(table)[0]?.[0] === 'Đà Nẵng');
    expect(rows(table).map((r) => r[1])).to.deep.equal(['80,0', '78,0', '76,0', '74,0']);
    await until(() => chosen(page).map === 'Huế: 76,0; hạng 3/4; Khá');
  });

  it('recolours only the regions whose colour a weight move changes, and names only the units it re-ranks', async () => {
    const { table, weights, map } = await whatIfPage();
    // By tier (the worked table above): 0,2·cqs + 0,8·kts takes Hải Phòng (74,0 → 88,0) and Huế
    // (76,0 → 82,0) from Khá to Tốt; Đà Nẵng stays Tốt and Hà Nội Khá. Two fills change, of 34 tiles.
    // All four are ranked anew (1 → 3, 2 → 4, 3 → 2, 4 → 1): four accessible names change (34 tiles are
    // fewer than the map says later). The 30 tiles without a unit are not touched.
    map.colourBy = 'tier';
    await until(() => region(map, 'hue')?.firstElementChild?.getAttribute('fill') === '#9a6700');
    const fills: string[] = [];
    const touched = new Set<string>();
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const id = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest<SVGGElement>('[data-id]')
          ?.dataset.id;
        if (id === undefined) continue;
        touched.add(id);
        if (r.attributeName === 'fill') fills.push(id);
      }
    });
    observer.observe(root(map), { subtree: true, attributes: true, childList: true, characterData: true });
    weights.setWeights({ cqs: 20, kts: 80 });
    await until(() => rows(table)[0]?.[0] === 'Hải Phòng');
    await until(() => region(map, 'hue').getAttribute('aria-label') === 'Huế: 82,0; hạng 2/4; Tốt');
    await map.updateComplete;
    observer.takeRecords();
    observer.disconnect();
    expect(fills.sort()).to.deep.equal(['hai-phong', 'hue']);
    expect([...touched].sort()).to.deep.equal(['da-nang', 'ha-noi', 'hai-phong', 'hue']);
    expect(region(map, 'hai-phong').firstElementChild?.getAttribute('fill')).to.equal('#1a7f37');
    expect(region(map, 'hue').firstElementChild?.getAttribute('fill')).to.equal('#1a7f37');
    expect(region(map, 'ha-noi').firstElementChild?.getAttribute('fill')).to.equal('#9a6700');
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme under what-if weights`, async () => {
      const { page, table, weights } = await whatIfPage();
      for (const el of page.querySelectorAll('*')) if (el.localName.startsWith('dti-')) el.setAttribute('theme', theme);
      page.style.background = theme === 'dark' ? '#0d1117' : '#ffffff';
      page.style.color = theme === 'dark' ? '#e6edf3' : '#1f2328';
      row(table, 'hue').click();
      weights.setWeights({ cqs: 20 });
      await until(() => rows(table)[0]?.[0] === 'Hải Phòng');
      await until(() => chosen(page).trend.length === 2);
      expect(await axeViolations(page)).to.deep.equal([]);
    });
  }
});
