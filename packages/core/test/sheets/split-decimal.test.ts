import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/sheets.js';
import { csv, rateAndCount, valueIn, vi } from '../helpers.js';

// A number written with a decimal comma ("97,8") in a comma-delimited file, unquoted, is split in two
// by the delimiter. It must never be read as 97 and a shifted column without a word.
const framework = rateAndCount('sp');
const read = (file: string) =>
  readDataset(new Uint8Array(readFileSync(new URL(`../fixtures/split-decimal/${file}`, import.meta.url))), framework, {
    name: file,
  });
const said = (r: ReturnType<typeof read>) => r.issues.map((i) => [i.severity, i.code, i.detail, i.unit]);

describe('a number split by the comma delimiter', () => {
  it('a row one field longer than the header (split in the middle column): an error naming unit, line and "97,8"', () => {
    const r = read('extra-field-middle.csv');
    expect(r.prepared).toBeUndefined();
    expect(said(r)).toEqual([['error', 'malformed-csv', 'extra-fields', 'x1']]);
    expect(r.issues[0]?.message).toBe(
      'extra-field-middle.csv line 2: unit "x1": the row has 4 fields where the header has 3; the extra "5" is read by no column, so the row\'s values may have shifted: check the delimiters in the row; "97,8" may be one number written with a decimal comma: quote it ("97,8") or save the file with ";" as the delimiter',
    );
  });

  it('split in the last column: the same error, naming "50,7"', () => {
    const r = read('extra-field-last.csv');
    expect(r.prepared).toBeUndefined();
    expect(said(r)).toEqual([['error', 'malformed-csv', 'extra-fields', 'x1']]);
    expect(vi(r.issues[0])).toBe(
      'extra-field-last.csv, dòng 2: đơn vị "x1": dòng có nhiều trường hơn dòng tiêu đề; phần thừa "5" không thuộc cột nào, nên các số liệu của dòng có thể đã bị lệch cột: hãy kiểm tra dấu phân cách trong dòng; "50,7" có thể là một số viết với dấu phẩy thập phân: hãy đặt số trong ngoặc kép ("50,7") hoặc lưu tệp với dấu ";" làm dấu phân cách',
    );
  });

  it('a header with a notes column that takes the shifted value: was read as 97 and 8; now an error', () => {
    const r = read('header-extra-column.csv');
    expect(r.prepared).toBeUndefined();
    expect(said(r)).toEqual([
      ['warning', 'unknown-column', undefined, undefined],
      ['error', 'malformed-csv', 'split-decimal', 'x1'],
    ]);
    const split = r.issues[1];
    expect(`${split?.cell?.sheet}!${split?.cell?.column}${split?.cell?.row}`).toBe('header-extra-column.csv!B2');
    expect(split?.message).toBe(
      'header-extra-column.csv line 2: unit "x1": "97,8" in columns B and C is likely one number written with a decimal comma, split in two by the comma delimiter: read so, "Tỷ lệ A" would be 97 and "Số C" 8, and the row\'s last value "5" would fall in the ignored column "Ghi chú"; quote the number ("97,8") or save the file with ";" as the delimiter',
    );
    expect(vi(split)).toBe(
      'header-extra-column.csv, dòng 2: đơn vị "x1": "97,8" ở cột B và C có thể là một số viết với dấu phẩy thập phân, bị dấu phân cách "," tách làm hai: đọc như vậy thì "Tỷ lệ A" là 97, "Số C" là 8, và giá trị cuối "5" của dòng rơi vào cột bị bỏ qua "Ghi chú"; hãy đặt số trong ngoặc kép ("97,8") hoặc lưu tệp với dấu ";" làm dấu phân cách',
    );
  });

  it('split in the last value column, the notes column empty elsewhere: an error naming "50,7"', () => {
    const r = read('header-extra-last.csv');
    expect(r.prepared).toBeUndefined();
    expect(r.issues.filter((i) => i.detail === 'split-decimal').map((i) => [i.unit, i.value, i.cell?.row])).toEqual([
      ['x1', '50,7', 2],
    ]);
  });

  it('an unknown column holding a number in every row is a column of its own: read, with its usual warning', () => {
    const r = read('numeric-extra-column.csv');
    expect(r.prepared).toBeDefined();
    expect(said(r)).toEqual([['warning', 'unknown-column', undefined, undefined]]);
    expect(r.dataset.units.map((u) => [u.id, u.values.a, u.values.c])).toEqual([
      ['x1', 97, 8],
      ['x2', 60, 7],
    ]);
  });
});

describe('a number split by the comma delimiter, the row no longer than the header', () => {
  it('notes column left of the values, empty elsewhere: "97" fell in it, "Tỷ lệ A" 8; now an error', () => {
    const r = read('notes-left.csv');
    expect(r.prepared).toBeUndefined();
    const split = r.issues.filter((i) => i.detail === 'split-decimal');
    expect(split.map((i) => [i.severity, i.unit, i.value, `${i.cell?.column}${i.cell?.row}`])).toEqual([
      ['error', 'x1', '97,8', 'B2'],
    ]);
    expect(split[0]?.message).toBe(
      'notes-left.csv line 2: unit "x1": "97,8" in columns B and C is likely one number written with a decimal comma, split in two by the comma delimiter: read so, "Ghi chú" would be 97 and "Tỷ lệ A" 8, and the whole part "97" would fall in the ignored column "Ghi chú"; quote the number ("97,8") or save the file with ";" as the delimiter',
    );
  });

  it('notes column between two values: "8" fell in it, "Số C" took 5; now an error, in vi', () => {
    const r = read('notes-between.csv');
    expect(r.prepared).toBeUndefined();
    const split = r.issues.filter((i) => i.detail === 'split-decimal');
    expect(split.map((i) => [i.severity, i.unit, i.value])).toEqual([['error', 'x1', '97,8']]);
    expect(vi(split[0])).toBe(
      'notes-between.csv, dòng 2: đơn vị "x1": "97,8" ở cột B và C có thể là một số viết với dấu phẩy thập phân, bị dấu phân cách "," tách làm hai: đọc như vậy thì "Tỷ lệ A" là 97, "Ghi chú" là 8, và phần thập phân "8" rơi vào cột bị bỏ qua "Ghi chú"; hãy đặt số trong ngoặc kép ("97,8") hoặc lưu tệp với dấu ";" làm dấu phân cách',
    );
  });

  it('an unknown column numeric in every row: "Số C" 8 beside 17 and 19, "Mã cũ" 50 beside 1 and 2: a warning', () => {
    const r = read('numeric-every-row.csv');
    // Read as written (it could be real), with the warning beside the usual one for the unknown column.
    expect(r.dataset.units.map((u) => [u.id, u.values.a, u.values.c])).toEqual([
      ['x1', 97, 8],
      ['x2', 60, 17],
      ['x3', 70, 19],
    ]);
    expect(said(r)).toEqual([
      ['warning', 'unknown-column', undefined, undefined],
      ['warning', 'malformed-csv', 'split-decimal', 'x1'],
    ]);
    expect(r.issues[1]?.message).toBe(
      'numeric-every-row.csv line 2: unit "x1": "97,8" in columns B and C may be one number written with a decimal comma, split in two by the comma delimiter: read so, "Tỷ lệ A" is 97, "Số C" 8 and each later value moves one column right ("Mã cũ" 50), which fits the other rows of those columns worse than "97,8" does; if it is one number, quote it ("97,8") or save the file with ";" as the delimiter',
    );
    expect(vi(r.issues[1])).toBe(
      'numeric-every-row.csv, dòng 2: đơn vị "x1": "97,8" ở cột B và C có thể là một số viết với dấu phẩy thập phân, bị dấu phân cách "," tách làm hai: đọc như vậy thì "Tỷ lệ A" là 97, "Số C" là 8 và mỗi giá trị sau lùi sang phải một cột ("Mã cũ" 50), lệch hẳn với các dòng khác của những cột đó, còn đọc là "97,8" thì khớp; nếu đó là một số, hãy đặt số trong ngoặc kép ("97,8") hoặc lưu tệp với dấu ";" làm dấu phân cách',
    );
  });

  it('the population column takes the shifted value (50 beside 1000 and 2000): the same warning', () => {
    const r = read('population-shifted.csv');
    expect(said(r)).toEqual([['warning', 'malformed-csv', 'split-decimal', 'x1']]);
    expect(r.issues[0]?.cell?.row).toBe(2);
  });
});

describe("rows that are not filled-in units say nothing of the columns' shape", () => {
  // An unknown column numeric in every unit's row is a column of its own; a total row, a unit not yet
  // filled in or a short row leaves it blank, and made every row with two whole numbers side by side
  // (90 and 80) a refused "90,80".
  const text = 'Mã,Tên,Tỷ lệ A,Số C,Năm thành lập\nx1,One,90,80,1997\nx2,Two,60,7,2008\n';
  const [total, blank, short] = ['Tổng cộng,,,,\n', 'x3,Three,,,\n', 'x4,Four,50\n'];

  it.each([
    ['a total row', total],
    ['a unit row with every value blank', blank],
    ['a row with fewer fields', short],
  ])('%s: 90 and 80 are two values, no split-decimal error', (_what, tail) => {
    const r = readDataset(csv(text + tail), framework, { name: 't.csv' });
    expect(r.prepared).toBeDefined();
    expect(r.issues.filter((i) => i.detail === 'split-decimal')).toEqual([]);
    expect([valueIn(r, 'x1', 'a'), valueIn(r, 'x1', 'c'), valueIn(r, 'x2', 'a'), valueIn(r, 'x2', 'c')]).toEqual([
      90, 80, 60, 7,
    ]);
  });

  it('a filled-in row whose unknown column is blank still shows the split', () => {
    const r = readDataset(csv(`${text}x5,Five,50,9,\n`), framework, { name: 't.csv' });
    expect(r.prepared).toBeUndefined();
    expect(r.issues.filter((i) => i.detail === 'split-decimal').map((i) => [i.unit, i.value])).toEqual([
      ['x1', '90,80'],
      ['x2', '60,7'],
    ]);
  });
});
