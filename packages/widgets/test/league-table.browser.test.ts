import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { DtiLeagueTable } from '../src/league-table/league-table.js';
import { axeViolations, sampleTable, until } from './helpers.js';

const root = (el: DtiLeagueTable) => el.shadowRoot as ShadowRoot;
const names = (el: DtiLeagueTable) => [...root(el).querySelectorAll('tbody th')].map((th) => th.textContent?.trim());
const ready = async (el: DtiLeagueTable) => {
  await until(
    () => root(el)?.querySelector('tbody') !== null || root(el)?.querySelector('[part~="error"]') !== null,
    10000,
  );
  await el.updateComplete;
};
const header = (el: DtiLeagueTable, label: string) =>
  [...root(el).querySelectorAll('thead th')].find((th) => th.textContent?.includes(label)) as HTMLElement;

describe('<dti-league-table>', () => {
  it('shows ranks with ties, scores, pillars and tiers, sorted by rank', async () => {
    const el = await fixture<DtiLeagueTable>(html`<dti-league-table .result=${sampleTable()}></dti-league-table>`);
    await ready(el);
    expect(names(el)).to.deep.equal([
      'Gia Lâm',
      'Phúc Thọ',
      'Đan Phượng',
      'Giồng Trôm',
      '<script>window.__pwned = 1</script>Xã Thử',
      'Sơn Châu',
    ]);
    const ranks = [...root(el).querySelectorAll('tbody td.rank')].map((td) =>
      td.textContent?.replace(/\s+/gu, ' ').trim(),
    );
    expect(ranks.slice(0, 3)).to.deep.equal(['1', '2 = đồng hạng', '2 = đồng hạng']);
    expect(ranks[5]).to.equal('chưa đủ dữ liệu');
    expect(header(el, 'Hạng').getAttribute('aria-sort')).to.equal('ascending');
    expect(root(el).querySelector('caption')?.textContent?.trim()).to.equal('Chỉ số chuyển đổi số cấp xã — 2024');
    expect(root(el).querySelector('tbody tr td.value')?.textContent?.replace(/\s+/gu, ' ').trim()).to.equal('98,9');
  });

  it('renders a unit name containing <script> as text', async () => {
    const el = await fixture<DtiLeagueTable>(html`<dti-league-table .result=${sampleTable()}></dti-league-table>`);
    await ready(el);
    expect(root(el).querySelector('tbody script')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('sorts by name in Vietnamese order (Đ after D) and says so', async () => {
    const el = await fixture<DtiLeagueTable>(html`<dti-league-table .result=${sampleTable()}></dti-league-table>`);
    await ready(el);
    const sorted = oneEvent(el, 'dti-sort');
    (header(el, 'Đơn vị').querySelector('button') as HTMLButtonElement).click();
    expect((await sorted).detail).to.deep.equal({ key: 'name', direction: 'ascending' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal([
      '<script>window.__pwned = 1</script>Xã Thử',
      'Đan Phượng',
      'Gia Lâm',
      'Giồng Trôm',
      'Phúc Thọ',
      'Sơn Châu',
    ]);
    expect(header(el, 'Đơn vị').getAttribute('aria-sort')).to.equal('ascending');
    expect(header(el, 'Hạng').getAttribute('aria-sort')).to.equal('none');
    expect(root(el).querySelector('[aria-live="polite"]')?.textContent).to.equal('Đã sắp xếp theo Đơn vị, tăng dần');
    (header(el, 'Điểm').querySelector('button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(names(el)[0]).to.equal('Gia Lâm');
    expect(names(el).at(-1)).to.equal('Sơn Châu'); // no score: last in both directions
  });

  it('finds "phuc tho" without diacritics, filters by area and tier, and says when nothing matches', async () => {
    const el = await fixture<DtiLeagueTable>(html`<dti-league-table .result=${sampleTable()}></dti-league-table>`);
    await ready(el);
    const search = root(el).querySelector('input[type="search"]') as HTMLInputElement;
    search.value = 'phuc tho';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Phúc Thọ']);
    search.value = 'không có xã này';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(root(el).querySelector('[part~="status"]')?.textContent).to.equal('Không có đơn vị nào phù hợp.');
    search.value = '';
    search.dispatchEvent(new Event('input'));
    el.setAttribute('parent', 'Bến Tre');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Giồng Trôm', '<script>window.__pwned = 1</script>Xã Thử']);
  });

  it('is operable by keyboard: arrows move between rows, Enter chooses one', async () => {
    const el = await fixture<DtiLeagueTable>(html`<dti-league-table .result=${sampleTable()}></dti-league-table>`);
    await ready(el);
    const rows = () => [...root(el).querySelectorAll<HTMLElement>('tbody tr')];
    expect(rows().map((r) => r.tabIndex)).to.deep.equal([0, -1, -1, -1, -1, -1]);
    rows()[0]?.focus();
    rows()[0]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await until(() => root(el).activeElement === rows()[1]);
    const chosen = oneEvent(el, 'dti-select');
    rows()[1]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect((await chosen).detail.id).to.equal('phuc-tho');
  });

  it('highlights a unit by attribute and shows rank changes against the previous period', async () => {
    const previous = sampleTable();
    previous.units = previous.units.map((u) =>
      u.id === 'gia-lam' ? { ...u, rank: 3 } : u.id === 'phuc-tho' ? { ...u, rank: 1 } : u,
    );
    const el = await fixture<DtiLeagueTable>(
      html`<dti-league-table highlight="gia-lam" .result=${sampleTable()} .previous=${previous}></dti-league-table>`,
    );
    await ready(el);
    const first = root(el).querySelector('tbody tr') as HTMLElement;
    expect(first.getAttribute('part')).to.equal('row row-highlight');
    const change = first.querySelector('[part~="change"]');
    expect(change?.querySelector('.sr-only')?.textContent).to.equal('tăng 2 bậc');
    expect(change?.querySelector('[aria-hidden="true"]')?.textContent).to.equal('▲ 2');
  });

  it('speaks English with lang="en" and honours the columns attribute', async () => {
    const el = await fixture<DtiLeagueTable>(
      html`<dti-league-table lang="en" columns="rank,name,value" .result=${sampleTable()}></dti-league-table>`,
    );
    await ready(el);
    expect(
      [...root(el).querySelectorAll('thead th')].map((th) => th.textContent?.replace(/[▲▼↕]/gu, '').trim()),
    ).to.deep.equal(['Rank', 'Unit', 'Score']);
    expect(root(el).querySelector('tbody td.value')?.textContent?.trim()).to.equal('98.9');
  });

  it('scores a CSV in the browser with a preset, then pages through it', async () => {
    const el = await fixture<DtiLeagueTable>(
      html`<dti-league-table src="/packages/core/examples/data/communes-2025.csv" framework="self-assessment-template" page-size="10"></dti-league-table>`,
    );
    await until(() => (root(el).querySelectorAll('tbody tr').length ?? 0) === 10, 15000);
    expect(root(el).querySelector('[part~="pagination"]')?.textContent).to.contain('Trang 1/333');
    expect(root(el).querySelector('tbody td.rank')?.textContent?.trim()).to.equal('1');
  });

  it('shows a clear error for bad data and leaves the page alone', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <dti-league-table src="/packages/core/test/fixtures/seeds-wide.csv" framework="self-assessment-template"></dti-league-table>
      <p>vẫn hiển thị</p>
    </div>`);
    const el = wrapper.querySelector('dti-league-table') as DtiLeagueTable;
    await until(() => root(el).querySelector('[part~="error"]') !== null, 15000);
    const error = root(el).querySelector('[part~="error"]') as HTMLElement;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('Không hiển thị được bảng xếp hạng');
    expect(error.textContent).to.contain(
      'seeds-wide.csv!D4: "nhiều" của đơn vị "phuc-tho", chỉ số "van-ban-dien-tu" không phải số',
    );
    expect(wrapper.querySelector('p')?.textContent).to.equal('vẫn hiển thị');
  });

  it('reads inline JSON data pasted in the page', async () => {
    const el = await fixture<DtiLeagueTable>(html`<dti-league-table
      ><script type="application/json">
        ${JSON.stringify(sampleTable())}
      </script></dti-league-table
    >`);
    await ready(el);
    expect(names(el)[0]).to.equal('Gia Lâm');
  });

  it('passes axe accessibility checks', async () => {
    const previous = sampleTable();
    previous.units = previous.units.map((u) => (u.id === 'gia-lam' ? { ...u, rank: 3 } : u));
    const el = await fixture<DtiLeagueTable>(
      html`<dti-league-table .result=${sampleTable()} .previous=${previous}></dti-league-table>`,
    );
    await ready(el);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});

describe('<dti-league-table> in the dark theme', () => {
  it('keeps AA contrast', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><dti-league-table theme="dark" .result=${sampleTable()}></dti-league-table></div>`,
    );
    wrapper.style.background = '#0d1117';
    const el = wrapper.querySelector('dti-league-table') as DtiLeagueTable;
    await ready(el);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
