import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { DtiGauge } from '../src/gauge/gauge.js';
import { spyConsole, until } from './helpers.js';

// Attributes an element cannot follow are said, not ignored: `for` on a gauge, a locale it does not speak.
describe('<dti-gauge for>: the gauge does not follow a league table, and says so', () => {
  const said =
    '<dti-gauge> không theo một bảng xếp hạng: for="xh" bị bỏ qua. Cho gauge src hoặc result cùng unit-id, hoặc dùng <dti-scorecard for="xh">.';

  it('with nothing else to show: the empty ring with the note, and a console warning', async () => {
    const warn = spyConsole('warn');
    const el = await fixture<DtiGauge>(html`<dti-gauge for="xh" label="Phúc Thọ"></dti-gauge>`);
    await until(() => Boolean(el.shadowRoot?.querySelector('[part~="no-value"] .note')));
    warn.restore();
    expect(el.shadowRoot?.querySelector('[part~="no-value"] .note')?.textContent).to.equal(said);
    expect(el.shadowRoot?.querySelector('[part~="no-value"]')?.getAttribute('aria-label')).to.equal(
      `Phúc Thọ: Chưa có số liệu: ${said}`,
    );
    expect(warn.calls).to.deep.equal([`<dti-gauge>: ${said}`]);
  });

  it('with a number of its own: the number (69,6), the note under it, in English with lang="en"', async () => {
    const warn = spyConsole('warn');
    const el = await fixture<DtiGauge>(html`<dti-gauge lang="en" for="xh" value="69.6"></dti-gauge>`);
    await until(() => Boolean(el.shadowRoot?.querySelector('[role="meter"] .note')));
    warn.restore();
    expect(el.shadowRoot?.querySelector('[part~="value"]')?.textContent).to.equal('69.6');
    const note =
      '<dti-gauge> does not follow a league table: for="xh" is ignored. Give the gauge src or result with unit-id, or use <dti-scorecard for="xh">.';
    expect(el.shadowRoot?.querySelector('[role="meter"] .note')?.textContent).to.equal(note);
    expect(warn.calls).to.deep.equal([`<dti-gauge>: ${note}`]);
  });

  it('without for, no note and no warning', async () => {
    const warn = spyConsole('warn');
    const el = await fixture<DtiGauge>(html`<dti-gauge value="69.6"></dti-gauge>`);
    await el.updateComplete;
    warn.restore();
    expect(el.shadowRoot?.querySelector('.note')).to.equal(null);
    expect(warn.calls).to.deep.equal([]);
  });
});

// Decision: a `locale` other than vi… or en… shows Vietnamese, as the README says, without a console
// warning: the warning cost 42 bytes of the page entry, which is at its 25 KB goal.
describe('locale="fr": a language the widgets do not speak', () => {
  it('falls back to Vietnamese ("69,6"); en-GB is English', async () => {
    const fr = await fixture<DtiGauge>(html`<dti-gauge locale="fr" value="69.6" max="100"></dti-gauge>`);
    await fr.updateComplete;
    const en = await fixture<DtiGauge>(html`<dti-gauge locale="en-GB" value="69.6" max="100"></dti-gauge>`);
    await en.updateComplete;
    expect(fr.shadowRoot?.querySelector('[part~="value"]')?.textContent).to.equal('69,6');
    expect(en.shadowRoot?.querySelector('[part~="value"]')?.textContent).to.equal('69.6');
  });
});
