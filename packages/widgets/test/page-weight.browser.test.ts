import { score, validateFramework } from '@dti-kit/core';
import { readDataset } from '@dti-kit/core/sheets';
import {
  framework as fixtureFramework,
  goalposts,
  group,
  indicator,
  scoreTableOf,
  tableNode,
  tableUnit,
} from '@dti-kit/testing';
import { expect } from '@open-wc/testing';
import { uncertaintyExample } from '../src/stories/sample-data.js';
import { until } from './helpers.js';

// The portal bundle as a page loads it (dist/cdn, built), in a frame of its own so its requests are its
// own: a page that shows a score table fetches the entry and the one chunk with its code, never the
// scoring bundle; a page with raw data fetches the scoring bundle, whose errors and sentences reach the
// entry's elements; the elements loaded on demand share the entry's Lit and code, and come only when
// one appears.

interface Page {
  doc: Document;
  win: Window;
  /** File names of every script the page fetched, in order. */
  scripts(): string[];
  remove(): void;
}

async function openPage(body: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '700px';
  frame.srcdoc = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
    <script type="module" src="/packages/widgets/dist/cdn/dti-widgets.js"></script></head><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window;
  await win.customElements.whenDefined('dti-league-table');
  return {
    doc: frame.contentDocument as Document,
    win,
    scripts: () =>
      win.performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname.split('/').pop() ?? '')
        .filter((name) => name.endsWith('.js')),
    remove: () => frame.remove(),
  };
}

// Markers of the scoring code: the XLSX reader's workbook path and zod's base schema class.
const SCORING = ['xl/workbook.xml', '$ZodType'];

/** The chunk the entry imports (its code, Lit included), read from the built entry itself. */
async function entryChunk(): Promise<string> {
  const entry = await (await fetch('/packages/widgets/dist/cdn/dti-widgets.js')).text();
  const chunks = [...entry.matchAll(/from\s*"\.\/(dti-chunk-[A-Z0-9]+\.js)"/gu)].map((m) => m[1]);
  if (chunks.length !== 1) throw new Error(`dti-widgets.js imports ${chunks.length} chunks, not one`);
  return chunks[0] as string;
}

/** Each copy of Lit a page runs records its version in these globals. */
const litCopies = (win: Window) => {
  const g = win as Window & {
    litHtmlVersions?: string[];
    reactiveElementVersions?: string[];
    litElementVersions?: string[];
  };
  return [g.litHtmlVersions?.length, g.reactiveElementVersions?.length, g.litElementVersions?.length];
};

/** The on-demand elements (file name prefixes in dist/cdn). */
const ON_DEMAND = ['dti-rank-interval-', 'dti-trend-', 'dti-map-', 'dti-scorecard-', 'dti-weights-'];

/** The scoring markers found in the scripts a page fetched. */
async function scoringIn(scripts: string[]): Promise<string[]> {
  const texts = await Promise.all(scripts.map(async (s) => (await fetch(`/packages/widgets/dist/cdn/${s}`)).text()));
  return SCORING.filter((marker) => texts.some((t) => t.includes(marker)));
}

const rows = (table: Element) =>
  [...(table.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
    [...tr.querySelectorAll('td.rank, th[scope="row"], td.name, td.value')].map((c) => c.textContent?.trim()),
  );

// Points out of 100: x (60 points) and y (40 points), each a share of the 0–100 goalposts.
const FRAMEWORK = fixtureFramework({
  id: 'thu-diem',
  precision: 1,
  root: group(
    'chi-so',
    [
      indicator('x', { label: 'X', points: 60, method: goalposts(0, 100) }),
      indicator('y', { label: 'Y', points: 40, method: goalposts(0, 100) }),
    ],
    { label: 'Chỉ số', points: 100, aggregation: { type: 'sum' } },
  ),
});

describe('what a page downloads', () => {
  it('shows a gauge and a league table from a score table without the scoring chunk', async () => {
    const page = await openPage(`
      <dti-gauge src="/packages/widgets/test/fixtures/score-table.json" unit-id="gia-lam"></dti-gauge>
      <dti-league-table src="/packages/widgets/test/fixtures/score-table.json"></dti-league-table>`);
    const table = page.doc.querySelector('dti-league-table') as HTMLElement;
    const gauge = page.doc.querySelector('dti-gauge') as HTMLElement;
    await until(() => (table.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) === 2, 10000);
    await until(() => !!gauge.shadowRoot?.querySelector('[role="meter"]')?.getAttribute('aria-valuetext'), 10000);
    expect(gauge.shadowRoot?.querySelector('[role="meter"]')?.getAttribute('aria-valuetext')).to.contain('98,9');
    expect(rows(table)[0]).to.include('Gia Lâm');
    const scripts = page.scripts();
    // The entry and the chunk with its code: no element loaded on demand, no scoring, no presets, no
    // issue sentences.
    expect(scripts).to.deep.equal(['dti-widgets.js', await entryChunk()]);
    expect(await scoringIn(scripts)).to.deep.equal([]);
    expect(litCopies(page.win)).to.deep.equal([1, 1, 1]);
    page.remove();
  });

  it('runs one copy of Lit on a page with every element, each file fetched once', async () => {
    const page = await openPage(`
      <dti-gauge></dti-gauge><dti-league-table id="xh"></dti-league-table><dti-rank-interval></dti-rank-interval>
      <dti-trend for="xh"></dti-trend><dti-map for="xh"></dti-map><dti-scorecard for="xh"></dti-scorecard>
      <dti-weights for="xh"></dti-weights>`);
    await Promise.all(
      ['dti-rank-interval', 'dti-trend', 'dti-map', 'dti-scorecard', 'dti-weights'].map((tag) =>
        page.win.customElements.whenDefined(tag),
      ),
    );
    const scripts = page.scripts();
    expect(litCopies(page.win)).to.deep.equal([1, 1, 1]);
    expect(scripts.length).to.equal(new Set(scripts).size);
    for (const prefix of ON_DEMAND)
      expect(
        scripts.filter((s) => s.startsWith(prefix)),
        prefix,
      ).to.have.length(1);
    // Lit is in the entry's chunk and nowhere else the page fetched.
    const chunk = await entryChunk();
    const withLit = [];
    for (const s of scripts)
      if ((await (await fetch(`/packages/widgets/dist/cdn/${s}`)).text()).includes('litHtmlVersions')) withLit.push(s);
    expect(withLit).to.deep.equal([chunk]);
    expect(await scoringIn(scripts)).to.deep.equal([]);
    page.remove();
  });

  it('fetches no on-demand element, nor a chunk of theirs, before one appears', async () => {
    const page = await openPage(
      '<dti-league-table src="/packages/widgets/test/fixtures/score-table.json" id="xh"></dti-league-table>',
    );
    const table = page.doc.querySelector('dti-league-table') as HTMLElement;
    await until(() => (table.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) === 2, 10000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const chunk = await entryChunk();
    expect(page.scripts()).to.deep.equal(['dti-widgets.js', chunk]);
    // A linked map added later brings its file and the link protocol's chunk, not a second entry chunk.
    const map = page.doc.createElement('dti-map');
    map.setAttribute('for', 'xh');
    page.doc.body.append(map);
    await page.win.customElements.whenDefined('dti-map');
    const later = page.scripts().slice(2);
    expect(later.filter((s) => s.startsWith('dti-map-'))).to.have.length(1);
    expect(later.every((s) => s.startsWith('dti-map-') || s.startsWith('dti-chunk-'))).to.equal(true);
    expect(later).to.not.include(chunk);
    expect(ON_DEMAND.filter((p) => p !== 'dti-map-' && page.scripts().some((s) => s.startsWith(p)))).to.deep.equal([]);
    expect(litCopies(page.win)).to.deep.equal([1, 1, 1]);
    page.remove();
  });

  it('fetches the scoring chunk for raw data with a framework, and scores it', async () => {
    const page = await openPage('<dti-league-table></dti-league-table>');
    expect(page.scripts().some((s) => s.startsWith('dti-scoring-'))).to.equal(false);
    const table = page.doc.querySelector('dti-league-table') as HTMLElement & { framework: unknown; data: unknown };
    // A: 0.8 × 60 + 0.5 × 40 = 68.0; B: 0.3 × 60 + 1.0 × 40 = 58.0.
    table.framework = FRAMEWORK;
    table.data = {
      units: [
        { id: 'b', name: 'Xã B', values: { x: 30, y: 100 } },
        { id: 'a', name: 'Xã A', values: { x: 80, y: 50 } },
      ],
    };
    await until(() => (table.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) === 2, 10000);
    expect(rows(table)).to.deep.equal([
      ['1', 'Xã A', '68,0'],
      ['2', 'Xã B', '58,0'],
    ]);
    expect(page.scripts().some((s) => s.startsWith('dti-scoring-'))).to.equal(true);
    expect(await scoringIn(page.scripts())).to.deep.equal(SCORING);
    page.remove();
  });

  it('shows the problems the scoring bundle finds, with their issues and in Vietnamese', async () => {
    const page = await openPage('<dti-league-table></dti-league-table>');
    const table = page.doc.querySelector('dti-league-table') as HTMLElement & { framework: unknown; data: unknown };
    const failed = new Promise<CustomEvent>((resolve) =>
      table.addEventListener('dti-error', (e) => resolve(e as CustomEvent), { once: true }),
    );
    table.framework = FRAMEWORK;
    table.data = { units: [{ id: 'a', name: 'Xã A', values: { x: 'abc', y: 50 } }] };
    const { detail } = await failed;
    // The error thrown in the scoring bundle keeps its issues on the way to the element's event.
    expect(detail.issues.map((i: { code: string }) => i.code)).to.deep.equal(['invalid-value']);
    // The sentences came with the scoring bundle: worded in Vietnamese at once, no request of their own.
    await until(() => (table.shadowRoot?.querySelectorAll('li').length ?? 0) > 0, 10000);
    const items = [...(table.shadowRoot?.querySelectorAll('li') ?? [])].map((li) => li.textContent?.trim());
    expect(items).to.deep.equal(['đơn vị "a", chỉ số "x": giá trị "abc" không phải số, có/không hay ô trống']);
    expect(page.scripts().some((s) => s.startsWith('dti-issue-sentences-'))).to.equal(false);
    page.remove();
  });

  it('loads the CSV writer on the first click of the export button, and hands the file to a download link', async () => {
    const page = await openPage(
      '<dti-league-table src="/packages/widgets/test/fixtures/score-table.json" columns="rank,name,value"></dti-league-table>',
    );
    const table = page.doc.querySelector('dti-league-table') as HTMLElement;
    await until(() => (table.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) === 2, 10000);
    expect(page.scripts().some((s) => s.startsWith('dti-csv-'))).to.equal(false);
    // The frame's own link class: its click is the download; here it reports the link instead.
    const link = new Promise<HTMLAnchorElement>((resolve) => {
      (page.win as Window & typeof globalThis).HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        resolve(this);
      };
    });
    const exportButton = table.shadowRoot?.querySelector<HTMLButtonElement>('[part~="export"]');
    if (!exportButton) throw new Error('the table has no export button');
    exportButton.click();
    const a = await link;
    expect(a.download).to.equal('thu-2024.csv');
    expect(a.href).to.match(/^blob:/u);
    const text = await (await page.win.fetch(a.href)).text();
    expect(text.split('\r\n').slice(0, 2)).to.deep.equal(['Hạng;Đơn vị;Điểm', '1;Gia Lâm;98,9']);
    expect(page.scripts().some((s) => s.startsWith('dti-csv-'))).to.equal(true);
    expect(await scoringIn(page.scripts())).to.deep.equal([]);
    page.remove();
  });

  it("shows a score result (the core's `score`) with the table code alone, without the scoring bundle", async () => {
    const framework = validateFramework(FRAMEWORK);
    if (!framework.success) throw new Error('the test framework is invalid');
    const read = readDataset(
      {
        units: [
          { id: 'b', name: 'Xã B', values: { x: 30, y: 100 } },
          { id: 'a', name: 'Xã A', values: { x: 80, y: 50 } },
        ],
      },
      framework.data,
    );
    if (!read.prepared) throw new Error('the test data is invalid');
    const page = await openPage('<dti-league-table></dti-league-table>');
    const table = page.doc.querySelector('dti-league-table') as HTMLElement & { result: unknown };
    table.result = score(framework.data, read.prepared);
    await until(() => (table.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) === 2, 10000);
    // The same points as above: A 68.0, B 58.0.
    expect(rows(table)).to.deep.equal([
      ['1', 'Xã A', '68,0'],
      ['2', 'Xã B', '58,0'],
    ]);
    // Past the entry and its chunk: the table of a score result and the core pieces it shares with the
    // scoring bundle (chunks), never the scoring bundle itself.
    const chunk = await entryChunk();
    const added = page.scripts().filter((s) => s !== 'dti-widgets.js' && s !== chunk);
    expect(
      added.filter((s) => !s.startsWith('dti-chunk-')).map((s) => s.replace(/-[A-Z0-9]+\.js$/u, '')),
    ).to.deep.equal(['dti-from-result']);
    expect(await scoringIn(added)).to.deep.equal([]);
    page.remove();
  });

  describe('<dti-rank-interval>, loaded when one appears', () => {
    const names = (el: Element) => [...(el.shadowRoot?.querySelectorAll('tbody th') ?? [])].map((th) => th.textContent);

    it('is loaded at once when the page has one', async () => {
      const page = await openPage('<dti-rank-interval></dti-rank-interval>');
      await page.win.customElements.whenDefined('dti-rank-interval');
      const el = page.doc.querySelector('dti-rank-interval') as HTMLElement & { result: unknown };
      el.result = await uncertaintyExample(['Gia Lâm', 'Đông Anh'], 50);
      await until(() => names(el).length === 2, 10000);
      expect([...names(el)].sort()).to.deep.equal(['Gia Lâm', 'Đông Anh'].sort());
      expect(page.scripts().some((s) => s.startsWith('dti-rank-interval-'))).to.equal(true);
      page.remove();
    });

    it('is loaded when a script adds one later, and not before', async () => {
      const page = await openPage('<div id="later"></div>');
      // Another element added meanwhile does not load it.
      page.doc.body.append(page.doc.createElement('p'));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(page.win.customElements.get('dti-rank-interval')).to.equal(undefined);
      expect(page.scripts().some((s) => s.startsWith('dti-rank-interval-'))).to.equal(false);
      // Nested inside the added element, with its data set before the element is defined.
      const wrapper = page.doc.createElement('section');
      const el = page.doc.createElement('dti-rank-interval') as HTMLElement & { result: unknown };
      el.result = await uncertaintyExample(['Gia Lâm', 'Đông Anh'], 50);
      wrapper.append(el);
      page.doc.getElementById('later')?.append(wrapper);
      await page.win.customElements.whenDefined('dti-rank-interval');
      await until(() => names(el).length === 2, 10000);
      expect([...names(el)].sort()).to.deep.equal(['Gia Lâm', 'Đông Anh'].sort());
      expect(page.scripts().filter((s) => s.startsWith('dti-rank-interval-'))).to.have.length(1);
      page.remove();
    });
  });
});

describe('the names part: the Vietnamese collation and the ranks within a parent, on demand', () => {
  // Names whose Vietnamese order is not their code points' order: "Đ" (U+0110) sorts after "H" by code.
  const table = (withParents: boolean) =>
    scoreTableOf(
      [
        ['dong-anh', 'Đông Anh', 'Hà Nội', 90, 1],
        ['ba-vi', 'Ba Vì', 'Đà Nẵng', 80, 2],
        ['gia-lam', 'Gia Lâm', 'Hà Nội', 70, 3],
        ['an-phu', 'An Phú', 'An Giang', 60, 4],
      ].map(([id, name, parent, value, rank]) =>
        tableUnit(id as string, name as string, {
          value: value as number,
          rank: rank as number,
          ...(withParents && { parent: parent as string }),
          nodes: {},
        }),
      ),
      {
        framework: { id: 'ten', label: { vi: 'Bảng tên' }, tiers: [] },
        nodes: [tableNode('root', null, 100, 'Chỉ số')],
      },
    );
  const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
  const names = (el: Element) => [...shadow(el).querySelectorAll('tbody th')].map((th) => th.textContent?.trim());
  const column = (el: Element, cells: string) =>
    [...shadow(el).querySelectorAll(`tbody ${cells}`)].map((td) => td.textContent?.trim());
  const hasNamesPart = (page: Page) => page.scripts().some((s) => s.startsWith('dti-names-'));

  async function shown(page: Page, withParents: boolean): Promise<HTMLElement> {
    const el = page.doc.querySelector('dti-league-table') as HTMLElement & { result: unknown };
    el.result = (page.win as Window & typeof globalThis).JSON.parse(JSON.stringify(table(withParents)));
    await until(() => names(el).length === 4, 10000);
    return el;
  }

  it('a table with parents lists them in Vietnamese order and ranks within the one chosen', async () => {
    const page = await openPage('<dti-league-table></dti-league-table>');
    const el = await shown(page, true);
    expect(hasNamesPart(page)).to.equal(true);
    const select = shadow(el).querySelector('select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).to.deep.equal(['', 'An Giang', 'Đà Nẵng', 'Hà Nội']);
    select.value = 'Hà Nội';
    select.dispatchEvent(new Event('change'));
    await until(() => names(el).length === 2, 10000);
    // Đông Anh and Gia Lâm, 1st and 3rd nationally, are 1st and 2nd in Hà Nội.
    expect(names(el)).to.deep.equal(['Đông Anh', 'Gia Lâm']);
    expect(column(el, 'td.rank:not(.national-rank)')).to.deep.equal(['1', '2']);
    expect(column(el, 'td.national-rank')).to.deep.equal(['1', '3']);
    page.remove();
  });

  it('a table without parents loads it only for a sort by name', async () => {
    const page = await openPage('<dti-league-table></dti-league-table>');
    const el = await shown(page, false);
    expect(hasNamesPart(page)).to.equal(false);
    const button = [...shadow(el).querySelectorAll('thead button')].find((b) => b.textContent?.includes('Đơn vị'));
    (button as HTMLButtonElement).click();
    await until(() => names(el)[0] === 'An Phú', 10000);
    expect(names(el)).to.deep.equal(['An Phú', 'Ba Vì', 'Đông Anh', 'Gia Lâm']);
    expect(hasNamesPart(page)).to.equal(true);
    page.remove();
  });
});
