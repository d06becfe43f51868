import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineFramework, formatIssue } from '../../src/index.js';
import { duplicateJsonKeys } from '../../src/sheets/json-duplicate-keys.js';
import { parseValue } from '../../src/sheets/parse-value.js';
import { readDataset, readXlsx, writeXlsx } from '../../src/sheets.js';
import { STRICT_CODES } from '../../src/validate/strict.js';
import {
  flatFramework,
  goalposts,
  group,
  indicator,
  percentIndicator,
  framework as testFramework,
} from '../helpers.js';

const rateA = percentIndicator('a', { label: 'Tỷ lệ A' });
const framework = defineFramework(
  testFramework({
    id: 't1',
    label: 'T',
    root: group('root', [rateA, indicator('c', { label: 'Số C' })], { label: 'R' }),
  }),
);
const onlyA = defineFramework(testFramework({ id: 't2', label: 'T', root: group('root', [rateA], { label: 'R' }) }));
const csv = (text: string) => new TextEncoder().encode(text);
const valueIn = (r: ReturnType<typeof readDataset>, unit: string, id: string) =>
  r.dataset.units.find((u) => u.id === unit)?.values[id];

describe('several sheets matching the framework', () => {
  const header = ['Mã', 'Tên', 'Tỷ lệ A'];
  const book = (active: 0 | 1 | undefined, names = ['2023', '2024']) =>
    writeXlsx([
      {
        name: names[0] as string,
        rows: [header, ['x1', 'One', 90], ['x2', 'Two', 10]],
        ...(active === 0 && { active: true }),
      },
      {
        name: names[1] as string,
        rows: [header, ['x1', 'One', 10], ['x2', 'Two', 90]],
        ...(active === 1 && { active: true }),
      },
    ]);

  it('the reader marks the active tab', () => {
    expect(readXlsx(book(1)).map((s) => [s.name, s.active])).toEqual([
      ['2023', undefined],
      ['2024', true],
    ]);
  });

  it('reads the active sheet among them and says which and why', () => {
    const r = readDataset(book(1), onlyA);
    expect(valueIn(r, 'x1', 'a')).toBe(10);
    expect(valueIn(r, 'x2', 'a')).toBe(90);
    expect(r.prepared).toBeDefined();
    const [w] = r.issues;
    expect(r.issues).toHaveLength(1);
    expect(w?.code).toBe('several-sheets');
    expect(w?.severity).toBe('warning');
    expect(w?.message).toBe(
      'sheets "2023", "2024" both match; "2024" (the active sheet) is read — choose with --sheet / the sheet option',
    );
    expect(formatIssue(w as never, 'vi')).toBe(
      'các trang "2023", "2024" đều khớp với bộ chỉ số; đọc trang "2024" (trang đang mở) — chọn trang bằng --sheet / tuỳ chọn sheet',
    );
  });

  it('reads the first when the active tab is not among them, still with the warning', () => {
    const withCover = writeXlsx([
      { name: 'Bìa', rows: [['Báo cáo chuyển đổi số']], active: true },
      { name: '2023', rows: [header, ['x1', 'One', 90]] },
      { name: '2024', rows: [header, ['x1', 'One', 10]] },
    ]);
    const r = readDataset(withCover, onlyA);
    expect(valueIn(r, 'x1', 'a')).toBe(90);
    expect(r.issues.map((i) => i.message)).toEqual([
      'sheets "2023", "2024" both match; "2023" (the first) is read — choose with --sheet / the sheet option',
    ]);
    expect(formatIssue(r.issues[0] as never, 'vi')).toBe(
      'các trang "2023", "2024" đều khớp với bộ chỉ số; đọc trang "2023" (trang đầu tiên) — chọn trang bằng --sheet / tuỳ chọn sheet',
    );
  });

  it('refuses the ambiguity under strict, and not when the sheet is named', () => {
    const strict = readDataset(book(1), onlyA, { strict: true });
    expect(strict.prepared).toBeUndefined();
    expect(strict.issues.map((i) => [i.code, i.severity])).toEqual([['several-sheets', 'error']]);
    expect(STRICT_CODES.has('several-sheets')).toBe(true);
    const named = readDataset(book(1), onlyA, { sheet: '2023', strict: true });
    expect(named.issues).toEqual([]);
    expect(valueIn(named, 'x1', 'a')).toBe(90);
  });

  it('reads the one sheet that matches, and names it when the workbook opens on another sheet', () => {
    const one = writeXlsx([
      { name: 'Ghi chú', rows: [['Ghi chú']] },
      { name: 'Số liệu', rows: [header, ['x1', 'One', 90]] },
    ]);
    // It said nothing: an editor looking at "Ghi chú", the tab the workbook opens on, was not told
    // which sheet was scored (a 2024 sheet whose headers were retyped would leave 2023 scored unseen).
    const r = readDataset(one, onlyA);
    expect(valueIn(r, 'x1', 'a')).toBe(90);
    expect(r.issues.map((i) => [i.code, i.detail, i.severity, i.value])).toEqual([
      [
        'several-sheets',
        'active-not-read',
        'warning',
        { read: 'Số liệu', active: 'Ghi chú', sheets: ['Ghi chú', 'Số liệu'] },
      ],
    ]);
    expect(r.issues[0]?.message).toBe(
      '"Số liệu" is read, the only sheet whose header matches the framework; the sheet the workbook opens on, "Ghi chú", has no such header and is not read — choose with --sheet / the sheet option',
    );
    expect(formatIssue(r.issues[0] as never, 'vi')).toBe(
      'đọc trang "Số liệu", trang duy nhất có dòng tiêu đề khớp với bộ chỉ số; trang mở ra khi mở tệp, "Ghi chú", không có dòng tiêu đề như vậy và không được đọc — chọn trang bằng --sheet / tuỳ chọn sheet',
    );
  });

  it('says nothing when the one sheet that matches is the one the workbook opens on, or --sheet names it', () => {
    const one = writeXlsx([
      { name: 'Ghi chú', rows: [['Ghi chú']] },
      { name: 'Số liệu', rows: [header, ['x1', 'One', 90]], active: true },
    ]);
    expect(readDataset(one, onlyA).issues).toEqual([]);
    const named = writeXlsx([
      { name: 'Ghi chú', rows: [['Ghi chú']] },
      { name: 'Số liệu', rows: [header, ['x1', 'One', 90]] },
    ]);
    expect(readDataset(named, onlyA, { sheet: 'Số liệu' }).issues).toEqual([]);
  });
});

describe('one separator that may be a thousands mark', () => {
  it('"1,000" in a count column (vi) is read as 1, with a warning naming cell, header, unit and indicator', () => {
    const r = readDataset(csv('Mã;Tên;Tỷ lệ A;Số C\nx1;One;50;1,000\nx2;Two;50;900\n'), framework, { name: 'd.csv' });
    expect(valueIn(r, 'x1', 'c')).toBe(1);
    expect(r.issues).toHaveLength(1);
    const [w] = r.issues;
    expect([w?.code, w?.detail, w?.severity, w?.unit, w?.indicator]).toEqual([
      'suspicious-value',
      'ambiguous-separator',
      'warning',
      'x1',
      'c',
    ]);
    expect(w?.message).toBe(
      'd.csv!D2 (column "Số C"): "1,000" for unit "x1", indicator "c" is read as 1 (comma as the decimal mark, as Vietnamese writes numbers); if 1000 was meant, write 1.000 or 1000',
    );
    expect(formatIssue(w as never, 'vi')).toBe(
      'd.csv!D2 (cột "Số C"): "1,000" của đơn vị "x1", chỉ số "c" được đọc là 1 (dấu phẩy là dấu thập phân, theo cách viết số tiếng Việt); nếu ý là 1000, hãy ghi 1.000 hoặc 1000',
    );
    expect(
      readDataset(csv('Mã;Tên;Tỷ lệ A;Số C\nx1;One;50;1,000\nx2;Two;50;900\n'), framework, { strict: true }).prepared,
    ).toBeUndefined();
  });

  it('"1.000" with the en locale likewise', () => {
    const r = readDataset(csv('Mã,Tên,Tỷ lệ A,Số C\nx1,One,50,1.000\nx2,Two,50,900\n'), framework, {
      name: 'e.csv',
      locale: 'en',
    });
    expect(valueIn(r, 'x1', 'c')).toBe(1);
    expect(r.issues.map((i) => i.message)).toEqual([
      'e.csv!D2 (column "Số C"): "1.000" for unit "x1", indicator "c" is read as 1 (dot as the decimal mark, as English writes numbers); if 1000 was meant, write 1,000 or 1000',
    ]);
    expect(formatIssue(r.issues[0] as never, 'vi')).toBe(
      'e.csv!D2 (cột "Số C"): "1.000" của đơn vị "x1", chỉ số "c" được đọc là 1 (dấu chấm là dấu thập phân, theo cách viết số tiếng Anh); nếu ý là 1000, hãy ghi 1,000 hoặc 1000',
    );
  });

  it('is flagged by parseValue on the fast path and the general one, and not for plain decimals or groups', () => {
    expect(parseValue('1,000')).toEqual({ kind: 'number', value: 1, percent: false, ambiguous: true });
    expect(parseValue('-12,500')).toEqual({ kind: 'number', value: -12.5, percent: false, ambiguous: true });
    expect(parseValue(' 1,000 ')).toEqual({ kind: 'number', value: 1, percent: false, ambiguous: true });
    expect(parseValue('trên 1,000')).toEqual({
      kind: 'number',
      value: 1,
      percent: false,
      bound: 'lower',
      ambiguous: true,
    });
    expect(parseValue('1.000', { locale: 'en' })).toEqual({
      kind: 'number',
      value: 1,
      percent: false,
      ambiguous: true,
    });
    for (const text of ['0,978', '97,8', '1,5', '1.234.567', '0.500', '1.2', '1234,567', '1,0000', '1.234,567'])
      expect(parseValue(text)).not.toHaveProperty('ambiguous');
    expect(parseValue('2.528')).toEqual({ kind: 'number', value: 2528, percent: false, ambiguous: true });
    expect(parseValue('1,000', { locale: 'en' })).toEqual({
      kind: 'number',
      value: 1000,
      percent: false,
      ambiguous: true,
    });
    expect(parseValue('1,234,567', { locale: 'en' })).toEqual({ kind: 'number', value: 1234567, percent: false });
  });

  it('"2.528" in a count column (vi) is read as 2528, said once for the column, naming cell, unit and indicator', () => {
    const r = readDataset(
      csv('Mã;Tên;Tỷ lệ A;Số C\nx1;One;50;2.528\nx2;Two;50;1.200\nx3;Three;50;1.234.567\n'),
      framework,
      {
        name: 'd.csv',
      },
    );
    expect([valueIn(r, 'x1', 'c'), valueIn(r, 'x2', 'c'), valueIn(r, 'x3', 'c')]).toEqual([2528, 1200, 1234567]);
    expect(r.issues).toHaveLength(1);
    const [w] = r.issues;
    expect([w?.code, w?.detail, w?.severity, w?.unit, w?.indicator, w?.value, w?.cell?.text]).toEqual([
      'suspicious-value',
      'ambiguous-thousands',
      'warning',
      'x1',
      'c',
      2528,
      '2.528',
    ]);
    // Was "… are read alike and not listed", hiding x2's "1.200": now counted and named ("1.234.567" has two dots, no doubt).
    expect(w?.message).toBe(
      'd.csv!D2 (column "Số C"): "2.528" for unit "x1", indicator "c" is read as 2528 (dot as the thousands separator, as Vietnamese writes numbers); if a decimal was meant, write 2,528; the column\'s values written this way are read alike, in 2 cells of 2 units: x1 (D2 "2.528"), x2 (D3 "1.200")',
    );
    expect(formatIssue(w as never, 'vi')).toBe(
      'd.csv!D2 (cột "Số C"): "2.528" của đơn vị "x1", chỉ số "c" được đọc là 2528 (dấu chấm phân cách hàng nghìn, theo cách viết số tiếng Việt); nếu ý là số thập phân, hãy ghi 2,528; các giá trị của cột viết theo cách này được đọc như vậy, ở 2 ô của 2 đơn vị: x1 (D2 "2.528"), x2 (D3 "1.200")',
    );
  });

  it('"1,200" with the en locale is read as 1200 likewise', () => {
    const r = readDataset(csv('Mã,Tên,Tỷ lệ A,Số C\nx1,One,50,"1,200"\nx2,Two,50,900\n'), framework, {
      name: 'e.csv',
      locale: 'en',
    });
    expect(valueIn(r, 'x1', 'c')).toBe(1200);
    expect(r.issues.map((i) => i.message)).toEqual([
      'e.csv!D2 (column "Số C"): "1,200" for unit "x1", indicator "c" is read as 1200 (comma as the thousands separator, as English writes numbers); if a decimal was meant, write 1.200; the column\'s other values written this way are read alike and not listed',
    ]);
    expect(formatIssue(r.issues[0] as never, 'vi')).toBe(
      'e.csv!D2 (cột "Số C"): "1,200" của đơn vị "x1", chỉ số "c" được đọc là 1200 (dấu phẩy phân cách hàng nghìn, theo cách viết số tiếng Anh); nếu ý là số thập phân, hãy ghi 1.200; các giá trị khác của cột viết theo cách này cũng được đọc như vậy và không được liệt kê',
    );
  });

  it('in a % column "2.528" gets the out-of-range warning, which names both readings, and no second one', () => {
    const r = readDataset(csv('Mã;Tên;Tỷ lệ A;Số C\nx1;One;2.528;5\nx2;Two;50;5\n'), framework, { name: 'd.csv' });
    expect(valueIn(r, 'x1', 'a')).toBe(2528);
    expect(r.issues.map((i) => [i.code, i.detail])).toEqual([['suspicious-value', 'full-marks']]);
    expect(r.issues[0]?.message).toContain('(2.528 = 2528 or 2,528 %?)');
  });

  it('a text cell "2.528" in a workbook is flagged, the number 2528 is not', () => {
    const bytes = writeXlsx([
      {
        name: 'S',
        rows: [
          ['Mã', 'Tỷ lệ A', 'Số C'],
          ['x1', 50, 2528],
          ['x2', 50, '2.528'],
        ],
      },
    ]);
    const r = readDataset(bytes, framework);
    expect([valueIn(r, 'x1', 'c'), valueIn(r, 'x2', 'c')]).toEqual([2528, 2528]);
    expect(r.issues.map((i) => [i.detail, i.cell?.column, i.cell?.row])).toEqual([['ambiguous-thousands', 'C', 3]]);
  });

  it('a population "25.501" is 25501 people without a word; "1,000" is refused', () => {
    const r = readDataset(csv('Mã;Tên;Dân số;Tỷ lệ A\nx1;One;25.501;50\nx2;Two;1,000;50\n'), framework, {
      name: 'p.csv',
    });
    expect(r.dataset.units.find((u) => u.id === 'x1')?.population).toBe(25501);
    const cellIssues = r.issues.filter((i) => i.code !== 'missing-column'); // no column for "Số C"
    expect(cellIssues.map((i) => [i.code, i.unit, i.cell?.text])).toEqual([['unreadable-cell', 'x2', '1,000']]);
  });

  it('a number stored as a number in a workbook is not flagged', () => {
    const bytes = writeXlsx([
      {
        name: 'S',
        rows: [
          ['Mã', 'Tỷ lệ A', 'Số C'],
          ['x1', 50, 1],
          ['x2', 50, 900],
        ],
      },
    ]);
    const r = readDataset(bytes, framework);
    expect(valueIn(r, 'x1', 'c')).toBe(1);
    expect(r.issues).toEqual([]);
  });
});

describe('one fraction among percentages', () => {
  const text = 'Mã;Tên;Tỷ lệ A;Số C\nx1;One;0,95;500\nx2;Two;90;500\nx3;Three;85;500\n';

  it('a JSON dataset: a warning for the value, none for the others', () => {
    const r = readDataset(
      {
        units: [
          { id: 'x1', values: { a: 0.95, c: 5 } },
          { id: 'x2', values: { a: 90, c: 5 } },
          { id: 'x3', values: { a: 85, c: 5 } },
        ],
      },
      framework,
    );
    const mine = r.issues.filter((i) => i.code === 'suspicious-value');
    expect(mine).toHaveLength(1);
    expect(mine[0]?.detail).toBe('fraction-among-percentages');
    // The note asked "0.95 % or 95 %?" without saying what was done: it now says the value is read and
    // scored as written, and why it is doubted.
    expect(mine[0]?.message).toBe(
      'unit "x1", indicator "a": value 0.95 is read as 0.95 %, as written, and scored so, although the other values of this % column are above 1: it is most likely a fraction meaning 95 %; if so, write 95',
    );
    expect(formatIssue(mine[0] as never, 'vi')).toBe(
      'đơn vị "x1", chỉ số "a": giá trị 0,95 được đọc là 0,95 % như đã ghi và được chấm điểm như vậy, dù các giá trị khác của cột % này lớn hơn 1: nhiều khả năng đây là tỷ lệ thập phân, tức 95 %; nếu vậy, hãy ghi 95',
    );
  });

  it('a sheet: one message, naming the cell and its header; an error under strict', () => {
    const r = readDataset(csv(text), framework, { name: 'm.csv' });
    expect(valueIn(r, 'x1', 'a')).toBe(0.95);
    const mine = r.issues.filter((i) => i.code === 'suspicious-value');
    expect(mine.map((i) => i.message)).toEqual([
      'm.csv!C2: unit "x1", indicator "a": value 0.95 is read as 0.95 %, as written, and scored so, although the other values of this % column are above 1: it is most likely a fraction meaning 95 %; if so, write 95 (column "Tỷ lệ A")',
    ]);
    expect(formatIssue(mine[0] as never, 'vi')).toBe(
      'm.csv!C2 (cột "Tỷ lệ A"): đơn vị "x1", chỉ số "a": giá trị 0,95 được đọc là 0,95 % như đã ghi và được chấm điểm như vậy, dù các giá trị khác của cột % này lớn hơn 1: nhiều khả năng đây là tỷ lệ thập phân, tức 95 %; nếu vậy, hãy ghi 95',
    );
    const strict = readDataset(csv(text), framework, { strict: true });
    expect(strict.prepared).toBeUndefined();
    expect(strict.issues.filter((i) => i.severity === 'error').map((i) => i.detail)).toEqual([
      'fraction-among-percentages',
    ]);
  });

  it('an out-of-range cell beside it is still said once, by the sheet', () => {
    const r = readDataset(csv('Mã;Tỷ lệ A;Số C\nx1;0,95;5\nx2;2.528;5\nx3;85;5\n'), framework, { name: 'o.csv' });
    expect(
      r.issues.filter((i) => i.code === 'suspicious-value').map((i) => [i.unit, i.detail, i.cell?.column]),
    ).toEqual([
      ['x2', 'full-marks', 'B'],
      ['x1', 'fraction-among-percentages', 'B'],
    ]);
  });
});

describe('a JSON dataset with a key given twice', () => {
  const text =
    '{"units":[{"id":"x1","name":"One","values":{"a":10,"c":500,"a":90}},{"id":"x2","name":"Two","values":{"a":50,"c":500}}]}';

  it('is an error naming the unit, the key and both values, as text and as bytes', () => {
    for (const input of [text, csv(text)]) {
      const r = readDataset(input, framework);
      expect(r.prepared).toBeUndefined();
      const [e] = r.issues;
      expect([e?.severity, e?.code, e?.unit, e?.indicator]).toEqual(['error', 'duplicate-value', 'x1', 'a']);
      expect(e?.message).toBe('unit "x1": "a" is given twice (10, then 90) — keep one');
      expect(formatIssue(e as never, 'vi')).toBe('đơn vị "x1": "a" được ghi hai lần (10, rồi 90) — hãy giữ một');
    }
  });

  it('a unit field given twice, in a unit without an id, is named by its position', () => {
    const r = readDataset(
      '{"units":[{"id":"x1","values":{"a":1}},{"name":"A","name":"B","values":{"a":2}}]}',
      framework,
    );
    const e = r.issues.find((i) => i.detail === 'json-key');
    expect(e?.message).toBe('unit 2 (no id): "name" is given twice ("A", then "B") — keep one');
    expect(formatIssue(e as never, 'vi')).toBe(
      'đơn vị thứ 2 (không có mã): "name" được ghi hai lần ("A", rồi "B") — hãy giữ một',
    );
    expect(r.prepared).toBeUndefined();
  });

  it('the scanner finds keys by their decoded text, at any depth, with offsets', () => {
    expect(duplicateJsonKeys('{"values": {"a": 10, "\\u0061": 90}}')).toEqual([
      { path: ['values'], key: 'a', first: { offset: 17, text: '10' }, second: { offset: 31, text: '90' } },
    ]);
    expect(duplicateJsonKeys('[[{"k":[1,{"x":{},"x":[2]}]}]]')).toEqual([
      { path: [0, 0, 'k', 1], key: 'x', first: { offset: 15, text: '{}' }, second: { offset: 22, text: '[2]' } },
    ]);
    expect(duplicateJsonKeys('{"a":1,"b":{"a":2}}')).toEqual([]);
    // Nesting deeper than any call stack: no recursion, no throw.
    expect(duplicateJsonKeys(`${'['.repeat(200_000)}{"a":1,"a":2}`)).toHaveLength(1);
  });

  it('never throws on arbitrary text or damaged datasets, and finds nothing in JSON.stringify output', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        expect(Array.isArray(duplicateJsonKeys(s))).toBe(true);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.nat(text.length), fc.nat(text.length), fc.string({ maxLength: 8 }), (at, cut, junk) => {
        const mutated = text.slice(0, at) + junk + text.slice(Math.min(text.length, at + (cut % 6)));
        expect(Array.isArray(duplicateJsonKeys(mutated))).toBe(true);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(duplicateJsonKeys(JSON.stringify(v) ?? '')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a percentage in an indicator not measured in %', () => {
  // Changed: this test asserted the reading 97.8, capped to full marks by the goalposts 0–1, with a
  // warning (an error under strict). That was a wrong number: 97,8% of a 0–1 share is 0.978, which is
  // what the workbook cell showing 97,8% stores. A percentage in a 0–1 indicator is now read as its
  // hundredth, with one note for the column; a count column keeps the old reading and warning (below).
  it('is read as its hundredth in a 0–1 share, with a note naming the cell', () => {
    const fw = flatFramework([indicator('ty-so', { label: 'Tỷ số', method: goalposts(0, 1) })], { id: 'f' });
    const r = readDataset('Mã;Tỷ số\nx1;97,8%\nx2;0,5\n', fw);
    expect(r.issues.map((i) => [i.code, i.detail, i.message])).toEqual([
      [
        'reading-note',
        'percent-as-share',
        'csv!B2 (column "Tỷ số"): "97,8%" for unit "x1", indicator "ty-so" is a percentage, and the indicator is a 0–1 share: it is read as 0.978 (97,8% = 0.978), not 97.8; the column\'s other percentages are read alike and not listed',
      ],
    ]);
    expect(formatIssue(r.issues[0] as (typeof r.issues)[number], 'vi')).toBe(
      'csv!B2 (cột "Tỷ số"): "97,8%" của đơn vị "x1", chỉ số "ty-so" là một tỷ lệ phần trăm, và chỉ số này là tỷ lệ 0–1: được đọc là 0,978 (97,8% = 0,978), không phải 97,8; các giá trị phần trăm khác của cột cũng được đọc như vậy và không được liệt kê',
    );
    expect(r.dataset.units.map((u) => u.values['ty-so'])).toEqual([0.978, 0.5]);
    // Certain, so strict reads it too.
    expect(readDataset('Mã;Tỷ số\nx1;97,8%\nx2;0,5\n', fw, { strict: true }).prepared).toBeDefined();
    // Two such cells: the note counts and names both, where it said the others were "not listed".
    const two = readDataset('Mã;Tỷ số\nx1;97,8%\nx2;0,5\nx3;50%\n', fw);
    expect(two.issues.map((i) => i.message)).toEqual([
      'csv!B2 (column "Tỷ số"): "97,8%" for unit "x1", indicator "ty-so" is a percentage, and the indicator is a 0–1 share: it is read as 0.978 (97,8% = 0.978), not 97.8; the column\'s percentages are read alike, in 2 cells of 2 units: x1 (B2 "97,8%"), x3 (B4 "50%")',
    ]);
    expect(formatIssue(two.issues[0] as (typeof r.issues)[number], 'vi')).toBe(
      'csv!B2 (cột "Tỷ số"): "97,8%" của đơn vị "x1", chỉ số "ty-so" là một tỷ lệ phần trăm, và chỉ số này là tỷ lệ 0–1: được đọc là 0,978 (97,8% = 0,978), không phải 97,8; các giá trị phần trăm của cột được đọc như vậy, ở 2 ô của 2 đơn vị: x1 (B2 "97,8%"), x3 (B4 "50%")',
    );
    expect(two.dataset.units.map((u) => u.values['ty-so'])).toEqual([0.978, 0.5, 0.5]);
  });
  it('is read as written in a count, with a warning naming the cell (an error under strict)', () => {
    const fw = flatFramework([indicator('so', { label: 'Số', unit: 'cái', method: goalposts(0, 5000) })], {
      id: 'f',
    });
    const r = readDataset('Mã;Số\nx1;85%\nx2;2500\n', fw);
    expect(r.issues.map((i) => [i.code, i.detail, i.message])).toEqual([
      [
        'suspicious-value',
        'percent-in-non-percent',
        'csv!B2 (column "Số"): "85%" for unit "x1", indicator "so" is a percentage, but the indicator is measured in cái: it is read as 85',
      ],
    ]);
    expect(readDataset('Mã;Số\nx1;85%\nx2;2500\n', fw, { strict: true }).prepared).toBeUndefined();
  });
  it('is read as written in a raw field that counts something else, with a warning naming the cell and the field', () => {
    const fw = flatFramework(
      [
        indicator('toan-trinh', {
          unit: '%',
          method: goalposts(0, 100),
          formula: { type: 'ratio', numerator: 'tthc-toan-trinh', denominator: 'tthc', multiplier: 100 },
        }),
      ],
      {
        id: 'f',
        fields: [
          { id: 'tthc-toan-trinh', label: { vi: 'Số TTHC toàn trình' }, unit: 'thủ tục' },
          { id: 'tthc', label: { vi: 'Số TTHC' }, unit: 'thủ tục' },
        ],
      },
    );
    // "95%" of the procedures typed where their count goes: read as 95 of 100, so 95 % by the formula.
    const text = 'Mã;Số TTHC toàn trình;Số TTHC\nx1;95%;100\nx2;40;80\n';
    const r = readDataset(text, fw);
    expect(r.issues.map((i) => [i.code, i.detail, i.message])).toEqual([
      [
        'suspicious-value',
        'percent-in-field',
        'csv!B2 (column "Số TTHC toàn trình"): "95%" for unit "x1", field "tthc-toan-trinh" is a percentage, but the field counts thủ tục: it is read as 95, the count its formula uses',
      ],
    ]);
    expect(formatIssue(r.issues[0] as (typeof r.issues)[number], 'vi')).toBe(
      'csv!B2 (cột "Số TTHC toàn trình"): "95%" của đơn vị "x1", số liệu gốc "tthc-toan-trinh" là một tỷ lệ phần trăm, nhưng số liệu này tính bằng thủ tục: được đọc là 95, con số mà công thức dùng',
    );
    expect(readDataset(text, fw, { strict: true }).prepared).toBeUndefined();
  });
});

describe('rows of sums and averages', () => {
  it('"Bình quân" and "Sum" (and "TRUNG BÌNH", "Mean") are skipped with a warning, whatever the diacritics and case', () => {
    const r = readDataset(
      csv(
        'Mã;Tên;Tỷ lệ A;Số C\nx1;One;50;5\nx2;Two;70;7\n;Bình quân;60;6\n;Sum;120;12\n;TRUNG BÌNH;60;6\n;Binh quan;60;6\n;Mean;60;6\n',
      ),
      framework,
      { name: 'd.csv' },
    );
    expect(r.dataset.units.map((u) => u.id)).toEqual(['x1', 'x2']);
    expect(r.issues.map((i) => [i.code, i.cell?.row, i.cell?.text])).toEqual([
      ['skipped-row', 4, 'Bình quân'],
      ['skipped-row', 5, 'Sum'],
      ['skipped-row', 6, 'TRUNG BÌNH'],
      ['skipped-row', 7, 'Binh quan'],
      ['skipped-row', 8, 'Mean'],
    ]);
    // Was "d.csv row 5: …": the English message now names the cell, as the Vietnamese one does.
    expect(r.issues[1]?.message).toBe('d.csv!B5: "Sum" looks like a total, not a unit; the row is skipped');
    expect(formatIssue(r.issues[0] as never, 'vi')).toBe(
      'd.csv!B4: "Bình quân" là dòng tổng, không phải một đơn vị; dòng bị bỏ qua',
    );
  });

  it('a total written in the id column, the name blank, names the id cell in both languages', () => {
    const r = readDataset(csv('Mã;Tên;Tỷ lệ A;Số C\nx1;One;50;5\nTổng cộng;;50;5\n'), framework, { name: 'a.csv' });
    expect(r.dataset.units.map((u) => u.id)).toEqual(['x1']);
    expect(r.issues.map((i) => [i.code, i.cell?.column, i.cell?.row, i.cell?.text])).toEqual([
      ['skipped-row', 'A', 3, 'Tổng cộng'],
    ]);
    expect(r.issues[0]?.message).toBe('a.csv!A3: "Tổng cộng" looks like a total, not a unit; the row is skipped');
    expect(formatIssue(r.issues[0] as never, 'vi')).toBe(
      'a.csv!A3: "Tổng cộng" là dòng tổng, không phải một đơn vị; dòng bị bỏ qua',
    );
  });

  it('a unit whose name only starts like one is read: "Bình Minh", "Cộng Hoà", "Summit"', () => {
    const r = readDataset(csv('Mã;Tên;Tỷ lệ A;Số C\nx1;Bình Minh;50;5\nx2;Cộng Hoà;70;7\nx3;Summit;60;6\n'), framework);
    expect(r.dataset.units.map((u) => u.name)).toEqual(['Bình Minh', 'Cộng Hoà', 'Summit']);
    expect(r.issues).toEqual([]);
  });
});
