import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { DtiLeagueTable } from '../src/league-table/league-table.js';
import type { DtiScorecard } from '../src/scorecard/scorecard.js';
import { profileTable } from '../src/stories/profile-sample.js';
import type { DtiWeights } from '../src/weights/weights.js';
import { axeViolations, until } from './helpers.js';

const root = (el: Element) => el.shadowRoot as ShadowRoot;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const sliders = (w: DtiWeights) => [...root(w).querySelectorAll<HTMLInputElement>('input[type=range]')];
/** Each row as name, score, move (the visible arrow) in display order. */
const rows = (t: DtiLeagueTable) =>
  [...root(t).querySelectorAll('tbody tr')].map((r) => [
    text(r.querySelector('th')),
    text(r.querySelector('.value .figure')),
    text(r.querySelector('.change [aria-hidden]')),
  ]);

const warnings = (t: DtiLeagueTable) => [...root(t).querySelectorAll('[part=warning]')].map(text);

async function linkedPage(lang = 'vi') {
  const page = await fixture<HTMLElement>(html`<div lang=${lang}>
    <dti-weights for="xh"></dti-weights>
    <dti-league-table id="xh" columns="rank,name,value,change,tier" .result=${profileTable()}></dti-league-table>
    <dti-scorecard for="xh"></dti-scorecard>
  </div>`);
  const weights = page.querySelector('dti-weights') as DtiWeights;
  const table = page.querySelector('dti-league-table') as DtiLeagueTable;
  const card = page.querySelector('dti-scorecard') as DtiScorecard;
  await until(() => sliders(weights).length === 2 && root(table).querySelectorAll('tbody tr').length === 5);
  return { weights, table, card };
}

describe('<dti-weights>', () => {
  it('labels a slider per pillar with its official weight, the total and the re-normalisation', async () => {
    const { weights } = await linkedPage();
    const labels = [...root(weights).querySelectorAll('label')].map(text);
    expect(labels).to.deep.equal(['Chính quyền số', 'Kinh tế số']);
    expect(sliders(weights).map((s) => [s.value, s.getAttribute('aria-valuetext')])).to.deep.equal([
      ['60', '60 (60%)'],
      ['40', '40 (40%)'],
    ]);
    expect(text(root(weights).querySelector('[part=total]'))).to.equal(
      'Tổng: 100 · Tổng trọng số được chuẩn hoá về 100%',
    );
    expect(text(root(weights).querySelector('[part=banner]'))).to.equal('');
    expect((root(weights).querySelector('[part=reset]') as HTMLButtonElement).disabled).to.equal(true);
  });

  it('re-ranks the table live by keyboard, as worked by hand, with each move against the official rank', async () => {
    const { weights, table, card } = await linkedPage();
    // Choose Gia Lâm first, to hear where the new weights put it.
    (root(table).querySelector('tbody tr[data-id="gia-lam"]') as HTMLElement).click();
    const [cqs, kts] = sliders(weights) as [HTMLInputElement, HTMLInputElement];
    cqs.focus();
    for (let k = 0; k < 4; k++) await sendKeys({ press: 'PageDown' }); // 60 → 20
    kts.focus();
    for (let k = 0; k < 4; k++) await sendKeys({ press: 'PageUp' }); // 40 → 80
    expect([cqs.value, kts.value]).to.deep.equal(['20', '80']);
    // 0.2 · cqs + 0.8 · kts: Đan Phượng 13.34 + 80 = 93.3; Gia Lâm 16.66 + 72 = 88.7; Phúc Thọ 10 + 64 = 74.0;
    // Bình Đại 3.34 + 60 = 63.3; Giồng Trôm 20 + 40 = 60.0. Official: 2, 1, 4, 5, 2.
    await until(() => rows(table)[0]?.[0] === 'Đan Phượng');
    expect(rows(table)).to.deep.equal([
      ['Đan Phượng', '93,3', '▲ 1'],
      ['Gia Lâm', '88,7', '▼ 1'],
      ['Phúc Thọ', '74,0', '▲ 1'],
      ['Bình Đại', '63,3', '▲ 1'],
      ['Giồng Trôm', '60,0', '▼ 3'],
    ]);
    expect(warnings(table)).to.include('Kết quả giả định — không phải kết quả chính thức');
    expect([...root(table).querySelectorAll('thead th')].some((h) => text(h).startsWith('So với chính thức'))).to.equal(
      true,
    );
    expect(text(root(weights).querySelector('[part=banner]'))).to.equal(
      'Kết quả giả định — không phải kết quả chính thức',
    );
    expect(text(root(weights).querySelector('[role=status]'))).to.equal('Gia Lâm xuống hạng 2');
    // The linked card shows the what-if figures, under the same banner.
    await until(() => text(root(card).querySelector('.fact dd')) === '88,7');
    expect(text(root(card).querySelector('[part=banner]'))).to.equal(
      'Kết quả giả định — không phải kết quả chính thức',
    );
    expect(weights.weights).to.deep.equal({ cqs: 20, kts: 80 });

    // Reset: the official table, no banner, no move column (no previous period).
    (root(weights).querySelector('[part=reset]') as HTMLButtonElement).click();
    await until(() => rows(table)[0]?.[0] === 'Gia Lâm');
    expect(rows(table).map((r) => r[1])).to.deep.equal(['86,0', '80,0', '80,0', '62,0', '40,0']);
    expect(warnings(table)).not.to.include('Kết quả giả định — không phải kết quả chính thức');
    expect(text(root(weights).querySelector('[part=banner]'))).to.equal('');
    expect(weights.weights).to.equal(undefined);
  });

  it('re-ranks at once on a move, then once a frame with the latest values of faster input', async () => {
    const { weights, table } = await linkedPage();
    const [cqs, kts] = sliders(weights) as [HTMLInputElement, HTMLInputElement];
    const applied: unknown[] = [];
    weights.addEventListener('dti-weights', (e) => applied.push(e.detail.weights));
    const move = (slider: HTMLInputElement, value: number) => {
      slider.value = String(value);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    };
    // Five moves in one task, as a fast drag of both sliders would give within a frame.
    move(cqs, 50);
    move(cqs, 30);
    move(cqs, 20);
    move(kts, 60);
    move(kts, 80);
    expect(applied).to.deep.equal([{ cqs: 50, kts: 40 }]);
    await new Promise((r) => requestAnimationFrame(r));
    expect(applied).to.deep.equal([
      { cqs: 50, kts: 40 },
      { cqs: 20, kts: 80 },
    ]);
    // The ranking of the latest weights, as worked by hand in the test above.
    await until(() => rows(table)[0]?.[0] === 'Đan Phượng');
    expect(rows(table).map((r) => r.slice(0, 2))).to.deep.equal([
      ['Đan Phượng', '93,3'],
      ['Gia Lâm', '88,7'],
      ['Phúc Thọ', '74,0'],
      ['Bình Đại', '63,3'],
      ['Giồng Trôm', '60,0'],
    ]);
  });

  it('goes to the ends with Home and End, and says so when every weight is 0', async () => {
    const { weights, table } = await linkedPage('en');
    const [cqs, kts] = sliders(weights) as [HTMLInputElement, HTMLInputElement];
    cqs.focus();
    await sendKeys({ press: 'End' });
    // 100 : 40, i.e. 5/7 and 2/7: Giồng Trôm 71.43 + 14.29 = 85.7 first, Gia Lâm 59.5 + 25.71 = 85.2 second.
    await until(() => rows(table)[0]?.[0] === 'Giồng Trôm');
    expect(rows(table).slice(0, 2)).to.deep.equal([
      ['Giồng Trôm', '85.7', '▲ 1'],
      ['Gia Lâm', '85.2', '▼ 1'],
    ]);
    expect(sliders(weights).map((s) => s.getAttribute('aria-valuetext'))).to.deep.equal(['100 (71.4%)', '40 (28.6%)']);
    await sendKeys({ press: 'Home' });
    kts.focus();
    await sendKeys({ press: 'Home' });
    expect(text(root(weights).querySelector('[role=alert]'))).to.equal(
      'Every weight is 0: nothing can be ranked. Raise at least one weight.',
    );
  });

  it('puts the official ranking back when every weight is 0, instead of the ranks of the last weights', async () => {
    const { weights, table } = await linkedPage();
    weights.setWeights({ cqs: 0, kts: 100 });
    // Digital economy alone: Đan Phượng 100 first (Gia Lâm 90, Phúc Thọ 80, Bình Đại 75, Giồng Trôm 50).
    await until(() => rows(table)[0]?.[0] === 'Đan Phượng');
    weights.setWeights({ cqs: 0, kts: 0 });
    // The official table, as after a reset: no ranking is made of weights that are all 0.
    await until(() => rows(table)[0]?.[0] === 'Gia Lâm');
    expect(rows(table).map((r) => r[1])).to.deep.equal(['86,0', '80,0', '80,0', '62,0', '40,0']);
    expect(warnings(table)).not.to.include('Kết quả giả định — không phải kết quả chính thức');
    expect(text(root(weights).querySelector('[part=banner]'))).to.equal('');
    expect(text(root(weights).querySelector('.muted'))).to.equal('Đang hiển thị kết quả chính thức.');
    expect(text(root(weights).querySelector('[role=alert]'))).to.equal(
      'Mọi trọng số bằng 0: không xếp hạng được. Hãy tăng ít nhất một trọng số.',
    );
    expect(sliders(weights).map((s) => s.value)).to.deep.equal(['0', '0']);
    expect((root(weights).querySelector('[part=reset]') as HTMLButtonElement).disabled).to.equal(false);
  });

  it('names what stops a what-if, and a missing link', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="en">
      <dti-weights for="xh2" groups="cqs,nope"></dti-weights>
      <dti-league-table id="xh2" .result=${profileTable()}></dti-league-table>
      <dti-weights for="nowhere"></dti-weights>
    </div>`);
    const [bad, lost] = [...page.querySelectorAll('dti-weights')] as DtiWeights[];
    await until(() => root(bad as DtiWeights).querySelector('[role=alert]') !== null);
    expect(text(root(bad as DtiWeights).querySelector('[role=alert]'))).to.equal(
      'Weights cannot be tried: the score table has no group “nope”; groups: idx, cqs, kts.'.replace('idx, ', ''),
    );
    await until(() => text(root(lost as DtiWeights).querySelector('[role=status]')).length > 0);
    expect(text(root(lost as DtiWeights).querySelector('[role=status]'))).to.equal(
      'No league table with id="nowhere" on the page to try weights on.',
    );
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme, with official and what-if weights`, async () => {
      const { weights, table } = await linkedPage();
      weights.setAttribute('theme', theme);
      table.setAttribute('theme', theme);
      await weights.updateComplete;
      expect(await axeViolations(weights)).to.deep.equal([]);
      weights.setWeights({ cqs: 20 });
      await until(() => root(weights).querySelector('[part=banner]') !== null);
      expect(await axeViolations(weights)).to.deep.equal([]);
      await table.updateComplete;
      expect(await axeViolations(table)).to.deep.equal([]);
    });
  }
});
