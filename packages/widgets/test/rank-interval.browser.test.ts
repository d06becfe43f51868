import { defineFramework, prepareDataset } from '@dti-kit/core';
import {
  analyseUncertainty,
  analyseUncertaintyInWorker,
  seededRandom,
  type UncertaintyResult,
} from '@dti-kit/core/robustness';
import { framework as fixtureFramework, indicator } from '@dti-kit/testing';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { DtiRankInterval } from '../src/rank-interval/rank-interval.js';
import { uncertaintyExample } from '../src/stories/sample-data.js';
import { axeViolations, sampleTable, spyConsole, stubFetch, until } from './helpers.js';

/** The rank-interval story's data, as a framework and prepared dataset for running analyses here. */
function example() {
  const framework = defineFramework(fixtureFramework({ children: [1, 2, 3, 4].map((i) => indicator(`x${i}`)) }));
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
    // Min-max scores put a 0 on the lowest unit of each indicator: under the geometric mean most units
    // tie at the bottom in those runs, which the analysis leaves out (150 of the 300) and the legend says.
    expect(result.runs).to.equal(150);
    const legend = el.shadowRoot?.querySelector('[part~="legend"]')?.textContent?.replace(/\s+/gu, ' ').trim();
    expect(legend).to.contain('Chấm lại 150 lần');
    expect(legend).to.contain('Không tính 150 lần chấm khác: trong mỗi lần đó, phần lớn các đơn vị đồng hạng');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('runs the analysis in a Web Worker with the same result as in the page', async () => {
    const { framework, data } = example();
    const spec = { weights: { type: 'dirichlet' as const, concentration: 30 }, runs: 400, seed: 8 };
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
    expect(el.shadowRoot?.querySelector('[part~="error"]')?.textContent).to.contain(
      'Không tải được /khong-co.json: máy chủ trả về mã HTTP 404',
    );
  });

  it('refuses a score table (the wrong kind of JSON) with a message naming the fields, no NaN, no console error', async () => {
    const errors = spyConsole('error');
    const el = await fixture<DtiRankInterval>(
      html`<dti-rank-interval .result=${sampleTable() as unknown as UncertaintyResult}></dti-rank-interval>`,
    );
    // The error state shows at once; its sentence once the problem words have loaded (on demand).
    const shown = el.shadowRoot?.querySelector('[part~="error"]');
    await until(() => Boolean(el.shadowRoot?.querySelector('[part~="error"]')?.textContent));
    errors.restore();
    expect(shown?.getAttribute('role')).to.equal('alert');
    expect(shown?.textContent).to.equal(
      'Dữ liệu không đúng dạng kết quả phân tích độ bất định: runs = undefined: phải là số nguyên ≥ 0; ' +
        'units[0].nominalRank = undefined: phải là một hạng ≥ 1 (có thể lẻ) hoặc null; ' +
        'units[0].low = undefined: phải là một hạng ≥ 1 (có thể lẻ) hoặc null',
    );
    expect(el.shadowRoot?.textContent).not.to.contain('NaN');
    expect(el.shadowRoot?.querySelector('table')).to.equal(null);
    expect(errors.calls).to.deep.equal([]);
  });

  it('refuses ranks below 1 and an interval whose low end is above its high end', async () => {
    const unit = { id: 'a', name: 'Xã A', nominalRank: 0, medianRank: 1, low: 1, high: 2 };
    const el = await fixture<DtiRankInterval>(
      html`<dti-rank-interval lang="en" .result=${{ runs: 10, units: [unit, { ...unit, id: 'b', nominalRank: 2, low: 3, high: 2 }] }}></dti-rank-interval>`,
    );
    await until(() => Boolean(el.shadowRoot?.querySelector('[part~="error"]')?.textContent));
    expect(el.shadowRoot?.querySelector('[part~="error"]')?.textContent).to.equal(
      'The data is not an uncertainty result: units[0].nominalRank = 0: must be a rank ≥ 1 (fractions allowed), or null; ' +
        'units[1].low = 3: the low end of the rank interval is above the high end',
    );
  });

  it('says in English how many runs were left out, and refuses a count of them that is not one', async () => {
    const unit = { id: 'a', name: 'Xã A', nominalRank: 1, medianRank: 1, low: 1, high: 2 };
    const el = await fixture<DtiRankInterval>(
      html`<dti-rank-interval lang="en" .result=${{ runs: 10, runsLeftOut: 5, units: [unit] }}></dti-rank-interval>`,
    );
    expect(el.shadowRoot?.querySelector('[part~="legend"]')?.textContent?.replace(/\s+/gu, ' ').trim()).to.equal(
      'Scored 10 times under different assumptions; the bar holds 90% of the ranks, the dark mark is the official rank, ' +
        'the light one the median. 5 other runs are left out: in each, most units tied at one rank (as when a geometric mean meets a score of 0).',
    );
    const bad = await fixture<DtiRankInterval>(
      html`<dti-rank-interval lang="en" .result=${{ runs: 10, runsLeftOut: -1, units: [unit] }}></dti-rank-interval>`,
    );
    await until(() => Boolean(bad.shadowRoot?.querySelector('[part~="error"]')?.textContent));
    expect(bad.shadowRoot?.querySelector('[part~="error"]')?.textContent).to.contain('runsLeftOut = -1');
    expect(bad.shadowRoot?.querySelector('table')).to.equal(null);
  });

  it('loads src through the shared loader: the newest src wins, with one dti-load', async () => {
    const result = await uncertaintyExample(['Võng Xuyên', 'Sen Phương', 'Tam Hiệp'], 50);
    const json = JSON.parse(JSON.stringify({ ...result, ranks: [] }));
    const older = { ...json, units: json.units.map((u: { name: string }) => ({ ...u, name: `cũ ${u.name}` })) };
    const fetches = stubFetch({ '/ri-old.json': { body: older, delay: 300 }, '/ri-new.json': { body: json } });
    try {
      const el = await fixture<DtiRankInterval>(html`<dti-rank-interval src="/ri-old.json"></dti-rank-interval>`);
      let loads = 0;
      el.addEventListener('dti-load', () => loads++);
      const loaded = oneEvent(el, 'dti-load');
      el.src = '/ri-new.json';
      expect((await loaded).detail.data.units[0].name).to.equal('Võng Xuyên');
      await new Promise((r) => setTimeout(r, 400));
      await el.updateComplete;
      const names = [...(el.shadowRoot?.querySelectorAll('tbody th') ?? [])].map((th) => th.textContent);
      expect(names.some((n) => n?.startsWith('cũ'))).to.equal(false);
      expect(names).to.have.length(3);
      expect(loads).to.equal(1);
    } finally {
      fetches.restore();
    }
  });

  it('says dti-error when its source is not an uncertainty result', async () => {
    const fetches = stubFetch({ '/bang-diem.json': { body: sampleTable() } });
    try {
      const el = document.createElement('dti-rank-interval');
      const failed = oneEvent(el, 'dti-error');
      el.src = '/bang-diem.json';
      document.body.append(el);
      expect((await failed).detail.message).to.contain('/bang-diem.json: Dữ liệu không đúng dạng kết quả phân tích');
      el.remove();
    } finally {
      fetches.restore();
    }
  });
});
