import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { score, scoreTable } from '@dti-kit/core';
import { framework, percentIndicator } from '@dti-kit/testing';
import type { DtiScorecard } from '../src/scorecard/scorecard.js';
import { until } from './helpers.js';

const root = (el: Element) => el.shadowRoot as ShadowRoot;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

// Three indicators worth 100/3 points each, 0–100 (goalposts: the published value is the percentage), one
// decimal: `a` scores a missing value 0, `b` fills it in with the mean of the units that reported it.
// Y reported neither a nor b: a is 0, b is (60 + 40) / 2 = 50; c it reported, 90.
const table = scoreTable(
  score(
    framework({
      precision: 1,
      children: [
        percentIndicator('a', { label: { vi: 'Văn bản điện tử', en: 'E-documents' }, missing: { type: 'zero' } }),
        percentIndicator('b', { label: { vi: 'Ký số', en: 'Digital signatures' }, missing: { type: 'mean' } }),
        percentIndicator('c', { label: { vi: 'Cáp quang', en: 'Fibre' }, missing: { type: 'zero' } }),
      ],
    }),
    {
      units: [
        { id: 'x', name: 'Xã X', values: { a: 80, b: 60, c: 40 } },
        { id: 'y', name: 'Xã Y', values: { a: null, b: null, c: 90 } },
        { id: 'z', name: 'Xã Z', values: { a: 50, b: 40, c: 100 } },
      ],
    },
  ),
  { indicators: true },
);

async function lostLines(lang: string, unit: string): Promise<string[]> {
  const el = await fixture<DtiScorecard>(
    html`<dti-scorecard lang=${lang} unit-id=${unit} .table=${table}></dti-scorecard>`,
  );
  await until(() => root(el).querySelector('.lost li') !== null);
  return [...root(el).querySelectorAll('.lost li')].map(text);
}

describe('<dti-scorecard>: values a unit did not report', () => {
  it('says what the rule did with each, never a bare 0 read as reported', async () => {
    // Points lost = 100/3 × (1 − share): a 33.3 × 1 (scored 0), b 33.3 × 0.5 (filled in with 50), c 33.3 × 0.1.
    expect(await lostLines('vi', 'y')).to.deep.equal([
      'Văn bản điện tử: mất 33,3 điểm (giá trị 0,0: chưa báo cáo, tính 0 điểm)',
      'Ký số: mất 16,7 điểm (giá trị 50,0: chưa báo cáo, được gán theo quy tắc của bộ chỉ số)',
      'Cáp quang: mất 3,3 điểm (chưa đạt tối đa)',
    ]);
    expect(await lostLines('en', 'y')).to.deep.equal([
      'E-documents: 33.3 points lost (value 0.0: not reported, scored 0)',
      "Digital signatures: 16.7 points lost (value 50.0: not reported, filled in by the framework's rule)",
      'Fibre: 3.3 points lost (below the maximum)',
    ]);
  });

  it('a unit that reported everything reads as before', async () => {
    // Z: b 33.3 × 0.6 = 20.0, a 33.3 × 0.5 = 16.7; c is at its maximum.
    expect(await lostLines('vi', 'z')).to.deep.equal([
      'Ký số: mất 20,0 điểm (chưa đạt tối đa)',
      'Văn bản điện tử: mất 16,7 điểm (chưa đạt tối đa)',
    ]);
  });

  it('refuses a table whose `missing` disagrees with the value', async () => {
    const broken = structuredClone(table);
    const y = broken.units[1]?.nodes.a;
    if (y) y.missing = 'skipped';
    const el = await fixture<DtiScorecard>(
      html`<dti-scorecard lang="en" unit-id="y" .table=${broken}></dti-scorecard>`,
    );
    await until(() => (root(el).textContent ?? '').includes('units[1]'));
    expect(text(root(el).querySelector('.error'))).to.contain(
      'units[1].nodes.a.missing = "skipped": must be "zero", "imputed" (value a number) or "skipped" (value null), or absent',
    );
  });
});
