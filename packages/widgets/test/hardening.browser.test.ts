import { framework as fixtureFramework, goalposts, group, indicator } from '@dti-kit/testing';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { DtiGauge } from '../src/gauge/gauge.js';
import type { DtiLeagueTable } from '../src/league-table/league-table.js';
import type { DtiRankInterval } from '../src/rank-interval/rank-interval.js';
import { sampleTable, spyConsole, stubFetch, until } from './helpers.js';

const part = (el: Element, name: string) => el.shadowRoot?.querySelector(`[part~="${name}"]`) as HTMLElement | null;

/** The sample table with its first unit on partial data (80 % of indicators, 2 imputed). */
function partialTable() {
  const table = sampleTable();
  const first = table.units[0] as (typeof table.units)[number];
  table.units[0] = { ...first, coverage: 0.8, imputed: 2 };
  return table;
}

describe('bad score tables are refused with the field named', () => {
  for (const [name, tiers] of [
    ['[{}]', [{}]],
    ['[null]', [null]],
  ] as const) {
    it(`gauge: framework.tiers = ${name} is the error state and dti-error, not a crash`, async () => {
      const table = { ...sampleTable(), framework: { ...sampleTable().framework, tiers } };
      const stub = stubFetch({ '/bad-tiers.json': { body: table } });
      const el = document.createElement('dti-gauge') as DtiGauge;
      el.setAttribute('src', '/bad-tiers.json');
      el.setAttribute('unit-id', 'phuc-tho');
      const loaded: string[] = [];
      el.addEventListener('dti-load', () => loaded.push('load'));
      const failed = oneEvent(el, 'dti-error');
      document.body.append(el);
      const { detail } = await failed;
      await el.updateComplete;
      stub.restore();
      el.remove();
      const expected =
        name === '[{}]'
          ? '/bad-tiers.json: Dữ liệu không đúng dạng bảng điểm: framework.tiers[0].id = undefined: phải là chuỗi ký tự; framework.tiers[0].label = undefined: phải là một đối tượng JSON; framework.tiers[0].min = undefined: phải là một số'
          : '/bad-tiers.json: Dữ liệu không đúng dạng bảng điểm: framework.tiers[0] = null: phải là một đối tượng JSON';
      expect(detail.message).to.equal(expected);
      expect(loaded).to.deep.equal([]);
      expect(part(el, 'error')?.textContent).to.equal(expected);
    });
  }

  it('league table: framework.tiers = [{}] is the error state naming the field', async () => {
    const table = { ...sampleTable(), framework: { ...sampleTable().framework, tiers: [{}] } };
    const el = await fixture<DtiLeagueTable>(html`<dti-league-table .result=${table}></dti-league-table>`);
    await until(() => Boolean(part(el, 'error')));
    expect(part(el, 'error')?.textContent).to.contain('framework.tiers[0].id = undefined: phải là chuỗi ký tự');
  });

  it('a node without a label is refused (nodes[1].label.vi)', async () => {
    const table = sampleTable();
    table.nodes[1] = { ...(table.nodes[1] as (typeof table.nodes)[number]), label: {} as { vi: string } };
    const el = await fixture<DtiGauge>(html`<dti-gauge unit-id="phuc-tho" .result=${table}></dti-gauge>`);
    expect(part(el, 'error')?.textContent).to.equal(
      'Dữ liệu không đúng dạng bảng điểm: nodes[1].label.vi = undefined: phải là chuỗi ký tự',
    );
  });
});

describe('nothing to show is "no data", never a load that never ends', () => {
  it('league table without src: "Chưa có số liệu", not busy', async () => {
    const el = await fixture<DtiLeagueTable>(html`<dti-league-table></dti-league-table>`);
    await new Promise((r) => setTimeout(r, 50));
    const status = part(el, 'status');
    expect(status?.textContent).to.equal('Chưa có số liệu');
    expect(status?.hasAttribute('aria-busy')).to.be.false;
  });

  it('league table: src removed after a load goes back to "No data"', async () => {
    const stub = stubFetch({ '/t.json': { body: sampleTable() } });
    const el = await fixture<DtiLeagueTable>(html`<dti-league-table lang="en" src="/t.json"></dti-league-table>`);
    await until(() => Boolean(el.shadowRoot?.querySelector('tbody tr')));
    el.removeAttribute('src');
    await until(() => part(el, 'status')?.textContent === 'No data');
    stub.restore();
    expect(el.shadowRoot?.querySelector('table')).to.be.null;
  });

  it('rank interval: no src is "Chưa có số liệu"; src removed during a slow load too', async () => {
    const el = await fixture<DtiRankInterval>(html`<dti-rank-interval></dti-rank-interval>`);
    expect(el.shadowRoot?.querySelector('[role="status"]')?.textContent).to.equal('Chưa có số liệu');
    const stub = stubFetch({ '/u.json': { body: { runs: 1, units: [] }, delay: 300 } });
    el.src = '/u.json';
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('[aria-busy="true"]')?.textContent).to.equal('Đang tải số liệu…');
    el.src = undefined;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 400));
    stub.restore();
    const status = el.shadowRoot?.querySelector('[role="status"]');
    expect(status?.textContent).to.equal('Chưa có số liệu');
    expect(status?.hasAttribute('aria-busy')).to.be.false;
  });
});

describe('the gauge shows no silent wrong number', () => {
  const text = (el: DtiGauge) => part(el, 'value')?.textContent;

  it('value="0x10" is not 16: no value, with the note', async () => {
    const warn = spyConsole('warn');
    const el = await fixture<DtiGauge>(html`<dti-gauge value="0x10"></dti-gauge>`);
    warn.restore();
    expect(part(el, 'no-value')?.getAttribute('aria-label')).to.equal(
      'Chưa có số liệu: Giá trị không hợp lệ: "0x10" không phải là số.',
    );
  });

  it('precision="" is "not set" (69,6 stays 69,6, not 70)', async () => {
    const el = await fixture<DtiGauge>(html`<dti-gauge value="69.6" precision=""></dti-gauge>`);
    expect(text(el)).to.equal('69,6');
  });

  it('previous="abc" and target="abc" are named in a note and a warning', async () => {
    const warn = spyConsole('warn');
    const el = await fixture<DtiGauge>(html`<dti-gauge value="50" previous="abc" target="xyz"></dti-gauge>`);
    warn.restore();
    const notes = [...(el.shadowRoot?.querySelectorAll('.note') ?? [])].map((n) => n.textContent);
    expect(notes).to.deep.equal([
      'Thuộc tính target="xyz" không hợp lệ: không phải là số.',
      'Thuộc tính previous="abc" không hợp lệ: không phải là số.',
    ]);
    expect(warn.calls).to.deep.equal(notes.map((n) => `<dti-gauge>: ${n}`));
  });

  it('min="abc" is quoted, never NaN', async () => {
    const el = await fixture<DtiGauge>(html`<dti-gauge value="5" min="abc"></dti-gauge>`);
    expect(part(el, 'error')?.textContent).to.equal('Thang đo không hợp lệ: tối thiểu "abc" phải nhỏ hơn tối đa 100.');
    // Still "abc" after another change re-renders it: the attribute is not overwritten with "NaN".
    el.setAttribute('value', '61');
    await el.updateComplete;
    expect(el.getAttribute('min')).to.equal('abc');
    expect(part(el, 'error')?.textContent).to.equal('Thang đo không hợp lệ: tối thiểu "abc" phải nhỏ hơn tối đa 100.');
  });

  it('src without unit-id says unit-id is missing', async () => {
    const warn = spyConsole('warn');
    const el = await fixture<DtiGauge>(html`<dti-gauge lang="en" .result=${sampleTable()}></dti-gauge>`);
    warn.restore();
    expect(el.shadowRoot?.querySelector('.note')?.textContent).to.equal(
      'unit-id is missing: which unit of the score table to show is not set.',
    );
    expect(warn.calls).to.have.length(1);
  });

  it('precision="200" shows at most 6 decimals, with a warning naming the attribute', async () => {
    const warn = spyConsole('warn');
    const el = await fixture<DtiGauge>(html`<dti-gauge value="69.6" previous="69.5371" precision="200"></dti-gauge>`);
    warn.restore();
    expect(text(el)).to.equal('69,600000');
    expect(part(el, 'change')?.textContent?.trim()).to.equal('▲ +0,062900');
    expect(warn.calls[0]).to.equal(
      '<dti-gauge>: Thuộc tính precision="200" không hợp lệ: cần số nguyên từ 0 đến 6. → 6',
    );
  });

  it('the change is rounded to the digits shown: a rise too small to show is "=", not "▲ 0,00"', async () => {
    const el = await fixture<DtiGauge>(html`<dti-gauge value="69.6" previous="69.5999" precision="2"></dti-gauge>`);
    expect(part(el, 'change')?.textContent?.trim()).to.equal('= 0,00');
  });

  it('huge numbers are short in the ring and whole in the spoken value, inside the gauge box', async () => {
    const el = await fixture<DtiGauge>(
      html`<dti-gauge value="123456789012" max="1e15" unit="đơn vị rất dài"></dti-gauge>`,
    );
    expect(text(el)).to.equal('123,46\u00a0T đơn vị rất dài');
    expect(part(el, 'meter')?.getAttribute('aria-valuetext')).to.contain('123.456.789.012 đơn vị rất dài');
    const value = part(el, 'value') as unknown as SVGTextElement;
    expect(value.getAttribute('textLength')).to.equal('130');
    const box = el.getBoundingClientRect();
    const drawn = value.getBoundingClientRect();
    expect(drawn.left).to.be.at.least(box.left);
    expect(drawn.right).to.be.at.most(box.right);
    el.value = 1e308;
    await el.updateComplete;
    expect(text(el)).to.equal('100E306 đơn vị rất dài');
  });
});

describe('partial-data marks', () => {
  it('with the score column hidden, the ◐ mark is on the name cell', async () => {
    const el = await fixture<DtiLeagueTable>(
      html`<dti-league-table columns="rank,name,tier" .result=${partialTable()}></dti-league-table>`,
    );
    await until(() => Boolean(el.shadowRoot?.querySelector('tbody tr')));
    const row = el.shadowRoot?.querySelector('tbody tr[data-id="phuc-tho"]');
    expect(row?.querySelector('th.name [part~="partial"]')).to.exist;
    // Sơn Châu (10 % of indicators) is the other unit on partial data.
    expect(el.shadowRoot?.querySelectorAll('th.name [part~="partial"]')).to.have.length(2);
    expect(el.shadowRoot?.querySelectorAll('td [part~="partial"]')).to.have.length(0);
  });

  it('marks are not Tab stops; the row is described by the explanation; Escape hides it', async () => {
    const el = await fixture<DtiLeagueTable>(html`<dti-league-table .result=${partialTable()}></dti-league-table>`);
    await until(() => Boolean(el.shadowRoot?.querySelector('tbody tr')));
    const mark = el.shadowRoot?.querySelector('[part~="partial"]') as HTMLElement;
    expect(mark.getAttribute('tabindex')).to.equal('-1');
    const row = el.shadowRoot?.querySelector('tbody tr[data-id="phuc-tho"]') as HTMLElement;
    const tip = el.shadowRoot?.getElementById(row.getAttribute('aria-describedby') ?? '') as HTMLElement;
    expect(tip.textContent).to.contain('80');
    expect(getComputedStyle(tip).pointerEvents).to.equal('none');
    mark.focus();
    expect(getComputedStyle(tip).display).to.equal('block');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await el.updateComplete;
    expect(getComputedStyle(tip).display).to.equal('none');
  });

  it('two tables on a page name their search and page navigation after their caption', async () => {
    const el = await fixture<DtiLeagueTable>(
      html`<dti-league-table caption="Bảng A" page-size="2" .result=${sampleTable()}></dti-league-table>`,
    );
    await until(() => Boolean(el.shadowRoot?.querySelector('tbody tr')));
    expect(el.shadowRoot?.querySelector('[role="search"]')?.getAttribute('aria-label')).to.equal('Tìm đơn vị — Bảng A');
    expect(el.shadowRoot?.querySelector('nav')?.getAttribute('aria-label')).to.contain('— Bảng A');
    expect(el.shadowRoot?.querySelectorAll('[style]')).to.have.length(0);
  });
});

describe('load errors speak the page language', () => {
  it('a 404 on a Vietnamese page', async () => {
    const el = document.createElement('dti-gauge') as DtiGauge;
    el.setAttribute('src', '/khong-co.json');
    el.setAttribute('unit-id', 'x');
    const failed = oneEvent(el, 'dti-error');
    document.body.append(el);
    const { detail } = await failed;
    el.remove();
    expect(detail.message).to.equal(
      'Không tải được /khong-co.json: máy chủ trả về mã HTTP 404 (không có tệp ở địa chỉ này).',
    );
  });

  /** The `dti-error` message of a `<dti-rank-interval>` reading `src` on a page in `lang`. */
  const errorOf = async (src: string, lang: string) => {
    const el = document.createElement('dti-rank-interval') as DtiRankInterval;
    el.setAttribute('lang', lang);
    el.setAttribute('src', src);
    const failed = oneEvent(el, 'dti-error');
    document.body.append(el);
    const { detail } = await failed;
    el.remove();
    return detail.message as string;
  };

  it("a server error and no response at all, without the browser's English words", async () => {
    const stub = stubFetch({
      '/loi.json': { body: 'Internal Server Error', status: 500 },
      '/cam.json': { body: 'Forbidden', status: 403 },
      '/mat-mang.json': { body: '', unreachable: true },
    });
    try {
      expect(await errorOf('/loi.json', 'en')).to.equal(
        'Could not load /loi.json: the server answered HTTP 500 (the server failed).',
      );
      expect(await errorOf('/cam.json', 'vi')).to.equal(
        'Không tải được /cam.json: máy chủ trả về mã HTTP 403 (không được phép đọc tệp).',
      );
      const vi = await errorOf('/mat-mang.json', 'vi');
      expect(vi).to.equal(
        'Không tải được /mat-mang.json: không nhận được phản hồi từ máy chủ (mất mạng, sai địa chỉ, hoặc máy chủ không cho trang này đọc tệp — CORS).',
      );
      expect(vi).not.to.contain('Failed to fetch');
    } finally {
      stub.restore();
    }
  });

  it('text that is not JSON, with the line, column and character where it breaks, in either language', async () => {
    const stub = stubFetch({
      '/x.json': { body: 'not json' },
      '/y.json': { body: '{"kind": "dti-score-table",\n  "units": [1 2]}' },
      '/z.json': { body: '{"kind": "dti-score-table", ' },
      '/rong.json': { body: '  ' },
    });
    try {
      // "n" starts "null"; the "o" after it is where the text stops being JSON.
      expect(await errorOf('/x.json', 'en')).to.equal(
        '/x.json is not valid JSON: syntax error at line 1, column 2 (found "o")',
      );
      expect(await errorOf('/y.json', 'vi')).to.equal(
        '/y.json không phải JSON hợp lệ: lỗi cú pháp ở dòng 2, cột 15 (gặp "2")',
      );
      expect(await errorOf('/z.json', 'en')).to.equal(
        '/z.json is not valid JSON: the text ends too early at line 1, column 29 (a closing } ] or " is missing)',
      );
      expect(await errorOf('/rong.json', 'vi')).to.equal('/rong.json trống: không có dữ liệu JSON');
    } finally {
      stub.restore();
    }
  });
});

describe('valid score tables are drawn', () => {
  it('ranks from fractional ties (2.5) are not refused', async () => {
    const table = sampleTable();
    const [a, b] = table.units as [(typeof table.units)[number], (typeof table.units)[number]];
    table.units[0] = { ...a, rank: 2.5 };
    table.units[1] = { ...b, rank: 2.5 };
    const el = await fixture<DtiLeagueTable>(html`<dti-league-table .result=${table}></dti-league-table>`);
    await until(() => Boolean(el.shadowRoot?.querySelector('table')));
    expect(part(el, 'error')).to.equal(null);
  });
});

describe('a JSON dataset with a key given twice', () => {
  it('is refused with the key named, as the CLI refuses it', async () => {
    const stub = stubFetch({
      '/hai-lan.json': {
        body: '{"units":[{"id":"x1","values":{"tu-danh-gia":10,"tu-danh-gia":90}},{"id":"x2","values":{"tu-danh-gia":50}}]}',
      },
    });
    const framework = fixtureFramework({
      id: 'f',
      label: 'F',
      root: group('r', [indicator('tu-danh-gia', { label: 'Tự đánh giá', method: goalposts(0, 100) })], { label: 'R' }),
    });
    try {
      const el = await fixture<DtiLeagueTable>(
        html`<dti-league-table src="/hai-lan.json" .framework=${framework} lang="en"></dti-league-table>`,
      );
      // The first raw data of this file: the scoring code loads on demand, one module per request here.
      await until(() => Boolean(part(el, 'error')), 15000);
      expect(part(el, 'error')?.textContent).to.contain('"tu-danh-gia" is given twice (10, then 90)');
    } finally {
      stub.restore();
    }
  });
});
