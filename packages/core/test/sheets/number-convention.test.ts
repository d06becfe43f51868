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

  it('a column with "2.528" and "12.50" gets one warning naming both readings, at the first of the two', () => {
    const r = readDataset(csv('Mã;Tỷ lệ A;Số C\nx1;50;2.528\nx2;50;12.50\nx3;50;1.200\n'), framework, {
      name: 'd.csv',
    });
    expect([valueIn(r, 'x1', 'c'), valueIn(r, 'x2', 'c'), valueIn(r, 'x3', 'c')]).toEqual([2528, 12.5, 1200]);
    // This asserted both notes, ambiguous-thousands at C2 and other-decimal-mark at C3, each saying the
    // column's other values "are read alike": false for a column that holds both kinds. One warning says so.
    expect(r.issues.map((i) => [i.detail, `${i.cell?.column}${i.cell?.row}`, i.cell?.text])).toEqual([
      ['mixed-decimal-marks', 'C2', '2.528'],
    ]);
    expect(r.issues[0]?.value).toEqual({
      decimal: { cell: 'C3', text: '12.50', value: 12.5 },
      thousands: { cell: 'C2', text: '2.528', value: 2528 },
    });
  });

  it('the hostile column 0.500, 1.250, 2.5, 3.000, 100: one warning naming a decimal dot and a thousands dot', () => {
    const text = 'Mã;Tên;Tỷ lệ A;Số C\nA;A;50;0.500\nB;B;50;1.250\nC;C;50;2.5\nD;D;50;3.000\nE;E;50;100\n';
    const r = readDataset(csv(text), framework, { name: 'm8.csv' });
    // Each value is read as its text allows; the warning says which reading each kind got.
    // The message now ends naming the column's cells read either way (it named two and hid the rest).
    expect(['A', 'B', 'C', 'D', 'E'].map((u) => valueIn(r, u, 'c'))).toEqual([0.5, 1250, 2.5, 3000, 100]);
    expect(r.prepared).toBeDefined();
    expect(
      r.issues.map((i) => [i.code, i.detail, i.severity, i.unit, i.indicator, i.cell?.column, i.cell?.row]),
    ).toEqual([['suspicious-value', 'mixed-decimal-marks', 'warning', 'A', 'c', 'D', 2]]);
    expect(r.issues[0]?.message).toBe(
      'm8.csv!D2 (column "Số C"): the column for indicator "c" mixes a decimal dot with a dot grouping thousands: "0.500" (D2, unit "A") is read as 0.5, its dot taken as the decimal mark, and "1.250" (D3, unit "B") is read as 1250, its dot taken as the thousands separator of the Vietnamese number convention (1.234,5) the file is read under; one of the two readings is likely wrong: write every number of the column the same way; such numbers are in 4 cells of 4 units: A (D2 "0.500"), B (D3 "1.250"), C (D4 "2.5") and 1 other cell',
    );
    expect(vi(r.issues[0])).toBe(
      'm8.csv!D2 (cột "Số C"): cột của chỉ số "c" dùng lẫn dấu chấm thập phân và dấu chấm phân cách hàng nghìn: "0.500" (D2, đơn vị "A") được đọc là 0,5, dấu chấm được hiểu là dấu thập phân, còn "1.250" (D3, đơn vị "B") được đọc là 1250, dấu chấm được hiểu là dấu phân cách hàng nghìn theo quy ước số Việt Nam (1.234,5) dùng để đọc tệp; một trong hai cách đọc có thể sai: hãy viết mọi số của cột theo cùng một cách; các số như vậy nằm ở 4 ô của 4 đơn vị: A (D2 "0.500"), B (D3 "1.250"), C (D4 "2.5") và 1 ô khác',
    );
    expect(r.issues[0]?.cells?.map((c) => `${c.unit} ${c.column}${c.row} ${c.value}`)).toEqual([
      'A D2 0.5',
      'B D3 1250',
      'C D4 2.5',
      'D D5 3000',
    ]);
    for (const issue of r.issues) expect(`${issue.message} ${vi(issue)}`).not.toMatch(/read alike|đọc như vậy/u);
  });

  it('a column mixing conventions is an error under strict, as its thousands note was', () => {
    const text = 'Mã;Tên;Tỷ lệ A;Số C\nA;A;50;0.500\nB;B;50;1.250\nC;C;50;2.5\nD;D;50;3.000\nE;E;50;100\n';
    const r = readDataset(csv(text), framework, { name: 'm8.csv', strict: true });
    expect(r.prepared).toBeUndefined();
    expect(r.issues.map((i) => [i.detail, i.severity])).toEqual([['mixed-decimal-marks', 'error']]);
  });

  it('under the English convention, "1,5" beside "1,250" is a decimal comma mixed with a thousands comma', () => {
    const r = readDataset(csv('Mã;Tỷ lệ A;Số C\nx1;50;"1,250"\nx2;50;"1,5"\nx3;50;"0,25"\n'), framework, {
      name: 'e.csv',
      locale: 'en',
    });
    expect([valueIn(r, 'x1', 'c'), valueIn(r, 'x2', 'c'), valueIn(r, 'x3', 'c')]).toEqual([1250, 1.5, 0.25]);
    expect(r.issues.map((i) => i.message)).toEqual([
      'e.csv!C2 (column "Số C"): the column for indicator "c" mixes a decimal comma with a comma grouping thousands: "1,5" (C3, unit "x2") is read as 1.5, its comma taken as the decimal mark, and "1,250" (C2, unit "x1") is read as 1250, its comma taken as the thousands separator of the English number convention (1,234.5) the file is read under; one of the two readings is likely wrong: write every number of the column the same way; such numbers are in 3 cells of 3 units: x1 (C2 "1,250"), x2 (C3 "1,5"), x3 (C4 "0,25")',
    ]);
    expect(vi(r.issues[0])).toBe(
      'e.csv!C2 (cột "Số C"): cột của chỉ số "c" dùng lẫn dấu phẩy thập phân và dấu phẩy phân cách hàng nghìn: "1,5" (C3, đơn vị "x2") được đọc là 1,5, dấu phẩy được hiểu là dấu thập phân, còn "1,250" (C2, đơn vị "x1") được đọc là 1250, dấu phẩy được hiểu là dấu phân cách hàng nghìn theo quy ước số tiếng Anh (1,234.5) dùng để đọc tệp; một trong hai cách đọc có thể sai: hãy viết mọi số của cột theo cùng một cách; các số như vậy nằm ở 3 ô của 3 đơn vị: x1 (C2 "1,250"), x2 (C3 "1,5"), x3 (C4 "0,25")',
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
