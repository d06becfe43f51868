import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/validate/dataset.js';
import { formatIssue } from '../../src/validate/format-issue.js';
import { framework, indicator, percentIndicator } from '../helpers.js';

// A "%" indicator and a yes/no one: true/false is a value only for the second.
const fw = framework({
  children: [percentIndicator('a'), indicator('cong', { method: { type: 'yesNo' } })],
});

describe('true/false for an indicator that is not yes/no', () => {
  it('is an error naming the unit and the indicator in a dataset of rows, in vi and en', () => {
    const r = validateDataset(fw, {
      units: [
        { id: 'A', values: { a: true, cong: true } },
        { id: 'B', values: { a: 60, cong: false } },
      ],
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [i.code, i.unit, i.indicator, i.path])).toEqual([
      ['invalid-value', 'A', 'a', ['units', 0, 'values', 'a']],
    ]);
    const issue = r.issues[0] as (typeof r.issues)[number];
    expect(issue.message).toBe(
      'unit "A", indicator "a": value true is yes/no, but the indicator needs a number, not yes/no',
    );
    expect(formatIssue(issue, 'vi')).toBe(
      'đơn vị "A", chỉ số "a": giá trị true là có/không, nhưng chỉ số này cần một số, không phải có/không',
    );
  });

  it('is an error under an id written in another Unicode form too', () => {
    const f = framework({ children: [percentIndicator('tỷ-lệ')] });
    const r = validateDataset(f, { units: [{ id: 'A', values: { ['tỷ-lệ'.normalize('NFD')]: false } }] });
    expect(r.success ? [] : r.issues.map((i) => [i.unit, i.detail])).toEqual([['A', 'yes-no-in-number']]);
  });

  it('is an error in a dataset of columns, and yes/no stays a value for a yes/no indicator', () => {
    const r = validateDataset(fw, { ids: ['A', 'B'], columns: { a: [50, false], cong: [true, false] } });
    expect(r.success ? [] : r.issues.map((i) => [i.unit, i.indicator, i.path, i.detail])).toEqual([
      ['B', 'a', ['columns', 'a', 1], 'yes-no-in-number'],
    ]);
    const ok = validateDataset(fw, { ids: ['A', 'B'], columns: { a: [50, 70], cong: [true, false] } });
    expect(ok.success && Array.from(ok.data.values[1] as Float64Array)).toEqual([1, 0]);
  });
});
