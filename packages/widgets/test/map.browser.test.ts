import type { ScoreTable } from '@dti-kit/core';
import { type PublishedRow, publishedTable, scoreTableOf, tableUnit, tiers } from '@dti-kit/testing';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../src/define.js';
import type { DtiLeagueTable } from '../src/league-table/league-table.js';
import type { DtiMap } from '../src/map/map.js';
import { axeViolations, stubFetch, until } from './helpers.js';

const GEO = '/packages/widgets/test/fixtures/tinh-mini.geojson';

const PROVINCIAL = {
  id: 'dti-tinh',
  version: '2024',
  label: { vi: 'Chỉ số DTI cấp tỉnh', en: 'Provincial DTI' },
  scale: { min: 0, max: 1 },
  precision: 4,
};

/** A province table: [id, name, value] with tiers Tốt ≥ 0.65, Khá ≥ 0.5, Yếu below; ranks by value. */
function provinces(rows: [string, string, number | null][]): ScoreTable {
  const ranked = rows.filter((r) => r[2] !== null).sort((a, b) => (b[2] as number) - (a[2] as number));
  const units = rows.map(([id, name, value]) =>
    tableUnit(id, name, {
      value,
      rank: value === null ? null : ranked.findIndex((r) => r[0] === id) + 1,
      tier: value === null ? null : value >= 0.65 ? 'tot' : value >= 0.5 ? 'kha' : 'yeu',
    }),
  );
  return scoreTableOf(units, {
    framework: { ...PROVINCIAL, tiers: tiers({ tot: 0.65, kha: 0.5, yeu: 0 }, { colours: { kha: '#9a6700' } }) },
    period: '2024',
    // As scoreTable() writes it: every ranked unit is in the table.
    rankedAmong: ranked.length,
  });
}

/**
 * A table of published results, as the 2024 results of the 34 provinces were reported: rows
 * [id, name, value, rank], some ranks (and values) not published.
 */
const published = (rows: PublishedRow[], rankedAmong?: number): ScoreTable =>
  publishedTable(rows, { framework: PROVINCIAL, period: '2024', rankedAmong });

const sample = () =>
  provinces([
    ['ha-noi', 'TP. Hà Nội', 0.7012],
    ['da-nang', 'Đà Nẵng', 0.5821],
    ['ca-mau', 'Cà Mau', 0.4412],
    ['tp-ho-chi-minh', 'Hồ Chí Minh', 0.6804],
    ['hue', 'Huế', null],
    ['ha-tay', 'Hà Tây', 0.5],
  ]);

const root = (el: Element) => el.shadowRoot as ShadowRoot;
const region = (el: DtiMap, id: string) => root(el).querySelector<SVGGElement>(`[data-id="${id}"]`) as SVGGElement;
const fillOf = (el: DtiMap, id: string) => region(el, id).querySelector('rect, path')?.getAttribute('fill');
const focused = (el: DtiMap) => (root(el).activeElement as SVGGElement | null)?.dataset.id;
const press = (target: Element, key: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));

describe('<dti-map>', () => {
  it('colours tiles by tier, hatches a unit without a value, and names a unit that has no tile', async () => {
    const el = await fixture<DtiMap>(html`<dti-map lang="vi" .table=${sample()}></dti-map>`);
    expect(root(el).querySelectorAll('[part~="region"]').length).to.equal(34);
    expect(fillOf(el, 'ha-noi')).to.equal('#1a7f37');
    expect(fillOf(el, 'tp-ho-chi-minh')).to.equal('#1a7f37');
    expect(fillOf(el, 'da-nang')).to.equal('#9a6700');
    expect(fillOf(el, 'ca-mau')).to.equal('#b42318');
    expect(fillOf(el, 'hue')).to.equal('url(#hatch)');
    expect(fillOf(el, 'lai-chau')).to.equal('url(#hatch)');
    expect(region(el, 'hue').getAttribute('aria-label')).to.equal('Huế: chưa có dữ liệu');
    expect(region(el, 'ha-noi').getAttribute('aria-label')).to.equal('TP. Hà Nội: 0,7012; hạng 1/5; Tốt');
    expect(root(el).querySelector('[part="notice"]')?.textContent).to.contain('Không có vùng trên bản đồ cho: Hà Tây.');
    const legend = [...root(el).querySelectorAll('[part="legend"] li')].map((li) => li.textContent?.trim());
    expect(legend).to.deep.equal(['Tốt (≥ 0,6500)', 'Khá (≥ 0,5000)', 'Yếu (≥ 0,0000)', 'chưa có dữ liệu']);
    // The hidden table lists the placed units by rank.
    const rows = [...root(el).querySelectorAll('table tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent).join('|'),
    );
    expect(rows[0]).to.equal('TP. Hà Nội|0,7012|1|Tốt');
    expect(rows.at(-1)).to.equal('Huế|chưa có dữ liệu|—|—');
  });

  describe('the field of a rank ("2/34") is the table’s, never guessed', () => {
    // dti_provincial_results.csv, 2024, the 34 provinces: Hà Nội 0.8241 1st, Huế 0.7951 2nd, Gia Lai
    // 31st without a value, Lâm Đồng not published; all 34 were ranked.
    const rows: [string, string, number | null, number | null][] = [
      ['ha-noi', 'Hà Nội', 0.8241, 1],
      ['hue', 'Huế', 0.7951, 2],
      ['gia-lai', 'Gia Lai', null, 31],
      ['lam-dong', 'Lâm Đồng', null, null],
    ];
    const label = async (table: ScoreTable, lang: string) => {
      const el = await fixture<DtiMap>(html`<dti-map lang=${lang} .table=${table}></dti-map>`);
      return region(el, 'hue').getAttribute('aria-label');
    };
    it('says the field the table gives', async () => {
      expect(await label(published(rows, 34), 'vi')).to.equal('Huế: 0,7951; hạng 2/34');
      expect(await label(published(rows, 34), 'en')).to.equal('Huế: 0.7951; rank 2 of 34');
    });
    it('counts the units when every one has a rank', async () => {
      const all = published(rows.slice(0, 2));
      expect(await label(all, 'vi')).to.equal('Huế: 0,7951; hạng 2/2');
      expect(await label(all, 'en')).to.equal('Huế: 0.7951; rank 2 of 2');
    });
    it('shows the rank alone when some units have none and the table does not say the field', async () => {
      // Not "2/31" (the largest rank listed) nor "2/3" (the ranks listed): the field is unknown.
      expect(await label(published(rows), 'vi')).to.equal('Huế: 0,7951; hạng 2');
      expect(await label(published(rows), 'en')).to.equal('Huế: 0.7951; rank 2');
    });
  });

  it('colours by value with five classes on the 63-province layout', async () => {
    const table = provinces([
      ['x1', 'Thừa Thiên - Huế', 0.3],
      ['x2', 'TP. Đà Nẵng', 0.8],
      ['x3', 'Bà Rịa - Vũng Tàu', 0.55],
    ]);
    const el = await fixture<DtiMap>(
      html`<dti-map lang="en" layout="tiles-63" colour-by="value" .table=${table}></dti-map>`,
    );
    expect(root(el).querySelectorAll('[part~="region"]').length).to.equal(63);
    // 0.3–0.8 in five classes of 0.1: 0.3 in the first, 0.55 in the third, 0.8 in the last.
    expect(fillOf(el, 'thua-thien-hue')).to.equal('#eff3ff');
    expect(fillOf(el, 'ba-ria-vung-tau')).to.equal('#6baed6');
    expect(fillOf(el, 'da-nang')).to.equal('#08519c');
    expect(root(el).querySelector('[part="legend"] li')?.textContent?.trim()).to.equal('0.3000–0.4000');
  });

  it('moves focus with the arrow keys to the neighbour on the grid, with one tab stop and a tooltip', async () => {
    const el = await fixture<DtiMap>(html`<dti-map lang="vi" .table=${sample()} selected="ha-noi"></dti-map>`);
    // The chosen unit's tile is the tab stop.
    const stops = [...root(el).querySelectorAll('[tabindex="0"]')].map((g) => (g as SVGGElement).dataset.id);
    expect(stops).to.deep.equal(['ha-noi']);
    region(el, 'ha-noi').focus();
    await el.updateComplete;
    const tip = root(el).querySelector('[part="tooltip"]') as HTMLElement;
    expect([...tip.children].map((c) => c.textContent)).to.deep.equal([
      'TP. Hà Nội',
      'Điểm: 0,7012',
      'hạng 1/5',
      'Tốt',
    ]);
    // Hà Nội (3,2) → right Bắc Ninh (4,2) → down Hưng Yên (4,3) → left Ninh Bình (3,3) → down Thanh Hóa (2,4).
    const path: [string, string][] = [
      ['ArrowRight', 'bac-ninh'],
      ['ArrowDown', 'hung-yen'],
      ['ArrowLeft', 'ninh-binh'],
      ['ArrowDown', 'thanh-hoa'],
      ['ArrowUp', 'ninh-binh'],
    ];
    for (const [key, to] of path) {
      press(root(el).activeElement as Element, key);
      await until(() => focused(el) === to, 2000).catch(() => {
        throw new Error(`${key} → ${focused(el)}, expected ${to}`);
      });
    }
    expect(root(el).querySelectorAll('[tabindex="0"]').length).to.equal(1);
    expect(root(el).querySelector('[part="tooltip"] strong')?.textContent).to.equal('Ninh Bình');
  });

  it('shows the tooltip while the pointer is over a region, its label included, and chooses it on click', async () => {
    const el = await fixture<DtiMap>(html`<dti-map lang="vi" .table=${sample()}></dti-map>`);
    const tip = () => root(el).querySelector('[part="tooltip"] strong')?.textContent;
    const shape = region(el, 'da-nang').querySelector('rect') as SVGRectElement;
    const label = region(el, 'da-nang').querySelector('text') as SVGTextElement;
    const pointer = (type: string, target: Element, relatedTarget: Element | null) =>
      target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, relatedTarget }));
    pointer('pointerover', shape, null);
    await el.updateComplete;
    expect(tip()).to.equal('Đà Nẵng');
    // From the square onto its own label: still over the region.
    pointer('pointerout', shape, label);
    pointer('pointerover', label, shape);
    await el.updateComplete;
    expect(tip()).to.equal('Đà Nẵng');
    // Onto another region, then off the map.
    pointer('pointerout', label, region(el, 'ha-noi'));
    pointer('pointerover', region(el, 'ha-noi').querySelector('rect') as Element, label);
    await el.updateComplete;
    expect(tip()).to.equal('TP. Hà Nội');
    pointer('pointerout', region(el, 'ha-noi'), null);
    await el.updateComplete;
    expect(tip()).to.equal(undefined);
    const chosen = oneEvent(el, 'dti-select');
    label.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await chosen).detail.id).to.equal('da-nang');
    await el.updateComplete;
    expect(region(el, 'da-nang').getAttribute('aria-pressed')).to.equal('true');
  });

  it('gives screen readers the hidden table of units, by rank', async () => {
    await fixture<DtiMap>(html`<dti-map lang="vi" .table=${sample()}></dti-map>`);
    interface Node {
      name: string;
      children?: Node[];
    }
    const names: string[] = [];
    const walk = (n: Node) => {
      names.push(n.name);
      for (const c of n.children ?? []) walk(c);
    };
    walk((await a11ySnapshot({})) as unknown as Node);
    // The table's header, then its first row (name, value, rank, tier), as the browser exposes them.
    const at = names.indexOf('Xếp loại');
    expect(names.slice(at + 1, at + 5)).to.deep.equal(['TP. Hà Nội', '0,7012', '1', 'Tốt']);
  });

  it('chooses a unit with Enter and follows a linked league table both ways', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <dti-map for="xh" lang="vi"></dti-map>
      <dti-league-table id="xh" lang="vi" .result=${sample()}></dti-league-table>
    </div>`);
    const map = page.querySelector('dti-map') as DtiMap;
    const table = page.querySelector('dti-league-table') as DtiLeagueTable;
    await until(() => root(map).querySelectorAll('[part~="region"]').length === 34, 5000);
    expect(fillOf(map, 'ha-noi')).to.equal('#1a7f37');

    region(map, 'da-nang').focus();
    const chosen = oneEvent(map, 'dti-select');
    press(region(map, 'da-nang'), 'Enter');
    const { detail } = await chosen;
    expect(detail.id).to.equal('da-nang');
    expect(detail.unit.name).to.equal('Đà Nẵng');
    await until(() => table.highlight === 'da-nang', 2000);
    await until(() => region(map, 'da-nang').getAttribute('part') === 'region region-selected', 2000);

    // A row chosen in the table is marked on the map.
    const row = [...root(table).querySelectorAll('tbody tr')].find((r) =>
      r.textContent?.includes('Cà Mau'),
    ) as HTMLElement;
    row.click();
    await until(() => region(map, 'ca-mau').getAttribute('part') === 'region region-selected', 2000);
    expect(region(map, 'da-nang').getAttribute('part')).to.equal('region');
    expect(region(map, 'ca-mau').getAttribute('aria-pressed')).to.equal('true');
  });

  it('keeps one chosen region and one tab stop while a new table re-colours and re-words the regions', async () => {
    const el = await fixture<DtiMap>(html`<dti-map lang="vi" selected="da-nang" .table=${sample()}></dti-map>`);
    const marked = () =>
      [...root(el).querySelectorAll('[part~="region-selected"]')].map((r) => r.getAttribute('data-id'));
    const pressed = () => [...root(el).querySelectorAll('[aria-pressed="true"]')].map((r) => r.getAttribute('data-id'));
    const stops = () => [...root(el).querySelectorAll('[data-id][tabindex="0"]')].map((r) => r.getAttribute('data-id'));
    expect([marked(), pressed(), stops()]).to.deep.equal([['da-nang'], ['da-nang'], ['da-nang']]);
    expect(region(el, 'da-nang').getAttribute('aria-label')).to.equal('Đà Nẵng: 0,5821; hạng 3/5; Khá');

    // As a what-if table arrives: Đà Nẵng 0,5821 → 0,7500 goes from Khá to Tốt and from 3rd to 1st of
    // the five ranked (Hà Nội 0,7012, Hồ Chí Minh 0,6804, Hà Tây 0,5 and Cà Mau 0,4412 follow).
    el.table = provinces([
      ['ha-noi', 'TP. Hà Nội', 0.7012],
      ['da-nang', 'Đà Nẵng', 0.75],
      ['ca-mau', 'Cà Mau', 0.4412],
      ['tp-ho-chi-minh', 'Hồ Chí Minh', 0.6804],
      ['hue', 'Huế', null],
      ['ha-tay', 'Hà Tây', 0.5],
    ]);
    await el.updateComplete;
    expect(fillOf(el, 'da-nang')).to.equal('#1a7f37');
    expect(region(el, 'da-nang').getAttribute('aria-label')).to.equal('Đà Nẵng: 0,7500; hạng 1/5; Tốt');
    expect(region(el, 'ha-noi').getAttribute('aria-label')).to.equal('TP. Hà Nội: 0,7012; hạng 2/5; Tốt');
    expect([marked(), pressed(), stops()]).to.deep.equal([['da-nang'], ['da-nang'], ['da-nang']]);

    el.selected = 'ca-mau';
    await el.updateComplete;
    expect([marked(), pressed(), stops()]).to.deep.equal([['ca-mau'], ['ca-mau'], ['ca-mau']]);
    expect(region(el, 'da-nang').getAttribute('part')).to.equal('region');
  });

  it("draws the editor's GeoJSON, matching features by the geo-key property, and lists what does not match", async () => {
    const table = provinces([
      ['ha-noi', 'Hà Nội', 0.7],
      ['hai-phong', 'Hải Phòng', 0.55],
      ['quang-ninh', 'Quảng Ninh', 0.45],
      ['da-nang', 'Đà Nẵng', 0.6],
    ]);
    const el = await fixture<DtiMap>(html`<dti-map lang="vi" geo-src=${GEO} geo-key="ten" .table=${table}></dti-map>`);
    await until(() => root(el).querySelectorAll('path').length === 4, 5000);
    // The feature "TP. Hà Nội" gets the unit "Hà Nội": its id is slugify("TP. Hà Nội"), matched by place key.
    expect(fillOf(el, 'tp-ha-noi')).to.equal('#1a7f37');
    expect(fillOf(el, 'hai-phong')).to.equal('#9a6700');
    expect(fillOf(el, 'quang-ninh')).to.equal('#b42318');
    expect(fillOf(el, 'ha-tay')).to.equal('url(#hatch)');
    const notice = root(el).querySelector('[part="notice"]')?.textContent ?? '';
    expect(notice).to.contain('Không có vùng trên bản đồ cho: Đà Nẵng.');
    expect(notice).to.contain('Vùng không khớp đơn vị nào: Hà Tây.');
    // Arrow keys move between the shapes' centres: Hải Phòng → up → Quảng Ninh.
    region(el, 'hai-phong').focus();
    press(region(el, 'hai-phong'), 'ArrowUp');
    await until(() => focused(el) === 'quang-ninh', 2000);
  });

  it('keeps the newest geo-src when an older geo file arrives later; a geo file is no dti-load', async () => {
    const full = (await (await fetch(GEO)).json()) as { features: unknown[] };
    const older = { ...full, features: full.features.slice(0, 1) };
    const stub = stubFetch({ '/geo-old.json': { body: older, delay: 300 }, '/geo-new.json': { body: full } });
    try {
      const el = await fixture<DtiMap>(
        html`<dti-map lang="vi" geo-src="/geo-old.json" geo-key="ten" .table=${sample()}></dti-map>`,
      );
      const loads: unknown[] = [];
      el.addEventListener('dti-load', (e) => loads.push(e));
      el.geoSrc = '/geo-new.json';
      await until(() => root(el).querySelectorAll('path').length === 4, 5000);
      // The older answer lands after the newer one: the map keeps the four regions of the newer file.
      await new Promise((r) => setTimeout(r, 400));
      expect(stub.urls).to.deep.equal(['/geo-old.json', '/geo-new.json']);
      expect(root(el).querySelectorAll('path').length).to.equal(4);
      expect(loads).to.deep.equal([]);
    } finally {
      stub.restore();
    }
  });

  it('keeps the newest src when an older score table arrives later, with one dti-load', async () => {
    const older = sample();
    // Every unit "Yếu" (red) in the older table; Hà Nội is "Tốt" (green) in the newer one.
    older.units = older.units.map((u) => ({ ...u, name: `cũ ${u.name}`, value: 0.1, tier: 'yeu' }));
    const stub = stubFetch({ '/map-old.json': { body: older, delay: 300 }, '/map-new.json': { body: sample() } });
    try {
      const el = await fixture<DtiMap>(html`<dti-map lang="vi" src="/map-old.json"></dti-map>`);
      const loads: string[] = [];
      el.addEventListener('dti-load', (e) =>
        loads.push((e as CustomEvent<{ data: ScoreTable }>).detail.data.units[0]?.name ?? ''),
      );
      el.src = '/map-new.json';
      await until(() => loads.length === 1, 5000);
      await new Promise((r) => setTimeout(r, 400));
      expect(loads).to.deep.equal([sample().units[0]?.name]);
      expect(fillOf(el, 'ha-noi')).to.equal('#1a7f37');
    } finally {
      stub.restore();
    }
  });

  it('shows an error for data it cannot read and for a file that is not geo data, and the page goes on', async () => {
    const stub = stubFetch({ '/not-geo.json': { body: { type: 'Feature' } } });
    try {
      const page = await fixture<HTMLElement>(html`<div>
        <dti-map lang="en" src="/khong-co.json"></dti-map>
        <dti-map lang="en" geo-src="/not-geo.json" .table=${sample()}></dti-map>
        <dti-map lang="en"><script type="application/json">{"kind":"dti-score-table","format":1}</script></dti-map>
      </div>`);
      const [missing, notGeo, inline] = [...page.querySelectorAll('dti-map')] as DtiMap[];
      const alert = (el: DtiMap) => root(el).querySelector('[role="alert"]')?.textContent ?? '';
      await until(() => alert(missing as DtiMap).includes('Could not load /khong-co.json'), 5000);
      await until(
        () =>
          alert(notGeo as DtiMap) ===
          '/not-geo.json is neither GeoJSON (a FeatureCollection) nor TopoJSON (a Topology).',
        5000,
      );
      await until(() => alert(inline as DtiMap).includes('framework'), 5000);
    } finally {
      stub.restore();
    }
  });

  it('says where a geo file or pasted JSON stops being JSON, and what a missing geo file answered', async () => {
    const stub = stubFetch({ '/hong.geojson': { body: '{"type": "FeatureCollection", "features": [}' } });
    try {
      const page = await fixture<HTMLElement>(html`<div>
        <dti-map lang="en" geo-src="/hong.geojson" .table=${sample()}></dti-map>
        <dti-map lang="vi" geo-src="/khong-co.geojson" .table=${sample()}></dti-map>
        <dti-map lang="vi"><script type="application/json">{"kind": "dti-score-table",
 "units": [1 2]}</script></dti-map>
      </div>`);
      const [broken, missing, inline] = [...page.querySelectorAll('dti-map')] as DtiMap[];
      const alert = (el: DtiMap) => root(el).querySelector('[role="alert"]')?.textContent?.trim() ?? '';
      await until(() => alert(broken as DtiMap) !== '', 5000);
      expect(alert(broken as DtiMap)).to.equal(
        '/hong.geojson is not valid JSON: syntax error at line 1, column 44 (found "}")',
      );
      await until(() => alert(missing as DtiMap) !== '', 5000);
      expect(alert(missing as DtiMap)).to.equal(
        'Không tải được /khong-co.geojson: máy chủ trả về mã HTTP 404 (không có tệp ở địa chỉ này).',
      );
      await until(() => alert(inline as DtiMap) !== '', 5000);
      expect(alert(inline as DtiMap)).to.contain(
        '<script type="application/json"> không phải JSON hợp lệ: lỗi cú pháp ở dòng 2, cột 14 (gặp "2")',
      );
    } finally {
      stub.restore();
    }
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violations (${theme}), with a tooltip shown and a unit chosen`, async () => {
      const el = await fixture<HTMLElement>(
        html`<div><dti-map lang="vi" theme=${theme} selected="ha-noi" .table=${sample()}></dti-map></div>`,
      );
      // The element draws on the page's background: a dark theme goes on a dark page.
      el.style.background = theme === 'dark' ? '#0d1117' : '#ffffff';
      const map = el.querySelector('dti-map') as DtiMap;
      await map.updateComplete;
      region(map, 'ha-noi').focus();
      await map.updateComplete;
      expect(await axeViolations(map)).to.deep.equal([]);
    });
  }
});
