import { describe, expect, it } from 'vitest';
import { formatIssue, validateDataset } from '../../src/index.js';
import { readDataset } from '../../src/sheets.js';
import { group, indicator, framework as testFramework } from '../helpers.js';

const framework = testFramework({
  id: 'empty',
  label: 'T',
  root: group('root', [indicator('a', { label: 'Số A', unit: 'cái' })], { label: 'R' }),
});

describe('data without a unit', () => {
  it('is valid, with a warning that nothing is scored or ranked, in English and Vietnamese', () => {
    const r = validateDataset(framework, { units: [] });
    expect(r.success).toBe(true);
    const warnings = r.success ? r.data.warnings : [];
    expect(warnings.map((w) => [w.severity, w.code, w.detail, w.message])).toEqual([
      ['warning', 'suspicious-value', 'no-units', 'the data has no unit: nothing is scored or ranked'],
    ]);
    expect(formatIssue(warnings[0] as never, 'vi')).toBe(
      'số liệu không có đơn vị nào: không có gì được chấm điểm hay xếp hạng',
    );
  });

  it('is said for a sheet with a header and no row (a template never filled in)', () => {
    const r = readDataset(new TextEncoder().encode('Mã;Tên;Số A\n'), framework, { name: 'mau.csv' });
    expect(r.issues.map((i) => i.detail)).toContain('no-units');
  });

  it('is not said when there is a unit', () => {
    const r = validateDataset(framework, { units: [{ id: 'a', values: { a: 1 } }] });
    expect(r.success && r.data.warnings.map((w) => w.detail)).toEqual([]);
  });
});
