import { expect } from '@open-wc/testing';
import { until } from './helpers.js';

// The example page as an editor writes it: one script tag, a strict Content-Security-Policy.
describe('examples/portal.html', () => {
  it('shows the gauges and the communes ranking under a strict CSP', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1200px';
    frame.style.height = '900px';
    const violations: string[] = [];
    frame.src = '/packages/widgets/examples/portal.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument as Document;
    doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    const table = doc.querySelector('dti-league-table') as HTMLElement;
    await until(() => (table.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) === 15, 15000);
    const gauges = [...doc.querySelectorAll('dti-gauge')];
    expect(
      gauges.map((g) => g.shadowRoot?.querySelector('[role="meter"]')?.getAttribute('aria-valuetext')),
    ).to.deep.equal([
      '0,7955 trên 1,0000, kỳ trước 0,7326 (+0,0629)',
      '0,6961 trên 1,0000, kỳ trước 0,6783 (+0,0178)',
      '0,7069 trên 1,0000, mức Khá, mục tiêu 0,8000',
    ]);
    // Styles from the components' own sheets apply: the value arc is drawn to its share.
    const arc = gauges[0]?.shadowRoot?.querySelector('.value-arc') as SVGElement;
    expect(getComputedStyle(arc).strokeDasharray).to.equal('79.55px, 100px');
    const parents = [...(table.shadowRoot?.querySelectorAll('tbody tr') ?? [])].length;
    expect(parents).to.equal(15);
    expect(table.shadowRoot?.querySelector('[part~="pagination"]')?.textContent).to.contain('trên 76 đơn vị');
    expect(violations).to.deep.equal([]);
    frame.remove();
  });
});
