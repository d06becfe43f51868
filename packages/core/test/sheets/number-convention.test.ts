import { describe, expect, it } from 'vitest';
import { parseValue } from '../../src/sheets/parse-value.js';
import { readDataset, writeXlsx } from '../../src/sheets.js';
import { csv, rateAndCount, valueIn, vi } from '../helpers.js';

const framework = rateAndCount('nc');

describe('a decimal mark of the other convention, said once per column', () => {
  it('"0.500", "1.5" and "12.50" in a Vietnamese-convention file are decimals, said once for the column', () => {
    const r = readDataset(csv('Mã;Tên;Tỷ lệ A;Số C\nx1;One;50;0.500\nx2;Two;50;1.5\nx3;Three;50;12.50\n'), framework, {
      name: 'd.csv',
    });
    expect([valueIn(r, 'x1', 'c'), valueIn(r, 'x2', 'c'), valueIn(r, 'x3', 'c')]).toEqual([0.5, 1.5, 12.5]);
    expect(r.prepared).toBeDefined();
    expect(r.issues.map((i) => [i.code, i.detail, i.severity, i.unit, i.indicator, i.value, i.cell?.text])).toEqual([
      ['reading-note', 'other-decimal-mark', 'warning', 'x1', 'c', 0.5, '0.500'],
    ]);
    // Was "the column's other values … are read alike and not listed": the other cells could not be found. Now counted and named.
    expect(r.issues[0]?.message).toBe(
      'd.csv!D2 (column "Số C"): "0.500" for unit "x1", indicator "c" is read as 0.5, its dot taken as the decimal mark, against the Vietnamese number convention (1.234,5) the file is read under; the column\'s values with a decimal dot are read alike, in 3 cells of 3 units: x1 (D2 "0.500"), x2 (D3 "1.5"), x3 (D4 "12.50")',
    );
    expect(vi(r.issues[0])).toBe(
      'd.csv!D2 (cột "Số C"): "0.500" của đơn vị "x1", chỉ số "c" được đọc là 0,5, dấu chấm được hiểu là dấu thập phân, khác với quy ước số Việt Nam (1.234,5) dùng để đọc tệp; các giá trị của cột có dấu chấm thập phân được đọc như vậy, ở 3 ô của 3 đơn vị: x1 (D2 "0.500"), x2 (D3 "1.5"), x3 (D4 "12.50")',
    );
    expect(r.issues[0]?.cells).toEqual([
      { unit: 'x1', row: 2, column: 'D', text: '0.500', value: 0.5 },
      { unit: 'x2', row: 3, column: 'D', text: '1.5', value: 1.5 },
      { unit: 'x3', row: 4, column: 'D', text: '12.50', value: 12.5 },
    ]);
  });

  // These four asserted one warning for a column mixing a decimal mark with the same mark grouping
  // thousands, and scored "2.528" as 2528, "1.250" as 1250: a guess a thousand times off if the column
  // writes decimals with a dot, as its "12.50" shows. Each such cell is now an error naming both readings.
  it('a column with "2.528" and "12.50": "2.528" and "1.200" are errors naming both readings', () => {
    const r = readDataset(csv('Mã;Tỷ lệ A;Số C\nx1;50;2.528\nx2;50;12.50\nx3;50;1.200\n'), framework, {
      name: 'd.csv',
    });
    expect(r.prepared).toBeUndefined();
    expect(
      r.issues.map((i) => [i.severity, i.detail, i.unit, i.indicator, `${i.cell?.column}${i.cell?.row}`, i.value]),
    ).toEqual([
      ['error', 'ambiguous-decimal-mark', 'x1', 'c', 'C2', '2.528'],
      ['error', 'ambiguous-decimal-mark', 'x3', 'c', 'C4', '1.200'],
    ]);
    expect(r.issues[0]?.message).toBe(
      'd.csv!C2 (column "Số C"): "2.528" for unit "x1", indicator "c" could be 2.528 or 2528: the file writes decimals with a dot ("12.50" in C3), so this dot may be a decimal mark as well as the thousands separator of the Vietnamese number convention (1.234,5) the file is read under; nothing is scored on a guess: write 2,528 or 2528',
    );
    expect(vi(r.issues[1])).toBe(
      'd.csv!C4 (cột "Số C"): "1.200" của đơn vị "x3", chỉ số "c" có thể là 1,2 hoặc 1200: tệp viết số thập phân bằng dấu chấm ("12.50" ở C3), nên dấu chấm này có thể là dấu thập phân cũng như dấu phân cách hàng nghìn theo quy ước số Việt Nam (1.234,5) dùng để đọc tệp; không chấm điểm theo phỏng đoán: hãy viết rõ 1,2 hoặc 1200',
    );
  });

  it('the hostile column 0.500, 1.250, 2.5, 3.000, 100: "1.250" and "3.000" are errors, nothing is scored', () => {
    const text = 'Mã;Tên;Tỷ lệ A;Số C\nA;A;50;0.500\nB;B;50;1.250\nC;C;50;2.5\nD;D;50;3.000\nE;E;50;100\n';
    const r = readDataset(csv(text), framework, { name: 'm8.csv' });
    expect(r.prepared).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.detail, i.severity, i.unit, i.cell?.column, i.cell?.row])).toEqual([
      ['unreadable-cell', 'ambiguous-decimal-mark', 'error', 'B', 'D', 3],
      ['unreadable-cell', 'ambiguous-decimal-mark', 'error', 'D', 'D', 5],
    ]);
    expect(vi(r.issues[1])).toContain(
      '"3.000" của đơn vị "D", chỉ số "c" có thể là 3 hoặc 3000: tệp viết số thập phân bằng dấu chấm ("0.500" ở D2)',
    );
    for (const issue of r.issues) expect(`${issue.message} ${vi(issue)}`).not.toMatch(/read alike|đọc như vậy/u);
  });

  it('a column mixing conventions stays refused under strict', () => {
    const text = 'Mã;Tên;Tỷ lệ A;Số C\nA;A;50;0.500\nB;B;50;1.250\nC;C;50;2.5\nD;D;50;3.000\nE;E;50;100\n';
    const r = readDataset(csv(text), framework, { name: 'm8.csv', strict: true });
    expect(r.prepared).toBeUndefined();
    expect(r.issues.map((i) => [i.detail, i.severity])).toEqual([
      ['ambiguous-decimal-mark', 'error'],
      ['ambiguous-decimal-mark', 'error'],
    ]);
  });

  it('under the English convention, "1,250" beside "1,5" is 1.25 or 1250: an error', () => {
    const r = readDataset(csv('Mã;Tỷ lệ A;Số C\nx1;50;"1,250"\nx2;50;"1,5"\nx3;50;"0,25"\n'), framework, {
      name: 'e.csv',
      locale: 'en',
    });
    expect(r.prepared).toBeUndefined();
    expect(r.issues.map((i) => i.message)).toEqual([
      'e.csv!C2 (column "Số C"): "1,250" for unit "x1", indicator "c" could be 1.25 or 1250: the file writes decimals with a comma ("1,5" in C3), so this comma may be a decimal mark as well as the thousands separator of the English number convention (1,234.5) the file is read under; nothing is scored on a guess: write 1.25 or 1250',
    ]);
    expect(vi(r.issues[0])).toBe(
      'e.csv!C2 (cột "Số C"): "1,250" của đơn vị "x1", chỉ số "c" có thể là 1,25 hoặc 1250: tệp viết số thập phân bằng dấu phẩy ("1,5" ở C3), nên dấu phẩy này có thể là dấu thập phân cũng như dấu phân cách hàng nghìn theo quy ước số tiếng Anh (1,234.5) dùng để đọc tệp; không chấm điểm theo phỏng đoán: hãy viết rõ 1.25 hoặc 1250',
    );
  });

  it('one note per column: a second column gets its own', () => {
    const r = readDataset(csv('Mã;Tỷ lệ A;Số C\nx1;97.5;3\nx2;50.25;4.5\n'), framework, { name: 'd.csv' });
    expect([valueIn(r, 'x1', 'a'), valueIn(r, 'x2', 'a'), valueIn(r, 'x2', 'c')]).toEqual([97.5, 50.25, 4.5]);
    expect(r.issues.map((i) => [i.indicator, `${i.cell?.column}${i.cell?.row}`, i.cell?.text])).toEqual([
      ['a', 'B2', '97.5'],
      ['c', 'C3', '4.5'],
    ]);
  });

  it('"1,5" in an English-convention file is 1.5, said under the English convention', () => {
    const r = readDataset(csv('Mã;Tên;Tỷ lệ A;Số C\nx1;One;50;1,5\nx2;Two;50;"0,25"\n'), framework, {
      name: 'e.csv',
      locale: 'en',
    });
    expect([valueIn(r, 'x1', 'c'), valueIn(r, 'x2', 'c')]).toEqual([1.5, 0.25]);
    // Was "the column's other values … are read alike and not listed": the other cells could not be found. Now counted and named.
    expect(r.issues.map((i) => i.message)).toEqual([
      'e.csv!D2 (column "Số C"): "1,5" for unit "x1", indicator "c" is read as 1.5, its comma taken as the decimal mark, against the English number convention (1,234.5) the file is read under; the column\'s values with a decimal comma are read alike, in 2 cells of 2 units: x1 (D2 "1,5"), x2 (D3 "0,25")',
    ]);
    expect(vi(r.issues[0])).toBe(
      'e.csv!D2 (cột "Số C"): "1,5" của đơn vị "x1", chỉ số "c" được đọc là 1,5, dấu phẩy được hiểu là dấu thập phân, khác với quy ước số tiếng Anh (1,234.5) dùng để đọc tệp; các giá trị của cột có dấu phẩy thập phân được đọc như vậy, ở 2 ô của 2 đơn vị: x1 (D2 "1,5"), x2 (D3 "0,25")',
    );
  });

  it('"1,234.5" in a Vietnamese-convention workbook text cell is read as 1234.5 with the note', () => {
    const bytes = writeXlsx([
      {
        name: 'S',
        rows: [
          ['Mã', 'Tỷ lệ A', 'Số C'],
          ['x1', 50, '1,234.5'],
          ['x2', 50, 7.25],
        ],
      },
    ]);
    const r = readDataset(bytes, framework);
    expect([valueIn(r, 'x1', 'c'), valueIn(r, 'x2', 'c')]).toEqual([1234.5, 7.25]);
    // The number 7.25 is stored as a number: no mark was read, so no note.
    expect(r.issues.map((i) => [i.detail, `${i.cell?.sheet}!${i.cell?.column}${i.cell?.row}`, i.value])).toEqual([
      ['other-decimal-mark', 'S!C2', 1234.5],
    ]);
  });

  it('stays a warning under strict: the reading is certain', () => {
    const r = readDataset(csv('Mã;Tỷ lệ A;Số C\nx1;50;0.5\n'), framework, { strict: true });
    expect(r.prepared).toBeDefined();
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['reading-note', 'warning']]);
  });

  it("numbers written the convention's way get no note", () => {
    const vi = readDataset(csv('Mã;Tỷ lệ A;Số C\nx1;97,8;1.234,5\nx2;50;0,5\n'), framework);
    expect(vi.issues).toEqual([]);
    const en = readDataset(csv('Mã,Tỷ lệ A,Số C\nx1,97.8,"1,234.5"\nx2,50,0.5\n'), framework, { locale: 'en' });
    expect(en.issues).toEqual([]);
  });

  it('parseValue flags the mark only when asked, so its plain reading is unchanged', () => {
    expect(parseValue('0.500')).toEqual({ kind: 'number', value: 0.5, percent: false });
    expect(parseValue('0.500', { otherMark: true })).toEqual({
      kind: 'number',
      value: 0.5,
      percent: false,
      otherMark: true,
    });
    expect(parseValue('1,5', { locale: 'en', otherMark: true })).toEqual({
      kind: 'number',
      value: 1.5,
      percent: false,
      otherMark: true,
    });
    expect(parseValue('1,5', { otherMark: true })).toEqual({ kind: 'number', value: 1.5, percent: false });
    expect(parseValue('2.528', { otherMark: true })).toEqual({
      kind: 'number',
      value: 2528,
      percent: false,
      ambiguous: true,
    });
  });
});

describe('one reading of the dot per file', () => {
  it('"98.123" in a % column that writes "97.8" is 98,123 or 98123: an error, not 98123 % at full marks', () => {
    const r = readDataset(csv('Mã,Tỷ lệ A,Số C\nx1,97.8,3\nx2,98.123,4\nx3,50,1.234\n'), framework, { name: 'e.csv' });
    expect(r.prepared).toBeUndefined();
    expect(r.issues.map((i) => [i.severity, i.detail, i.unit, i.indicator, `${i.cell?.column}${i.cell?.row}`])).toEqual(
      [
        ['warning', 'other-decimal-mark', 'x1', 'a', 'B2'],
        ['error', 'ambiguous-decimal-mark', 'x2', 'a', 'B3'],
        // Another column with no decimal of its own: the file's "97.8" makes the doubt.
        ['error', 'ambiguous-decimal-mark', 'x3', 'c', 'C4'],
      ],
    );
    expect(vi(r.issues[1])).toBe(
      'e.csv!B3 (cột "Tỷ lệ A"): "98.123" của đơn vị "x2", chỉ số "a" có thể là 98,123 hoặc 98123: tệp viết số thập phân bằng dấu chấm ("97.8" ở B2), nên dấu chấm này có thể là dấu thập phân cũng như dấu phân cách hàng nghìn theo quy ước số Việt Nam (1.234,5) dùng để đọc tệp; không chấm điểm theo phỏng đoán: hãy viết rõ 98,123 hoặc 98123',
    );
    expect(r.issues[2]?.message).toBe(
      'e.csv!C4 (column "Số C"): "1.234" for unit "x3", indicator "c" could be 1.234 or 1234: the file writes decimals with a dot ("97.8" in B2), so this dot may be a decimal mark as well as the thousands separator of the Vietnamese number convention (1.234,5) the file is read under; nothing is scored on a guess: write 1,234 or 1234',
    );
    // The note on "97.8" no longer says the column's other dotted values are read alike: "98.123" is not.
    expect(r.issues[0]?.message).toBe(
      'e.csv!B2 (column "Tỷ lệ A"): "97.8" for unit "x1", indicator "a" is read as 97.8, its dot taken as the decimal mark, against the Vietnamese number convention (1.234,5) the file is read under; no other value of the column is read with a decimal dot',
    );
    expect(vi(r.issues[0])).toBe(
      'e.csv!B2 (cột "Tỷ lệ A"): "97.8" của đơn vị "x1", chỉ số "a" được đọc là 97,8, dấu chấm được hiểu là dấu thập phân, khác với quy ước số Việt Nam (1.234,5) dùng để đọc tệp; không có giá trị nào khác của cột được đọc với dấu chấm thập phân',
    );
  });

  it('a file with no dot decimal reads "2.528" as 2528, as before', () => {
    const r = readDataset(csv('Mã;Tỷ lệ A;Số C\nx1;97,8;2.528\nx2;50;3\n'), framework, { name: 'd.csv' });
    expect(valueIn(r, 'x1', 'c')).toBe(2528);
    expect(r.issues.map((i) => [i.severity, i.detail])).toEqual([['warning', 'ambiguous-thousands']]);
  });
});

describe('a number the convention cannot read names the convention in force', () => {
  it('under the English convention, in English and in Vietnamese', () => {
    const r = readDataset(csv('Mã;Tỷ lệ A;Số C\nx1;50;1.234.567\n'), framework, { name: 'e.csv', locale: 'en' });
    expect(r.issues.map((i) => [i.code, i.detail])).toEqual([['unreadable-cell', 'number-format-en']]);
    expect(r.issues[0]?.message).toBe(
      'e.csv!C2: "1.234.567" for unit "x1", indicator "c": not a number as written in English (column "Số C")',
    );
    expect(vi(r.issues[0])).toBe(
      'e.csv!C2: "1.234.567" của đơn vị "x1", chỉ số "c" không phải số viết theo quy ước số tiếng Anh (1,234.5): dấu chấm thập phân, dấu phẩy hàng nghìn (cột "Số C")',
    );
  });

  it('under the Vietnamese convention', () => {
    const r = readDataset(csv('Mã;Tỷ lệ A;Số C\nx1;50;1,234,567\n'), framework, { name: 'd.csv' });
    expect(r.issues.map((i) => [i.code, i.detail])).toEqual([['unreadable-cell', 'number-format']]);
    expect(r.issues[0]?.message).toBe(
      'd.csv!C2: "1,234,567" for unit "x1", indicator "c": not a number as written in Vietnamese (decimal comma, thousands dot) (column "Số C")',
    );
    expect(vi(r.issues[0])).toBe(
      'd.csv!C2: "1,234,567" của đơn vị "x1", chỉ số "c" không phải số viết theo quy ước số Việt Nam (1.234,5): dấu phẩy thập phân, dấu chấm hàng nghìn (cột "Số C")',
    );
  });
});
