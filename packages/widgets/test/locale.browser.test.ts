import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { DtiGauge } from '../src/gauge/gauge.js';
import type { DtiLeagueTable } from '../src/league-table/league-table.js';
import type { DtiRankInterval } from '../src/rank-interval/rank-interval.js';
import type { DtiScorecard } from '../src/scorecard/scorecard.js';
import type { DtiTrend } from '../src/trend/trend.js';
import { sampleTable, until } from './helpers.js';

const root = document.documentElement;
const text = (el: Element, selector: string) => el.shadowRoot?.querySelector(selector)?.textContent?.trim();

describe('the elements follow lang changes on the page', () => {
  let before: string | null;
  beforeEach(() => {
    before = root.getAttribute('lang');
    root.setAttribute('lang', 'vi');
  });
  afterEach(() => {
    if (before === null) root.removeAttribute('lang');
    else root.setAttribute('lang', before);
  });

  it('<html lang> from vi to en re-renders the league table in English', async () => {
    const el = await fixture<DtiLeagueTable>(html`<dti-league-table .result=${sampleTable()}></dti-league-table>`);
    await until(() => Boolean(el.shadowRoot?.querySelector('tbody tr')));
    expect(text(el, 'thead th button')).to.equal('Hạng▲');
    expect(text(el, 'caption')).to.equal('Chỉ số chuyển đổi số cấp xã — 2024');
    root.setAttribute('lang', 'en');
    await until(() => text(el, 'thead th button') === 'Rank▲');
    expect(text(el, 'caption')).to.equal('Commune digital-transformation index — 2024');
    expect(text(el, 'button[part="export"]')).to.equal('Download CSV');
  });

  it('<html lang> from vi to en re-renders the gauge, the rank interval, the trend and the scorecard', async () => {
    const gauge = await fixture<DtiGauge>(html`<dti-gauge label="Xã"></dti-gauge>`);
    const interval = await fixture<DtiRankInterval>(html`<dti-rank-interval></dti-rank-interval>`);
    const trend = await fixture<DtiTrend>(html`<dti-trend></dti-trend>`);
    const card = await fixture<DtiScorecard>(html`<dti-scorecard></dti-scorecard>`);
    const noValue = () => gauge.shadowRoot?.querySelector('[part~="no-value"]')?.getAttribute('aria-label');
    expect(noValue()).to.equal('Xã: Chưa có số liệu');
    expect(text(interval, '[role="status"]')).to.equal('Chưa có số liệu');
    expect(text(trend, '[role="status"]')).to.equal('Chưa có số liệu');
    expect(text(card, '[role="status"]')).to.equal('Chưa có số liệu');
    root.setAttribute('lang', 'en-GB');
    await until(() => noValue() === 'Xã: No data');
    await Promise.all([interval.updateComplete, trend.updateComplete, card.updateComplete]);
    expect(text(interval, '[role="status"]')).to.equal('No data');
    expect(text(trend, '[role="status"]')).to.equal('No data');
    expect(text(card, '[role="status"]')).to.equal('No data');
  });

  it("the element's own lang and an ancestor's lang are followed too; locale wins over both", async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="vi"><dti-rank-interval></dti-rank-interval></div>`);
    const el = wrapper.querySelector('dti-rank-interval') as DtiRankInterval;
    wrapper.setAttribute('lang', 'en');
    await until(() => text(el, '[role="status"]') === 'No data');
    el.setAttribute('lang', 'vi');
    await until(() => text(el, '[role="status"]') === 'Chưa có số liệu');
    el.locale = 'en';
    await el.updateComplete;
    expect(text(el, '[role="status"]')).to.equal('No data');
    el.setAttribute('lang', 'vi');
    await new Promise((r) => setTimeout(r, 50));
    expect(text(el, '[role="status"]')).to.equal('No data');
  });
});
