import { describe, expect, it } from 'vitest';
import { type DtiIssue, formatIssue, type MissingPolicy, score, validateDataset } from '../src/index.js';
import { readDataset } from '../src/sheets.js';
import { flatFramework, indicator } from './helpers.js';

const framework = flatFramework(
  [
    indicator('ho-so', {
      label: { vi: 'Hồ sơ trực tuyến' },
      unit: '%',
      method: { type: 'goalposts', min: 0, max: 100 },
    }),
    indicator('zalo', { label: { vi: 'Có kênh Zalo OA' }, method: { type: 'yesNo' } }),
  ],
  { id: 'xa', label: { vi: 'Chỉ số xã' } },
);

describe('an indicator no unit reported is said loudly, in JSON datasets too', () => {
  it('warns once when no unit of two or more gives a value', () => {
    const r = validateDataset(framework, {
      units: [
        { id: 'a', values: { 'ho-so': 80 } },
        { id: 'b', values: { 'ho-so': 60, zalo: null } },
      ],
    });
    expect(r.success).toBe(true);
    const warnings = r.success ? r.warnings : [];
    expect(warnings.map((w) => [w.code, w.indicator, w.message])).toEqual([
      [
        'missing-column',
        'zalo',
        'no unit of the dataset has a value for indicator "Có kênh Zalo OA" (zalo) — every unit is scored without it',
      ],
    ]);
    expect(formatIssue(warnings[0] as (typeof warnings)[number], 'vi')).toBe(
      'không đơn vị nào có số liệu cho chỉ số "Có kênh Zalo OA" (zalo) — mọi đơn vị được chấm điểm mà không có chỉ số này',
    );
  });

  it('says nothing when one unit left a value blank: that is its coverage', () => {
    const r = validateDataset(framework, { units: [{ id: 'a', values: { 'ho-so': 80 } }] });
    expect(r.success && r.warnings).toEqual([]);
  });

  it('a sheet without the column gets the sheet warning with the nearest header, not a second one', () => {
    const r = readDataset('Mã;Hồ sơ trực tuyến (%);Có kênh Zalo\na;80;có\nb;60;không\n', framework);
    expect(r.issues.map((i) => [i.code, i.indicator, i.message])).toEqual([
      [
        'unknown-column',
        undefined,
        'csv!C1: column "Có kênh Zalo" matches no indicator or field of "xa"; it is ignored',
      ],
      [
        'missing-column',
        'zalo',
        'the file has no column for indicator "Có kênh Zalo OA" (zalo) — every unit is scored without it (did you mean column "Có kênh Zalo"?)',
      ],
    ]);
  });
});

describe('the warning says what the missing-value policy did with an indicator nobody reported', () => {
  const data = {
    units: [
      { id: 'a', values: { 'ho-so': 80 } },
      { id: 'b', values: { 'ho-so': 60 } },
    ],
  };
  const warned = (missing: MissingPolicy) => {
    const r = validateDataset({ ...framework, missing }, data);
    const w = (r.success ? r.warnings : [])[0] as DtiIssue;
    return [w.outcome, w.message.split(' — ')[1], formatIssue(w, 'vi').split(' — ')[1]];
  };

  it('zero: every unit scores 0 on it, as the CLI footnote says ("được tính 0 điểm")', () => {
    expect(warned({ type: 'zero' })).toEqual([
      'zero',
      'every unit scores 0 on it (the framework counts a missing value as 0 points)',
      'mọi đơn vị được tính 0 điểm ở chỉ số này (bộ chỉ số tính giá trị thiếu là 0 điểm)',
    ]);
    // And it does: b scores (60 + 0) / 2 = 30, not 60 re-weighted.
    expect(score({ ...framework, missing: { type: 'zero' } }, data).units[1]?.value).toBe(30);
  });

  it('skip, mean and median (nothing to impute from): scored without it', () => {
    for (const type of ['skip', 'mean', 'median'] as const)
      expect(warned({ type })).toEqual([
        'skip',
        'every unit is scored without it',
        'mọi đơn vị được chấm điểm mà không có chỉ số này',
      ]);
    // And it is: b scores 60 on the one indicator left, under mean as under skip.
    expect(score({ ...framework, missing: { type: 'mean' } }, data).units[1]?.value).toBe(60);
  });

  it('previous: the last period where given, else the fallback', () => {
    expect(warned({ type: 'previous', fallback: 'zero' })).toEqual([
      'previous-zero',
      "each unit takes its value from the previous period; a unit without one scores 0 on it (the framework's rule)",
      'mỗi đơn vị lấy giá trị của kỳ trước; đơn vị không có giá trị kỳ trước được tính 0 điểm ở chỉ số này (quy tắc của bộ chỉ số)',
    ]);
    expect(warned({ type: 'previous' })[0]).toBe('previous-skip');
  });
});
