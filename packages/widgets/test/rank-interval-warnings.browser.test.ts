import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { DtiRankInterval } from '../src/rank-interval/rank-interval.js';
import { uncertaintyExample } from '../src/stories/sample-data.js';

const names = ['Võng Xuyên', 'Sen Phương', 'Tam Hiệp', 'Thượng Cốc', 'Hát Môn', 'Ngọc Tảo', 'Tích Giang', 'Phúc Hòa'];
const items = (el: DtiRankInterval) =>
  [...(el.shadowRoot?.querySelectorAll('[part~="warnings"] li') ?? [])].map((li) =>
    li.textContent?.replace(/\s+/gu, ' ').trim(),
  );

describe('<dti-rank-interval>: the analysis warnings in full', () => {
  it('shows the degenerate-scenario warning whole, in Vietnamese and in English', async () => {
    // The story's min-max data under the geometric mean: 150 of the 300 runs tie most units at the bottom.
    const result = await uncertaintyExample(names, 300);
    const [warning] = result.warnings;
    expect(result.warnings).to.have.length(1);
    expect(warning?.code).to.equal('degenerate-scenario');
    const vi = await fixture<DtiRankInterval>(
      html`<dti-rank-interval lang="vi" .result=${result}></dti-rank-interval>`,
    );
    const [viText] = items(vi);
    // Every part of the sentence, none cut: which runs, how many, why, what became of them.
    expect(viText).to.equal(warning?.messageVi);
    expect(viText).to.contain('trong 150 trên 300 lần chấm');
    expect(viText).to.contain('trung bình nhân có một điểm 0 thì bằng 0');
    expect(viText).to.contain('các lần chấm này được bỏ ra khỏi khoảng hạng (dùng 150 trong 300 lần)');
    const en = await fixture<DtiRankInterval>(
      html`<dti-rank-interval lang="en" .result=${result}></dti-rank-interval>`,
    );
    const [enText] = items(en);
    expect(enText).to.equal(warning?.message);
    expect(enText).to.contain('in 150 of 300 runs');
    expect(enText).to.contain('these runs are left out of the rank intervals (150 of 300 runs used)');
  });

  it('shows no list when the analysis has no warning', async () => {
    const unit = { id: 'a', name: 'A', nominalRank: 1, medianRank: 1, low: 1, high: 1 };
    const el = await fixture<DtiRankInterval>(
      html`<dti-rank-interval .result=${{ runs: 10, runsLeftOut: 0, units: [unit], warnings: [] }}></dti-rank-interval>`,
    );
    expect(el.shadowRoot?.querySelector('[part~="warnings"]')).to.equal(null);
  });
});
