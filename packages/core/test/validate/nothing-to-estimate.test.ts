import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/validate/dataset.js';
import { formatIssue } from '../../src/validate/format-issue.js';
import { framework, goalposts, indicator, percentIndicator } from '../helpers.js';

// A file with "a" missing for P2 (parent P, which P1 shares), P3 (parent "p") and Q2 ("Qx").
const fw = framework({
  missing: { type: 'mean', within: 'parent' },
  children: [percentIndicator('a'), indicator('b', { method: goalposts(0, 5000) })],
});
const units = [
  { id: 'P1', name: 'Xã P1', parent: 'P', values: { a: 90, b: 4000 } },
  { id: 'P2', name: 'Xã P2', parent: 'P', values: { b: 4000 } },
  { id: 'P3', name: 'Xã P3', parent: 'p', values: { b: 4000 } },
  { id: 'Q1', name: 'Xã Q1', parent: 'Q', values: { a: 10, b: 500 } },
  { id: 'Q2', name: 'Xã Q2', parent: 'Qx', values: { b: 500 } },
];

describe('a mean within the parent with no other unit of that parent to estimate from', () => {
  it('warns for each such unit, naming it, its parent and what happened, and a parent alike but for case', () => {
    const r = validateDataset(fw, { units });
    const warnings = r.success ? r.warnings : [];
    expect(warnings.map((i) => [i.code, i.detail, i.unit, i.indicator, i.outcome, i.path])).toEqual([
      ['suspicious-value', 'nothing-to-estimate', 'P3', 'a', 'skip', ['units', 2]],
      ['suspicious-value', 'nothing-to-estimate', 'Q2', 'a', 'skip', ['units', 4]],
    ]);
    expect(warnings.map((i) => [i.message, formatIssue(i, 'vi')])).toEqual([
      [
        'unit "P3" (Xã P3): no other unit of parent "p" reported indicator "a", so the mean within the parent estimates nothing: the missing value is left out (the score is re-weighted over the indicators reported), not estimated; did you mean "P", which differs only in case?',
        'đơn vị "P3" (Xã P3): không đơn vị nào khác thuộc đơn vị cấp trên "p" có số liệu chỉ số "a", nên giá trị trung bình trong đơn vị cấp trên không ước tính được gì: giá trị thiếu bị bỏ qua (điểm được tính lại trên các chỉ số có số liệu), không được ước tính; có phải là "P", chỉ khác ở chữ hoa, chữ thường?',
      ],
      [
        'unit "Q2" (Xã Q2): no other unit of parent "Qx" reported indicator "a", so the mean within the parent estimates nothing: the missing value is left out (the score is re-weighted over the indicators reported), not estimated',
        'đơn vị "Q2" (Xã Q2): không đơn vị nào khác thuộc đơn vị cấp trên "Qx" có số liệu chỉ số "a", nên giá trị trung bình trong đơn vị cấp trên không ước tính được gì: giá trị thiếu bị bỏ qua (điểm được tính lại trên các chỉ số có số liệu), không được ước tính',
      ],
    ]);
  });

  it('says nothing when every missing value has a parent to estimate from, or under a mean over all units', () => {
    const estimated = validateDataset(fw, { units: units.slice(0, 2) });
    expect(estimated.success && estimated.warnings).toEqual([]);
    const all = validateDataset(framework({ ...fw, missing: { type: 'mean' } }), { units });
    expect(all.success && all.warnings).toEqual([]);
  });
});
