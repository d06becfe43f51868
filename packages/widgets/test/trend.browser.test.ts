import { type ScoreSeries, type ScoreTable, scoreSeries } from '@dti-kit/core';
import { type PublishedRow, publishedTable } from '@dti-kit/testing';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { DtiLeagueTable } from '../src/league-table/league-table.js';
import type { DtiTrend } from '../src/trend/trend.js';
import { axeViolations, until } from './helpers.js';

/** A published table with only the overall value and rank. */
const table = (period: string, rows: PublishedRow[]): ScoreTable =>
  publishedTable(rows, {
    framework: {
      id: 'dti-province',
      version: '922/QĐ-BTTTT',
      label: { vi: 'Chỉ số DTI cấp tỉnh', en: 'Provincial DTI' },
      scale: { min: 0, max: 1 },
      precision: 4,
    },
    period,
  });

// 2023 as published (dti_provincial_results.csv): Đà Nẵng 0.8340, 1st; Lạng Sơn 4th without a value;
// Quảng Nam not published. 2024 former provinces (vneconomy.vn, baodanang.vn, Oct 2025): Đà Nẵng
// 0.8335 (2nd), Quảng Nam 0.5803 (57th).
const crosswalk = [
  { to: 'da-nang', from: ['da-nang', 'quang-nam'], name: 'Đà Nẵng' },
  { to: 'lang-son', from: ['lang-son'], name: 'Lạng Sơn' },
];
const merger = () =>
  scoreSeries(
    [
      {
        period: '2023',
        table: table('2023', [
          ['da-nang', 'Đà Nẵng', 0.834, 1],
          ['lang-son', 'Lạng Sơn', null, 4],
        ]),
        former: true,
        rankedAmong: 63,
      },
      {
        period: '2024',
        table: table('2024', [
          ['da-nang', 'Đà Nẵng', 0.8335, 2],
          ['quang-nam', 'Quảng Nam', 0.5803, 57],
        ]),
        former: true,
        rankedAmong: 63,
      },
    ],
    { crosswalk },
  );

// A complete set, by hand: 2023 X = (0.6 + 0.4) / 2 = 0.5, Y = 0.7, Z = (0.3 + 0.5 + 0.1) / 3 = 0.3;
// median 0.5, quartiles 0.4 and 0.6.
const complete = () =>
  scoreSeries(
    [
      {
        period: '2023',
        table: table('2023', [
          ['a', 'A', 0.6, 2],
          ['b', 'B', 0.4, 4],
          ['c', 'C', 0.7, 1],
          ['d', 'D', 0.3, 5],
          ['e', 'E', 0.5, 3],
          ['f', 'F', 0.1, 6],
        ]),
        former: true,
      },
      {
        period: '2024',
        table: table('2024', [
          ['x', 'Xã Phú Xuân', 0.55, 3],
          ['y', 'Xã Thuận An', 0.8, 1],
          ['z', 'Xã Vinh Thanh', 0.6, 2],
        ]),
      },
    ],
    {
      crosswalk: [
        { to: 'x', from: ['a', 'b'] },
        { to: 'y', from: ['c'] },
        { to: 'z', from: ['d', 'e', 'f'] },
      ],
    },
  );

const points = (el: DtiTrend) => [...(el.shadowRoot?.querySelectorAll<SVGCircleElement>('circle.point') ?? [])];
const labels = (el: DtiTrend) => points(el).map((p) => p.getAttribute('aria-label'));

describe('<dti-trend>', () => {
  it('draws a merged province’s rolled-up value as a hollow point, and no point where nothing was published', async () => {
    const el = await fixture<DtiTrend>(html`<dti-trend lang="vi" unit-ids="da-nang" .series=${merger()}></dti-trend>`);
    // 2023: Quảng Nam published no value, so the merged Đà Nẵng has none: one point, 2024's.
    // 2024: (0.8335 + 0.5803) / 2 = 0.7069.
    expect(labels(el)).to.deep.equal(['Đà Nẵng, 2024: 0,7069; gộp từ Đà Nẵng, Quảng Nam']);
    expect(points(el)[0]?.classList.contains('rolled-up')).to.equal(true);
    const notes = [...(el.shadowRoot?.querySelectorAll('[part="notes"] li') ?? [])].map((li) => li.textContent);
    expect(notes[0]).to.equal(
      '2024: Đà Nẵng gộp từ Đà Nẵng, Quảng Nam (trung bình cộng không trọng số, không phải số công bố)',
    );
    // The screen reader's table says the same, year by year.
    const cells = [...(el.shadowRoot?.querySelectorAll('table tbody td') ?? [])].map((td) => td.textContent);
    // Quảng Nam is absent from the 2023 table: it is named by its id.
    expect(cells[0]).to.equal('không công bố; gộp từ Đà Nẵng, quang-nam');
    expect(cells[2]).to.equal('0,7069; gộp từ Đà Nẵng, Quảng Nam');
  });

  it('draws ranks with rank 1 on top, keeping a published rank among the 63', async () => {
    const el = await fixture<DtiTrend>(
      html`<dti-trend lang="en" measure="rank" unit-ids="lang-son" .series=${merger()}></dti-trend>`,
    );
    // Lạng Sơn merged with none: its published 2023 rank stands, among the 63; 2024 was not published.
    expect(labels(el)).to.deep.equal(['Lạng Sơn, 2023: not published (rank 4 of 63)']);
    const ranks = await fixture<DtiTrend>(
      html`<dti-trend lang="en" measure="rank" unit-ids="x,y" .series=${complete()}></dti-trend>`,
    );
    const cy = (label: string) =>
      Number(
        points(ranks)
          .find((p) => p.getAttribute('aria-label') === label)
          ?.getAttribute('cy'),
      );
    // 2024: Xã Thuận An 1st above Xã Phú Xuân 3rd.
    expect(cy('Xã Thuận An, 2024: 0.8000 (rank 1 of 3)')).to.be.below(cy('Xã Phú Xuân, 2024: 0.5500 (rank 3 of 3)'));
  });

  it('never joins ranks of two ranked sets: Huế 3rd of 63 (2023) and 2nd of 34 (2024) are two segments', async () => {
    // As published: Thừa Thiên Huế 2nd, 2nd, 4th, 3rd of the 63 in 2020–2023; Huế 2nd of the 34 in 2024
    // (and 5th of the 63 that year: a fall, not the rise a line 3 → 2 would draw).
    const huế = (period: string, rank: number) => table(period, [['hue', 'Huế', null, rank]]);
    const series = scoreSeries([
      { period: '2020', table: huế('2020', 2), rankedAmong: 63 },
      { period: '2021', table: huế('2021', 2), rankedAmong: 63 },
      { period: '2022', table: huế('2022', 4), rankedAmong: 63 },
      { period: '2023', table: huế('2023', 3), rankedAmong: 63 },
      { period: '2024', table: huế('2024', 2), rankedAmong: 34 },
    ]);
    const el = await fixture<DtiTrend>(
      html`<dti-trend lang="vi" measure="rank" unit-ids="hue" .series=${series}></dti-trend>`,
    );
    const root = el.shadowRoot as ShadowRoot;
    // Two segments: 2020–2023 (four points, one pen stroke) and 2024 alone (a lone move, no line).
    const d = root.querySelector('path.line')?.getAttribute('d') ?? '';
    expect(d.match(/M/g)?.length).to.equal(2);
    expect(d.match(/L/g)?.length).to.equal(3);
    // Each segment says its set, by its last point.
    expect([...root.querySelectorAll('text.set')].map((t) => t.textContent)).to.deep.equal(['/63', '/34']);
    expect([...root.querySelectorAll('.notes li')].map((li) => li.textContent)).to.deep.equal([
      'Huế: 2020–2023 xếp hạng trong 63 đơn vị; 2024 xếp hạng trong 34 đơn vị. Thứ hạng trong hai tập khác nhau không so sánh được, nên không nối thành một đường.',
    ]);
    // The points and the hidden table say x/N, year by year.
    expect(labels(el)).to.deep.equal([
      'Huế, 2020: không công bố (hạng 2/63)',
      'Huế, 2021: không công bố (hạng 2/63)',
      'Huế, 2022: không công bố (hạng 4/63)',
      'Huế, 2023: không công bố (hạng 3/63)',
      'Huế, 2024: không công bố (hạng 2/34)',
    ]);
    const cells = [...root.querySelectorAll('table tbody td:first-of-type')].map((td) => td.textContent);
    expect(cells[3]).to.equal('không công bố (hạng 3/63)');
    expect(cells[4]).to.equal('không công bố (hạng 2/34)');
    // The sparkline says the sets too: a bare "3 → 2" would read as a gain.
    el.variant = 'sparkline';
    await el.updateComplete;
    expect(root.querySelector('[part="sparkline"]')?.getAttribute('aria-label')).to.equal(
      'Hạng: 2/63 → 2/63 → 4/63 → 3/63 → 2/34',
    );
    expect(root.querySelector('[part="sparkline"] path')?.getAttribute('d')?.match(/M/g)?.length).to.equal(2);
    // One set only: no label, no note, one line (Xã Thuận An 1st of 3 in 2023 and 2024).
    const one = await fixture<DtiTrend>(
      html`<dti-trend lang="vi" measure="rank" unit-ids="y" .series=${complete()}></dti-trend>`,
    );
    expect(one.shadowRoot?.querySelectorAll('text.set').length).to.equal(0);
    expect(one.shadowRoot?.querySelector('path.line')?.getAttribute('d')?.match(/M/g)?.length).to.equal(1);
  });

  it('shows the median and the interquartile band only where every unit has a value', async () => {
    const el = await fixture<DtiTrend>(html`<dti-trend lang="vi" unit-ids="x,y" .series=${complete()}></dti-trend>`);
    const band = el.shadowRoot?.querySelector('path.band');
    expect(band?.getAttribute('d')).to.match(/^M.*Z$/);
    const median = [...(el.shadowRoot?.querySelectorAll('table tbody tr') ?? [])].map(
      (tr) => tr.lastElementChild?.textContent,
    );
    expect(median).to.deep.equal(['0,5000', '0,6000']);
    const partial = await fixture<DtiTrend>(
      html`<dti-trend lang="vi" unit-ids="da-nang" .series=${merger()}></dti-trend>`,
    );
    // Neither year has a value for every unit (Lạng Sơn published none): no median, and a note says why.
    expect(Boolean(partial.shadowRoot?.querySelector('path.band'))).to.equal(false);
    expect(partial.shadowRoot?.querySelector('[part="notes"]')?.textContent).to.contain(
      'Không vẽ trung vị cho 2023, 2024:',
    );
  });

  it('moves between points with the arrow keys and chooses a unit with Enter', async () => {
    const el = await fixture<DtiTrend>(html`<dti-trend lang="vi" unit-ids="x,y" .series=${complete()}></dti-trend>`);
    const tabbable = points(el).filter((p) => p.getAttribute('tabindex') === '0');
    expect(tabbable).to.have.length(1);
    tabbable[0]?.focus();
    await el.updateComplete;
    const focused = () => el.shadowRoot?.activeElement?.getAttribute('aria-label');
    expect(focused()).to.equal('Xã Phú Xuân, 2023: 0,5000 (hạng 2/3, hạng tính lại); gộp từ A, B');
    tabbable[0]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await until(() => focused() === 'Xã Phú Xuân, 2024: 0,5500 (hạng 3/3)');
    el.shadowRoot?.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await until(() => focused() === 'Xã Thuận An, 2024: 0,8000 (hạng 1/3)');
    // The tooltip shows what the focused point says.
    expect(el.shadowRoot?.querySelector('.tip text')?.textContent).to.equal('Xã Thuận An, 2024: 0,8000 (hạng 1/3)');
    const chosen = oneEvent(el, 'dti-select');
    el.shadowRoot?.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect((await chosen).detail).to.deep.equal({ id: 'y' });
  });

  it('follows the unit chosen in a linked league table, and selects there what is chosen in it', async () => {
    const series = complete();
    const page = await fixture<HTMLElement>(html`<div lang="vi">
      <dti-league-table id="xh" .result=${table('2024', [
        ['x', 'Xã Phú Xuân', 0.55, 3],
        ['y', 'Xã Thuận An', 0.8, 1],
        ['z', 'Xã Vinh Thanh', 0.6, 2],
      ])}></dti-league-table>
      <dti-trend for="xh" .series=${series}></dti-trend>
    </div>`);
    const league = page.querySelector('dti-league-table') as DtiLeagueTable;
    const trend = page.querySelector('dti-trend') as DtiTrend;
    await until(
      () => trend.shadowRoot?.querySelector('[role="status"]')?.textContent === 'Chọn một đơn vị để xem diễn biến.',
    );
    const rows = () => [...(league.shadowRoot?.querySelectorAll('tbody tr') ?? [])] as HTMLElement[];
    await until(() => rows().length === 3);
    rows()
      .find((r) => r.textContent?.includes('Xã Vinh Thanh'))
      ?.click();
    await until(() => labels(trend)[0]?.startsWith('Xã Vinh Thanh, 2023: 0,3000') === true);
    // Choosing in the trend selects in the table.
    const chosen = oneEvent(trend, 'dti-select');
    points(trend)[1]?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await chosen).detail).to.deep.equal({ id: 'z' });
    expect(league.highlight).to.equal('z');
  });

  it('reads a series from src, and shows an error naming what is wrong, the rest of the page unharmed', async () => {
    const el = await fixture<DtiTrend>(
      html`<dti-trend lang="vi" unit-ids="hue" src="/packages/widgets/examples/data/province-series.json"></dti-trend>`,
    );
    await until(() => points(el).length > 0);
    // Huế published its value in 2021, 2022 (as Thừa Thiên Huế) and 2024.
    expect(labels(el)).to.deep.equal([
      'Huế, 2021: 0,5872 (hạng 2/63)',
      'Huế, 2022: 0,6975 (hạng 4/63)',
      'Huế, 2024: 0,7951 (hạng 2/34)',
    ]);
    const broken = complete() as ScoreSeries;
    const bad = JSON.parse(JSON.stringify(broken));
    bad.units[0].points[1].value = '0,55';
    const page = await fixture<HTMLElement>(
      html`<div><p>trước</p><dti-trend lang="vi" unit-ids="x" .series=${bad}></dti-trend></div>`,
    );
    const alert = page.querySelector('dti-trend')?.shadowRoot?.querySelector('[role="alert"]');
    // The error state shows at once; its sentence once the words have loaded (on demand).
    await until(() => Boolean(alert?.textContent?.includes(':')));
    expect(alert?.textContent).to.equal(
      'Dữ liệu không phải chuỗi điểm (dti-score-series): units[0].points[1].value = "0,55": phải là số hoặc null (Xã Phú Xuân)',
    );
    expect(page.querySelector('p')?.textContent).to.equal('trước');
    const unknown = await fixture<DtiTrend>(
      html`<dti-trend lang="en" unit-ids="khong-co" .series=${broken}></dti-trend>`,
    );
    expect(unknown.shadowRoot?.querySelector('[role="alert"]')?.textContent).to.equal(
      'No unit "khong-co" in the series.',
    );
  });

  it('reads a series pasted inside it, and draws a sparkline with a spoken label', async () => {
    const el = document.createElement('dti-trend');
    for (const [k, v] of Object.entries({ lang: 'vi', variant: 'sparkline', measure: 'rank', 'unit-ids': 'x' }))
      el.setAttribute(k, v);
    const block = document.createElement('script');
    block.type = 'application/json';
    block.textContent = JSON.stringify(complete());
    el.append(block);
    document.body.append(el);
    await el.updateComplete;
    const spark = el.shadowRoot?.querySelector('[part="sparkline"]');
    // X: re-ranked 2nd of 3 in 2023, published 3rd in 2024.
    expect(spark?.getAttribute('aria-label')).to.equal('Hạng: 2 → 3');
    expect(Boolean(spark?.querySelector('circle.rolled-up'))).to.equal(true);
    el.remove();
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme`, async () => {
      // A dark widget sits on a dark page, as the league table's and the gauge's tests do.
      const page = await fixture<HTMLElement>(html`<div>
        <dti-trend lang="vi" theme=${theme} unit-ids="x,y,z" .series=${complete()}></dti-trend>
        <dti-trend lang="vi" theme=${theme} variant="sparkline" unit-ids="x" .series=${complete()}></dti-trend>
      </div>`);
      page.style.background = theme === 'dark' ? '#0d1117' : '#ffffff';
      for (const el of page.querySelectorAll('dti-trend')) await (el as DtiTrend).updateComplete;
      expect(await axeViolations(page)).to.deep.equal([]);
    });
  }
});
