import { describe, expect, it } from 'vitest';
import {
  type Framework,
  formatIssue,
  loadPreset,
  type MissingPolicy,
  score,
  validateDataset,
} from '../../src/index.js';
import { framework, percentIndicator } from '../helpers.js';

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
    // The sentence said "(0 points, or not ranked)" under every rule: it now says what this preset's rule
    // (zero) did, and the Vietnamese names the unit as the English does.
    expect(warnings[0]?.message).toBe(
      'unit "cb" (Cao Bằng) has no value for any indicator that earns points; under the framework\'s missing-value rule each is scored 0 points, so the unit gets 0 points',
    );
    expect(formatIssue(warnings[0] as (typeof warnings)[number], 'vi')).toBe(
      'đơn vị "cb" (Cao Bằng) không có số liệu cho chỉ số nào được tính điểm; theo quy tắc thiếu số liệu của bộ chỉ số, mỗi chỉ số được tính 0 điểm, nên đơn vị được 0 điểm',
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

  const two = (missing: MissingPolicy, extra: Partial<Framework> = {}) =>
    framework({ missing, ...extra, children: [percentIndicator('a'), percentIndicator('b')] });
  const blank = {
    units: [
      { id: 'hn', name: 'Hà Nội', values: { a: 80, b: 60 } },
      { id: 'cb', name: 'Cao Bằng', values: {} },
    ],
  };
  const said = (fw: Framework) => {
    const r = validateDataset(fw, blank);
    const w = r.success ? r.warnings.filter((i) => i.detail === 'no-data') : [];
    return w.map((i) => [i.message, formatIssue(i, 'vi')]);
  };

  it('says what the rule in force did: not ranked under skip, estimated under the mean, unscored under a minimum', () => {
    expect(said(two({ type: 'skip' }))).toEqual([
      [
        'unit "cb" (Cao Bằng) has no value for any indicator that earns points; under the framework\'s missing-value rule each is left out, so the unit has no score and is not ranked',
        'đơn vị "cb" (Cao Bằng) không có số liệu cho chỉ số nào được tính điểm; theo quy tắc thiếu số liệu của bộ chỉ số, mỗi chỉ số bị bỏ qua, nên đơn vị không có điểm và không xếp hạng',
      ],
    ]);
    expect(said(two({ type: 'mean' }))).toEqual([
      [
        'unit "cb" (Cao Bằng) has no value for any indicator that earns points; under the framework\'s missing-value rule each is estimated from the mean of the units that reported, so its score and rank are the others\', not a result of its own',
        'đơn vị "cb" (Cao Bằng) không có số liệu cho chỉ số nào được tính điểm; theo quy tắc thiếu số liệu của bộ chỉ số, mỗi chỉ số được ước tính bằng giá trị trung bình của các đơn vị có số liệu, nên điểm và thứ hạng của đơn vị là của các đơn vị khác, không phải kết quả của chính đơn vị',
      ],
    ]);
    expect(said(two({ type: 'zero' }, { minCoverage: 0.5 }))[0]?.[0]).toBe(
      'unit "cb" (Cao Bằng) has no value for any indicator that earns points; its coverage, 0, is below the framework\'s minimum coverage, so it is left unscored and not ranked',
    );
  });

  it('a mean within a parent no other unit shares estimates nothing: the value is left out, and so said', () => {
    const fw = two({ type: 'mean', within: 'parent' });
    const r = validateDataset(fw, {
      units: [
        { id: 'hn', parent: 'P', values: { a: 80, b: 60 } },
        { id: 'cb', parent: 'Q', values: {} },
      ],
    });
    const w = r.success ? r.warnings.filter((i) => i.detail === 'no-data') : [];
    expect(w.map((i) => i.message)).toEqual([
      'unit "cb" has no value for any indicator that earns points; under the framework\'s missing-value rule each is left out, so the unit has no score and is not ranked',
    ]);
  });
});
