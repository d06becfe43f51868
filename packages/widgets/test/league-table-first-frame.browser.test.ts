import { expect } from '@open-wc/testing';
import '../src/define.js';
import type { ScoreTable } from '@dti-kit/core';
import { commonTiers, scoreTableOf, tableNode, tableUnit } from '@dti-kit/testing';
import type { DtiLeagueTable } from '../src/league-table/league-table.js';
import { loadNotices } from '../src/league-table/notices-load.js';

// The first page is read before the table's sorts are made, and a click or keystroke in the frame
// after the first render comes before the idle time that makes them: these tests act in that frame
// (in the same task as the first render, so no idle callback can run between) and check the exact
// rows, ties included, against the orders worked out below.

// Eight names, each given to five units (u0, u8, … for 'Xã An'). In Vietnamese order: Phường Dương,
// Phường Đa, Phường Đông (D before Đ; a before ô), then Xã An, Xã Anh, Xã Ân, Xã Ấp (a before â;
// a word before the longer word it begins), Xã Bình.
const NAMES = ['Xã An', 'Xã Ân', 'Xã Bình', 'Phường Đa', 'Phường Dương', 'Xã Ấp', 'Phường Đông', 'Xã Anh'];

/**
 * 40 units listed out of rank order: unit k scores 50 + ⌊((7k mod 40)) / 2⌋, so two units share each
 * score from 50 to 69 and each rank (1 =: u17 and u34, 3 =: u11 and u28, …, 39 =: u0 and u23); its
 * "Kinh tế số" is (13k mod 10), none for every fifth unit (u0, u5, …).
 */
function tiedTable(): ScoreTable {
  const units = Array.from({ length: 40 }, (_, k) => {
    const value = 50 + Math.floor(((k * 7) % 40) / 2);
    return tableUnit(`u${k}`, NAMES[k % 8] as string, {
      parent: k % 2 ? 'Hà Nội' : 'Huế',
      value,
      rank: 1 + 2 * (69 - value),
      nodes: { kts: { value: k % 5 === 0 ? null : (k * 13) % 10, rank: null } },
    });
  });
  return scoreTableOf(units, {
    framework: { id: 'tied', label: { vi: 'Bảng thử' }, tiers: commonTiers({ english: false }) },
    nodes: [tableNode('root', null, 100, 'Chỉ số'), tableNode('kts', 'root', 40, 'Kinh tế số')],
  });
}

const root = (el: DtiLeagueTable) => el.shadowRoot as ShadowRoot;
/** Unit ids written with spaces between them. */
const list = (text: string) => text.split(' ');
const ids = (el: DtiLeagueTable) => [...root(el).querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-id'));
const sortButton = (el: DtiLeagueTable, label: string) =>
  [...root(el).querySelectorAll('thead button')].find((b) => b.textContent?.includes(label)) as HTMLButtonElement;

/** A table on the page, resolved as soon as its first rows are in the DOM: within the same task. */
async function firstRender(): Promise<DtiLeagueTable> {
  const el = document.createElement('dti-league-table');
  el.result = tiedTable();
  document.body.append(el);
  while (!el.shadowRoot?.querySelector('tbody tr')) await el.updateComplete;
  return el;
}

async function nextPage(el: DtiLeagueTable): Promise<void> {
  const buttons = root(el).querySelectorAll<HTMLButtonElement>('[part~="pagination"] button');
  (buttons[1] as HTMLButtonElement).click();
  await el.updateComplete;
}

describe('<dti-league-table> in the frame after its first render', () => {
  // Names repeat here (five units each), so the table shows what tells them apart, from the notices part,
  // which it awaits before its first render: loaded beforehand, that render stays within the same task.
  before(() => loadNotices());

  afterEach(() => {
    for (const el of document.querySelectorAll('dti-league-table')) el.remove();
  });

  it('shows the first page in rank order, tied units in the order the table lists them', async () => {
    const el = await firstRender();
    expect(ids(el)).to.deep.equal(
      list('u17 u34 u11 u28 u5 u22 u16 u39 u10 u33 u4 u27 u21 u38 u15 u32 u9 u26 u3 u20 u14 u37 u8 u31 u2'),
    );
    expect(root(el).querySelector('table')?.getAttribute('aria-rowcount')).to.equal('41');
    await nextPage(el);
    expect(ids(el)).to.deep.equal(list('u25 u19 u36 u13 u30 u7 u24 u1 u18 u12 u35 u6 u29 u0 u23'));
  });

  it('sorts by name on a click in that frame, equal names in the table’s order, and pages on in it', async () => {
    const el = await firstRender();
    sortButton(el, 'Đơn vị').click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(
      list('u4 u12 u20 u28 u36 u3 u11 u19 u27 u35 u6 u14 u22 u30 u38 u0 u8 u16 u24 u32 u7 u15 u23 u31 u39'),
    );
    await nextPage(el);
    expect(ids(el)).to.deep.equal(list('u1 u9 u17 u25 u33 u5 u13 u21 u29 u37 u2 u10 u18 u26 u34'));
  });

  it('sorts by name descending on two clicks in that frame, equal names still in the table’s order', async () => {
    const el = await firstRender();
    sortButton(el, 'Đơn vị').click();
    sortButton(el, 'Đơn vị').click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(
      list('u2 u10 u18 u26 u34 u5 u13 u21 u29 u37 u1 u9 u17 u25 u33 u7 u15 u23 u31 u39 u0 u8 u16 u24 u32'),
    );
  });

  it('sorts by a pillar on a click in that frame: best first, ties in order, units without a value last', async () => {
    const el = await firstRender();
    sortButton(el, 'Kinh tế số').click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(
      list('u3 u13 u23 u33 u6 u16 u26 u36 u9 u19 u29 u39 u2 u12 u22 u32 u8 u18 u28 u38 u1 u11 u21 u31 u4'),
    );
    await nextPage(el);
    expect(ids(el)).to.deep.equal(list('u14 u24 u34 u7 u17 u27 u37 u0 u5 u10 u15 u20 u25 u30 u35'));
  });

  it('sorts and searches as exactly when taken off the page before its idle time and put back (it stops preparing)', async () => {
    const el = await firstRender();
    el.remove();
    // Idle periods pass while the table is off the page: its preparation stops, nothing is made.
    for (let k = 0; k < 3; k++) await new Promise((r) => requestIdleCallback(r));
    document.body.append(el);
    await el.updateComplete;
    sortButton(el, 'Đơn vị').click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(
      list('u4 u12 u20 u28 u36 u3 u11 u19 u27 u35 u6 u14 u22 u30 u38 u0 u8 u16 u24 u32 u7 u15 u23 u31 u39'),
    );
    sortButton(el, 'Hạng').click();
    const search = root(el).querySelector('input[type="search"]') as HTMLInputElement;
    search.value = 'an';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(list('u17 u16 u39 u33 u15 u32 u9 u8 u31 u25 u7 u24 u1 u0 u23'));
  });

  it('finds "an" on a keystroke in that frame: Xã An, Xã Anh and Xã Ân (without its mark), in rank order', async () => {
    const el = await firstRender();
    const search = root(el).querySelector('input[type="search"]') as HTMLInputElement;
    search.value = 'an';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(list('u17 u16 u39 u33 u15 u32 u9 u8 u31 u25 u7 u24 u1 u0 u23'));
    expect(root(el).querySelector('table')?.getAttribute('aria-rowcount')).to.equal('16');
  });
});
