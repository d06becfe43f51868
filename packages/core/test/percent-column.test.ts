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

describe('% values checked whatever the data came from (JSON too)', () => {
  it('warns about a value outside 0–100 and says what scoring does with it', () => {
    const r = validateDataset(framework, {
      units: [
        { id: 'a', values: { 'ho-so': 2528, zalo: true } },
        { id: 'b', values: { 'ho-so': -50, zalo: false } },
        { id: 'c', values: { 'ho-so': 60, zalo: false } },
      ],
    });
    const warnings = r.success ? r.warnings : [];
    expect(warnings.map((w) => w.message)).toEqual([
      'unit "a", indicator "ho-so": value 2528 is outside 0–100 %; it is scored as full marks (the goalposts 0–100 cap it)',
      'unit "b", indicator "ho-so": value -50 is outside 0–100 %; it is scored as zero (the goalposts 0–100 cap it)',
    ]);
    expect(formatIssue(warnings[0] as (typeof warnings)[number], 'vi')).toBe(
      'đơn vị "a", chỉ số "ho-so": giá trị 2528 ngoài khoảng 0–100 %; chỉ số này được chấm điểm tối đa',
    );
  });

  it('warns once when a whole % column looks like fractions (0.978 for 97.8 %)', () => {
    const r = validateDataset(framework, {
      units: [
        { id: 'a', values: { 'ho-so': 0.978, zalo: true } },
        { id: 'b', values: { 'ho-so': 0.5, zalo: false } },
        { id: 'c', values: { 'ho-so': 1, zalo: false } },
      ],
    });
    const warnings = r.success ? r.warnings : [];
    expect(warnings.map((w) => [w.code, w.detail, w.message])).toEqual([
      [
        'suspicious-value',
        'fractions',
        'every value of indicator "Hồ sơ trực tuyến" (ho-so) lies between 0 and 1, in a % column: if they are fractions, write them as percentages (0.978 = 97.8 %); as they stand, 0.978 is read as 0.978 %',
      ],
    ]);
    expect(formatIssue(warnings[0] as (typeof warnings)[number], 'vi')).toBe(
      'mọi giá trị của chỉ số "Hồ sơ trực tuyến" (ho-so) đều nằm giữa 0 và 1 trong một cột %: nếu đây là tỷ lệ thập phân, hãy ghi dạng phần trăm (0,978 = 97,8 %); hiện 0,978 được đọc là 0,978 %',
    );
    // One unit at half a per cent is plausible: no warning.
    const one = validateDataset(framework, { units: [{ id: 'a', values: { 'ho-so': 0.5, zalo: true } }] });
    expect(one.success && one.warnings).toEqual([]);
  });

  it('under strict, a JSON dataset with such values is refused, as a sheet is', () => {
    const data = {
      units: [
        { id: 'a', values: { 'ho-so': 2528, zalo: true } },
        { id: 'b', values: { 'ho-so': 50, zalo: false } },
      ],
    };
    const lenient = readDataset(data, framework);
    expect(lenient.prepared?.units).toHaveLength(2);
    const strict = readDataset(JSON.stringify(data), framework, { strict: true });
    expect(strict.prepared).toBeUndefined();
    expect(strict.issues.map((i) => [i.severity, i.code, i.unit])).toEqual([['error', 'suspicious-value', 'a']]);
  });

  it('a sheet says it once, with the cell and the likely reading', () => {
    const r = readDataset('Mã;Hồ sơ trực tuyến (%);Có kênh Zalo OA\na;2.528;có\nb;50;không\n', framework);
    expect(r.issues.map((i) => i.message)).toEqual([
      'csv!B2 (column "Hồ sơ trực tuyến (%)"): "2.528" for unit "a", indicator "ho-so" is read as 2528 %, outside 0–100 % (2.528 = 2528 or 2,528 %?); it is scored as full marks (the goalposts 0–100 cap it)',
    ]);
  });
});

describe('many fractions among percentages', () => {
  it('names the first 20 units and counts the rest in one warning', () => {
    const units = Array.from({ length: 30 }, (_, k) => ({
      id: `u${k}`,
      values: { 'ho-so': k < 25 ? 0.5 : 90, zalo: true },
    }));
    const r = validateDataset(framework, { units });
    const warnings = r.success ? r.warnings : [];
    expect(warnings.filter((w) => w.unit !== undefined)).toHaveLength(20);
    const rest = warnings.filter((w) => w.unit === undefined);
    expect(rest.map((w) => w.message)).toEqual([
      'indicator "Hồ sơ trực tuyến" (ho-so): 5 more units have a value between 0 and 1, each read as written (under 1 %) and scored so, although the other values of this % column are above 1: most likely fractions meaning percentages; if so, write them as percentages',
    ]);
    expect(formatIssue(rest[0] as (typeof rest)[number], 'vi')).toBe(
      'chỉ số "Hồ sơ trực tuyến" (ho-so): còn 5 đơn vị khác có giá trị nằm giữa 0 và 1, mỗi giá trị được đọc như đã ghi (dưới 1 %) và được chấm điểm như vậy, dù các giá trị khác của cột % này lớn hơn 1: nhiều khả năng đó là tỷ lệ thập phân; nếu vậy, hãy ghi dạng phần trăm',
    );
  });
});
