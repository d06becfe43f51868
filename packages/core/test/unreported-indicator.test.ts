import { describe, expect, it } from 'vitest';
import { formatIssue, validateDataset } from '../src/index.js';
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
