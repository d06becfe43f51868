import { describe, expect, it } from 'vitest';
import { formatIssue, loadPreset, score, validateDataset } from '../../src/index.js';

// The DTI 2022 preset: 8 indicators worth points and the smart-city index, worth 0; missing values
// score 0, so a province that sent nothing would otherwise be ranked last with 0 points and no word.
const eight = {
  'nhan-thuc-so': 0.9,
  'the-che-so': 0.8,
  'ha-tang-so': 0.7,
  'nhan-luc-so': 0.6,
  'an-toan-thong-tin': 0.5,
  'hd-chinh-quyen-so': 0.8,
  'hd-kinh-te-so': 0.6,
  'hd-xa-hoi-so': 0.4,
};

describe('a unit with no value for any indicator worth points is named', () => {
  it('DTI 2022: a blank province, and one with only the 0-point smart-city index, each get a warning', async () => {
    const fw = await loadPreset('dti-province-2022');
    const data = {
      units: [
        { id: 'hn', name: 'Hà Nội', values: eight },
        { id: 'cb', name: 'Cao Bằng', values: {} },
        { id: 'lc', name: 'Lào Cai', values: { 'do-thi-thong-minh': 1 } },
      ],
    };
    const r = validateDataset(fw, data);
    const warnings = r.success ? r.warnings.filter((w) => w.detail === 'no-data') : [];
    expect(warnings.map((w) => [w.code, w.unit, w.path])).toEqual([
      ['suspicious-value', 'cb', ['units', 1]],
      ['suspicious-value', 'lc', ['units', 2]],
    ]);
    expect(warnings[0]?.message).toBe(
      'unit "cb" (Cao Bằng) has no value for any indicator that earns points: its score comes from the missing-value rule alone (0 points, or not ranked)',
    );
    expect(formatIssue(warnings[0] as (typeof warnings)[number], 'vi')).toBe(
      'đơn vị "cb" không có số liệu cho chỉ số nào được tính điểm: điểm của đơn vị chỉ do quy tắc thiếu số liệu quyết định (0 điểm, hoặc không xếp hạng)',
    );
    // The score is what the preset's rule gives (0 points each: 0 of 1000); the warning above says why.
    const s = score(fw, data);
    expect(s.units.map((u) => [u.id, u.value, u.coverage])).toEqual([
      ['hn', 0.66, 1],
      ['cb', 0, 0],
      ['lc', 0, 0],
    ]);
  });

  it('no warning when every unit reported something', async () => {
    const fw = await loadPreset('dti-province-2022');
    const r = validateDataset(fw, { units: [{ id: 'hn', values: { 'the-che-so': 0.5 } }] });
    expect(r.success && r.warnings.filter((w) => w.detail === 'no-data')).toEqual([]);
  });
});
