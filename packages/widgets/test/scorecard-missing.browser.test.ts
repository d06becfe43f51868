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

// Three indicators worth 100/3 points each, 0–100, one decimal; `a` is left out when missing (its weight goes
// to b and c), b and c score a missing value 0. Y did not report a: b and c are then worth 50 points each.
const skipTable = scoreTable(
  score(
    framework({
      precision: 1,
      children: [
        percentIndicator('a', { label: { vi: 'Văn bản điện tử', en: 'E-documents' }, missing: { type: 'skip' } }),
        percentIndicator('b', { label: { vi: 'Ký số', en: 'Digital signatures' }, missing: { type: 'zero' } }),
        percentIndicator('c', { label: { vi: 'Cáp quang', en: 'Fibre' }, missing: { type: 'zero' } }),
      ],
    }),
    {
      units: [
        { id: 'x', name: 'Xã X', values: { a: 80, b: 60, c: 40 } },
        { id: 'y', name: 'Xã Y', values: { a: null, b: 60, c: 90 } },
      ],
    },
  ),
  { indicators: true },
);

async function lostSection(lang: string, unit: string) {
  const el = await fixture<DtiScorecard>(
    html`<dti-scorecard lang=${lang} unit-id=${unit} .table=${skipTable}></dti-scorecard>`,
  );
  await until(() => root(el).querySelector('.lost') !== null);
  const lost = root(el).querySelector('.lost');
  return {
    lines: [...(lost?.querySelectorAll('li') ?? [])].map(text),
    leftOut: text(lost?.querySelector('[part="left-out"]')),
  };
}

describe('<dti-scorecard>: an indicator the rule left out (missing: skip)', () => {
  it('loses no points; its weight is spread over the others, whose losses are counted on their new points', async () => {
    // Y: a left out, b and c worth 100/2 = 50 each (as explain() gives availablePoints): b 50 × (1 − 0.6) = 20.0,
    // c 50 × (1 − 0.9) = 5.0. Before, a showed as 33.3 points lost and b, c as 13.3 and 3.3.
    expect(await lostSection('vi', 'y')).to.deep.equal({
      lines: ['Ký số: mất 20,0 điểm (chưa đạt tối đa)', 'Cáp quang: mất 5,0 điểm (chưa đạt tối đa)'],
      leftOut:
        'Không tính: Văn bản điện tử (chưa báo cáo; trọng số được chia cho các chỉ số còn lại cùng nhóm, không bị trừ điểm)',
    });
    expect(await lostSection('en', 'y')).to.deep.equal({
      lines: ['Digital signatures: 20.0 points lost (below the maximum)', 'Fibre: 5.0 points lost (below the maximum)'],
      leftOut:
        'Left out: E-documents (not reported; its weight was spread over the other indicators of its group, no points lost)',
    });
  });

  it('a unit that reported everything keeps the nominal points and no left-out line', async () => {
    // X: c 33.3 × 0.6 = 20.0, a 33.3 × 0.2 = 6.7, b 33.3 × 0.4 = 13.3.
    expect(await lostSection('en', 'x')).to.deep.equal({
      lines: [
        'Fibre: 20.0 points lost (below the maximum)',
        'Digital signatures: 13.3 points lost (below the maximum)',
        'E-documents: 6.7 points lost (below the maximum)',
      ],
      leftOut: '',
    });
  });
});
