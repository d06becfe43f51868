import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { DtiIssue } from '@dti-kit/core';
import type { DtiLeagueTable } from '../src/league-table/league-table.js';
import { stubFetch, until } from './helpers.js';

const root = (el: DtiLeagueTable) => el.shadowRoot as ShadowRoot;

// A framework that writes one missing-value policy the former way, { method: 'zero' }, and two units
// with a value for each indicator.
const framework = {
  format: 1,
  id: 'khung-cu',
  version: '1.0.0',
  label: { vi: 'Khung viết theo cách cũ', en: 'Framework in the former spelling' },
  scale: { min: 0, max: 100 },
  root: {
    kind: 'group',
    id: 'index',
    label: { vi: 'Chỉ số', en: 'Index' },
    children: [
      {
        kind: 'indicator',
        id: 'a',
        label: { vi: 'Tỷ lệ A' },
        unit: '%',
        method: { type: 'goalposts', min: 0, max: 100 },
      },
      {
        kind: 'indicator',
        id: 'b',
        label: { vi: 'Tỷ lệ B' },
        unit: '%',
        method: { type: 'goalposts', min: 0, max: 100 },
        missing: { method: 'zero' },
      },
    ],
  },
};
const data = {
  units: [
    { id: 'x1', name: 'Xã Một', values: { a: 80, b: 60 } },
    { id: 'x2', name: 'Xã Hai', values: { a: 40, b: 20 } },
  ],
};

/** The lines of the folded warnings, once the table has scored. */
async function foldedLines(el: DtiLeagueTable): Promise<string[]> {
  await until(() => root(el)?.querySelector('details[part~="warnings"] li') !== null, 10000);
  await el.updateComplete;
  return [...root(el).querySelectorAll('details[part~="warnings"] li')].map(
    (li) => li.textContent?.replace(/\s+/gu, ' ').trim() ?? '',
  );
}

describe("<dti-league-table> with a framework's own warnings", () => {
  it('lists a former spelling of the framework given as an object with the data warnings, in Vietnamese', async () => {
    const el = await fixture<DtiLeagueTable>(
      html`<dti-league-table .framework=${framework} .data=${data}></dti-league-table>`,
    );
    expect(await foldedLines(el)).to.deep.equal([
      `khung-cu: root.children.1.missing.method: "method" là tên cũ của "type"; hãy viết missing: { type: 'zero', … } (vẫn được đọc như cũ)`,
    ]);
    expect(root(el).querySelector('details[part~="warnings"] summary')?.textContent).to.equal(
      '1 cảnh báo khác về số liệu',
    );
  });

  it('names the framework file it fetched, in English, and puts the warning in the dti-load detail', async () => {
    const csv = 'Mã đơn vị;Tên đơn vị;a;b;Ghi chú\nx1;Xã Một;80;60;\nx2;Xã Hai;40;20;xem lại\n';
    const fetches = stubFetch({
      '/khung-cu.json': { body: JSON.stringify(framework), type: 'application/json' },
      '/so-lieu.csv': { body: csv, type: 'text/csv' },
    });
    try {
      const el = document.createElement('dti-league-table');
      el.lang = 'en';
      const loaded = oneEvent(el, 'dti-load');
      el.setAttribute('framework', '/khung-cu.json');
      el.src = '/so-lieu.csv';
      document.body.append(el);
      const detail = (await loaded).detail as { warnings: DtiIssue[] };
      expect(detail.warnings.map((w) => w.code)).to.deep.equal(['deprecated', 'unknown-column']);
      const lines = await foldedLines(el);
      expect(lines).to.have.length(2);
      expect(lines[0]).to.equal(
        `/khung-cu.json: root.children.1.missing.method: "method" is the former name of "type"; write missing: { type: 'zero', … } (read the same way)`,
      );
      expect(lines[1]).to.contain('"Ghi chú"');
      expect(root(el).querySelector('details[part~="warnings"] summary')?.textContent).to.equal(
        '2 other data warnings',
      );
      el.remove();
    } finally {
      fetches.restore();
    }
  });
});
