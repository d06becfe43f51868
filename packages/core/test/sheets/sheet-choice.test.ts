// Which sheet of a workbook is read, and from which row: workbooks written by openpyxl
// (test/fixtures/real/make-guide-and-title.py). Nothing is skipped or chosen without a word.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineFramework, formatIssue, score } from '../../src/index.js';
import { readDataset } from '../../src/sheets.js';
import { group, indicator, percentIndicator, framework as testFramework, valueIn } from '../helpers.js';

const real = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/real/${name}`, import.meta.url)));
const framework = defineFramework(
  testFramework({
    id: 'chon-trang',
    label: 'Chọn trang',
    root: group(
      'root',
      [
        percentIndicator('ty-le', { label: 'Tỷ lệ hồ sơ trực tuyến', points: 50 }),
        indicator('cong', { label: 'Có cổng thông tin', method: { type: 'yesNo' }, points: 50 }),
      ],
      { label: 'Chỉ số', points: 100 },
    ),
  }),
);
const scores = (r: ReturnType<typeof readDataset>) =>
  score(framework, r.prepared as never).units.map((u) => [u.id, u.score]);

describe('a workbook that opens on "Hướng dẫn", data under a title row on "Số liệu"', () => {
  const r = readDataset(real('openpyxl-guide-and-title.xlsx'), framework);

  it('reads "Số liệu" from the row after its header (row 3): the title on row 1 is no unit', () => {
    expect(r.dataset.units.map((u) => u.id)).toEqual(['gia-lam', 'dan-phuong']);
    expect([valueIn(r, 'gia-lam', 'ty-le'), valueIn(r, 'gia-lam', 'cong')]).toEqual([80, true]);
    expect([valueIn(r, 'dan-phuong', 'ty-le'), valueIn(r, 'dan-phuong', 'cong')]).toEqual([40, false]);
    // 0–1 scale: gia-lam 80% of 50 + yes 50 = 90 of 100; dan-phuong 40% of 50 + no 0 = 20 of 100.
    expect(scores(r)).toEqual([
      ['gia-lam', 0.9],
      ['dan-phuong', 0.2],
    ]);
  });

  it('says which sheet was read instead of the tab it opens on, and which rows above the header were not', () => {
    expect(r.issues.map((i) => [i.code, i.detail, i.severity, i.value])).toEqual([
      [
        'several-sheets',
        'active-not-read',
        'warning',
        { read: 'Số liệu', active: 'Hướng dẫn', sheets: ['Hướng dẫn', 'Số liệu'] },
      ],
      ['reading-note', 'rows-above-header', 'warning', { header: 3, rows: [1] }],
    ]);
    expect(r.issues[1]?.cell).toEqual({ sheet: 'Số liệu', row: 1, column: 'A', text: 'Kết quả DTI 2024' });
    expect(r.issues.map((i) => formatIssue(i, 'vi'))).toEqual([
      'đọc trang "Số liệu", trang duy nhất có dòng tiêu đề khớp với bộ chỉ số; trang mở ra khi mở tệp, "Hướng dẫn", không có dòng tiêu đề như vậy và không được đọc — chọn trang bằng --sheet / tuỳ chọn sheet',
      'Số liệu: dòng tiêu đề là dòng 3; dòng 1 phía trên ("Kết quả DTI 2024") không được đọc như số liệu — nếu có đơn vị ở đó, hãy chuyển xuống dưới dòng tiêu đề',
    ]);
    expect(r.issues[1]?.message).toBe(
      'Số liệu: the header is row 3; row 1 above it ("Kết quả DTI 2024") is not read as data — if a unit is there, move it below the header',
    );
  });

  it('under strict, the sheet chosen for the editor is an error; named with --sheet, only the title note stays', () => {
    const strict = readDataset(real('openpyxl-guide-and-title.xlsx'), framework, { strict: true });
    expect(strict.prepared).toBeUndefined();
    expect(strict.issues.map((i) => [i.code, i.severity])).toEqual([
      ['several-sheets', 'error'],
      ['reading-note', 'warning'],
    ]);
    const named = readDataset(real('openpyxl-guide-and-title.xlsx'), framework, { sheet: 'Số liệu', strict: true });
    expect(named.issues.map((i) => i.detail)).toEqual(['rows-above-header']);
    expect(named.prepared).toBeDefined();
  });
});

describe('a workbook with a sheet per year, opening on "2024"', () => {
  it('reads 2024 with a warning naming both; --sheet 2023 reads 2023 without one', () => {
    const r = readDataset(real('openpyxl-years.xlsx'), framework);
    expect(r.issues.map((i) => formatIssue(i, 'vi'))).toEqual([
      'các trang "2023", "2024" đều khớp với bộ chỉ số; đọc trang "2024" (trang đang mở) — chọn trang bằng --sheet / tuỳ chọn sheet',
    ]);
    expect(scores(r)).toEqual([
      ['gia-lam', 0.9],
      ['dan-phuong', 0.2],
    ]);
    const y2023 = readDataset(real('openpyxl-years.xlsx'), framework, { sheet: '2023' });
    expect(y2023.issues).toEqual([]);
    // 2023: gia-lam 60% of 50 + no = 30 of 100; dan-phuong 90% of 50 + yes 50 = 95 of 100.
    expect(scores(y2023)).toEqual([
      ['gia-lam', 0.3],
      ['dan-phuong', 0.95],
    ]);
  });
});

describe('a CSV file with a title line above the header', () => {
  it('finds the ";" header under "Kết quả DTI 2024" (line 1) and says the title is not read', () => {
    const text = 'Kết quả DTI 2024\n\nMã;Tên;Tỷ lệ hồ sơ trực tuyến;Có cổng thông tin\na;A;80;co\nb;B;40;khong\n';
    const r = readDataset(text, framework, { name: 'd.csv' });
    // It was "no header": the title, with no ";", made the comma the delimiter and the header one cell.
    expect(r.issues.map((i) => formatIssue(i, 'vi'))).toEqual([
      'd.csv: dòng tiêu đề là dòng 3; dòng 1 phía trên ("Kết quả DTI 2024") không được đọc như số liệu — nếu có đơn vị ở đó, hãy chuyển xuống dưới dòng tiêu đề',
    ]);
    expect(scores(r)).toEqual([
      ['a', 0.9],
      ['b', 0.2],
    ]);
  });
});
