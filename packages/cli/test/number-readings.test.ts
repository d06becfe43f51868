import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeCsv, dti, scratch } from './dti.js';

const dir = scratch();
// Two counts written with a decimal dot, in a file read under the Vietnamese convention.
const dots = join(dir, 'cham.csv');
writeFileSync(
  dots,
  completeCsv([
    { id: 'x1', name: 'Xã Một', values: { 'thanh-vien-to-cds': '12.50' } },
    { id: 'x2', name: 'Xã Hai', values: { 'thanh-vien-to-cds': '0.5' } },
  ]),
);
// Two placeholders for no value in one column.
const placeholders = join(dir, 'ky-hieu.csv');
writeFileSync(
  placeholders,
  completeCsv([
    { id: 'x1', name: 'Xã Một', values: { 'thanh-vien-to-cds': 'N/A' } },
    { id: 'x2', name: 'Xã Hai', values: { 'thanh-vien-to-cds': '-' } },
  ]),
);
// Two units whose ids differ only in case.
const twins = join(dir, 'hoa-thuong.csv');
writeFileSync(
  twins,
  completeCsv([
    { id: 'DA', name: 'Đông Anh' },
    { id: 'da', name: 'Đông Anh' },
  ]),
);
// "1.234.567" is no number under the English convention.
const thousands = join(dir, 'thanh-vien.csv');
writeFileSync(thousands, completeCsv([{ id: 'x1', name: 'Xã Một', values: { 'thanh-vien-to-cds': '1.234.567' } }]));

describe('validate says how a column was read', () => {
  it('a decimal dot in a Vietnamese-convention file: one warning for the column, in Vietnamese and English', () => {
    const vi = dti('validate', dots, '-f', 'self-assessment-template');
    expect(vi.code).toBe(0);
    // The note said "… và không được liệt kê" (not listed), hiding x2's "0.5": the cells are now named.
    expect(vi.err).toEqual([
      '! cham.csv!C2 (cột "thanh-vien-to-cds"): "12.50" của đơn vị "x1", chỉ số "thanh-vien-to-cds" được đọc là 12,5, dấu chấm được hiểu là dấu thập phân, khác với quy ước số Việt Nam (1.234,5) dùng để đọc tệp; các giá trị của cột có dấu chấm thập phân được đọc như vậy, ở 2 ô của 2 đơn vị: x1 (C2 "12.50"), x2 (C3 "0.5")',
      '0 lỗi, 1 cảnh báo',
    ]);
    const en = dti('validate', dots, '-f', 'self-assessment-template', '--locale', 'en');
    expect(en.err[0]).toBe(
      '! cham.csv!C2 (column "thanh-vien-to-cds"): "12.50" for unit "x1", indicator "thanh-vien-to-cds" is read as 12.5, its dot taken as the decimal mark, against the Vietnamese number convention (1.234,5) the file is read under; the column\'s values with a decimal dot are read alike, in 2 cells of 2 units: x1 (C2 "12.50"), x2 (C3 "0.5")',
    );
    const verbose = dti('validate', dots, '-f', 'self-assessment-template', '--verbose');
    expect(verbose.err.slice(1, 3)).toEqual([
      '    đơn vị "x1": cham.csv!C2 "12.50" → 12,5',
      '    đơn vị "x2": cham.csv!C3 "0.5" → 0,5',
    ]);
  });

  it('a number the English convention cannot read names that convention in Vietnamese too', () => {
    const r = dti('validate', thousands, '-f', 'self-assessment-template', '--number-locale', 'en');
    expect(r.code).toBe(1);
    expect(r.err).toEqual([
      '✗ thanh-vien.csv!C2: "1.234.567" của đơn vị "x1", chỉ số "thanh-vien-to-cds" không phải số viết theo quy ước số tiếng Anh (1,234.5): dấu chấm thập phân, dấu phẩy hàng nghìn (cột "thanh-vien-to-cds")',
      '1 lỗi, 0 cảnh báo',
    ]);
  });

  it('placeholders read as missing: one warning for the column, counting them', () => {
    const r = dti('validate', placeholders, '-f', 'self-assessment-template');
    expect(r.code).toBe(0);
    // Named only the first cell ("ô đầu tiên là …"): x2's "-" could not be found. Now both are named.
    expect(r.err).toEqual([
      '! ky-hieu.csv!C2 (cột "thanh-vien-to-cds"): ký hiệu được ghi thay cho số liệu của chỉ số "thanh-vien-to-cds" ở 2 ô của 2 đơn vị: x1 (C2 "N/A"), x2 (C3 "-"); các ô này được coi là chưa có số liệu, nên quy tắc thiếu số liệu của bộ chỉ số được áp dụng',
      '0 lỗi, 1 cảnh báo',
    ]);
    // --verbose lists every cell under the note, in English too.
    const en = dti('validate', placeholders, '-f', 'self-assessment-template', '--verbose', '--locale', 'en');
    expect(en.err.slice(0, 3)).toEqual([
      '! ky-hieu.csv!C2 (column "thanh-vien-to-cds"): a placeholder stands for the value of indicator "thanh-vien-to-cds" in 2 cells of 2 units: x1 (C2 "N/A"), x2 (C3 "-"); they are read as missing values, so the framework\'s missing-value rule applies to them',
      '    unit "x1": ky-hieu.csv!C2 "N/A"',
      '    unit "x2": ky-hieu.csv!C3 "-"',
    ]);
  });

  it('two unit ids that differ only in case are an error led by the cell, naming both cells', () => {
    const r = dti('validate', twins, '-f', 'self-assessment-template', '--locale', 'en');
    expect(r.code).toBe(1);
    expect(r.err[0]).toBe(
      '✗ hoa-thuong.csv!A3 (column "Mã đơn vị"): unit ids "DA" (hoa-thuong.csv!A2) and "da" (hoa-thuong.csv!A3) differ only in case: one unit written twice, or two units no reader can tell apart; write the id alike in both, or give one unit another id',
    );
  });
});
