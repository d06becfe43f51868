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
import { uncertaintyExample } from '../src/stories/sample-data.js';
import { axeViolations } from './helpers.js';

/** The rank-interval story's data, as a framework and prepared dataset for running analyses here. */
function example() {
  const framework = defineFramework({
    format: 1,
    id: 'thu',
    version: '1',
    label: { vi: 'Thử' },
    scale: { min: 0, max: 100 },
    root: {
      kind: 'group',
      id: 'r',
      label: { vi: 'Chỉ số' },
      children: [1, 2, 3, 4].map((i) => ({
        kind: 'indicator' as const,
        id: `x${i}`,
        label: { vi: `x${i}` },
        method: { type: 'minMax' as const },
      })),
    },
  });
  const random = seededRandom(11);
  const data = prepareDataset(framework, {
    units: Array.from({ length: 8 }, (_, u) => ({
      id: `u${u}`,
      values: { x1: random(), x2: random(), x3: random(), x4: random() },
    })),
  });
  return { framework, data };
}

describe('<dti-rank-interval>', () => {
  it('shows each unit’s rank with its interval, in words for screen readers', async () => {
    const names = [
      'Võng Xuyên',
      'Sen Phương',
      'Tam Hiệp',
      'Thượng Cốc',
      'Hát Môn',
      'Ngọc Tảo',
      'Tích Giang',
      'Phúc Hòa',
    ];
    const result = await uncertaintyExample(names, 300);
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
