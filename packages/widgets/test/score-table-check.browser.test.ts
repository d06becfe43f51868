import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { ScoreTable } from '@dti-kit/core';
import type { DtiGauge } from '../src/gauge/gauge.js';
import type { DtiLeagueTable } from '../src/league-table/league-table.js';
import { scoreTableProblem } from '../src/shared/shape-words.js';
import { sampleTable, until } from './helpers.js';
import { sixCommunes } from './six-communes.js';

// Seven communes on a 0–100 scale: values 90, 80, 85, 70, 60, 50, 80 ranked 1, 3, 2, 5, 6, 7, 3.
type Json = Record<string, unknown>;
const seven: unknown = await (await fetch('/packages/widgets/test/fixtures/seven-units.json')).json();
const base = () => structuredClone(seven) as unknown as Json & { framework: Json; units: Json[]; nodes: Json[] };
const HEAD = 'Không hiển thị được bảng xếp hạng: Dữ liệu không đúng dạng bảng điểm: ';

/** Each malformed table of the page, and the problem its error state must name. */
function broken(): [string, Json, string][] {
  const dup = base();
  (dup.units[1] as Json).id = 'u1';
  (dup.units[6] as Json).id = 'u1';
  const nolabel = base();
  delete nolabel.framework.label;
  const parentnum = base();
  (parentnum.units[0] as Json).parent = 5;
  const peernum = base();
  (peernum.units[0] as Json).peerGroup = 7;
  const badranks = base();
  for (const u of badranks.units) u.rank = 8 - (u.rank as number);
  const outscale = base();
  (outscale.units[0] as Json).value = 1e9;
  const nomax = base();
  delete (nomax.nodes[1] as Json).maxPoints;
  const nokind = base();
  delete (nokind.nodes[2] as Json).kind;
  const periodobj = base();
  periodobj.period = { a: 1 };
  const format99 = base();
  format99.format = 99;
  return [
    ['dup', dup, 'units[1].id = "u1": trùng với units[0]; units[6].id = "u1": trùng với units[0]'],
    ['nolabel', nolabel, 'framework.label = undefined: phải là một đối tượng JSON'],
    ['parentnum', parentnum, 'units[0].parent = 5: phải là chuỗi ký tự hoặc không có'],
    ['peernum', peernum, 'units[0].peerGroup = 7: phải là chuỗi ký tự hoặc không có'],
    [
      'badranks',
      badranks,
      'units[0] "Xã Một" (90 điểm, hạng 7) xếp sau units[2] "Xã Ba" (85 điểm, hạng 6) dù điểm cao hơn',
    ],
    ['outscale', outscale, 'units[0].value = 1000000000 ("Xã Một"): nằm ngoài thang điểm 0–100 (framework.scale)'],
    ['nomax', nomax, 'nodes[1] ("p1").maxPoints = undefined: phải là một số ≥ 0'],
    ['nokind', nokind, 'nodes[2] ("p2").kind = undefined: phải là "group" hoặc "indicator"'],
    ['periodobj', periodobj, 'period = {"a":1}: phải là chuỗi ký tự, một số hoặc không có'],
    ['format99', format99, 'format = 99: phiên bản DTI Kit này chỉ đọc định dạng 1 (format 1)'],
  ];
}

const inline = (id: string, table: unknown) =>
  `<dti-league-table id="${id}" page-size="0"><script type="application/json">${JSON.stringify(table).replace(/</g, '\\u003c')}</script></dti-league-table>`;

/** A page as an editor writes it, with the portal bundle as built; resolves when every table has settled. */
async function page(
  body: string,
): Promise<{ doc: Document; win: Window & typeof globalThis; errors: string[]; remove(): void }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1200px';
  frame.style.height = '900px';
  frame.srcdoc = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
    <script>window.__errors = []; addEventListener('error', (e) => __errors.push(String(e.message))); addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason)));</script>
    <script type="module" src="/packages/widgets/dist/cdn/dti-widgets.js"></script></head><body>${body}<p id="after">after</p></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument as Document;
  const win = frame.contentWindow as Window & typeof globalThis & { __errors: string[] };
  const settled = (el: Element) =>
    Boolean(el.shadowRoot?.querySelector('[part~="error"], tbody tr')) ||
    el.shadowRoot?.querySelector('[part~="status"]')?.hasAttribute('aria-busy') === false;
  await until(() => [...doc.querySelectorAll('dti-league-table')].every(settled), 10000);
  return { doc, win, errors: win.__errors, remove: () => frame.remove() };
}

const shadow = (doc: Document, id: string) => doc.getElementById(id)?.shadowRoot as ShadowRoot;

describe('a score table that contradicts itself is refused, naming what is wrong (built bundle)', () => {
  it('duplicate ids, missing label, parent/peer group not text, ranks against values, off-scale values, node without maxPoints/kind, period as object', async () => {
    const cases = broken();
    const { doc, errors, remove } = await page(
      [...cases.map(([id, t]) => inline(id, t)), inline('ok', base())].join('\n'),
    );
    const shown = Object.fromEntries(
      cases.map(([id]) => [id, shadow(doc, id).querySelector('[part~="error"]')?.textContent?.trim()]),
    );
    expect(shown).to.deep.equal(Object.fromEntries(cases.map(([id, , problem]) => [id, `${HEAD}${problem}`])));
    // Nothing stuck on "Loading…", nothing thrown, and the rest of the page as it should be.
    expect(errors).to.deep.equal([]);
    expect(shadow(doc, 'ok').querySelectorAll('tbody tr').length).to.equal(7);
    expect(doc.getElementById('after')?.textContent).to.equal('after');
    remove();
  });
});

describe('tier colours: only CSS colours are drawn, others named in a warning (built bundle)', () => {
  it('url() in a tier colour makes no request; the tier shows by name with a warning; "redd" refused, "teal" drawn', async () => {
    const beacon = base();
    (beacon.framework.tiers as Json[])[0] = { ...(beacon.framework.tiers as Json[])[0], color: 'url(/beacon.svg#p)' };
    const redd = base();
    (redd.framework.tiers as Json[])[0] = { ...(redd.framework.tiers as Json[])[0], color: 'teal' };
    (redd.framework.tiers as Json[])[1] = { ...(redd.framework.tiers as Json[])[1], color: 'redd' };
    const { doc, win, errors, remove } = await page(inline('beacon', beacon) + inline('redd', redd));
    const warning = (id: string) => shadow(doc, id).querySelector('[part~="warning"]')?.textContent?.trim();
    await until(() => Boolean(warning('beacon') && warning('redd')));
    expect(warning('beacon')).to.equal(
      'Màu "url(/beacon.svg#p)" của xếp loại A (framework.tiers[0].color) không phải màu CSS: xếp loại này hiện không có màu.',
    );
    expect(warning('redd')).to.equal(
      'Màu "redd" của xếp loại B (framework.tiers[1].color) không phải màu CSS: xếp loại này hiện không có màu.',
    );
    // Every unit is in tier A: its badge shows the name, its dot the text colour.
    const badges = [...shadow(doc, 'beacon').querySelectorAll('[part~="badge"]')];
    expect(badges.map((b) => b.textContent?.trim())).to.deep.equal(['A', 'A', 'A', 'A', 'A', 'A', 'A']);
    expect(badges.map((b) => b.querySelector('circle')?.getAttribute('fill'))).to.deep.equal(
      Array(7).fill('currentColor'),
    );
    const fills = [...shadow(doc, 'beacon').querySelectorAll('rect.fill')].map((r) => r.getAttribute('fill'));
    expect(fills.filter((f) => f?.includes('url'))).to.deep.equal([]);
    // No request for the colour, now or a moment later.
    await new Promise((r) => setTimeout(r, 300));
    const requested = win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(requested.filter((name) => name.includes('beacon'))).to.deep.equal([]);
    // A named colour is drawn once the rule has loaded.
    await until(() => shadow(doc, 'redd').querySelectorAll('[part~="badge"] circle[fill="teal"]').length === 7);
    expect(errors).to.deep.equal([]);
    remove();
  });
});

describe('sorting by a column header, in the theme colours (built bundle: one-letter state and tokens)', () => {
  it('the rank header sorts descending, then ascending again; the model follows a new table', async () => {
    const { doc, errors, remove } = await page(inline('t', base()));
    const root = shadow(doc, 't');
    const ids = () => [...root.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-id'));
    const rankHeader = () => root.querySelector('thead th') as HTMLElement;
    expect(ids().slice(0, 2)).to.deep.equal(['u1', 'u3']);
    expect(rankHeader().getAttribute('aria-sort')).to.equal('ascending');
    // The theme's tokens (one letter each in the built bundle) reach the sheet: text #1b1f24, border #d0d7de.
    const style = (el: Element | null) => (doc.defaultView as Window).getComputedStyle(el as Element);
    expect(style(root.querySelector('tbody th')).color).to.equal('rgb(27, 31, 36)');
    expect(style(root.querySelector('.scroller')).borderTopColor).to.equal('rgb(208, 215, 222)');
    (rankHeader().querySelector('button') as HTMLButtonElement).click();
    await until(() => rankHeader().getAttribute('aria-sort') === 'descending');
    // Ranks 7, 6, 5 first; ranks 2, 1 last.
    expect([...ids().slice(0, 3), ...ids().slice(-2)]).to.deep.equal(['u6', 'u5', 'u4', 'u3', 'u1']);
    (rankHeader().querySelector('button') as HTMLButtonElement).click();
    await until(() => rankHeader().getAttribute('aria-sort') === 'ascending');
    expect(ids().slice(0, 2)).to.deep.equal(['u1', 'u3']);
    // A new table as a property: the model is made again from it (one unit left).
    const one = base();
    one.units = one.units.slice(0, 1);
    (doc.getElementById('t') as DtiLeagueTable).result = one as unknown as ScoreTable;
    await until(() => ids().length === 1);
    expect(ids()).to.deep.equal(['u1']);
    expect(errors).to.deep.equal([]);
    remove();
  });
});

describe('render never throws on a table that passed the check', () => {
  /** Paths into the sample table, each set to every odd value below (or deleted). */
  const paths = [
    'framework.id',
    'framework.version',
    'framework.label',
    'framework.label.en',
    'framework.precision',
    'framework.tiers.0.color',
    'framework.tiers.0.label.en',
    'period',
    'nodes.1.kind',
    'nodes.1.parent',
    'nodes.1.maxPoints',
    'units.0.id',
    'units.0.name',
    'units.0.parent',
    'units.0.peerGroup',
    'units.0.status',
    'units.0.value',
    'units.0.rank',
    'units.0.tier',
    'units.0.coverage',
    'units.0.targets',
    'units.0.nodes.kinh-te-so',
    'units.0.nodes.kinh-te-so.value',
  ];
  const odd: unknown[] = [undefined, null, 0, -1, 1e9, '', 'x', {}, [], true];
  const mutated = (path: string, value: unknown): unknown => {
    const table = sampleTable() as unknown as Json;
    const keys = path.split('.');
    const last = keys.pop() as string;
    let at = table as Json;
    for (const k of keys) at = at[k] as Json;
    if (value === undefined) delete at[last];
    else at[last] = value;
    return table;
  };

  it(`${paths.length} fields × ${odd.length} values: error state or a table, never an exception`, async () => {
    const thrown: string[] = [];
    const onError = (e: ErrorEvent) => thrown.push(e.message);
    window.addEventListener('error', onError);
    let passed = 0;
    for (const path of paths)
      for (const value of odd) {
        const table = mutated(path, value) as ScoreTable;
        const problem = scoreTableProblem(table, 'vi');
        const lt = await fixture<DtiLeagueTable>(html`<dti-league-table .result=${table}></dti-league-table>`);
        const gauge = await fixture<DtiGauge>(html`<dti-gauge unit-id="gia-lam" .result=${table}></dti-gauge>`);
        await until(() => Boolean(lt.shadowRoot?.querySelector('[part~="error"], tbody tr')));
        await lt.updateComplete.catch((e: unknown) => thrown.push(`${path}=${JSON.stringify(value)}: ${e}`));
        await gauge.updateComplete.catch((e: unknown) => thrown.push(`${path}=${JSON.stringify(value)}: ${e}`));
        const error = lt.shadowRoot?.querySelector('[part~="error"]')?.textContent ?? '';
        if (problem) expect(error, `${path}=${JSON.stringify(value)}`).to.contain(problem);
        else {
          passed++;
          expect(error, `${path}=${JSON.stringify(value)}`).to.equal('');
        }
        lt.remove();
        gauge.remove();
      }
    window.removeEventListener('error', onError);
    expect(thrown).to.deep.equal([]);
    // Some odd tables are fine to show (an empty period, a missing precision): the loop drew them.
    expect(passed).to.be.greaterThan(20);
  });
});

/** The error text a gauge shows for `table`, in English and in Vietnamese (each waited for). */
async function gaugeErrors(table: unknown): Promise<Record<'en' | 'vi', string>> {
  const out = { en: '', vi: '' };
  for (const locale of ['en', 'vi'] as const) {
    const gauge = await fixture<DtiGauge>(
      html`<dti-gauge unit-id="gia-lam" locale=${locale} .result=${table as ScoreTable}></dti-gauge>`,
    );
    const error = () => gauge.shadowRoot?.querySelector('[part~="error"]')?.textContent ?? '';
    await until(() => error() !== '');
    out[locale] = error();
    gauge.remove();
  }
  return out;
}

describe('the gauge refuses a broken table given as a property, in words loaded on demand', () => {
  it('error state with the same sentence as scoreTableProblem, English and Vietnamese', async () => {
    const table = sampleTable() as unknown as Record<string, unknown>;
    table.units = 3;
    for (const locale of ['en', 'vi'] as const) {
      const gauge = await fixture<DtiGauge>(
        html`<dti-gauge unit-id="gia-lam" locale=${locale} .result=${table as unknown as ScoreTable}></dti-gauge>`,
      );
      const error = () => gauge.shadowRoot?.querySelector('[part~="error"]')?.textContent ?? '';
      expect(gauge.shadowRoot?.querySelector('[part~="error"]')).to.not.equal(null);
      await until(() => error() !== '');
      expect(error()).to.equal(
        locale === 'en'
          ? 'The data is not a score table: units = 3: must be an array'
          : 'Dữ liệu không đúng dạng bảng điểm: units = 3: phải là một mảng',
      );
      expect(error()).to.equal(scoreTableProblem(table, locale));
      gauge.remove();
    }
  });

  it('a tier colour of null is refused in the error state, not thrown on the page, in both languages', async () => {
    const table = sampleTable() as unknown as { framework: { tiers: Record<string, unknown>[] } };
    (table.framework.tiers[0] as Record<string, unknown>).color = null;
    const thrown: string[] = [];
    const onError = (e: ErrorEvent) => thrown.push(e.message);
    window.addEventListener('error', onError);
    expect(await gaugeErrors(table)).to.deep.equal({
      en: 'The data is not a score table: framework.tiers[0].color = null: must be a CSS colour written as text (e.g. "#1a7f37"), or absent',
      vi: 'Dữ liệu không đúng dạng bảng điểm: framework.tiers[0].color = null: phải là một màu CSS viết thành chuỗi ký tự (ví dụ "#1a7f37") hoặc không có',
    });
    window.removeEventListener('error', onError);
    expect(thrown).to.deep.equal([]);
  });

  it('a table of a later format (99) is refused, not read as format 1, in both languages', async () => {
    const table = sampleTable() as unknown as Record<string, unknown>;
    table.format = 99;
    expect(await gaugeErrors(table)).to.deep.equal({
      en: 'The data is not a score table: format = 99: this version of DTI Kit reads format 1 only',
      vi: 'Dữ liệu không đúng dạng bảng điểm: format = 99: phiên bản DTI Kit này chỉ đọc định dạng 1 (format 1)',
    });
  });
});

// The tester's six communes (m-ok.json); each case below is one of their files, one field changed.
const six = sixCommunes;

describe('fields that disagree with one another: refused on the page (built bundle)', () => {
  it('m-nodediff and m-rankfrac show the error naming unit, field and both values; m-amongwrong is drawn', async () => {
    const nodediff = six();
    (nodediff.units[0] as { nodes: { r: Json } }).nodes.r.value = 10;
    const rankfrac = six();
    (rankfrac.units[1] as Json).rank = 2.5;
    (rankfrac.units[2] as Json).rank = 2.5;
    const amongwrong = six();
    amongwrong.rankedAmong = 7;
    const { doc, errors, remove } = await page(
      [inline('nodediff', nodediff), inline('rankfrac', rankfrac), inline('amongwrong', amongwrong)].join('\n'),
    );
    const error = (id: string) => shadow(doc, id).querySelector('[part~="error"]')?.textContent?.trim();
    expect(error('nodediff')).to.equal(
      `${HEAD}units[0].nodes.r.value = 10 ("Xã S0"): phải bằng điểm của đơn vị (units[0].value = 90): điểm của một đơn vị là điểm nút gốc của nó`,
    );
    expect(error('rankfrac')).to.equal(
      `${HEAD}units[1].rank = 2.5 ("Xã S1"): hạng lẻ, nhưng framework.ties = "competition" chỉ cho hạng nguyên (hạng lẻ chỉ có với "fractional")`,
    );
    // A table may list only the published ranks of more units ranked: 7 ≥ 6 listed and ≥ every rank.
    expect(error('amongwrong')).to.equal(undefined);
    expect(shadow(doc, 'amongwrong').querySelectorAll('tbody tr').length).to.equal(6);
    expect(errors).to.deep.equal([]);
    remove();
  });
});
