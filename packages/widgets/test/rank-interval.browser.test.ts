import {
  analyseUncertainty,
  analyseUncertaintyInWorker,
  defineFramework,
  prepareDataset,
  seededRandom,
} from '@dti-kit/core';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { DtiRankInterval } from '../src/rank-interval/rank-interval.js';
import { axeViolations } from './helpers.js';

function example() {
  const framework = defineFramework({
    format: 1,
    id: 'thu',
    version: '1',
    label: { vi: 'Thử' },
    scale: { min: 0, max: 100 },
    precision: 1,
    root: {
      kind: 'group',
      id: 'r',
      label: { vi: 'Chỉ số' },
      children: ['a', 'b', 'c'].map((p) => ({
        kind: 'group' as const,
        id: p,
        label: { vi: `Trụ cột ${p}` },
        children: [1, 2, 3].map((i) => ({
          kind: 'indicator' as const,
          id: `${p}${i}`,
          label: { vi: `${p}${i}` },
          method: { type: 'minMax' as const },
        })),
      })),
    },
  });
  const random = seededRandom(11);
  const names = ['Võng Xuyên', 'Sen Phương', 'Tam Hiệp', 'Thượng Cốc', 'Hát Môn', 'Ngọc Tảo', 'Tích Giang', 'Phúc Hòa'];
  const data = prepareDataset(framework, {
    units: names.map((name, u) => ({
      id: `u${u}`,
      name,
      values: Object.fromEntries(
        ['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'c1', 'c2', 'c3'].map((k) => [k, Math.round(random() * 100)]),
      ),
    })),
  });
  return { framework, data };
}

describe('<dti-rank-interval>', () => {
  it('shows each unit’s rank with its interval, in words for screen readers', async () => {
    const { framework, data } = example();
    const result = await analyseUncertainty(framework, data, {
      weights: { method: 'uniform', share: 0.6 },
      runs: 300,
      seed: 4,
    });
    const el = await fixture<DtiRankInterval>(html`<dti-rank-interval .result=${result}></dti-rank-interval>`);
    const rows = [...(el.shadowRoot?.querySelectorAll('tbody tr') ?? [])];
    expect(rows).to.have.length(8);
    const first = result.units.find((u) => u.nominalRank === 1);
    expect(rows[0]?.querySelector('th')?.textContent).to.equal(first?.name);
    expect(rows[0]?.querySelector('.sr-only')?.textContent).to.equal(
      `hạng 1, có thể từ ${first?.low} đến ${first?.high}`,
    );
    expect(el.shadowRoot?.querySelector('[part~="legend"]')?.textContent).to.contain('Chấm lại 300 lần');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('runs the analysis in a Web Worker with the same result as in the page', async () => {
    const { framework, data } = example();
    const spec = { weights: { method: 'dirichlet' as const, concentration: 30 }, runs: 400, seed: 8 };
    const progress: number[] = [];
    const inWorker = await analyseUncertaintyInWorker(framework, data, {
      ...spec,
      onProgress: (done) => progress.push(done),
    });
    const inPage = await analyseUncertainty(framework, data, spec);
    expect(Array.from(inWorker.ranks)).to.deep.equal(Array.from(inPage.ranks));
    expect(progress.at(-1)).to.equal(400);
  });

  it('says when its source cannot be read', async () => {
    const el = await fixture<DtiRankInterval>(html`<dti-rank-interval src="/khong-co.json"></dti-rank-interval>`);
    await new Promise((r) => setTimeout(r, 300));
    expect(el.shadowRoot?.querySelector('[part~="error"]')?.textContent).to.contain('/khong-co.json: 404');
  });
});
