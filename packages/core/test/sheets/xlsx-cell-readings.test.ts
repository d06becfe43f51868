// A workbook written by openpyxl (test/fixtures/real/make-cell-readings.py): a percent-formatted
// number read by the indicator it goes to, a formula openpyxl saved without a result, error cells.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type DtiIssue, defineFramework, formatIssue, type MissingPolicy } from '../../src/index.js';
import { readDataset, readXlsx } from '../../src/sheets.js';
import { framework, goalposts, indicator, percentIndicator } from '../helpers.js';

const bytes = new Uint8Array(readFileSync(new URL('../fixtures/real/openpyxl-cell-readings.xlsx', import.meta.url)));

/** Column C a 0–1 share (as DTI 2022's province indicators), D a percentage, E a count. */
const tiny = (missing: MissingPolicy) =>
  defineFramework(
    framework({
      missing,
      children: [
        indicator('nhan-thuc-so', { label: 'Nhận thức số', unit: '0–1', method: goalposts(0, 1) }),
        percentIndicator('ho-so', { label: 'Tỷ lệ hồ sơ' }),
        indicator('so-ho-so', { label: 'Số hồ sơ', unit: 'hồ sơ', method: goalposts(0, 5000) }),
      ],
    }),
  );

const values = (missing: MissingPolicy = { type: 'zero' }, strict = false) => {
  const read = readDataset(bytes, tiny(missing), { strict });
  const units = read.dataset.units.map((u) => [
    u.id,
    u.values['nhan-thuc-so'],
    u.values['ho-so'],
    u.values['so-ho-so'],
  ]);
  return { read, units };
};

describe('a percent-formatted workbook cell, read by its indicator', () => {
  it('reads 0.85 shown "85%" as 0.85 in a 0–1 share, 0.978 shown "97.8%" as 97.8 in a % indicator', () => {
    const { units } = values();
    // Row a: C2 stores 0.85 (0%), D2 0.978 (0.0%). Row d: C5 a plain 0.5, D5 stores 0.5 shown 50%.
    expect(units[0]).toEqual(['a', 0.85, 97.8, 2500]);
    expect(units[3]).toEqual(['d', 0.5, 50, 1000]);
  });
  it('reads the text "85%" in a 0–1 share as 0.85, with one warning that says so, never a cap to full marks', () => {
    const { read, units } = values();
    expect(units[1]?.[1]).toBe(0.85);
    const note = read.issues.find((i) => i.detail === 'percent-as-share');
    expect(note?.severity).toBe('warning');
    expect(note?.message).toBe(
      'Số liệu!C3 (column "Nhận thức số"): "85%" for unit "b", indicator "nhan-thuc-so" is a percentage, and the indicator is a 0–1 share: it is read as 0.85 (85% = 0.85), not 85; the column\'s other percentages are read alike and not listed',
    );
    expect(formatIssue(note as DtiIssue, 'vi')).toBe(
      'Số liệu!C3 (cột "Nhận thức số"): "85%" của đơn vị "b", chỉ số "nhan-thuc-so" là một tỷ lệ phần trăm, và chỉ số này là tỷ lệ 0–1: được đọc là 0,85 (85% = 0,85), không phải 85; các giá trị phần trăm khác của cột cũng được đọc như vậy và không được liệt kê',
    );
    expect(read.issues.some((i) => i.message.includes('capped to full marks'))).toBe(false);
  });
});

describe('a formula saved without a result', () => {
  it('names the unit, the indicator, the cell and the formula, and says the zero rule scored it 0', () => {
    const { read, units } = values();
    expect(units[1]?.[3]).toBeUndefined();
    const issue = read.issues.find((i) => i.detail === 'formula-without-value');
    expect(issue).toMatchObject({ severity: 'warning', unit: 'b', indicator: 'so-ho-so', value: 'E2+40' });
    expect(issue?.cell).toMatchObject({ sheet: 'Số liệu', row: 3, column: 'E' });
    expect(issue?.message).toBe(
      'Số liệu!E3 (column "Số hồ sơ"): the formula =E2+40 for unit "b", indicator "so-ho-so" has no saved result (the program that wrote the file did not calculate it), so it is read as a missing value: the unit scores 0 on this indicator, as the framework\'s missing-value rule says; open the file in Excel or LibreOffice and save it, so that the results are stored',
    );
    expect(formatIssue(issue as DtiIssue, 'vi')).toBe(
      'Số liệu!E3 (cột "Số hồ sơ"): công thức =E2+40 của đơn vị "b", chỉ số "so-ho-so" chưa có kết quả được lưu (chương trình ghi tệp không tính công thức), nên được coi là chưa có số liệu: đơn vị được tính 0 điểm ở chỉ số này, theo quy tắc thiếu số liệu của bộ chỉ số; hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại để kết quả được lưu trong tệp',
    );
    // Said once: the layout's warning replaces the reader's about the same cell.
    expect(read.issues.filter((i) => i.cell?.column === 'E' && i.cell.row === 3)).toHaveLength(1);
  });
  it('is named by the workbook reader with its formula, in both languages, where no indicator reads it', () => {
    const issue = readXlsx(bytes)[0]?.issues?.find((i) => i.detail === 'formula-without-value');
    expect(issue?.message).toBe(
      'Số liệu (xl/worksheets/sheet1.xml): cell E3 holds a formula with no saved result, =E2+40 (the program that wrote the file did not calculate it); it was read as empty: open the file in Excel or LibreOffice and save it, so that the results are stored',
    );
    expect(formatIssue(issue as DtiIssue, 'vi')).toBe(
      'Số liệu (xl/worksheets/sheet1.xml): ô E3 có công thức chưa có kết quả được lưu, =E2+40 (chương trình ghi tệp không tính công thức); ô được đọc là trống: hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại để kết quả được lưu trong tệp',
    );
  });
  it('says what the skip rule does instead, and is refused under strict', () => {
    const skip = values({ type: 'skip' }).read.issues.find((i) => i.detail === 'formula-without-value');
    expect(skip?.message).toContain(
      'so it is read as a missing value: the unit is scored without this indicator (left out: its weight goes to the other indicators)',
    );
    const { read } = values({ type: 'zero' }, true);
    expect(read.prepared).toBeUndefined();
    expect(read.issues.find((i) => i.detail === 'formula-without-value')?.severity).toBe('error');
  });
});

describe('an error cell (#REF!, #DIV/0!)', () => {
  it('is read as missing, says what the rule did, in English and Vietnamese', () => {
    const { read, units } = values({ type: 'mean' });
    expect(units[2]).toEqual(['c', undefined, undefined, 1000]);
    const ref = read.issues.find((i) => i.code === 'cell-error' && i.detail === '#REF!');
    expect(ref?.severity).toBe('warning');
    expect(ref?.message).toBe(
      'Số liệu!C4 (column "Nhận thức số"): the formula error #REF! for unit "c", indicator "nhan-thuc-so" is read as a missing value, so the unit\'s value is estimated with the mean of the units that reported it, as the framework\'s missing-value rule says',
    );
    expect(formatIssue(ref as DtiIssue, 'vi')).toBe(
      'Số liệu!C4 (cột "Nhận thức số"): lỗi công thức #REF! của đơn vị "c", chỉ số "nhan-thuc-so" được coi là chưa có số liệu, nên giá trị của đơn vị được ước tính bằng trung bình của các đơn vị có số liệu, theo quy tắc thiếu số liệu của bộ chỉ số',
    );
    const div = read.issues.find((i) => i.code === 'cell-error' && i.detail === '#DIV/0!');
    expect(div?.cell).toMatchObject({ row: 4, column: 'D' });
  });
  it('is refused under strict', () => {
    const { read } = values({ type: 'zero' }, true);
    expect(read.issues.filter((i) => i.code === 'cell-error').map((i) => [i.detail, i.severity])).toEqual([
      ['#REF!', 'error'],
      ['#DIV/0!', 'error'],
    ]);
  });
});
