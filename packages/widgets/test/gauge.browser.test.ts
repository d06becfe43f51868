import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import { publishedTable } from '@dti-kit/testing';
import type { DtiGauge } from '../src/gauge/gauge.js';
import { axeViolations, sampleTable, spyConsole, stubFetch, until } from './helpers.js';

const meter = (el: DtiGauge) => el.shadowRoot?.querySelector('[role="meter"]') as HTMLElement;

describe('<dti-gauge>', () => {
  it('is a meter that says value, range and band in Vietnamese', async () => {
    const el = await fixture<DtiGauge>(
      html`<dti-gauge value="69.6" max="100" label="Phúc Thọ" bands='[{"min":0,"label":"Yếu"},{"min":65,"label":"Khá"},{"min":80,"label":"Tốt"}]'></dti-gauge>`,
    );
    const m = meter(el);
    expect(m.getAttribute('aria-valuenow')).to.equal('69.6');
    expect(m.getAttribute('aria-valuemin')).to.equal('0');
    expect(m.getAttribute('aria-valuemax')).to.equal('100');
    expect(m.getAttribute('aria-valuetext')).to.equal('69,6 trên 100, mức Khá');
    expect(m.getAttribute('aria-label')).to.equal('Phúc Thọ');
    expect(el.shadowRoot?.querySelector('[part~="value"]')?.textContent).to.equal('69,6');
  });

  it('speaks English with lang="en", with target and previous value', async () => {
    const el = await fixture<DtiGauge>(
      html`<dti-gauge lang="en" value="0.6961" min="0" max="1" precision="4" target="0.8" previous="0.6783" label="DTI 2024"></dti-gauge>`,
    );
    expect(meter(el).getAttribute('aria-valuetext')).to.equal(
      '0.6961 out of 1.0000, target 0.8000, previous 0.6783 (+0.0178)',
    );
    expect(el.shadowRoot?.querySelector('[part~="change"]')?.textContent?.trim()).to.equal('▲ +0.0178');
    expect(el.shadowRoot?.querySelector('[part~="target"]')).to.exist;
  });

  it('reflects properties to attributes and follows attribute changes', async () => {
    const el = await fixture<DtiGauge>(html`<dti-gauge value="10"></dti-gauge>`);
    el.value = 42;
    await el.updateComplete;
    expect(el.getAttribute('value')).to.equal('42');
    el.setAttribute('variant', 'circle');
    await el.updateComplete;
    expect(el.variant).to.equal('circle');
    expect(meter(el).classList.contains('circle')).to.be.true;
  });

  it('drives the arc through a custom property set from script (allowed under a strict CSP)', async () => {
    const el = await fixture<DtiGauge>(html`<dti-gauge value="25"></dti-gauge>`);
    expect(meter(el).style.getPropertyValue('--_share')).to.equal('25');
    el.value = 80;
    await el.updateComplete;
    expect(meter(el).style.getPropertyValue('--_share')).to.equal('80');
  });

  it('shows "no data" for a value that is not a number, names it, and leaves the page alone', async () => {
    const warn = spyConsole('warn');
    const wrapper = await fixture<HTMLElement>(html`<div><dti-gauge value="nhiều"></dti-gauge><p>vẫn ổn</p></div>`);
    const el = wrapper.querySelector('dti-gauge') as DtiGauge;
    await el.updateComplete;
    warn.restore();
    const box = el.shadowRoot?.querySelector('[part~="no-value"]');
    expect(box?.getAttribute('role')).to.equal('img');
    expect(box?.getAttribute('aria-label')).to.equal(
      'Chưa có số liệu: Giá trị không hợp lệ: "nhiều" không phải là số.',
    );
    expect(el.shadowRoot?.querySelector('[role="meter"]')).to.equal(null);
    expect(warn.calls).to.deep.equal(['<dti-gauge>: Giá trị không hợp lệ: "nhiều" không phải là số.']);
    expect(wrapper.querySelector('p')?.textContent).to.equal('vẫn ổn');
  });

  it('asks about "2.528" in a Vietnamese page (2528 or 2.528?) instead of drawing 2,53', async () => {
    const warn = spyConsole('warn');
    const el = await fixture<DtiGauge>(html`<dti-gauge value="2.528" max="10000" label="Hồ sơ"></dti-gauge>`);
    await until(() => Boolean(el.shadowRoot?.querySelector('[part~="no-value"]')));
    warn.restore();
    const said =
      'Giá trị "2.528" không rõ: dấu chấm là phần thập phân hay phân cách hàng nghìn? Viết 2528 nếu là số nghìn, hoặc thêm chữ số 0 ở cuối (2.5280) nếu là số thập phân.';
    expect(el.shadowRoot?.querySelector('[part~="no-value"]')?.getAttribute('aria-label')).to.equal(
      `Hồ sơ: Chưa có số liệu: ${said}`,
    );
    expect(warn.calls).to.deep.equal([`<dti-gauge>: ${said}`]);
    // 0.7955 (a leading 0) and 2528 are not in doubt; in English "2.528" is a decimal, as HTML reads it.
    const plain = await fixture<HTMLElement>(
      html`<div><dti-gauge value="0.7955" max="1"></dti-gauge><dti-gauge value="2528" max="10000"></dti-gauge><dti-gauge lang="en" value="2.528" max="10"></dti-gauge></div>`,
    );
    const gauges = [...plain.querySelectorAll('dti-gauge')] as DtiGauge[];
    await Promise.all(gauges.map((g) => g.updateComplete));
    expect(gauges.map((g) => meter(g)?.getAttribute('aria-valuenow'))).to.deep.equal(['0.7955', '2528', '2.528']);
  });

  it('says a province of a published table without a value is not in the published data, with its rank', async () => {
    const table = {
      ...publishedTable(
        [
          ['ha-noi', 'Hà Nội', 0.8241, 1],
          ['thanh-hoa', 'Thanh Hóa', null, 5],
        ],
        { framework: { scale: { min: 0, max: 1 }, precision: 4 }, rankedAmong: 34 },
      ),
      source: 'published' as const,
    };
    const el = await fixture<DtiGauge>(html`<dti-gauge unit-id="thanh-hoa" .result=${table}></dti-gauge>`);
    const box = () => el.shadowRoot?.querySelector('[part~="no-value"]');
    await until(() => box()?.textContent?.includes('công bố') === true);
    // Not "Chưa có số liệu" (no data yet), as if Thanh Hóa had reported nothing.
    expect(box()?.getAttribute('aria-label')).to.equal('Thanh Hóa: Không có trong số liệu công bố (hạng công bố 5/34)');
    expect(box()?.querySelector('.tier')?.textContent).to.equal('Không có trong số liệu công bố (hạng công bố 5/34)');
  });

  it('reads a unit of a score table, with the framework tiers as bands', async () => {
    const el = await fixture<DtiGauge>(html`<dti-gauge unit-id="gia-lam" .result=${sampleTable()}></dti-gauge>`);
    await until(() => Boolean(meter(el)?.getAttribute('aria-valuetext')));
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('98,9 trên 100,0, mức Tốt');
    expect(meter(el).getAttribute('aria-label')).to.equal('Gia Lâm');
    expect(el.shadowRoot?.querySelectorAll('[part~="band"]').length).to.equal(3);
  });

  it('passes axe accessibility checks', async () => {
    const el = await fixture<DtiGauge>(html`<dti-gauge value="69.6" label="Phúc Thọ"></dti-gauge>`);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});

describe('<dti-gauge> with bad input', () => {
  const text = (el: DtiGauge) => el.shadowRoot?.querySelector('[part~="value"]')?.textContent;

  it('shows "no data", not 0, for an empty value (a CMS field left blank) and for no value at all', async () => {
    for (const el of [
      await fixture<DtiGauge>(html`<dti-gauge value="" label="Phúc Thọ"></dti-gauge>`),
      await fixture<DtiGauge>(html`<dti-gauge label="Phúc Thọ"></dti-gauge>`),
      await fixture<DtiGauge>(html`<dti-gauge value="   " lang="en" label="Phúc Thọ"></dti-gauge>`),
    ]) {
      const box = el.shadowRoot?.querySelector('[part~="no-value"]') as HTMLElement;
      const en = el.getAttribute('lang') === 'en';
      // Not a meter: a meter must have a value. Its name says there is none.
      expect(box.getAttribute('role')).to.equal('img');
      expect(box.getAttribute('aria-label')).to.equal(en ? 'Phúc Thọ: No data' : 'Phúc Thọ: Chưa có số liệu');
      expect(el.shadowRoot?.querySelector('[role="meter"]')).to.equal(null);
      expect(text(el)).to.equal('—');
      expect(box.textContent).to.contain(en ? 'No data' : 'Chưa có số liệu');
      expect(el.shadowRoot?.textContent).not.to.match(/\b0\b/u);
      expect(el.value).to.equal(undefined);
      expect(await axeViolations(el)).to.deep.equal([]);
    }
  });

  it('treats empty target and previous as absent, not as 0', async () => {
    const el = await fixture<DtiGauge>(html`<dti-gauge value="50" target="" previous=""></dti-gauge>`);
    expect(el.shadowRoot?.querySelector('[part~="target"]')).to.equal(null);
    expect(el.shadowRoot?.querySelector('[part~="change"]')).to.equal(null);
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('50 trên 100');
  });

  it('brings precision="-3" and precision="200" into 0–6 with a console warning naming the attribute', async () => {
    const warn = spyConsole('warn');
    const low = await fixture<DtiGauge>(html`<dti-gauge value="69.6" precision="-3"></dti-gauge>`);
    const high = await fixture<DtiGauge>(html`<dti-gauge value="69.5" precision="200"></dti-gauge>`);
    warn.restore();
    expect(text(low)).to.equal('70');
    expect(meter(low).getAttribute('aria-valuetext')).to.equal('70 trên 100');
    // 6 decimals at most: more do not fit the ring.
    expect(text(high)).to.equal('69,500000');
    expect(warn.calls).to.deep.equal([
      '<dti-gauge>: Thuộc tính precision="-3" không hợp lệ: cần số nguyên từ 0 đến 6. → 0',
      '<dti-gauge>: Thuộc tính precision="200" không hợp lệ: cần số nguyên từ 0 đến 6. → 6',
    ]);
  });

  it('shows the error state for bands that are not JSON or not a list of bands', async () => {
    const warn = spyConsole('warn');
    const broken = await fixture<DtiGauge>(html`<dti-gauge value="70" bands="[{min:0}"></dti-gauge>`);
    const notList = await fixture<DtiGauge>(html`<dti-gauge value="70" bands='{"min":0}'></dti-gauge>`);
    warn.restore();
    expect(broken.shadowRoot?.querySelector('[part~="error"]')?.textContent).to.equal(
      'Thuộc tính bands="[{min:0}" không hợp lệ: không phải JSON.',
    );
    expect(notList.shadowRoot?.querySelector('[part~="error"]')?.textContent).to.contain(
      'Thuộc tính bands="{"min":0}" không hợp lệ: cần một mảng các mức',
    );
    expect(warn.calls[0]).to.equal('<dti-gauge>: Thuộc tính bands="[{min:0}" không hợp lệ: không phải JSON.');
  });

  it('drops a colour that is not a CSS colour, with a warning, instead of drawing a black arc', async () => {
    const warn = spyConsole('warn');
    const el = await fixture<DtiGauge>(
      html`<dti-gauge value="70" bands='[{"min":0,"label":"Yếu","color":"rouge"},{"min":65,"label":"Khá","color":"#4d8f00"}]'></dti-gauge>`,
    );
    warn.restore();
    const bands = [...(el.shadowRoot?.querySelectorAll<SVGPathElement>('[part~="band"]') ?? [])];
    expect(bands.map((b) => getComputedStyle(b).fill)).to.deep.equal(['rgb(87, 96, 106)', 'rgb(77, 143, 0)']);
    // The value is in the "Khá" band, drawn in its valid colour.
    expect(getComputedStyle(el.shadowRoot?.querySelector('.value-arc') as Element).stroke).to.equal('rgb(77, 143, 0)');
    expect(warn.calls).to.deep.equal(['<dti-gauge>: Thuộc tính bands="rouge" không hợp lệ: không phải một màu CSS.']);
  });

  it('shows a value outside the scale as it is, with the arc full and an out-of-range hint', async () => {
    const el = await fixture<DtiGauge>(html`<dti-gauge value="120" label="Phúc Thọ"></dti-gauge>`);
    expect(text(el)).to.equal('120');
    expect(el.shadowRoot?.querySelector('[part~="range-hint"]')?.textContent).to.equal('ngoài thang 0–100');
    expect(meter(el).getAttribute('aria-valuenow')).to.equal('100');
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('120 trên 100, ngoài thang 0–100');
    expect(meter(el).style.getPropertyValue('--_share')).to.equal('100');
    const below = await fixture<DtiGauge>(html`<dti-gauge lang="en" value="-5"></dti-gauge>`);
    expect(below.shadowRoot?.querySelector('[part~="range-hint"]')?.textContent).to.equal('outside the scale 0–100');
    expect(meter(below).style.getPropertyValue('--_share')).to.equal('0');
  });

  it('keeps the newest src when an older response arrives later, and says dti-load once', async () => {
    const older = sampleTable();
    older.units = older.units.map((u) => (u.id === 'gia-lam' ? { ...u, value: 11.1 } : u));
    const fetches = stubFetch({ '/older.json': { body: older, delay: 300 }, '/newer.json': { body: sampleTable() } });
    try {
      const el = await fixture<DtiGauge>(html`<dti-gauge unit-id="gia-lam" src="/older.json"></dti-gauge>`);
      const loads: unknown[] = [];
      el.addEventListener('dti-load', (e) => loads.push((e as CustomEvent).detail.data));
      el.src = '/newer.json';
      await new Promise((r) => setTimeout(r, 500));
      await el.updateComplete;
      expect(fetches.urls).to.deep.equal(['/older.json', '/newer.json']);
      expect(text(el)).to.equal('98,9');
      expect(loads).to.have.length(1);
      expect((loads[0] as { units: { value: number }[] }).units[2]?.value).to.equal(98.9);
    } finally {
      fetches.restore();
    }
  });

  it('says dti-error with a message naming what is wrong when src is not a score table', async () => {
    const fetches = stubFetch({ '/wrong.json': { body: { units: [{ id: 'a', nominalRank: 1 }] } } });
    try {
      const el = document.createElement('dti-gauge');
      const failed = oneEvent(el, 'dti-error');
      el.setAttribute('unit-id', 'a');
      el.src = '/wrong.json';
      document.body.append(el);
      const { message } = (await failed).detail as { message: string };
      await el.updateComplete;
      expect(message).to.contain('/wrong.json: Dữ liệu không đúng dạng bảng điểm: kind = undefined');
      expect(el.shadowRoot?.querySelector('[part~="error"]')?.textContent).to.equal(message);
      el.remove();
    } finally {
      fetches.restore();
    }
  });
});

describe('themes and registration', () => {
  it('keeps AA contrast in the dark theme', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div class="dark-page"><dti-gauge theme="dark" value="69.6" previous="60" label="Phúc Thọ"></dti-gauge></div>`,
    );
    wrapper.style.background = '#0d1117';
    const el = wrapper.querySelector('dti-gauge') as DtiGauge;
    await el.updateComplete;
    expect(await axeViolations(wrapper)).to.deep.equal([]);
  });

  it('tolerates a second registration of the same tag (the script loaded twice)', async () => {
    const { defineOnce } = await import('../src/shared/define.js');
    const before = customElements.get('dti-gauge');
    class Other extends HTMLElement {}
    defineOnce('dti-gauge', Other);
    expect(customElements.get('dti-gauge')).to.equal(before);
  });
});
