import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { ScoreTable } from '@dti-kit/core';
import { publishedTable } from '@dti-kit/testing';
import type { DtiLeagueTable } from '../src/league-table/league-table.js';
import type { DtiScorecard } from '../src/scorecard/scorecard.js';
import { previousTable, profileTable } from '../src/stories/profile-sample.js';
import { axeViolations, stubFetch, until } from './helpers.js';

const root = (el: Element) => el.shadowRoot as ShadowRoot;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The facts as "label: value" pairs. */
const facts = (el: DtiScorecard) =>
  [...root(el).querySelectorAll('.fact')].map((f) => `${text(f.querySelector('dt'))}: ${text(f.querySelector('dd'))}`);
const pillars = (el: DtiScorecard) =>
  [...root(el).querySelectorAll('.pillars tbody tr')].map((r) => [
    text(r.querySelector('th')),
    ...[...r.querySelectorAll('td.num')].map(text),
    r.querySelector('.fill')?.getAttribute('width'),
    Number(r.querySelector('.benchmark')?.getAttribute('x1')).toFixed(3),
  ]);

describe('<dti-scorecard>', () => {
  it("shows one unit's profile as worked by hand: ranks, change, pillars against the area's mean, targets, lost points", async () => {
    const el = await fixture<DtiScorecard>(
      html`<dti-scorecard lang="vi" unit-id="phuc-tho" benchmark="parent-mean" .table=${profileTable()} .previous=${previousTable()}></dti-scorecard>`,
    );
    await until(() => root(el).querySelector('.fact') !== null);
    expect(text(root(el).querySelector('h2'))).to.equal('Phúc Thọ · Hà Nội · 2024');
    expect(facts(el)).to.deep.equal([
      'Điểm: 62,0',
      'Xếp loại: Trung bình',
      'Hạng trong Hà Nội: 3/3',
      'Hạng chung: 4/5',
      'So với kỳ trước: ▲ lên 1 bậc (+3,5)',
      'Chỉ tiêu đạt: 36/37 chỉ tiêu đạt',
      'Mức đầy đủ số liệu: 80%1 chỉ số không báo cáo, được gán giá trị',
    ]);
    // Hà Nội's mean: chính quyền số (83.3 + 50 + 66.7) / 3 = 66.67, kinh tế số (90 + 80 + 100) / 3 = 90.
    expect(pillars(el)).to.deep.equal([
      ['Chính quyền số', '50,0', '66,7', '50', '66.667'],
      ['Kinh tế số', '80,0', '90,0', '80', '90.000'],
    ]);
    // Points lost = maxPoints × (1 − share): i2 20 × 1 (not reported), i1 40 × 0.25, i3 40 × 0.2.
    expect([...root(el).querySelectorAll('.lost li')].map(text)).to.deep.equal([
      'Hồ sơ số hoá: mất 20,0 điểm (chưa báo cáo)',
      'Dịch vụ công trực tuyến: mất 10,0 điểm (chưa đạt tối đa)',
      'Thanh toán số: mất 8,0 điểm (chưa đạt tối đa)',
    ]);
    const summary = root(el).querySelector('#summary');
    expect(summary?.classList.contains('sr-only')).to.equal(true);
    expect(root(el).querySelector('article')?.getAttribute('aria-describedby')).to.equal('summary');
    expect(text(summary)).to.equal(
      'Phúc Thọ: 62,0 điểm, xếp loại Trung bình, hạng 3/3 trong Hà Nội, hạng 4/5 chung, lên 1 bậc so với kỳ trước, 36/37 chỉ tiêu đạt.',
    );
    // No style attribute anywhere: bar widths are SVG attributes.
    expect(root(el).querySelector('[style]')).to.equal(null);
  });

  it('compares with the mean of all units or the best unit, and ranks within the parent by the tie rule', async () => {
    const el = await fixture<DtiScorecard>(
      html`<dti-scorecard lang="en" unit-id="giong-trom" .table=${profileTable()}></dti-scorecard>`,
    );
    await until(() => root(el).querySelector('.fact') !== null);
    // Mean of all five: (83.3 + 50 + 66.7 + 100 + 16.7) / 5 = 63.34; (90 + 80 + 100 + 50 + 75) / 5 = 79.
    expect(pillars(el).map((p) => p[2])).to.deep.equal(['63.3', '79.0']);
    // Tied second with Đan Phượng (competition rule); first of Bến Tre's two.
    expect(facts(el).slice(2, 4)).to.deep.equal(['Rank in Bến Tre: 1/2', 'Overall rank: 2/5']);
    expect([...root(el).querySelectorAll('.lost li')].map(text)).to.deep.equal([
      'Digital payments: 20.0 points lost (below the maximum)',
    ]);
    el.benchmark = 'best';
    await el.updateComplete;
    expect(pillars(el).map((p) => p[2])).to.deep.equal(['100.0', '100.0']);
  });

  it('shows the tier distribution of a parent as a stacked bar with counts and a text equivalent', async () => {
    const el = await fixture<DtiScorecard>(
      html`<dti-scorecard lang="vi" parent="Hà Nội" .table=${profileTable()}></dti-scorecard>`,
    );
    await until(() => root(el).querySelector('.counts') !== null);
    expect(text(root(el).querySelector('.counts'))).to.equal('Tốt 2 · Khá 0 · Trung bình 1 · Yếu 0');
    const segments = [...root(el).querySelectorAll('.segment')].map((r) => [
      Number(r.getAttribute('x')).toFixed(2),
      Number(r.getAttribute('width')).toFixed(2),
      r.getAttribute('fill'),
    ]);
    expect(segments).to.deep.equal([
      ['0.00', '66.67', '#1a7f37'],
      ['66.67', '0.00', '#4d8f00'],
      ['66.67', '33.33', '#9a6700'],
      ['100.00', '0.00', '#b42318'],
    ]);
    expect(text(root(el).querySelector('#summary'))).to.equal(
      'Hà Nội: 3 đơn vị; Tốt 2 · Khá 0 · Trung bình 1 · Yếu 0.',
    );
    // A unit-id naming a parent shows its group; no unit-id and no parent, every unit.
    el.parent = undefined;
    await el.updateComplete;
    expect(text(root(el).querySelector('.counts'))).to.equal('Tốt 3 · Khá 0 · Trung bình 1 · Yếu 1');
    el.unitId = 'Bến Tre';
    await el.updateComplete;
    expect(text(root(el).querySelector('.counts'))).to.equal('Tốt 1 · Khá 0 · Trung bình 0 · Yếu 1');
  });

  it('says what is wrong: an unknown unit, a bad benchmark, a file that is not a score table', async () => {
    const el = await fixture<DtiScorecard>(
      html`<dti-scorecard lang="en" unit-id="khong-co" .table=${profileTable()}></dti-scorecard>`,
    );
    await until(() => root(el).querySelector('[role=alert]') !== null);
    expect(text(root(el).querySelector('[role=alert]'))).to.equal(
      'The unit profile cannot be shown: No unit or area “khong-co” in the score table; for example: gia-lam, phuc-tho, dan-phuong.',
    );
    el.unitId = 'gia-lam';
    el.benchmark = 'median';
    await el.updateComplete;
    expect(text(root(el).querySelector('[role=alert]'))).to.contain('Invalid benchmark="median"');
    const fetches = stubFetch({ '/bad.json': { body: { kind: 'dti-score-table', units: 3 } } });
    try {
      const bad = await fixture<DtiScorecard>(
        html`<dti-scorecard lang="en" unit-id="a" src="/bad.json"></dti-scorecard>`,
      );
      await until(() => root(bad).querySelector('[role=alert]') !== null);
      expect(text(root(bad).querySelector('[role=alert]'))).to.contain('/bad.json: The data is not a score table');
      expect(text(root(bad).querySelector('[role=alert]'))).to.contain('units = 3: must be an array');
    } finally {
      fetches.restore();
    }
  });

  it('reads a table pasted inside it', async () => {
    const el = await fixture<DtiScorecard>(
      html`<dti-scorecard lang="vi" unit-id="gia-lam"><script type="application/json">${JSON.stringify(profileTable())}</script></dti-scorecard>`,
    );
    await until(() => root(el).querySelector('.fact') !== null);
    expect(facts(el)[0]).to.equal('Điểm: 86,0');
  });

  it('follows a linked league table both ways: a row chosen there, a unit named here', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="vi">
      <dti-scorecard for="xh"></dti-scorecard>
      <dti-league-table id="xh" .result=${profileTable()} .previous=${previousTable()}></dti-league-table>
    </div>`);
    const card = page.querySelector('dti-scorecard') as DtiScorecard;
    const table = page.querySelector('dti-league-table') as DtiLeagueTable;
    // Nothing chosen yet: every unit's tiers, and a hint.
    await until(() => text(root(card).querySelector('.counts')) === 'Tốt 3 · Khá 0 · Trung bình 1 · Yếu 1');
    await until(() => root(table).querySelectorAll('tbody tr').length === 5);
    const row = [...root(table).querySelectorAll<HTMLElement>('tbody tr')].find((r) => r.dataset.id === 'phuc-tho');
    row?.click();
    await until(() => text(root(card).querySelector('h2')).startsWith('Phúc Thọ'));
    expect(facts(card)).to.include('So với kỳ trước: ▲ lên 1 bậc (+3,5)');
    card.unitId = 'binh-dai';
    await until(() => table.highlight === 'binh-dai');
    await until(() => text(root(card).querySelector('h2')).startsWith('Bình Đại'));
    await table.updateComplete;
    expect(root(table).querySelector('tr.highlight')?.getAttribute('data-id')).to.equal('binh-dai');
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme, as a unit and as a group`, async () => {
      const el = await fixture<DtiScorecard>(
        html`<dti-scorecard lang="vi" theme=${theme} unit-id="phuc-tho" .table=${profileTable()} .previous=${previousTable()}></dti-scorecard>`,
      );
      await until(() => root(el).querySelector('.fact') !== null);
      expect(await axeViolations(el)).to.deep.equal([]);
      el.unitId = 'Hà Nội';
      await el.updateComplete;
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }
});

/**
 * A table of published results, as the 2024 results of the 34 provinces were reported
 * (dti_provincial_results.csv): Hà Nội 0.8241 1st, Huế 0.7951 2nd, Gia Lai 31st without a value,
 * Lâm Đồng not published. All 34 were ranked.
 */
function published(rankedAmong?: number, all = false): ScoreTable {
  const rows: [string, string, number | null, number | null][] = [
    ['ha-noi', 'Hà Nội', 0.8241, 1],
    ['hue', 'Huế', 0.7951, 2],
    ...(all
      ? []
      : ([
          ['gia-lai', 'Gia Lai', null, 31],
          ['lam-dong', 'Lâm Đồng', null, null],
        ] as [string, string, number | null, number | null][])),
  ];
  return publishedTable(rows, {
    framework: { id: 'dti', version: '2024', label: { vi: 'DTI' }, scale: { min: 0, max: 1 }, precision: 4 },
    period: '2024',
    rankedAmong,
  });
}

describe('<dti-scorecard>: the field of the overall rank is the table’s, never guessed', () => {
  const read = async (table: ScoreTable, lang: string) => {
    const el = await fixture<DtiScorecard>(
      html`<dti-scorecard lang=${lang} unit-id="hue" .table=${table}></dti-scorecard>`,
    );
    await until(() => root(el).querySelector('.fact') !== null);
    return [facts(el)[2], text(root(el).querySelector('#summary'))];
  };
  it('says the field the table gives', async () => {
    expect(await read(published(34), 'vi')).to.deep.equal(['Hạng chung: 2/34', 'Huế: 0,7951 điểm, hạng 2/34 chung.']);
    expect(await read(published(34), 'en')).to.deep.equal([
      'Overall rank: 2/34',
      'Huế: 0.7951 points, ranked 2 of 34 overall.',
    ]);
  });
  it('counts the units when every one has a rank', async () => {
    expect(await read(published(undefined, true), 'vi')).to.deep.equal([
      'Hạng chung: 2/2',
      'Huế: 0,7951 điểm, hạng 2/2 chung.',
    ]);
    expect(await read(published(undefined, true), 'en')).to.deep.equal([
      'Overall rank: 2/2',
      'Huế: 0.7951 points, ranked 2 of 2 overall.',
    ]);
  });
  it('shows the rank alone when some units have none and the table does not say the field', async () => {
    // Not "2/31" (the largest rank listed) nor "2/3" (the ranks listed): the field is unknown.
    expect(await read(published(), 'vi')).to.deep.equal(['Hạng chung: 2', 'Huế: 0,7951 điểm, hạng 2 chung.']);
    expect(await read(published(), 'en')).to.deep.equal(['Overall rank: 2', 'Huế: 0.7951 points, ranked 2 overall.']);
  });
  it('refuses a field below a rank in the table, naming the value and the unit', async () => {
    const el = await fixture<DtiScorecard>(
      html`<dti-scorecard lang="en" unit-id="hue" .table=${published(20)}></dti-scorecard>`,
    );
    await until(() => (root(el).textContent ?? '').includes('rankedAmong'));
    expect(root(el).textContent).to.contain('rankedAmong = 20: below the rank 31 of "Gia Lai" (units[2].rank)');
  });
});
