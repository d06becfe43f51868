import { expect, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import { scoreTableOf, tableUnit } from '@dti-kit/testing';
import type { DtiLeagueTable } from '../src/league-table/league-table.js';

// A table of over 5,000 units loads a large table's sorts (sort-order.ts) while its first page shows
// (a smaller one never fetches them: sort-order.unit.test.ts, which checks that both sorts give the same
// orders; league-table-first-frame.browser.test.ts checks a small table's rows with the plain sorts).
// Alone in its file: each file is a page of its own, which has fetched nothing yet.

// The test page loads hundreds of modules: room for all their entries (the default keeps 250).
performance.setResourceTimingBufferSize(10_000);

/** Whether the page has fetched a large table's sorts. */
const fastSortsFetched = () =>
  performance.getEntriesByType('resource').some((r) => r.name.includes('/shared/sort-order.'));
const ids = (el: DtiLeagueTable) =>
  [...(el.shadowRoot as ShadowRoot).querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-id'));

const nameButton = (el: DtiLeagueTable) =>
  [...(el.shadowRoot as ShadowRoot).querySelectorAll('thead button')].find((b) =>
    b.textContent?.includes('Đơn vị'),
  ) as HTMLButtonElement;

/** A table on the page, resolved once its first rows are in the DOM. */
async function shown(n: number): Promise<DtiLeagueTable> {
  // Listed worst first: unit k ranks n − k, named "Xã 0000", "Xã 0001", … by k.
  const units = Array.from({ length: n }, (_, k) =>
    tableUnit(`u${k}`, `Xã ${String(k).padStart(4, '0')}`, { value: k / 100, rank: n - k }),
  );
  const el = document.createElement('dti-league-table');
  el.result = scoreTableOf(units, { framework: { id: 'large', label: { vi: 'Bảng lớn' } } });
  const loaded = oneEvent(el, 'dti-load');
  document.body.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

describe('<dti-league-table> of over 5,000 units', () => {
  it('shows its first page and sorts on a click in the frame after it with the plain sorts, then loads a large table’s sorts', async () => {
    expect(fastSortsFetched()).to.equal(false);
    const el = await shown(5001);
    expect(ids(el).slice(0, 3)).to.deep.equal(['u5000', 'u4999', 'u4998']);
    nameButton(el).click();
    await el.updateComplete;
    expect(ids(el).slice(0, 3)).to.deep.equal(['u0', 'u1', 'u2']);
    expect(ids(el).length).to.equal(25);
    for (let i = 0; i < 250 && !fastSortsFetched(); i++) await new Promise((r) => setTimeout(r, 20));
    expect(fastSortsFetched()).to.equal(true);
    // Made by the large table's sorts now: the same rows.
    nameButton(el).click();
    await el.updateComplete;
    expect(ids(el).slice(0, 3)).to.deep.equal(['u5000', 'u4999', 'u4998']);
    // Its search, made in idle time by the part's warm-up or on this keystroke, whichever comes first.
    const search = (el.shadowRoot as ShadowRoot).querySelector('input[type="search"]') as HTMLInputElement;
    search.value = 'xa 0001';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['u1']);
    el.remove();
  });

  it('with the part loaded, shows the next table’s first page and sorts by name on a click in the frame after it', async () => {
    expect(fastSortsFetched()).to.equal(true);
    const el = await shown(5002);
    expect(ids(el).slice(0, 3)).to.deep.equal(['u5001', 'u5000', 'u4999']);
    nameButton(el).click();
    nameButton(el).click();
    await el.updateComplete;
    expect(ids(el).slice(0, 3)).to.deep.equal(['u5001', 'u5000', 'u4999']);
    nameButton(el).click();
    await el.updateComplete;
    expect(ids(el).slice(0, 3)).to.deep.equal(['u0', 'u1', 'u2']);
    el.remove();
  });
});
