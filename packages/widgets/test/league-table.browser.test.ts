import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import { type DtiIssue, formatIssue, type ScoreTable } from '@dti-kit/core';
import type { DtiLeagueTable } from '../src/league-table/league-table.js';
import { axeViolations, sampleTable, stubFetch, until } from './helpers.js';

const root = (el: DtiLeagueTable) => el.shadowRoot as ShadowRoot;
// The name alone: with the score column hidden the name cell also holds the partial-data mark.
const names = (el: DtiLeagueTable) =>
  [...root(el).querySelectorAll('tbody th')].map((th) =>
    [...th.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('')
      .trim(),
  );
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
    expect(ranks.slice(0, 3)).to.deep.equal(['1', '2 =đồng hạng 2', '2 =đồng hạng 2']);
    // On screen "2 =", for a screen reader "đồng hạng 2"; the legend says what "=" means.
    const tied = root(el).querySelectorAll('tbody td.rank')[1] as HTMLElement;
    expect(tied.querySelector('[aria-hidden="true"]')?.textContent).to.equal('2 =');
    expect(tied.querySelector('.sr-only')?.textContent).to.equal('đồng hạng 2');
    expect(root(el).querySelector('[part~="legend"]')?.textContent?.replace(/\s+/gu, ' ').trim()).to.equal(
      '“=”: đồng hạng, các đơn vị có cùng điểm công bố xếp cùng hạng.',
    );
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

  it('says the sort order in dti-sort: a second click on a header turns it to descending', async () => {
    const el = await fixture<DtiLeagueTable>(html`<dti-league-table .result=${sampleTable()}></dti-league-table>`);
    await ready(el);
    const button = () => header(el, 'Đơn vị').querySelector('button') as HTMLButtonElement;
    const first = oneEvent(el, 'dti-sort');
    button().click();
    expect((await first).detail.order).to.equal('ascending');
    await el.updateComplete;
    const second = oneEvent(el, 'dti-sort');
    button().click();
    // `direction` is the deprecated name of the same value.
    expect((await second).detail).to.deep.equal({ key: 'name', order: 'descending', direction: 'descending' });
    await el.updateComplete;
    expect(header(el, 'Đơn vị').getAttribute('aria-sort')).to.equal('descending');
  });

  it('sorts by name in Vietnamese order (Đ after D) and says so', async () => {
    const el = await fixture<DtiLeagueTable>(html`<dti-league-table .result=${sampleTable()}></dti-league-table>`);
    await ready(el);
    const sorted = oneEvent(el, 'dti-sort');
    (header(el, 'Đơn vị').querySelector('button') as HTMLButtonElement).click();
    expect((await sorted).detail).to.deep.equal({ key: 'name', order: 'ascending', direction: 'ascending' });
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
      u.id === 'gia-lam' ? { ...u, rank: 3, value: 60 } : u.id === 'phuc-tho' ? { ...u, rank: 1, value: 70 } : u,
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
    previous.units = previous.units.map((u) => (u.id === 'gia-lam' ? { ...u, rank: 3, value: 60 } : u));
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

/** The sample table with Phúc Thọ scored on 61.9 % of its indicators, two of them imputed. */
function partialTable(): ScoreTable {
  const table = sampleTable();
  table.units = table.units.map((u) => (u.id === 'phuc-tho' ? { ...u, coverage: 0.619, imputed: 2 } : u));
  return table;
}

/**
 * Captures the CSV the export button makes (the blob given to the download link), instead of
 * downloading it. The writer loads on the first click, so the link is clicked a moment later.
 */
async function exported(el: DtiLeagueTable): Promise<string> {
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let blob: Blob | undefined;
  const clicked = new Promise<HTMLAnchorElement>((resolve) => {
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blob = b as Blob;
      return 'blob:captured';
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      resolve(this);
    };
  });
  try {
    (root(el).querySelector('[part~="export"]') as HTMLButtonElement).click();
    const link = await clicked;
    expect(link.href).to.equal('blob:captured');
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  // Decoded keeping the byte-order mark, which Excel needs to read the file as UTF-8.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (blob as Blob).arrayBuffer());
}

describe('<dti-league-table> and partial reporting', () => {
  it('marks units scored on partial data, with an explanation on hover, keyboard focus and in print', async () => {
    const el = await fixture<DtiLeagueTable>(html`<dti-league-table .result=${partialTable()}></dti-league-table>`);
    await ready(el);
    const marks = [...root(el).querySelectorAll<HTMLButtonElement>('button[part~="partial"]')];
    // Phúc Thọ (61.9 %, 2 imputed) and Sơn Châu (10 %, not scored).
    expect(marks).to.have.length(2);
    const mark = marks[0] as HTMLButtonElement;
    expect(marks.map((m) => m.closest('tr')?.dataset.id)).to.deep.equal(['phuc-tho', 'son-chau']);
    expect(mark.textContent).to.equal('◐Chưa đủ số liệu');
    const tip = root(el).getElementById(mark.getAttribute('aria-describedby') as string) as HTMLElement;
    expect(tip.getAttribute('role')).to.equal('tooltip');
    expect(tip.textContent).to.equal(
      'Điểm tính trên số liệu chưa đủ: đã báo cáo 61,9% chỉ số, 2 chỉ số được ước tính.',
    );
    expect(getComputedStyle(tip).display).to.equal('none');
    mark.focus();
    expect(getComputedStyle(tip).display).to.equal('block');
    // Keys on the mark do not choose the row.
    let selected = 0;
    el.addEventListener('dti-select', () => selected++);
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    mark.click();
    expect(selected).to.equal(0);
    const printRules = [...(root(el).adoptedStyleSheets ?? [])]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print')
      .flatMap((r) => [...r.cssRules] as CSSStyleRule[]);
    expect(printRules.find((r) => r.selectorText === '.tip')?.style.display).to.equal('block');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows a banner when ranks rest on partial data or an indicator has no column', async () => {
    const missing: DtiIssue = {
      severity: 'warning',
      code: 'missing-column',
      path: [],
      indicator: 'van-ban-dien-tu',
      message: 'the file has no column for indicator "van-ban-dien-tu" (did you mean column "Văn bản điện tử"?)',
    };
    const other: DtiIssue = {
      severity: 'warning',
      code: 'unknown-column',
      path: [],
      message: 'Sheet1!W1: column "Ghi chú" matches no indicator or input; it is ignored',
    };
    const el = await fixture<DtiLeagueTable>(
      html`<dti-league-table .result=${partialTable()} .issues=${[missing, other]}></dti-league-table>`,
    );
    await ready(el);
    const banner = root(el).querySelector('[part~="warning"]') as HTMLElement;
    expect(banner.getAttribute('role')).to.equal('status');
    expect([...banner.querySelectorAll('li')].map((li) => li.textContent?.trim())).to.deep.equal([
      formatIssue(missing, 'vi'),
    ]);
    expect(banner.querySelector('p')?.textContent).to.equal(
      '1 đơn vị được xếp hạng khi chưa đủ số liệu (đánh dấu ◐; di chuột hoặc chọn dấu để xem chi tiết).',
    );
    const folded = root(el).querySelector('details[part~="warnings"]') as HTMLDetailsElement;
    expect(folded.open).to.equal(false);
    expect(folded.querySelector('summary')?.textContent).to.equal('1 cảnh báo khác về số liệu');
    expect(folded.querySelector('li')?.textContent?.trim()).to.equal(formatIssue(other, 'vi'));
    // The banner comes before the table.
    expect(banner.compareDocumentPosition(root(el).querySelector('table') as Node)).to.equal(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  it('shows no banner when every ranked unit reported everything', async () => {
    const el = await fixture<DtiLeagueTable>(html`<dti-league-table .result=${sampleTable()}></dti-league-table>`);
    await ready(el);
    expect(root(el).querySelectorAll('[part~="warning"]').length).to.equal(0);
    // Only Sơn Châu (10 % reported, not scored) carries the mark; no ranked unit does.
    const marked = [...root(el).querySelectorAll('button[part~="partial"]')].map((b) => b.closest('tr')?.dataset.id);
    expect(marked).to.deep.equal(['son-chau']);
  });

  it('shows the optional coverage column and sorts by it', async () => {
    const el = await fixture<DtiLeagueTable>(
      html`<dti-league-table lang="en" columns="rank,name,coverage" .result=${partialTable()}></dti-league-table>`,
    );
    await ready(el);
    expect([...root(el).querySelectorAll('tbody td.coverage')].map((td) => td.textContent)).to.deep.equal([
      '100%',
      '61.9%',
      '100%',
      '100%',
      '100%',
      '10%',
    ]);
    (header(el, 'Data coverage').querySelector('button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(names(el).slice(-2)).to.deep.equal(['Phúc Thọ', 'Sơn Châu']);
  });

  it('puts the reader’s warnings in the dti-load detail when it scores raw data', async () => {
    const csv = await (await fetch('/packages/core/examples/data/communes-2025.csv')).text();
    const lines = csv.split(/\r?\n/u).slice(0, 4);
    const withNote = [`${lines[0]};Ghi chú`, ...lines.slice(1).map((l) => `${l};xem lại`)].join('\r\n');
    const fetches = stubFetch({ '/ghi-chu.csv': { body: withNote, type: 'text/csv' } });
    try {
      const el = document.createElement('dti-league-table');
      const loaded = oneEvent(el, 'dti-load');
      el.setAttribute('framework', 'self-assessment-template');
      el.src = '/ghi-chu.csv';
      document.body.append(el);
      const detail = (await loaded).detail as { units: number; data: ScoreTable; warnings: DtiIssue[] };
      expect(detail.units).to.equal(3);
      expect(detail.data.units.map((u) => u.id)).to.deep.equal(['xa-00001', 'xa-00002', 'xa-00003']);
      const unknown = detail.warnings.filter((w) => w.code === 'unknown-column');
      expect(unknown).to.have.length(1);
      expect(detail.warnings.every((w) => w.severity === 'warning')).to.equal(true);
      await ready(el);
      const folded = root(el).querySelector('details[part~="warnings"]') as HTMLElement;
      expect(folded.textContent).to.contain(formatIssue(unknown[0] as DtiIssue, 'vi'));
      el.remove();
    } finally {
      fetches.restore();
    }
  });

  it('keeps the newest src when an older response arrives later, with one dti-load', async () => {
    const older = sampleTable();
    older.units = older.units.map((u) => ({ ...u, name: `cũ ${u.name}` }));
    const fetches = stubFetch({ '/lt-old.json': { body: older, delay: 300 }, '/lt-new.json': { body: sampleTable() } });
    try {
      const el = await fixture<DtiLeagueTable>(html`<dti-league-table src="/lt-old.json"></dti-league-table>`);
      let loads = 0;
      el.addEventListener('dti-load', () => loads++);
      el.src = '/lt-new.json';
      await new Promise((r) => setTimeout(r, 500));
      await ready(el);
      expect(names(el)[0]).to.equal('Gia Lâm');
      expect(loads).to.equal(1);
    } finally {
      fetches.restore();
    }
  });

  it('lists every unit once when no unit has a score, in every sort', async () => {
    // No rank and no value anywhere: every sort key is missing. Each row must still name its own unit.
    const table = sampleTable();
    table.units = table.units.map((u) => ({
      ...u,
      status: 'unscored' as const,
      value: null,
      rank: null,
      tier: null,
      coverage: 0.1,
      nodes: { 'kinh-te-so': { value: null, rank: null } },
    }));
    const el = await fixture<DtiLeagueTable>(html`<dti-league-table .result=${table}></dti-league-table>`);
    await ready(el);
    const inTableOrder = [
      'Phúc Thọ',
      'Đan Phượng',
      'Gia Lâm',
      'Giồng Trôm',
      '<script>window.__pwned = 1</script>Xã Thử',
      'Sơn Châu',
    ];
    expect(names(el)).to.deep.equal(inTableOrder);
    for (const label of ['Điểm', 'Kinh tế số', 'Hạng']) {
      (header(el, label).querySelector('button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(names(el), `sorted by ${label}`).to.deep.equal(inTableOrder);
    }
  });

  it('refuses a score table whose units lack the fields it reads, naming them', async () => {
    const broken = { ...sampleTable(), units: [{ id: 'a', rank: 0, value: 'cao' }] };
    const el = await fixture<DtiLeagueTable>(
      html`<dti-league-table .result=${broken as unknown as ScoreTable}></dti-league-table>`,
    );
    await ready(el);
    expect(root(el).querySelector('[part~="error"]')?.textContent?.replace(/\s+/gu, ' ').trim()).to.equal(
      'Không hiển thị được bảng xếp hạng: Dữ liệu không đúng dạng bảng điểm: units[0].name = undefined: phải là chuỗi ký tự; ' +
        'units[0].value = "cao": phải là một số hoặc null; units[0].rank = 0: phải là một hạng ≥ 1 (có thể lẻ) hoặc null',
    );
  });
});

describe('<dti-league-table> CSV export', () => {
  it('exports the visible columns only, header and rows alike, numbers as numbers, names protected', async () => {
    const table = sampleTable();
    table.units = table.units.map((u) => (u.id === 'gia-lam' ? { ...u, name: '=HYPERLINK("http://x")' } : u));
    const el = await fixture<DtiLeagueTable>(
      html`<dti-league-table columns="name,rank,value,tier" .result=${table}></dti-league-table>`,
    );
    await ready(el);
    const text = await exported(el);
    const lines = text
      .replace(/^\uFEFF/u, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).to.deep.equal([
      'Đơn vị;Hạng;Điểm;Xếp loại',
      `"'=HYPERLINK(""http://x"")";1;98,9;Tốt`,
      'Phúc Thọ;2;69,6;Khá',
      'Đan Phượng;2;69,6;Khá',
      'Giồng Trôm;4;50,2;Yếu',
      '<script>window.__pwned = 1</script>Xã Thử;5;40;Yếu',
      'Sơn Châu;;;',
    ]);
    expect(text.startsWith('\uFEFF')).to.equal(true);
  });

  it('exports the rows in view (filtered) with the pillar and change columns in English', async () => {
    const previous = sampleTable();
    previous.units = previous.units.map((u) => (u.id === 'gia-lam' ? { ...u, rank: 3, value: 60 } : u));
    const el = await fixture<DtiLeagueTable>(
      html`<dti-league-table lang="en" parent="Hà Nội" .result=${sampleTable()} .previous=${previous}></dti-league-table>`,
    );
    await ready(el);
    // Ranked within Hà Nội: before, Phúc Thọ and Đan Phượng shared 1st and Gia Lâm was 3rd.
    expect((await exported(el)).replace(/^\uFEFF/u, '').split('\r\n')).to.deep.equal([
      'Rank,Unit,Score,National rank,Digital economy,Change,Tier',
      '1,Gia Lâm,98.9,1,97.5,2,Good',
      '2,Phúc Thọ,69.6,2,70,-1,Fair',
      '2,Đan Phượng,69.6,2,60,-1,Fair',
      '',
    ]);
  });
});

describe('<dti-league-table> with data pasted in the page', () => {
  const block = (table: ScoreTable) => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(table);
    return script;
  };
  const status = (el: DtiLeagueTable) => root(el).querySelector('[part~="status"]')?.textContent?.trim();

  it('shows JSON pasted after the element was defined and connected', async () => {
    const el = await fixture<DtiLeagueTable>(html`<dti-league-table></dti-league-table>`);
    await el.updateComplete;
    expect(status(el)).to.equal('Chưa có số liệu');
    el.append(block(sampleTable()));
    await ready(el);
    expect(names(el).slice(0, 3)).to.deep.equal(['Gia Lâm', 'Phúc Thọ', 'Đan Phượng']);
    // Replacing the pasted JSON shows the new data.
    const next = sampleTable();
    next.units = next.units.map((u) => (u.id === 'gia-lam' ? { ...u, name: 'Gia Lâm mới' } : u));
    (el.querySelector('script') as HTMLScriptElement).textContent = JSON.stringify(next);
    await until(() => names(el)[0] === 'Gia Lâm mới');
  });

  it('waits for the document to be parsed before concluding there is no data', async () => {
    // As when the script tag sits in <head>: the element upgrades while the parser has not reached its
    // children yet (document.readyState is "loading").
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    let el: DtiLeagueTable;
    try {
      el = document.createElement('dti-league-table');
      document.body.append(el);
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(status(el)).to.equal('Đang tải số liệu…');
      // The parser reaches the block; half of it has arrived: nothing is read yet, no error.
      const script = block(sampleTable());
      const text = script.textContent as string;
      script.textContent = text.slice(0, 40);
      el.append(script);
      await new Promise((r) => setTimeout(r, 50));
      expect(status(el)).to.equal('Đang tải số liệu…');
      script.textContent = text;
    } finally {
      delete (document as unknown as { readyState?: string }).readyState;
    }
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await ready(el);
    expect(names(el).slice(0, 3)).to.deep.equal(['Gia Lâm', 'Phúc Thọ', 'Đan Phượng']);
    el.remove();
  });

  it('says why a src cannot load on a page opened from a file, and what to do', async () => {
    // The page's base is a file:// URL, as when an editor double-clicks the saved page.
    const base = document.createElement('base');
    base.href = 'file:///C:/Users/bien-tap/Desktop/';
    document.head.prepend(base);
    try {
      const el = await fixture<DtiLeagueTable>(html`<dti-league-table src="ket-qua.json"></dti-league-table>`);
      const failed = await oneEvent(el, 'dti-error');
      await el.updateComplete;
      expect(failed.detail.message).to.equal(
        'Không tải được ket-qua.json: trang mở từ tệp (file://) không được đọc tệp khác. ' +
          'Hãy dán JSON vào trong thẻ <dti-league-table>, hoặc mở trang qua máy chủ web (http://).',
      );
      expect(root(el).querySelector('[part~="error"]')?.textContent?.replace(/\s+/gu, ' ').trim()).to.equal(
        `Không hiển thị được bảng xếp hạng: ${failed.detail.message}`,
      );
      const en = await fixture<DtiLeagueTable>(
        html`<dti-league-table lang="en" src="ket-qua.json"></dti-league-table>`,
      );
      expect((await oneEvent(en, 'dti-error')).detail.message).to.equal(
        'Could not load ket-qua.json: a page opened from a file (file://) may not read other files. ' +
          'Paste the JSON inside <dti-league-table>, or open the page from a web server (http://).',
      );
    } finally {
      base.remove();
    }
  });
});

describe('<dti-league-table> ranking within a parent', () => {
  // Giồng Trôm (Bến Tre) leads the country: Hà Nội's communes are 2nd and tied 3rd nationally, and 1st
  // and tied 2nd within Hà Nội.
  const country = () => {
    const table = sampleTable();
    const national: Record<string, [number, number]> = {
      'giong-trom': [99.5, 1],
      'gia-lam': [98.9, 2],
      'phuc-tho': [69.6, 3],
      'dan-phuong': [69.6, 3],
    };
    table.units = table.units.map((u) => {
      const [value, rank] = national[u.id] ?? [u.value, u.rank];
      return { ...u, value, rank };
    });
    return table;
  };
  const cells = (el: DtiLeagueTable, selector: string) =>
    [...root(el).querySelectorAll(selector)].map((td) => td.textContent?.replace(/\s+/gu, ' ').trim());
  const legend = (el: DtiLeagueTable) =>
    root(el).querySelector('[part~="legend"]')?.textContent?.replace(/\s+/gu, ' ').trim();

  it('ranks Hà Nội’s communes 1, 2 =, 2 = with their national ranks beside, and says so', async () => {
    const el = await fixture<DtiLeagueTable>(
      html`<dti-league-table parent="Hà Nội" .result=${country()}></dti-league-table>`,
    );
    await ready(el);
    expect(el.getAttribute('rank-within')).to.equal('parent');
    expect(names(el)).to.deep.equal(['Gia Lâm', 'Phúc Thọ', 'Đan Phượng']);
    expect(cells(el, 'thead th').map((h) => h?.replace(/[▲▼↕]/gu, '').trim())).to.deep.equal([
      'Hạng',
      'Đơn vị',
      'Điểm',
      'Hạng toàn quốc',
      'Kinh tế số',
      'Xếp loại',
    ]);
    const ranks = [...root(el).querySelectorAll('tbody td.rank:not(.national-rank)')];
    expect(
      ranks.map((td) => td.querySelector('[aria-hidden="true"]')?.textContent ?? td.textContent?.trim()),
    ).to.deep.equal(['1', '2 =', '2 =']);
    expect(ranks.map((td) => td.querySelector('.sr-only')?.textContent ?? null)).to.deep.equal([
      null,
      'đồng hạng 2',
      'đồng hạng 2',
    ]);
    expect(cells(el, 'tbody td.national-rank')).to.deep.equal(['2', '3 =đồng hạng 3', '3 =đồng hạng 3']);
    expect(root(el).querySelector('caption')?.textContent?.replace(/\s+/gu, ' ').trim()).to.equal(
      'Chỉ số chuyển đổi số cấp xã — Hà Nội — 2024',
    );
    expect(legend(el)).to.equal('“=”: đồng hạng, các đơn vị có cùng điểm công bố xếp cùng hạng.');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('counts the units ranked on partial data among the parent’s units, not the whole table’s', async () => {
    const partly = () => {
      const table = country();
      table.units = table.units.map((u) =>
        u.id === 'giong-trom' || u.id === 'phuc-tho' ? { ...u, coverage: 0.6, imputed: 1 } : u,
      );
      return table;
    };
    const note = (el: DtiLeagueTable) =>
      root(el).querySelector('[part~="warning"] p')?.textContent?.replace(/\s+/gu, ' ').trim();
    const all = await fixture<DtiLeagueTable>(html`<dti-league-table .result=${partly()}></dti-league-table>`);
    await ready(all);
    expect(note(all)).to.match(/^2 đơn vị được xếp hạng khi chưa đủ số liệu/u);
    const hanoi = await fixture<DtiLeagueTable>(
      html`<dti-league-table parent="Hà Nội" .result=${partly()}></dti-league-table>`,
    );
    await ready(hanoi);
    // Giồng Trôm (Bến Tre) is not on this page: only Phúc Thọ counts.
    expect(note(hanoi)).to.match(/^1 đơn vị được xếp hạng khi chưa đủ số liệu/u);
  });

  it('speaks English: "tied 2nd", National rank', async () => {
    const el = await fixture<DtiLeagueTable>(
      html`<dti-league-table lang="en" parent="Hà Nội" .result=${country()}></dti-league-table>`,
    );
    await ready(el);
    expect(root(el).querySelectorAll('tbody td.rank:not(.national-rank) .sr-only')[0]?.textContent).to.equal(
      'tied 2nd',
    );
    expect(root(el).querySelectorAll('tbody td.national-rank .sr-only')[0]?.textContent).to.equal('tied 3rd');
    expect(legend(el)).to.equal('“=”: tied, units with the same published score share a rank.');
  });

  it('keeps the ranks among all units with rank-within="all"', async () => {
    const el = await fixture<DtiLeagueTable>(
      html`<dti-league-table rank-within="all" parent="Hà Nội" .result=${country()}></dti-league-table>`,
    );
    await ready(el);
    expect(cells(el, 'tbody td.rank')).to.deep.equal(['2', '3 =đồng hạng 3', '3 =đồng hạng 3']);
    expect(root(el).querySelector('tbody td.national-rank')).to.equal(null);
    expect(legend(el)).to.equal('“=”: đồng hạng, các đơn vị có cùng điểm công bố xếp cùng hạng.');
  });

  it('ranks within the area the reader picks, and back among all for “Tất cả địa bàn”', async () => {
    const el = await fixture<DtiLeagueTable>(html`<dti-league-table .result=${country()}></dti-league-table>`);
    await ready(el);
    expect(root(el).querySelector('[part~="legend"]')?.textContent).to.contain('“=”');
    const select = root(el).querySelector('select') as HTMLSelectElement;
    select.value = 'Bến Tre';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Giồng Trôm', '<script>window.__pwned = 1</script>Xã Thử']);
    expect(cells(el, 'tbody td.rank:not(.national-rank)')).to.deep.equal(['1', '2']);
    expect(cells(el, 'tbody td.national-rank')).to.deep.equal(['1', '5']);
    // No tie in view: no note.
    expect(legend(el)).to.equal(undefined);
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(root(el).querySelector('tbody td.national-rank')).to.equal(null);
    expect(cells(el, 'tbody td.rank').slice(0, 2)).to.deep.equal(['1', '2']);
  });
});

describe('<dti-league-table> highlight', () => {
  it('opens on the page that holds the unit an editor highlights', async () => {
    // Pages of 2 in rank order: Gia Lâm, Phúc Thọ | Đan Phượng, Giồng Trôm | Xã Thử, Sơn Châu.
    const el = await fixture<DtiLeagueTable>(
      html`<dti-league-table page-size="2" highlight="giong-trom" .result=${sampleTable()}></dti-league-table>`,
    );
    await ready(el);
    expect(names(el)).to.deep.equal(['Đan Phượng', 'Giồng Trôm']);
    expect(root(el).querySelector('[part~="row-highlight"] th')?.textContent).to.contain('Giồng Trôm');
  });
});

describe('<dti-league-table> with a score table that carries its warnings', () => {
  const missing: DtiIssue = {
    severity: 'warning',
    code: 'missing-column',
    path: [],
    indicator: 'van-ban-dien-tu',
    message: 'the file has no column for indicator "van-ban-dien-tu"',
    messageVi: 'tệp không có cột cho chỉ số "van-ban-dien-tu"',
  };
  const other: DtiIssue = {
    severity: 'warning',
    code: 'unknown-column',
    path: [],
    message: 'Sheet1!W1: column "Ghi chú" matches no indicator or input; it is ignored',
  };

  it('shows the warnings `dti score --format json` wrote with the table, as those of data it scores', async () => {
    // Before, a table read from JSON showed none of them: the missing column went unsaid on the page.
    const table = { ...partialTable(), warnings: [missing, other] };
    const el = await fixture<DtiLeagueTable>(html`<dti-league-table .result=${table}></dti-league-table>`);
    await ready(el);
    const banner = root(el).querySelector('[part~="warning"]') as HTMLElement;
    expect([...banner.querySelectorAll('li')].map((li) => li.textContent?.trim())).to.deep.equal([
      'tệp không có cột cho chỉ số "van-ban-dien-tu"',
    ]);
    const folded = root(el).querySelector('details[part~="warnings"]') as HTMLDetailsElement;
    expect(folded.querySelector('li')?.textContent?.trim()).to.equal(formatIssue(other, 'vi'));
  });

  it('refuses warnings that are not a list of messages, naming the field', async () => {
    const table = { ...sampleTable(), warnings: [{ message: 3 }] } as unknown as ScoreTable;
    const el = await fixture<DtiLeagueTable>(html`<dti-league-table .result=${table}></dti-league-table>`);
    await ready(el);
    const error = root(el).querySelector('[part~="error"]')?.textContent ?? '';
    expect(error).to.contain('warnings');
    expect(error).to.contain('phải là một danh sách cảnh báo, mỗi cảnh báo có "message" là chuỗi ký tự, hoặc không có');
  });
});
