import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/define.js';
import type { DtiScorecard } from '../src/scorecard/scorecard.js';
import { previousTable, profileTable } from '../src/stories/profile-sample.js';
import { stubFetch, until } from './helpers.js';

const root = (el: Element) => el.shadowRoot as ShadowRoot;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The computed style of the first element matching `selector` in the card's shadow root. */
const style = (el: Element, selector: string) => {
  const found = root(el).querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return getComputedStyle(found);
};

// What a reader printing a profile gets, checked under print media in real Chromium.
describe('<dti-scorecard> on paper', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('prints a dark card in black on white, bars in ink, and writes out the framework and the data address', async () => {
    const fetches = stubFetch({ '/ho-so.json': { body: profileTable() } });
    try {
      const el = await fixture<DtiScorecard>(
        html`<dti-scorecard lang="vi" theme="dark" unit-id="phuc-tho" src="/ho-so.json" .previous=${previousTable()}></dti-scorecard>`,
      );
      await until(() => root(el).querySelector('.pillars') !== null);
      // On a dark screen: the dark card, and no source line (the page has its own).
      expect(style(el, '.card').backgroundColor).to.equal('rgb(13, 17, 23)');
      expect(style(el, '.source').display).to.equal('none');

      await emulateMedia({ media: 'print' });
      expect(matchMedia('print').matches).to.equal(true);
      expect(style(el, '.card').backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(style(el, '.card').color).to.equal('rgb(0, 0, 0)');
      expect(style(el, 'dt').color).to.equal('rgb(51, 51, 51)');
      // The dark theme's track #30363d and benchmark #e6edf3 would print a black bar with an invisible mark.
      expect(style(el, '.track').fill).to.equal('rgb(208, 215, 222)');
      expect(style(el, '.fill').fill).to.equal('rgb(11, 92, 173)');
      expect(style(el, '.benchmark').stroke).to.equal('rgb(0, 0, 0)');
      expect(style(el, '.bar').printColorAdjust).to.equal('exact');
      // Never cut inside the card, a fact, the pillars' table (caption and header with their rows) or a row.
      expect(style(el, '.card').breakInside).to.equal('avoid');
      expect(style(el, '.fact').breakInside).to.equal('avoid');
      expect(style(el, '.pillars').breakInside).to.equal('avoid');
      expect(style(el, '.pillars tbody tr').breakInside).to.equal('avoid');
      expect(style(el, '.lost li').breakInside).to.equal('avoid');
      expect(style(el, '.lost h3').breakAfter).to.equal('avoid');
      expect(style(el, '.source').display).to.equal('block');
      expect(text(root(el).querySelector('.source'))).to.equal(
        `Bộ chỉ số: Chỉ số chuyển đổi số cấp xã · Số liệu: ${location.origin}/ho-so.json`,
      );
      // The period is in the printed title.
      expect(text(root(el).querySelector('h2'))).to.equal('Phúc Thọ · Hà Nội · 2024');
      expect(root(el).querySelector('[style]')).to.equal(null);
    } finally {
      fetches.restore();
    }
  });

  it('leaves the on-screen hint off the printed tier distribution of a linked card, in English too', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="en">
      <dti-scorecard for="xh"></dti-scorecard>
      <dti-league-table id="xh" .result=${profileTable()}></dti-league-table>
    </div>`);
    const card = page.querySelector('dti-scorecard') as DtiScorecard;
    await until(() => root(card).querySelector('.hint') !== null);
    expect(style(card, '.hint').display).to.equal('block');
    await emulateMedia({ media: 'print' });
    expect(style(card, '.hint').display).to.equal('none');
    expect(style(card, '.distribution').breakInside).to.equal('avoid');
    expect(style(card, '.stack').printColorAdjust).to.equal('exact');
    // The counts carry the tiers in words, so grey shades lose nothing; no src here, so no address.
    expect(text(root(card).querySelector('.counts'))).to.equal('Good 3 · Fair 0 · Average 1 · Weak 1');
    expect(text(root(card).querySelector('.source'))).to.equal('Framework: Commune digital-transformation index');
  });
});
