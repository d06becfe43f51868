import { describe, expect, it } from 'vitest';
import { type DtiIssue, formatIssue, safeScore, validateDataset } from '../../src/index.js';
import { readDataset } from '../../src/sheets.js';
import { flatFramework, indicator } from '../helpers.js';

// A % indicator and a count of procedures on fixed goalposts 0–5000: values above 5000 are capped.
const framework = flatFramework([
  indicator('pct', { label: { vi: 'Tỷ lệ' }, unit: '%', points: 50, method: { type: 'goalposts', min: 0, max: 100 } }),
  indicator('cnt', {
    label: { vi: 'Số lượng' },
    unit: 'thủ tục',
    points: 50,
    method: { type: 'goalposts', min: 0, max: 5000 },
  }),
]);

const fields = (i: DtiIssue) => ({
  severity: i.severity,
  code: i.code,
  detail: i.detail,
  unit: i.unit,
  indicator: i.indicator,
  value: i.value,
  path: i.path,
  message: i.message,
  vi: formatIssue(i, 'vi'),
});

describe('a value beyond the goalposts of an indicator not measured in %', () => {
  it('is named with what scoring does with it, in a dataset of objects', () => {
    const r = safeScore(framework, {
      units: [
        { id: 'A', values: { pct: 150, cnt: 1e9 } },
        { id: 'B', values: { pct: 50, cnt: -5 } },
        // On the goalposts themselves nothing is capped.
        { id: 'C', values: { pct: 100, cnt: 5000 } },
        { id: 'D', values: { pct: 0, cnt: 0 } },
      ],
    });
    expect(r.success).toBe(true);
    if (!r.success) return;
    // pct 150 keeps its one % warning; cnt gets one warning per capped value.
    expect(r.warnings.map(fields)).toEqual([
      {
        severity: 'warning',
        code: 'suspicious-value',
        detail: 'full-marks',
        unit: 'A',
        indicator: 'pct',
        value: 150,
        path: ['units', 0, 'values', 'pct'],
        message:
          'unit "A", indicator "pct": value 150 is outside 0–100 %; it is scored as full marks (the goalposts 0–100 cap it)',
        vi: 'đơn vị "A", chỉ số "pct": giá trị 150 ngoài khoảng 0–100 %; chỉ số này được chấm điểm tối đa',
      },
      {
        severity: 'warning',
        code: 'suspicious-value',
        detail: 'above-goalposts',
        unit: 'A',
        indicator: 'cnt',
        value: 1e9,
        path: ['units', 0, 'values', 'cnt'],
        message:
          'unit "A", indicator "cnt": value 1000000000 is above the goalposts 0–5000: it is capped to full marks at 5000',
        vi: 'đơn vị "A", chỉ số "cnt": giá trị 1000000000 lớn hơn mốc trên 5000 (mốc 0–5000): được chấm điểm tối đa (tính như 5000)',
      },
      {
        severity: 'warning',
        code: 'suspicious-value',
        detail: 'below-goalposts',
        unit: 'B',
        indicator: 'cnt',
        value: -5,
        path: ['units', 1, 'values', 'cnt'],
        message: 'unit "B", indicator "cnt": value -5 is below the goalposts 0–5000: it is scored 0',
        vi: 'đơn vị "B", chỉ số "cnt": giá trị -5 nhỏ hơn mốc dưới 0 (mốc 0–5000): bị chấm 0 điểm',
      },
    ]);
    // The warning says what happens; the scores (scale 0–1) are what the goalposts give: A = ½·1 + ½·1,
    // B = ½·0.5 + ½·0.
    expect(r.data.units.map((u) => [u.id, u.score])).toEqual([
      ['A', 1],
      ['B', 0.25],
      ['C', 1],
      ['D', 0],
    ]);
  });

  it('names the cell of a CSV file, in English and Vietnamese, and strict refuses it', () => {
    const csv = 'id,name,pct,cnt\nA,a,80,6000\nB,b,70,-10\nC,c,60,2500\n';
    const r = readDataset(csv, framework, { name: 'count-cap.csv' });
    expect(r.prepared?.units).toHaveLength(3);
    expect(r.issues.map((i) => ({ ...fields(i), cell: i.cell }))).toEqual([
      {
        severity: 'warning',
        code: 'suspicious-value',
        detail: 'above-goalposts',
        unit: 'A',
        indicator: 'cnt',
        value: 6000,
        path: ['units', 0, 'values', 'cnt'],
        message:
          'count-cap.csv!D2: unit "A", indicator "cnt": value 6000 is above the goalposts 0–5000: it is capped to full marks at 5000 (column "cnt")',
        vi: 'count-cap.csv!D2: đơn vị "A", chỉ số "cnt": giá trị 6000 lớn hơn mốc trên 5000 (mốc 0–5000): được chấm điểm tối đa (tính như 5000) (cột "cnt")',
        cell: { sheet: 'count-cap.csv', row: 2, column: 'D', text: '6000', header: 'cnt' },
      },
      {
        severity: 'warning',
        code: 'suspicious-value',
        detail: 'below-goalposts',
        unit: 'B',
        indicator: 'cnt',
        value: -10,
        path: ['units', 1, 'values', 'cnt'],
        message:
          'count-cap.csv!D3: unit "B", indicator "cnt": value -10 is below the goalposts 0–5000: it is scored 0 (column "cnt")',
        vi: 'count-cap.csv!D3: đơn vị "B", chỉ số "cnt": giá trị -10 nhỏ hơn mốc dưới 0 (mốc 0–5000): bị chấm 0 điểm (cột "cnt")',
        cell: { sheet: 'count-cap.csv', row: 3, column: 'D', text: '-10', header: 'cnt' },
      },
    ]);
    const strict = readDataset(csv, framework, { name: 'count-cap.csv', strict: true });
    expect(strict.prepared).toBeUndefined();
    expect(strict.issues.map((i) => [i.severity, i.detail, i.unit, i.cell?.column, i.cell?.row])).toEqual([
      ['error', 'above-goalposts', 'A', 'D', 2],
      ['error', 'below-goalposts', 'B', 'D', 3],
    ]);
  });

  it('says a value of a "lower is better" indicator below its lower goalpost earns full marks', () => {
    const lower = flatFramework([
      indicator('ngay', {
        label: { vi: 'Số ngày xử lý' },
        unit: 'ngày',
        direction: 'lower',
        method: { type: 'goalposts', min: 0.5, max: 30 },
      }),
    ]);
    const r = validateDataset(lower, {
      units: [
        { id: 'x', values: { ngay: 45 } },
        { id: 'y', values: { ngay: 0.25 } },
        { id: 'z', values: { ngay: 10 } },
      ],
    });
    const warnings = r.success ? r.warnings : [];
    expect(warnings.map((w) => [w.detail, w.message, formatIssue(w, 'vi')])).toEqual([
      [
        'above-goalposts',
        'unit "x", indicator "ngay": value 45 is above the goalposts 0.5–30: it is scored 0',
        'đơn vị "x", chỉ số "ngay": giá trị 45 lớn hơn mốc trên 30 (mốc 0,5–30): bị chấm 0 điểm',
      ],
      [
        'below-goalposts',
        'unit "y", indicator "ngay": value 0.25 is below the goalposts 0.5–30: it is capped to full marks at 0.5',
        'đơn vị "y", chỉ số "ngay": giá trị 0,25 nhỏ hơn mốc dưới 0,5 (mốc 0,5–30): được chấm điểm tối đa (tính như 0,5)',
      ],
    ]);
  });

  it('in a % column, names a value within 0–100 beyond narrower goalposts, and leaves 0–100 slips to the % warning', () => {
    const narrow = flatFramework([
      indicator('phu-song', { label: { vi: 'Phủ sóng' }, unit: '%', method: { type: 'goalposts', min: 20, max: 90 } }),
    ]);
    const r = validateDataset(narrow, {
      units: [
        { id: 'a', values: { 'phu-song': 95 } },
        { id: 'b', values: { 'phu-song': 250 } },
        { id: 'c', values: { 'phu-song': 50 } },
      ],
    });
    const warnings = r.success ? r.warnings : [];
    expect(warnings.map((w) => [w.unit, w.detail, w.message])).toEqual([
      [
        'b',
        'full-marks',
        'unit "b", indicator "phu-song": value 250 is outside 0–100 %; it is scored as full marks (the goalposts 20–90 cap it)',
      ],
      [
        'a',
        'above-goalposts',
        'unit "a", indicator "phu-song": value 95 is above the goalposts 20–90: it is capped to full marks at 90',
      ],
    ]);
  });

  it('names the place in a columnar dataset', () => {
    const r = validateDataset(framework, { ids: ['A', 'B'], columns: { pct: [50, 60], cnt: [7000, 10] } });
    const warnings = r.success ? r.warnings : [];
    expect(warnings.map((w) => [w.unit, w.path, w.detail])).toEqual([['A', ['columns', 'cnt', 0], 'above-goalposts']]);
  });
});
