import { expect } from '@open-wc/testing';
import { until } from './helpers.js';

// The built portal bundle on a page with a strict Content-Security-Policy: the map loads on demand, its
// geo path too, the tooltip is placed from script, and nothing is blocked.
describe('<dti-map> under a strict CSP (built bundle)', () => {
  it('draws the tile map linked to a table and a GeoJSON map, with no CSP violation', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '900px';
    const violations: string[] = [];
    frame.src = '/packages/widgets/test/fixtures/map-csp.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument as Document;
    doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    const [tiles, geo] = [...doc.querySelectorAll('dti-map')] as HTMLElement[];
    const regions = (el: HTMLElement | undefined) => el?.shadowRoot?.querySelectorAll('[part~="region"]').length ?? 0;
    await until(() => regions(tiles) === 34, 15000);
    await until(() => regions(geo) === 4, 15000);
    const fill = (el: HTMLElement | undefined, id: string) =>
      el?.shadowRoot?.querySelector(`[data-id="${id}"] rect, [data-id="${id}"] path`)?.getAttribute('fill');
    expect(fill(tiles, 'ha-noi')).to.equal('#1a7f37');
    expect(fill(geo, 'tp-ha-noi')).to.equal('#1a7f37');
    // The tooltip, placed with style.setProperty from script, is where the focused tile is.
    const hn = tiles?.shadowRoot?.querySelector('[data-id="ha-noi"]') as SVGGElement;
    hn.focus();
    await until(() => Boolean(tiles?.shadowRoot?.querySelector('[part="tooltip"]')?.getAttribute('style')), 5000);
    const tip = tiles?.shadowRoot?.querySelector('[part="tooltip"]') as HTMLElement;
    const box = hn.getBoundingClientRect();
    const tipBox = tip.getBoundingClientRect();
    expect(Math.abs(tipBox.bottom + 6 - box.top)).to.be.below(2);
    expect(violations).to.deep.equal([]);
    frame.remove();
  });
});

describe('<dti-map> in the classic script', () => {
  it('says that the classic script does not read geo files, rather than failing silently', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/packages/widgets/test/fixtures/map-classic.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const map = (frame.contentDocument as Document).querySelector('dti-map') as HTMLElement;
    const alert = () => map.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '';
    await until(() => alert() !== '', 10000);
    expect(alert()).to.equal(
      'Cannot draw tinh-mini.geojson: dti-widgets.classic.js does not read GeoJSON/TopoJSON files. Use dti-widgets.js (<script type="module">) on a page served over http://.',
    );
    frame.remove();
  });
});
