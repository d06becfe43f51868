import { describe, expect, it } from 'vitest';
import { DtiError, defineFramework, formatIssue } from '../../src/index.js';
import { readCsv, readDataset, readSheets } from '../../src/sheets.js';
import { group, percentIndicator, framework as testFramework } from '../helpers.js';

/** Two % indicators the sample files below fill in: "Tỷ lệ A" and "Tỷ lệ B". */
const framework = defineFramework(
  testFramework({
    id: 'hai-chi-so',
    label: 'Hai chỉ số',
    root: group('root', [percentIndicator('a', { label: 'Tỷ lệ A' }), percentIndicator('b', { label: 'Tỷ lệ B' })], {
      label: 'Chỉ số',
    }),
  }),
);

const HEADER = 'Mã đơn vị;Tên đơn vị;Tỷ lệ A;Tỷ lệ B';

describe('readCsv: a quote that is never closed', () => {
  const text = `${HEADER}\nx1;"Xã Một;50;60\nx2;Xã Hai;70;10\nx3;Xã Ba;80;20\n`;

  it('is an error naming its line, and the rows after it stay rows', () => {
    const sheet = readCsv(text, { name: 'xa.csv' });
    expect(sheet.rows).toEqual([
      ['Mã đơn vị', 'Tên đơn vị', 'Tỷ lệ A', 'Tỷ lệ B'],
      ['x1', '"Xã Một', '50', '60'],
      ['x2', 'Xã Hai', '70', '10'],
      ['x3', 'Xã Ba', '80', '20'],
    ]);
    expect(sheet.issues).toEqual([
      {
        severity: 'error',
        code: 'malformed-csv',
        detail: 'unclosed-quote',
        path: [],
        value: 4,
        message:
          'xa.csv line 2: a quote opened here is never closed (it would take in 4 lines); the quote is read as a plain character',
        cell: { sheet: 'xa.csv', row: 2, column: 'A', text: '' },
      },
    ]);
  });

  it('makes readDataset refuse the file instead of answering ✓ with one unit', () => {
    const r = readDataset(text, framework, { name: 'xa.csv' });
    expect(r.prepared).toBeUndefined();
    expect(r.issues.map((i) => [i.severity, i.code])).toEqual([['error', 'malformed-csv']]);
    expect(r.dataset.units.map((u) => u.id)).toEqual(['x1', 'x2', 'x3']);
    expect(formatIssue(r.issues[0] as (typeof r.issues)[number], 'vi')).toBe(
      'xa.csv, dòng 2: dấu ngoặc kép mở ở đây không bao giờ được đóng; dấu này được đọc như một ký tự thường',
    );
  });
});

describe('readCsv: a quoted field running across lines', () => {
  it('is an error when the lines it takes in are rows of the file', () => {
    // The quote closes on line 3, so the field count of the merged row (4) looks right.
    const sheet = readCsv(`${HEADER}\nx1;"Xã Một;50;60\nx2;Xã Hai";70;10\nx3;Xã Ba;80;20`);
    expect(sheet.rows.map((r) => r[0])).toEqual(['Mã đơn vị', 'x1', 'x2', 'x3']);
    expect(sheet.issues?.map((i) => i.message)).toEqual([
      'csv line 2: a quote opened here runs across 2 lines that each read as a row of 4 fields without it; the quote is read as a plain character',
    ]);
  });

  it('is an error when it breaks the row’s field count', () => {
    const sheet = readCsv(`${HEADER}\nx1;"Xã Một\nx2";70\nx3;Xã Ba;80;20\nx4;Xã Bốn;1;2`);
    expect(sheet.issues?.map((i) => i.message)).toEqual([
      'csv line 2: a quote opened here runs across 2 lines, making a row of 3 fields where the file has 4; the quote is read as a plain character',
    ]);
    expect(sheet.rows).toHaveLength(5);
  });

  it('closing in the middle of a field is an error', () => {
    const sheet = readCsv(`${HEADER}\nx1;"Xã\nMột"x;50;60\nx2;Xã Hai;70;10`);
    expect(sheet.issues?.[0]?.message).toBe(
      'csv line 2: a quote opened here runs across 2 lines and closes in the middle of a field; the quote is read as a plain character',
    );
  });

  it('reads line breaks inside quoted cells as Excel writes them, without an issue', () => {
    const excel = 'Mã đơn vị;"Tỷ lệ A\n(%)";"Tỷ lệ B\r\n(%)"\r\nx1;"50";"ghi chú; dòng 1\r\ndòng 2"\r\nx2;70;10\r\n';
    const sheet = readCsv(excel);
    expect(sheet.issues).toBeUndefined();
    expect(sheet.rows).toEqual([
      ['Mã đơn vị', 'Tỷ lệ A\n(%)', 'Tỷ lệ B\r\n(%)'],
      ['x1', '50', 'ghi chú; dòng 1\r\ndòng 2'],
      ['x2', '70', '10'],
    ]);
    const r = readDataset('Mã đơn vị;"Tỷ lệ A\n(%)";Tỷ lệ B\nx1;50;60\n', framework);
    expect(r.issues).toEqual([]);
    expect(r.dataset.units).toEqual([{ id: 'x1', values: { a: 50, b: 60 } }]);
  });

  it('keeps "" as a quote inside quotes and a stray quote inside a field as text', () => {
    expect(readCsv('a;b\n"Xã ""Một""";5 "inch"').rows).toEqual([
      ['a', 'b'],
      ['Xã "Một"', '5 "inch"'],
    ]);
  });
});

describe('readCsv: mixed delimiters', () => {
  it('is an error naming the lines split by another delimiter', () => {
    const text = `${HEADER}\nx1;Xã Một;50;60\nx2,Xã Hai,70,10\nx3;Xã Ba;80;20\nx4,Xã Bốn,1,2`;
    const r = readDataset(text, framework, { name: 'lan.csv' });
    expect(r.prepared).toBeUndefined();
    expect(r.issues.map((i) => [i.severity, i.code, i.message])).toEqual([
      [
        'error',
        'malformed-csv',
        'lan.csv line 3: fields are separated by "," on lines 3, 5, by ";" elsewhere: save the file again with one delimiter',
      ],
    ]);
    expect(formatIssue(r.issues[0] as (typeof r.issues)[number], 'vi')).toBe(
      'lan.csv, dòng 3: tệp dùng lẫn hai dấu phân cách cột (dòng 3, 5): hãy lưu lại tệp với một dấu phân cách',
    );
  });

  it('leaves commas inside Vietnamese text of a semicolon file alone', () => {
    const sheet = readCsv('Mã;Tỷ lệ cán bộ, công chức\nx1;Xã Một, Hai\nx2;5');
    expect(sheet.issues).toBeUndefined();
  });
});

describe('readCsv: bytes that are not CSV text', () => {
  it('reports and removes NUL characters', () => {
    const sheet = readCsv(`${HEADER}\nx1;Xã\u0000 Một;50;60`);
    expect(sheet.rows[1]).toEqual(['x1', 'Xã Một', '50', '60']);
    expect(sheet.issues?.map((i) => i.message)).toEqual([
      'csv line 2: the text holds NUL characters (byte 0), which no spreadsheet writes; they are removed',
    ]);
  });

  it('refuses UTF-16 read without its byte-order mark', () => {
    const utf16 = Array.from(HEADER, (ch) => `${ch}\u0000`).join('');
    expect(() => readCsv(utf16)).toThrow(DtiError);
    expect(() => readCsv(utf16)).toThrow(/UTF-16 without a byte-order mark/);
  });
});

describe('a CSV file beyond the size limit', () => {
  it('is refused before it is read, naming the limit', () => {
    const text = `Mã;Tên\n${'x;Xã Một\n'.repeat(200)}`;
    expect(() => readSheets(text, { maxBytes: 1000 })).toThrow(
      'the file is 1,807 bytes, more than the 1,000 bytes a CSV file may be (limit maxBytes): split it, or raise the limit',
    );
    const r = readDataset(new TextEncoder().encode(text), framework, { maxBytes: 1000 });
    expect(r.issues.map((i) => [i.severity, i.code])).toEqual([['error', 'limit-exceeded']]);
    expect(readSheets(text, { maxBytes: 2000 })[0]?.rows).toHaveLength(201);
  });
});
