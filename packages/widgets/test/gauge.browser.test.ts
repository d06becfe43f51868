import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { DtiGauge } from '../src/gauge/gauge.js';
import { axeViolations, sampleTable, until } from './helpers.js';

const meter = (el: DtiGauge) => el.shadowRoot?.querySelector('[role="meter"]') as HTMLElement;

describe('<dti-gauge>', () => {
  it('is a meter that says value, range and band in Vietnamese', async () => {
    const el = await fixture<DtiGauge>(
      html`<dti-gauge value="69.6" max="100" label="Phúc Thọ" bands='[{"min":0,"label":"Yếu"},{"min":65,"label":"Khá"},{"min":80,"label":"Tốt"}]'></dti-gauge>`,
    );
    const m = meter(el);
    expect(m.getAttribute('aria-valuenow')).to.equal('69.6');
    expect(m.getAttribute('aria-valuemin')).to.equal('0');
    expect(m.getAttribute('aria-valuemax')).to.equal('100');
    expect(m.getAttribute('aria-valuetext')).to.equal('69,6 trên 100, mức Khá');
    expect(m.getAttribute('aria-label')).to.equal('Phúc Thọ');
    expect(el.shadowRoot?.querySelector('[part~="value"]')?.textContent).to.equal('69,6');
  });

  it('speaks English with lang="en", with target and previous value', async () => {
    const el = await fixture<DtiGauge>(
      html`<dti-gauge lang="en" value="0.6961" min="0" max="1" precision="4" target="0.8" previous="0.6783" label="DTI 2024"></dti-gauge>`,
    );
    expect(meter(el).getAttribute('aria-valuetext')).to.equal(
      '0.6961 out of 1.0000, target 0.8000, previous 0.6783 (+0.0178)',
    );
    expect(el.shadowRoot?.querySelector('[part~="change"]')?.textContent?.trim()).to.equal('▲ +0.0178');
    expect(el.shadowRoot?.querySelector('[part~="target"]')).to.exist;
  });

  it('reflects properties to attributes and follows attribute changes', async () => {
    const el = await fixture<DtiGauge>(html`<dti-gauge value="10"></dti-gauge>`);
    el.value = 42;
    await el.updateComplete;
    expect(el.getAttribute('value')).to.equal('42');
    el.setAttribute('variant', 'circle');
    await el.updateComplete;
    expect(el.variant).to.equal('circle');
    expect(meter(el).classList.contains('circle')).to.be.true;
  });

  it('drives the arc through a custom property set from script (allowed under a strict CSP)', async () => {
    const el = await fixture<DtiGauge>(html`<dti-gauge value="25"></dti-gauge>`);
    expect(meter(el).style.getPropertyValue('--_share')).to.equal('25');
    el.value = 80;
    await el.updateComplete;
    expect(meter(el).style.getPropertyValue('--_share')).to.equal('80');
  });

  it('shows an error for a value that is not a number, and leaves the page alone', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><dti-gauge value="nhiều"></dti-gauge><p>vẫn ổn</p></div>`);
    const el = wrapper.querySelector('dti-gauge') as DtiGauge;
    await el.updateComplete;
    const error = el.shadowRoot?.querySelector('[part~="error"]');
    expect(error?.getAttribute('role')).to.equal('alert');
    expect(error?.textContent).to.contain('Giá trị không hợp lệ: "nhiều" không phải là số.');
    expect(wrapper.querySelector('p')?.textContent).to.equal('vẫn ổn');
  });

  it('reads a unit of a score table, with the framework tiers as bands', async () => {
    const el = await fixture<DtiGauge>(html`<dti-gauge unit-id="gia-lam" .result=${sampleTable()}></dti-gauge>`);
    await until(() => Boolean(meter(el)?.getAttribute('aria-valuetext')));
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('98,9 trên 100,0, mức Tốt');
    expect(meter(el).getAttribute('aria-label')).to.equal('Gia Lâm');
    expect(el.shadowRoot?.querySelectorAll('[part~="band"]').length).to.equal(3);
  });

  it('passes axe accessibility checks', async () => {
    const el = await fixture<DtiGauge>(html`<dti-gauge value="69.6" label="Phúc Thọ"></dti-gauge>`);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});

describe('themes and registration', () => {
  it('keeps AA contrast in the dark theme', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div class="dark-page"><dti-gauge theme="dark" value="69.6" previous="60" label="Phúc Thọ"></dti-gauge></div>`,
    );
    wrapper.style.background = '#0d1117';
    const el = wrapper.querySelector('dti-gauge') as DtiGauge;
    await el.updateComplete;
    expect(await axeViolations(wrapper)).to.deep.equal([]);
  });

  it('tolerates a second registration of the same tag (the script loaded twice)', async () => {
    const { defineOnce } = await import('../src/shared/define.js');
    const before = customElements.get('dti-gauge');
    class Other extends HTMLElement {}
    defineOnce('dti-gauge', Other);
    expect(customElements.get('dti-gauge')).to.equal(before);
  });
});
