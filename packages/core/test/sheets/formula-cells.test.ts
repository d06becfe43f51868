// A computed indicator has no cell of its own: its warnings used to say only "row 2" in English and no
// place at all in Vietnamese. They now name the cell of the input that caused them, and every input.
import { describe, expect, it } from 'vitest';
import { type DtiIssue, defineFramework, formatIssue } from '../../src/index.js';
import { readDataset, writeXlsx } from '../../src/sheets.js';
import { group, indicator, percentIndicator, framework as testFramework } from '../helpers.js';

const framework = defineFramework(
  testFramework({
    id: 'ho-so',
    label: 'Hồ sơ',
    fields: [
      { id: 'ho-so-dung-han', label: { vi: 'Số hồ sơ đúng hạn' } },
      { id: 'ho-so', label: { vi: 'Số hồ sơ tiếp nhận' } },
    ],
    root: group(
      'root',
      [
        percentIndicator('ky-so', { label: 'Tỷ lệ văn bản ký số' }),
        indicator('dung-han', {
          label: 'Tỷ lệ hồ sơ đúng hạn',
          unit: '%',
          method: { type: 'target' },
          target: 100,
          formula: { type: 'ratio', numerator: 'ho-so-dung-han', denominator: 'ho-so', multiplier: 100 },
        }),
      ],
      { label: 'Chỉ số', missing: { type: 'skip' } },
    ),
  }),
);

const header = ['Tên đơn vị', 'Tỷ lệ văn bản ký số', 'Số hồ sơ đúng hạn', 'Số hồ sơ tiếp nhận'];
const said = (issues: DtiIssue[], code: DtiIssue['code']) =>
  issues
    .filter((i) => i.code === code)
    .map((i) => [`${i.cell?.column}${i.cell?.row}`, i.unit, i.indicator, i.message, formatIssue(i, 'vi')]);

describe('issues of a computed indicator name the input cells', () => {
  // Xã Một: 5 on time of 0 received, 5 / 0 has no value. Xã Hai: 80 / 100 = 80 %, no issue.
  const zero = [header, ['Xã Một', 90, 5, 0], ['Xã Hai', 40, 80, 100]];

  it('a zero denominator in an XLSX sheet: the denominator cell, both inputs and their values', () => {
    const r = readDataset(writeXlsx([{ name: 'Số liệu', rows: zero }]), framework);
    expect(said(r.issues, 'undefined-ratio')).toEqual([
      [
        'D2',
        'xa-mot',
        'dung-han',
        'Số liệu!D2 (column "Số hồ sơ tiếp nhận"): unit "xa-mot", indicator "dung-han": value [5,0] gives no ratio: division by zero (the denominator is 0); the indicator is treated as missing; computed from Số liệu!C2 "Số hồ sơ đúng hạn" = 5, Số liệu!D2 "Số hồ sơ tiếp nhận" = 0',
        'Số liệu!D2 (cột "Số hồ sơ tiếp nhận"): đơn vị "xa-mot", chỉ số "dung-han": mẫu số bằng 0, chỉ số được coi là chưa có số liệu; tính từ Số liệu!C2 "Số hồ sơ đúng hạn" = 5, Số liệu!D2 "Số hồ sơ tiếp nhận" = 0',
      ],
    ]);
    // 80 / 100 · 100 = 80 for Xã Hai; Xã Một's share stays missing, not 0 or Infinity.
    expect(Array.from(r.prepared?.values[1] as Float64Array)).toEqual([Number.NaN, 80]);
  });

  it('the same file as CSV, read in one pass into columns', () => {
    const text = zero.map((row) => row.join(';')).join('\n');
    const r = readDataset(text, framework, { name: 'ho-so.csv' });
    expect(said(r.issues, 'undefined-ratio').map(([cell, , , en]) => [cell, en])).toEqual([
      [
        'D2',
        'ho-so.csv!D2 (column "Số hồ sơ tiếp nhận"): unit "xa-mot", indicator "dung-han": value [5,0] gives no ratio: division by zero (the denominator is 0); the indicator is treated as missing; computed from ho-so.csv!C2 "Số hồ sơ đúng hạn" = 5, ho-so.csv!D2 "Số hồ sơ tiếp nhận" = 0',
      ],
    ]);
  });

  it('a computed value out of the method domain: the negative input is the cell', () => {
    // −5 / 100 · 100 = −5 %: a target method refuses a negative share.
    const rows = [header, ['Xã Ba', 40, -5, 100], ['Xã Bốn', 40, 50, 100]];
    const r = readDataset(writeXlsx([{ name: 'Số liệu', rows }]), framework);
    expect(r.prepared).toBeUndefined();
    expect(said(r.issues, 'value-out-of-domain')).toEqual([
      [
        'C2',
        'xa-ba',
        'dung-han',
        'Số liệu!C2 (column "Số hồ sơ đúng hạn"): unit "xa-ba", indicator "dung-han": value -5 must be ≥ 0 for this scoring method; computed from Số liệu!C2 "Số hồ sơ đúng hạn" = -5, Số liệu!D2 "Số hồ sơ tiếp nhận" = 100',
        'Số liệu!C2: đơn vị "xa-ba", chỉ số "dung-han": giá trị -5 phải ≥ 0 với phương pháp chấm này (cột "Số hồ sơ đúng hạn"); tính từ Số liệu!C2 "Số hồ sơ đúng hạn" = -5, Số liệu!D2 "Số hồ sơ tiếp nhận" = 100',
      ],
    ]);
  });

  it('a share given in its own column is not put on the inputs', () => {
    // The unit reported −5 % directly: the issue is that cell's, whatever the inputs say.
    const rows = [
      [...header, 'Tỷ lệ hồ sơ đúng hạn'],
      ['Xã Ba', 40, 5, 100, -5],
      ['Xã Bốn', 40, 50, 100, 50],
    ];
    const r = readDataset(writeXlsx([{ name: 'Số liệu', rows }]), framework);
    expect(said(r.issues, 'value-out-of-domain').map(([cell]) => cell)).toEqual(['E2']);
  });
});
