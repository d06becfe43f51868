// Spreadsheets that used to read into wrong numbers without a word: two columns for one indicator
// (the later silently won), rows with a field too many (values shifted, the last dropped), a merged
// range in the data copying one indicator's value into another's, ids such as `__proto__` losing their
// values, and dates refused as ranges.
import { describe, expect, it } from 'vitest';
import { type DtiIssue, defineFramework, formatIssue } from '../../src/index.js';
import {
  CsvDatasetReader,
  parseValue,
  readCsv,
  readDataset,
  readXlsx,
  sheetToDataset,
  writeXlsx,
} from '../../src/sheets.js';
import { goalposts, group, indicator, percentIndicator, framework as testFramework } from '../helpers.js';

/** P1 = mean of A and B (in %), P2 = C out of 1000. */
const framework = defineFramework(
  testFramework({
    id: 't',
    version: '1.0.0',
    label: { vi: 'T', en: 'T' },
    root: group(
      'root',
      [
        group(
          'p1',
          [
            percentIndicator('a', { label: { vi: 'Tỷ lệ A', en: 'Rate A' } }),
            percentIndicator('b', { label: { vi: 'Tỷ lệ B', en: 'Rate B' } }),
          ],
          { label: 'P1', points: 50 },
        ),
        group('p2', [indicator('c', { label: { vi: 'Số C', en: 'Count C' }, method: goalposts(0, 1000) })], {
          label: 'P2',
          points: 50,
        }),
      ],
      { label: 'R' },
    ),
  }),
);

const brief = (issues: DtiIssue[]) => issues.map((i) => [i.severity, i.code, i.message]);

describe('two columns for one indicator', () => {
  it('"Tỷ lệ B (kế hoạch)" is not column "Tỷ lệ B": it is unknown, and B keeps its actual values', () => {
    const text = 'Mã;Tên;Tỷ lệ A;Tỷ lệ B;Tỷ lệ B (kế hoạch);Số C\nx1;One;50;40;100;500\nx2;Two;50;90;90;500';
    const read = sheetToDataset(readCsv(text, { name: 'plan.csv' }), framework);
    // Before: b was 100 and 90, the planned figures.
    expect(read.dataset.units.map((u) => u.values)).toEqual([
      { a: 50, b: 40, c: 500 },
      { a: 50, b: 90, c: 500 },
    ]);
    expect(brief(read.issues)).toEqual([
      [
        'warning',
        'unknown-column',
        'plan.csv!E1: column "Tỷ lệ B (kế hoạch)" matches no indicator or field of "t"; it is ignored',
      ],
    ]);
  });

  it('a unit in brackets is still dropped: "(%)", "(1)", "(người)" and the indicator\'s own unit', () => {
    const f = defineFramework({
      ...framework,
      root: group(
        'root',
        [
          percentIndicator('a', { label: 'Tỷ lệ A' }),
          percentIndicator('b', { label: 'Tỷ lệ B', unit: 'thiết bị' }),
          indicator('c', { label: 'Số C', method: goalposts(0, 1000) }),
        ],
        { label: 'R' },
      ),
    });
    const read = sheetToDataset(readCsv('Mã;Tỷ lệ A (%);Tỷ lệ B (thiết bị);Số C (người)\nx1;5;6;7'), f);
    expect(read.dataset.units[0]?.values).toEqual({ a: 5, b: 6, c: 7 });
    expect(read.issues).toEqual([]);
  });

  it('the same header twice is an error naming both columns, and the first is read', () => {
    const text = 'Mã;Tên;Tỷ lệ A;Tỷ lệ B;Số C;Tỷ lệ A\nx1;One;50;100;500;10\nx2;Two;100;100;0;20';
    const r = readDataset(text, framework, { name: 'dup.csv', strict: false });
    expect(r.prepared).toBeUndefined();
    expect(brief(r.issues)).toEqual([
      [
        'error',
        'duplicate-column',
        'dup.csv!F1: columns C "Tỷ lệ A" and F "Tỷ lệ A" both name indicator "a"; which one holds the values is unclear: rename or remove one (only column C is read)',
      ],
    ]);
    // Before: a was 10 and 20, from column F.
    expect(r.dataset.units.map((u) => u.values.a)).toEqual([50, 100]);
    expect(formatIssue(r.issues[0] as DtiIssue, 'vi')).toBe(
      'dup.csv!F1: cột C "Tỷ lệ A" và cột F "Tỷ lệ A" cùng là chỉ số "a"; không rõ cột nào đúng: hãy đổi tên hoặc xoá một cột (chỉ đọc cột C)',
    );
  });

  it('"Tỷ lệ A" and "Tỷ lệ A (%)" are the same indicator: an error, also without strict', () => {
    const text = 'Mã;Tên;Tỷ lệ A;Tỷ lệ A (%);Tỷ lệ B;Số C\nx1;One;50;60;100;500';
    expect(brief(sheetToDataset(readCsv(text, { name: 'near.csv' }), framework).issues)).toEqual([
      [
        'error',
        'duplicate-column',
        'near.csv!D1: columns C "Tỷ lệ A" and D "Tỷ lệ A (%)" both name indicator "a"; which one holds the values is unclear: rename or remove one (only column C is read)',
      ],
    ]);
  });

  it('two id columns are an error too', () => {
    const read = sheetToDataset(readCsv('Mã;Tỷ lệ A;Mã đơn vị\nx1;5;y1', { name: 'ids.csv' }), framework);
    expect(read.issues.filter((i) => i.code === 'duplicate-column').map((i) => i.message)).toEqual([
      'ids.csv!C1: columns A "Mã" and C "Mã đơn vị" both name the unit\'s id column; which one holds the values is unclear: rename or remove one (only column A is read)',
    ]);
    expect(read.dataset.units.map((u) => u.id)).toEqual(['x1']);
  });

  it('long layout: the same unit and indicator on two rows with different values is an error naming both', () => {
    const text = 'Mã;Chỉ số;Giá trị\nx1;a;50\nx1;b;60\nx1;a;70\nx1;b;60';
    const read = sheetToDataset(readCsv(text, { name: 'long.csv' }), framework);
    // Before: a was 70, the later row, without a word.
    expect(read.dataset.units[0]?.values).toEqual({ a: 50, b: 60 });
    expect(brief(read.issues.filter((i) => i.code !== 'missing-column'))).toEqual([
      [
        'error',
        'duplicate-value',
        'long.csv!C4: unit "x1", indicator "a" is given twice, 50 in row 2 and 70 in row 4; which one is right is unclear: keep one row (row 2 is read)',
      ],
    ]);
    expect(formatIssue(read.issues[0] as DtiIssue, 'vi')).toBe(
      'long.csv!C4: đơn vị "x1", chỉ số "a" được nhập hai lần, "50" ở dòng 2 và "70" ở dòng 4; không rõ dòng nào đúng: hãy giữ một dòng (đọc dòng 2)',
    );
  });
});

describe('fields outside the header', () => {
  it('a CSV row with a field too many is an error naming the line and the extra text', () => {
    const text = 'Mã;Tên;Tỷ lệ A;Tỷ lệ B;Số C\nx1;One;;50;100;500\nx2;Two;100;100;0\nx3;Three;0;0;1000';
    const r = readDataset(text, framework, { name: 'shift.csv' });
    expect(r.prepared).toBeUndefined();
    expect(brief(r.issues)).toEqual([
      [
        'error',
        'malformed-csv',
        'shift.csv line 2: unit "x1": the row has 6 fields where the header has 5; the extra "500" is read by no column, so the row\'s values may have shifted: check the delimiters in the row',
      ],
    ]);
    expect(formatIssue(r.issues[0] as DtiIssue, 'vi')).toBe(
      'shift.csv, dòng 2: đơn vị "x1": dòng có nhiều trường hơn dòng tiêu đề; phần thừa "500" không thuộc cột nào, nên các số liệu của dòng có thể đã bị lệch cột: hãy kiểm tra dấu phân cách trong dòng',
    );
  });

  it('a comma-delimited row whose number was written with a decimal comma names the unit and says to quote it', () => {
    const twoRates = defineFramework(
      testFramework({
        id: 'e',
        version: '1.0.0',
        label: { vi: 'E', en: 'E' },
        root: group(
          'root',
          [percentIndicator('vb', { label: 'Văn bản điện tử' }), percentIndicator('cks', { label: 'Chữ ký số' })],
          { label: 'R' },
        ),
      }),
    );
    const text = 'Mã đơn vị,Tên đơn vị,Văn bản điện tử,Chữ ký số\nxa-a,Xã A,97,8,60\n';
    const r = readDataset(text, twoRates, { name: 'dv.csv' });
    // Before: 97 and 8 were read as the two rates, and 60 was named only as a stray field.
    expect(r.prepared).toBeUndefined();
    expect(brief(r.issues)).toEqual([
      [
        'error',
        'malformed-csv',
        'dv.csv line 2: unit "xa-a": the row has 5 fields where the header has 4; the extra "60" is read by no column, so the row\'s values may have shifted: check the delimiters in the row; "97,8" may be one number written with a decimal comma: quote it ("97,8") or save the file with ";" as the delimiter',
      ],
    ]);
    expect(r.issues[0]?.unit).toBe('xa-a');
    expect(formatIssue(r.issues[0] as DtiIssue, 'vi')).toBe(
      'dv.csv, dòng 2: đơn vị "xa-a": dòng có nhiều trường hơn dòng tiêu đề; phần thừa "60" không thuộc cột nào, nên các số liệu của dòng có thể đã bị lệch cột: hãy kiểm tra dấu phân cách trong dòng; "97,8" có thể là một số viết với dấu phẩy thập phân: hãy đặt số trong ngoặc kép ("97,8") hoặc lưu tệp với dấu ";" làm dấu phân cách',
    );
    // Read as a stream, the delimiter is decided on the first lines: the same message.
    const stream = new CsvDatasetReader(twoRates, { name: 'dv.csv' });
    stream.push(text);
    expect(stream.finish().issues.map((i) => i.message)).toEqual([r.issues[0]?.message]);
    // The same row split by ";" has no decimal comma to suspect: no hint.
    const semi = readDataset(text.replaceAll(',', ';'), twoRates, { name: 'dv.csv' });
    expect(semi.issues[0]?.message).not.toContain('decimal comma');
  });

  it("the line is the file's line even after a quoted field over two lines", () => {
    const text = 'Mã;Tên;Tỷ lệ A;Tỷ lệ B;Số C\nx1;"One\nTwo";1;2;3\nx2;Two;1;2;3\nx3;Three;1;2;3;4';
    const issues = sheetToDataset(readCsv(text, { name: 'q.csv' }), framework).issues;
    expect(issues.map((i) => [i.code, i.cell?.row, i.value])).toEqual([['malformed-csv', 5, ['4']]]);
  });

  it('CSV rows with fewer fields than the header: one warning listing the lines', () => {
    const text = 'Mã;Tên;Tỷ lệ A;Tỷ lệ B;Số C\nx1;One;1;2;3\nx2;Two;1;2\nx3;Three;1';
    const read = sheetToDataset(readCsv(text, { name: 'short.csv' }), framework);
    expect(brief(read.issues)).toEqual([
      [
        'warning',
        'malformed-csv',
        'short.csv: lines 3, 4 have fewer fields than the header (5); the missing fields are read as empty, and the values of a short row may have shifted: check them',
      ],
    ]);
    expect(formatIssue(read.issues[0] as DtiIssue, 'vi')).toBe(
      'short.csv, dòng 3: các dòng 3, 4 có ít trường hơn dòng tiêu đề; các trường thiếu được coi là trống, và số liệu của dòng ngắn có thể đã bị lệch cột: hãy kiểm tra',
    );
  });

  it('a workbook value under a column with no header is a warning naming the cell', () => {
    const bytes = writeXlsx([
      {
        name: 'Số liệu',
        rows: [
          ['Mã', 'Tỷ lệ A', 'Tỷ lệ B', 'Số C', null],
          ['x1', 1, 2, 3, 99],
          ['x2', 1, 2, 3, 98],
        ],
      },
    ]);
    const read = sheetToDataset(readXlsx(bytes)[0] as never, framework);
    expect(brief(read.issues)).toEqual([
      [
        'warning',
        'unknown-column',
        'Số liệu!E2: "99" and 1 more cell below in column E, which has no header in row 1; the column is ignored',
      ],
    ]);
    expect(formatIssue(read.issues[0] as DtiIssue, 'vi')).toBe(
      'Số liệu!E2: "99" (và 1 ô bên dưới) nằm ở cột E, cột không có tiêu đề; cột bị bỏ qua',
    );
  });
});

describe('merged cells in the data rows', () => {
  const workbook = (merges: string[], rows: (string | number | null)[][]) =>
    readXlsx(writeXlsx([{ name: 'S', rows, merges }]))[0] as never;

  it('C2:D2 merged holding 80: only C2 is read, with a warning naming the range', () => {
    const sheet = workbook(
      ['C2:D2'],
      [
        ['Mã', 'Tên', 'Tỷ lệ A', 'Tỷ lệ B', 'Số C'],
        ['x1', 'One', 80, null, 500],
        ['x2', 'Two', 50, 60, 400],
      ],
    );
    const read = sheetToDataset(sheet, framework);
    // Before: b of x1 was 80, copied from A.
    expect(read.dataset.units.map((u) => u.values)).toEqual([
      { a: 80, c: 500 },
      { a: 50, b: 60, c: 400 },
    ]);
    expect(brief(read.issues)).toEqual([
      [
        'warning',
        'merged-cells',
        "S: cells C2:D2 are merged: only C2's value is read; the other cells of the range are read as empty",
      ],
    ]);
    expect(formatIssue(read.issues[0] as DtiIssue, 'vi')).toBe(
      'S!C2: các ô C2:D2 được gộp: chỉ đọc giá trị của ô C2; các ô khác của vùng gộp được coi là trống',
    );
  });

  it('a merged heading above the header row still names every column under it', () => {
    const sheet = workbook(
      ['A1:C1'],
      [
        ['Báo cáo', null, null],
        ['Mã', 'Tỷ lệ A', 'Tỷ lệ B'],
        ['x1', 1, 2],
      ],
    );
    const read = sheetToDataset(sheet, framework);
    expect(read.dataset.units[0]?.values).toEqual({ a: 1, b: 2 });
    expect(read.issues.filter((i) => i.code === 'merged-cells')).toEqual([]);
  });

  it('A1:XFD1048576 over a sheet with a header and data: the data is read as it is, with a warning', () => {
    const sheet = readXlsx(
      writeXlsx([
        {
          name: 'S',
          rows: [
            ['Mã', 'Tỷ lệ A', 'Tỷ lệ B', 'Số C'],
            ['x1', 10, 20, 30],
          ],
          merges: ['A1:XFD1048576'],
        },
      ]),
    )[0];
    const read = sheetToDataset(sheet as never, framework);
    expect(read.dataset.units.map((u) => [u.id, u.values])).toEqual([['x1', { a: 10, b: 20, c: 30 }]]);
    expect(brief(read.issues)).toEqual([
      [
        'warning',
        'malformed-sheet',
        'S (xl/worksheets/sheet1.xml): merged range A1:XFD1048576 covers cells with their own values (B1); Excel would show only the top-left cell: every cell is read as it is',
      ],
    ]);
  });
});

describe('ids that are Object.prototype members', () => {
  it('__proto__, constructor and toString keep their values', () => {
    const f = defineFramework({
      ...framework,
      root: group(
        'root',
        [
          percentIndicator('__proto__', { label: 'Tỷ lệ A' }),
          percentIndicator('constructor', { label: 'Tỷ lệ B' }),
          indicator('toString', { label: 'Số C', method: goalposts(0, 1000) }),
        ],
        { label: 'R' },
      ),
    });
    const text = 'id;name;__proto__;constructor;toString\nx1;One;50;100;500\nx2;Two;;100;0';
    const read = sheetToDataset(readCsv(text), f);
    // Before: "{}" for x1, the value of __proto__ lost (it replaced the prototype).
    expect(read.dataset.units.map((u) => JSON.stringify(u.values))).toEqual([
      '{"__proto__":50,"constructor":100,"toString":500}',
      '{"constructor":100,"toString":0}',
    ]);
    expect(readDataset(text, f).prepared).toBeDefined();
  });
});

describe('dates in a value column', () => {
  it('"2024-01-05", "2024-01-05T08:30:00", "5/1/2024" are dates, not numbers; "10/21" stays a share', () => {
    const date = { kind: 'error', reason: 'a date, not a number: enter the number itself', problem: 'date' };
    expect(parseValue('2024-01-05')).toEqual(date);
    expect(parseValue('2024-01-05T08:30:00')).toEqual(date);
    expect(parseValue('5/1/2024')).toEqual(date);
    expect(parseValue('05.01.2024')).toEqual(date);
    expect(parseValue('10/21')).toMatchObject({ kind: 'number', share: { numerator: 10, denominator: 21 } });
    expect(parseValue('70-90')).toMatchObject({ problem: 'range' });
  });

  it('a date cell is an error saying so, in English and Vietnamese', () => {
    const read = sheetToDataset(readCsv('Mã;Số C\nx1;2024-01-05', { name: 'd.csv' }), framework);
    const issue = read.issues.find((i) => i.code === 'unreadable-cell') as DtiIssue;
    expect(issue.message).toBe(
      'd.csv!B2: "2024-01-05" for unit "x1", indicator "c": a date, not a number: enter the number itself (column "Số C")',
    );
    expect(formatIssue(issue, 'vi')).toBe(
      'd.csv!B2: "2024-01-05" của đơn vị "x1", chỉ số "c" là một ngày tháng, không phải một số: hãy nhập chính con số (cột "Số C")',
    );
  });
});

describe('workbook problems in Vietnamese', () => {
  it('a merged range over cells with their own values and an unknown shared string', () => {
    const sheet = readXlsx(
      writeXlsx([
        {
          name: 'S',
          rows: [
            ['Mã', 'Tỷ lệ A'],
            ['x1', 5],
          ],
          merges: ['A1:B2'],
        },
      ]),
    )[0];
    const issue = sheet?.issues?.[0] as DtiIssue;
    expect([issue.code, issue.detail, issue.value]).toEqual(['malformed-sheet', 'merge-over-values', 'A1:B2']);
    expect(formatIssue(issue, 'vi')).toBe(
      'S (xl/worksheets/sheet1.xml): vùng gộp A1:B2 phủ lên các ô có giá trị riêng (B1); Excel chỉ hiện ô trên cùng bên trái: mọi ô được đọc như trong tệp',
    );
    expect(formatIssue(issue, 'en')).toBe(
      'S (xl/worksheets/sheet1.xml): merged range A1:B2 covers cells with their own values (B1); Excel would show only the top-left cell: every cell is read as it is',
    );
  });
});

describe('a numbered but blank row, as a fresh template has', () => {
  it('holds no unit and is no error', () => {
    const sheet = readCsv('STT;Mã đơn vị;Tên đơn vị;Tỷ lệ A\n1;;;\n2;x1;Xã Một;50\n3;;;\n', { name: 'Số liệu' });
    const fw = defineFramework(
      testFramework({
        id: 'f',
        label: 'F',
        root: group('r', [percentIndicator('a', { label: 'Tỷ lệ A' })], { label: 'R' }),
      }),
    );
    const { dataset, issues } = sheetToDataset(sheet, fw);
    expect(issues).toEqual([]);
    expect(dataset.units).toEqual([{ id: 'x1', name: 'Xã Một', values: { a: 50 } }]);
  });
});

describe('population and "ranked" cells are read plainly or said', () => {
  it('refuses an ambiguous or bounded population and an unreadable ranked cell, naming the cell', () => {
    const fw = defineFramework(
      testFramework({
        id: 'f',
        label: 'F',
        root: group('r', [percentIndicator('a', { label: 'Tỷ lệ A' })], { label: 'R' }),
      }),
    );
    const csv = 'Mã;Dân số;Xếp hạng;Tỷ lệ A\nx1;1,000;có;50\nx2;trên 5.000;0;60\nx3;12.500;hmm;70\n';
    const { dataset, issues } = sheetToDataset(readCsv(csv, { name: 'Số liệu' }), fw);
    expect(issues.map((i) => [i.severity, i.code, i.unit, i.cell?.column, i.cell?.row])).toEqual([
      ['error', 'unreadable-cell', 'x1', 'B', 2],
      ['error', 'unreadable-cell', 'x2', 'B', 3],
      ['error', 'unreadable-cell', 'x3', 'C', 4],
    ]);
    expect(issues[0]?.message).toBe(
      'Số liệu!B2 (column "Dân số"): "1,000" for unit "x1" is not a plain number of people',
    );
    expect(formatIssue(issues[2] as (typeof issues)[number], 'vi')).toBe(
      'Số liệu!C4: "hmm" của đơn vị "x3" không phải có/không (1/0) ở cột xếp hạng (cột "Xếp hạng")',
    );
    // "0" in the ranked column leaves the unit out of the ranking; 12.500 people are 12500.
    expect(dataset.units.map((u) => [u.id, u.population, u.ranked])).toEqual([
      ['x1', undefined, undefined],
      ['x2', undefined, false],
      ['x3', 12500, undefined],
    ]);
  });
});

describe('a sheet without a header row', () => {
  const noHeader = (read: { issues: DtiIssue[] }) => {
    const found = read.issues.filter((i) => i.code === 'no-header');
    expect(found).toHaveLength(1);
    const [issue] = found as [DtiIssue];
    return [issue.value, issue.message, formatIssue(issue, 'vi')];
  };
  /** Unit rows pasted without the header: `x1;One;50;40;500` … */
  const rows = (n: number) => Array.from({ length: n }, (_, i) => [`x${i + 1}`, 'One', '50', '40', '500']);

  it('three rows: says it looked at the three rows there are, not "the first 10", in both languages', () => {
    const text = rows(3)
      .map((r) => r.join(';'))
      .join('\n');
    const expected = [
      3,
      'csv: no header row names an indicator or field of framework "t" (looked at all 3 rows of the sheet)',
      'csv: không tìm thấy dòng tiêu đề nào khớp với các chỉ số của bộ chỉ số "t" (đã xem cả 3 dòng của trang)',
    ];
    // Before: the Vietnamese said "đã xem 10 dòng đầu" whatever the sheet held.
    expect(noHeader(readDataset(text, framework))).toEqual(expected);
    expect(noHeader(readDataset(new TextEncoder().encode(text), framework))).toEqual(expected);
    expect(noHeader(readDataset(writeXlsx([{ name: 'Số liệu', rows: rows(3) }]), framework))).toEqual([
      3,
      'Số liệu: no header row names an indicator or field of framework "t" (looked at all 3 rows of the sheet)',
      'Số liệu: không tìm thấy dòng tiêu đề nào khớp với các chỉ số của bộ chỉ số "t" (đã xem cả 3 dòng của trang)',
    ]);
  });

  it('one row, and none', () => {
    expect(noHeader(readDataset('x1;One;50;40;500', framework)).slice(1)).toEqual([
      'csv: no header row names an indicator or field of framework "t" (looked at all 1 row of the sheet)',
      'csv: không tìm thấy dòng tiêu đề nào khớp với các chỉ số của bộ chỉ số "t" (đã xem cả 1 dòng của trang)',
    ]);
    expect(noHeader(readDataset(writeXlsx([{ name: 'Trống', rows: [] }]), framework))).toEqual([
      0,
      'Trống: no header row names an indicator or field of framework "t" (the sheet has no rows)',
      'Trống: không tìm thấy dòng tiêu đề nào khớp với các chỉ số của bộ chỉ số "t" (trang không có dòng nào)',
    ]);
  });

  it('25 rows: the first ten were searched, and the message says ten', () => {
    const read = sheetToDataset(
      readCsv(
        rows(25)
          .map((r) => r.join(';'))
          .join('\n'),
        { name: 'dai.csv' },
      ),
      framework,
    );
    expect(noHeader(read)).toEqual([
      10,
      'dai.csv: no header row names an indicator or field of framework "t" (looked at the first 10 rows)',
      'dai.csv: không tìm thấy dòng tiêu đề nào khớp với các chỉ số của bộ chỉ số "t" (đã xem 10 dòng đầu)',
    ]);
  });
});
