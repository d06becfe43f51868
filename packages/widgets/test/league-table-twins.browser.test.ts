import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { score, scoreTable } from '@dti-kit/core';
import { framework, percentIndicator } from '@dti-kit/testing';
import type { DtiLeagueTable } from '../src/league-table/league-table.js';
import { until } from './helpers.js';

const root = (el: DtiLeagueTable) => el.shadowRoot as ShadowRoot;
const rowNames = (el: DtiLeagueTable) =>
  [...root(el).querySelectorAll('tbody th')].map((th) => th.textContent?.replace(/\s+/gu, ' ').trim());

// Two "Xã Long Phú" in two provinces, two "Xã An Phú" in one (only their ids tell them apart), one name of its own.
const table = scoreTable(
  score(framework({ precision: 1, children: [percentIndicator('a')] }), {
    units: [
      { id: 'xa-00508', name: 'Xã Long Phú', parent: 'Lạng Sơn', values: { a: 90 } },
      { id: 'xa-00865', name: 'Xã Long Phú', parent: 'Nghệ An', values: { a: 80 } },
      { id: 'an-phu-1', name: 'Xã An Phú', parent: 'Huế', values: { a: 70 } },
      { id: 'an-phu-2', name: 'Xã An Phú', parent: 'Huế', values: { a: 60 } },
      { id: 'duc-khanh', name: 'Phường Đức Khánh', parent: 'Hà Nội', values: { a: 50 } },
    ],
  }),
);

async function shown(lang: string): Promise<DtiLeagueTable> {
  const el = await fixture<DtiLeagueTable>(html`<dti-league-table lang=${lang} .result=${table}></dti-league-table>`);
  await until(() => root(el).querySelector('.twin') !== null, 10000);
  await el.updateComplete;
  return el;
}

describe('<dti-league-table>: units that share a name', () => {
  for (const lang of ['vi', 'en'])
    it(`shows the parent, else the id, after a repeated name (${lang})`, async () => {
      const el = await shown(lang);
      expect(rowNames(el)).to.deep.equal([
        'Xã Long Phú (Lạng Sơn)',
        'Xã Long Phú (Nghệ An)',
        'Xã An Phú (an-phu-1)',
        'Xã An Phú (an-phu-2)',
        'Phường Đức Khánh',
      ]);
    });

  it('and in the search results', async () => {
    const el = await shown('vi');
    const search = root(el).querySelector('input[type="search"]') as HTMLInputElement;
    search.value = 'long phu';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Xã Long Phú (Lạng Sơn)', 'Xã Long Phú (Nghệ An)']);
  });

  it('a table whose names are all its own shows them alone', async () => {
    const own = scoreTable(
      score(framework({ children: [percentIndicator('a')] }), {
        units: [
          { id: 'x', name: 'Xã X', parent: 'Huyện A', values: { a: 90 } },
          { id: 'y', name: 'Xã Y', parent: 'Huyện A', values: { a: 80 } },
        ],
      }),
    );
    const el = await fixture<DtiLeagueTable>(html`<dti-league-table .result=${own}></dti-league-table>`);
    await until(() => root(el).querySelector('tbody th') !== null, 10000);
    expect(rowNames(el)).to.deep.equal(['Xã X', 'Xã Y']);
  });

  it('names that differ only by a run of spaces are one name: each shows its parent', async () => {
    const spaced = scoreTable(
      score(framework({ children: [percentIndicator('a')] }), {
        units: [
          { id: 'mot-1', name: 'Xã  Một', parent: 'Huyện A', values: { a: 90 } },
          { id: 'mot-2', name: 'Xã Một', parent: 'Huyện B', values: { a: 80 } },
        ],
      }),
    );
    const el = await fixture<DtiLeagueTable>(html`<dti-league-table .result=${spaced}></dti-league-table>`);
    await until(() => root(el).querySelector('.twin') !== null, 10000);
    await el.updateComplete;
    // The row shows the name as written; rowNames reads each run of spaces as one.
    expect(rowNames(el)).to.deep.equal(['Xã Một (Huyện A)', 'Xã Một (Huyện B)']);
  });
});
