import { describe, expect, it } from 'vitest';
import { loadPreset, score, validateDataset } from '../../src/index.js';
import { readDataset } from '../../src/sheets.js';
import { flatFramework, group, indicator } from '../helpers.js';

// The DTI 2022 preset: 8 indicators worth points (5 × 100 under foundations, 200 + 150 + 150 under
// activities) and the smart-city index "do-thi-thong-minh", worth 0; missing values score 0.
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

describe('an indicator worth 0 points does not count in coverage', () => {
  it('DTI 2022: a province that reports the 8 indicators worth points has full coverage', async () => {
    const fw = await loadPreset('dti-province-2022');
    const r = score(fw, {
      units: [
        { id: 'hn', name: 'Hà Nội', values: eight },
        { id: 'dn', name: 'Đà Nẵng', values: { ...eight, 'do-thi-thong-minh': 0.5 } },
        { id: 'hue', name: 'Huế', values: { ...eight, 'the-che-so': null } },
      ],
    });
    expect(r.coverageIndicators).toBe(8);
    // Hà Nội: (0.9 + 0.8 + 0.7 + 0.6 + 0.5) × 100 + 0.8 × 200 + (0.6 + 0.4) × 150 = 660 of 1000.
    // Huế: 660 − 0.8 × 100 = 580 (the blank "the-che-so" scores 0); coverage 7 of 8.
    // The blank smart-city index is filled with 0 too, but it is worth nothing: not counted as imputed.
    expect(r.units.map((u) => [u.name, u.value, u.coverage, u.imputed])).toEqual([
      ['Hà Nội', 0.66, 1, 0],
      ['Đà Nẵng', 0.66, 1, 0],
      ['Huế', 0.58, 0.875, 1],
    ]);
  });

  it('DTI 2022: no warning that nobody reported the smart-city index; one for an indicator worth points', async () => {
    const fw = await loadPreset('dti-province-2022');
    const { 'hd-xa-hoi-so': _left, ...seven } = eight;
    const r = validateDataset(fw, {
      units: [
        { id: 'hn', values: seven },
        { id: 'dn', values: seven },
      ],
    });
    expect(r.success && r.warnings.map((w) => [w.code, w.indicator])).toEqual([['missing-column', 'hd-xa-hoi-so']]);
    expect(r.success && Array.from(r.data.reported)).toEqual([7, 7]);
    expect(r.success && r.data.counted).toBe(8);
  });

  it('a sheet without the smart-city column is not told it lacks one', async () => {
    const fw = await loadPreset('dti-province-2022');
    const ids = Object.keys(eight);
    const csv = `id;${ids.join(';')}\nhn;${Object.values(eight).join(';').replaceAll('.', ',')}\ndn;${Object.values(eight).join(';').replaceAll('.', ',')}\n`;
    const r = readDataset(csv, fw);
    expect(r.issues.filter((i) => i.code === 'missing-column')).toEqual([]);
    expect(r.prepared && Array.from(r.prepared.reported)).toEqual([8, 8]);
  });

  it('an indicator under a group worth 0 points does not count either', () => {
    const fw = flatFramework([
      indicator('a', { points: 100, method: { type: 'goalposts', min: 0, max: 100 } }),
      group('reported-only', [indicator('b', { weight: 2, method: { type: 'goalposts', min: 0, max: 100 } })], {
        points: 0,
      }),
    ]);
    const r = score(fw, { units: [{ id: 'x', values: { a: 50, b: null } }] });
    expect(r.coverageIndicators).toBe(1);
    expect(r.units.map((u) => [u.value, u.coverage])).toEqual([[50, 1]]);
  });
});
