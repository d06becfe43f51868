import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { LitElement } from 'lit';
import type { DtiLeagueTable } from '../src/league-table/league-table.js';
import { LinkConsumer } from '../src/shared/link.js';
import { sampleTable, until } from './helpers.js';

/** The smallest linked element: shows the selected unit's name and lets a test ask for a selection. */
class TestLinked extends LitElement {
  static override properties = { for: { reflect: true } };
  declare for: string | undefined;
  readonly link = new LinkConsumer(this);
  override render() {
    const { table, selected } = this.link.state;
    const unit = table?.units.find((u) => u.id === selected);
    return html`<p>${table ? `${table.units.length}:${unit?.name ?? '-'}` : 'none'}</p>`;
  }
}
customElements.define('test-linked', TestLinked);

const shown = (el: TestLinked) => el.shadowRoot?.querySelector('p')?.textContent;
const rowsOf = (table: DtiLeagueTable) => [...(table.shadowRoot as ShadowRoot).querySelectorAll('tbody tr')];

describe('linked elements (for=…)', () => {
  it('follows the provider whichever comes first, and shares one selection both ways', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <test-linked for="xh"></test-linked>
      <dti-league-table id="xh" page-size="2" .result=${sampleTable()}></dti-league-table>
    </div>`);
    const linked = page.querySelector('test-linked') as TestLinked;
    const table = page.querySelector('dti-league-table') as DtiLeagueTable;
    await until(() => shown(linked) === '6:-', 5000);

    // A click on a row selects the unit in the linked element.
    await until(() => rowsOf(table).length === 2, 5000);
    (rowsOf(table)[1] as HTMLElement).click();
    await until(() => shown(linked) === '6:Phúc Thọ', 5000);
    expect(table.highlight).to.equal('phuc-tho');

    // A linked element's choice marks the row and turns the table to the page that holds it.
    linked.link.select('son-chau');
    await table.updateComplete;
    await until(() => rowsOf(table).some((r) => r.getAttribute('part') === 'row row-highlight'), 5000);
    const marked = rowsOf(table).find((r) => r.getAttribute('part') === 'row row-highlight');
    expect(marked?.querySelector('th')?.textContent).to.contain('Sơn Châu');
    await linked.updateComplete;
    expect(shown(linked)).to.equal('6:Sơn Châu');
  });

  it('lets go of a provider when `for` changes, and shows nothing for an id that is not on the page', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <dti-league-table id="a" .result=${sampleTable()}></dti-league-table>
      <test-linked for="a"></test-linked>
    </div>`);
    const linked = page.querySelector('test-linked') as TestLinked;
    await until(() => shown(linked) === '6:-', 5000);
    linked.for = 'khong-co';
    await until(() => shown(linked) === 'none', 5000);
    expect(linked.link.linked).to.equal(false);
    linked.link.select('gia-lam'); // no provider: nothing happens, nothing throws
    expect((page.querySelector('dti-league-table') as DtiLeagueTable).highlight).to.equal(undefined);
  });

  it("stops showing the provider's data when its new data cannot be shown", async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <dti-league-table id="b" .result=${sampleTable()}></dti-league-table>
      <test-linked for="b"></test-linked>
    </div>`);
    const linked = page.querySelector('test-linked') as TestLinked;
    const table = page.querySelector('dti-league-table') as DtiLeagueTable;
    await until(() => shown(linked) === '6:-', 5000);
    // By hand: a malformed table (no framework, no units) is the point; the builders make only valid ones.
    table.result = { kind: 'dti-score-table', format: 1 } as unknown as DtiLeagueTable['result'];
    await until(() => shown(linked) === 'none', 5000);
    expect(linked.link.state.error).to.be.a('string').and.not.equal('');
  });

  it('tells linked elements why the table shows nothing, instead of leaving them waiting', async () => {
    // By hand below: a malformed table (no framework, no units) is the point; the builders make only valid ones.
    const page = await fixture<HTMLElement>(html`<div>
      <dti-scorecard for="c"></dti-scorecard>
      <dti-weights for="c"></dti-weights>
      <dti-league-table id="c" .result=${{ kind: 'dti-score-table', format: 1 }}></dti-league-table>
    </div>`);
    const errorOf = (tag: string) => page.querySelector(tag)?.shadowRoot?.querySelector('[part~="error"]')?.textContent;
    const table = page.querySelector('dti-league-table') as DtiLeagueTable;
    await until(() => Boolean(table.shadowRoot?.querySelector('[part~="error"]')), 10000);
    const reason = (table.shadowRoot?.querySelector('[part~="error"]')?.textContent ?? '').replace(/\s+/gu, ' ');
    await until(() => Boolean(errorOf('dti-scorecard') && errorOf('dti-weights')), 10000);
    // The same reason the table gives, not "Đang tải số liệu…" for ever.
    const first = (errorOf('dti-scorecard') ?? '').replace(/\s+/gu, ' ');
    expect(first).to.contain('Không hiển thị được hồ sơ đơn vị');
    expect(reason).to.contain(first.split(': ').slice(1).join(': ').trim().slice(0, 20));
    expect(errorOf('dti-weights')).to.not.contain('Đang chờ');
  });
});
