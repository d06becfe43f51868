import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DtiIssue, defineFramework, type Framework, formatIssue, loadPreset, score } from '../../src/index.js';
import { foldText, readCsv, readDataset, readXlsx, sheetToDataset, writeXlsx } from '../../src/sheets.js';
import { longCsv, wideCsv, wideXlsx } from '../fixtures/make-fixtures.js';
import { group, indicator, framework as testFramework } from '../helpers.js';

/** The title on row 1 of seeds-wide.xlsx, above its group row and header. */
const TITLE = 'Tổng hợp số liệu chuyển đổi số năm 2024';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
let template: Framework;
/** The template's indicators seeds-wide has no column for (neither its own nor all its formula's fields). */
const SEEDS_MISSING = [
  'van-ban-ky-so',
  'xu-ly-tren-mang',
  'thu-cong-vu',
  'mot-cua-dien-tu',
  'ho-so-truc-tuyen',
  'ho-so-dung-han',
  'ho-so-so-hoa',
  'chi-tieu-cds',
  'thanh-toan-khong-tien-mat',
  'cho-thanh-toan-so',
  'phu-song-4g',
  'cap-quang-thon',
  'xa-to-cds',
  'thanh-vien-to-cds-moi-xa',
  'xa-cong-thong-tin',
  'ty-le-truong-hoc-ba-so',
];
beforeAll(async () => {
  template = await loadPreset('self-assessment-template');
});

describe('fixtures', () => {
  it('are what make-fixtures.ts writes (regenerate them after changing it)', () => {
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(fixture('seeds-wide.csv'))).toBe(wideCsv());
    expect(new TextDecoder().decode(fixture('seeds-long.csv'))).toBe(longCsv());
    expect(readXlsx(fixture('seeds-wide.xlsx'))).toEqual(readXlsx(wideXlsx()));
  });
});

describe('readCsv', () => {
  it('strips the BOM, detects semicolons and normalises text to NFC', () => {
    const sheet = readCsv(new TextDecoder().decode(fixture('seeds-wide.csv')));
    expect(sheet.rows[0]?.[1]).toBe('Mã đơn vị');
    expect(sheet.rows[3]?.[2]).toBe('Phúc Thọ'.normalize('NFC'));
    expect(sheet.rows[1]?.slice(0, 4)).toEqual(['1', 'giong-trom', 'Giồng Trôm', '97,8%']);
  });
  it('reads tabs and quoted commas', () => {
    expect(readCsv('a\tb\n"1,5"\t2').rows).toEqual([
      ['a', 'b'],
      ['1,5', '2'],
    ]);
  });
});

describe('readXlsx', () => {
  it('reads sheet names, numbers as numbers, text as text, merged headings over their columns', () => {
    const [guide, data] = readXlsx(fixture('seeds-wide.xlsx'));
    expect(guide?.name).toBe('Hướng dẫn');
    expect(data?.name).toBe('Số liệu');
    expect(data?.rows[0]?.[10]).toBe('Tổng hợp số liệu chuyển đổi số năm 2024'); // A1:K1 merged
    expect(data?.rows[1]?.slice(3, 8)).toEqual([
      'Chính quyền số',
      'Chính quyền số',
      'Chính quyền số',
      'Chính quyền số',
      'Kinh tế số',
    ]);
    expect(data?.rows[3]?.slice(0, 4)).toEqual([1, 'giong-trom', 'Giồng Trôm', '97,8%']);
    expect(data?.rows[3]?.[8]).toBe(21);
  });
  it('escapes and restores XML specials and keeps booleans', () => {
    const bytes = writeXlsx([{ name: 'A & B', rows: [['<Đạt> & "x"', true, 2.5, null, 'z']] }]);
    expect(readXlsx(bytes)).toEqual([{ name: 'A & B', rows: [['<Đạt> & "x"', true, 2.5, null, 'z']] }]);
  });
  it('says clearly when the bytes are not a workbook', () => {
    expect(() => readXlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toThrow(/not an .xlsx workbook/);
  });
});

describe('sheetToDataset: wide layout', () => {
  for (const [label, read] of [
    ['CSV', () => readCsv(new TextDecoder().decode(fixture('seeds-wide.csv')), { name: 'seeds-wide.csv' })],
    ['XLSX', () => readXlsx(fixture('seeds-wide.xlsx'))[1]],
  ] as const) {
    it(`${label}: matches Vietnamese headers, reads Vietnamese numbers, reports every rejected cell`, () => {
      const sheet = read();
      if (!sheet) throw new Error('no sheet');
      const { dataset, issues } = sheetToDataset(sheet, template);
      expect(dataset.units.map((u) => [u.id, u.name, u.values])).toEqual([
        [
          'giong-trom',
          'Giồng Trôm',
          {
            'van-ban-dien-tu': 97.8,
            'tthc-truc-tuyen': 270,
            'tthc-toan-trinh': 142,
            'tai-khoan-thanh-toan': 75,
            'so-xa': 21,
          },
        ],
        ['son-chau', 'Sơn Châu', { 'chu-ky-so': 83 }],
        ['phuc-tho', 'Phúc Thọ', { 'so-xa': 21, 'xa-co-zalo-oa': 10 }],
        ['dan-phuong', 'Đan Phượng', {}],
      ]);
      const row = label === 'CSV' ? 1 : 3; // the workbook has a title and a group row above the header
      const sheetName = label === 'CSV' ? 'seeds-wide.csv' : 'Số liệu';
      const cellIssues = issues.filter((i) => i.code !== 'missing-column');
      // The workbook's title row (row 1) is said not to be read as data; the group row below it names
      // the framework's pillars and is not mentioned.
      const title = label === 'CSV' ? [] : [['warning', 'reading-note', 1, 'A', TITLE]];
      expect(cellIssues.map((i) => [i.severity, i.code, i.cell?.row, i.cell?.column, i.cell?.text])).toEqual([
        ...title,
        ['warning', 'unknown-column', row, 'K', 'Ghi chú'],
        ['warning', 'bound-value', row + 1, 'H', 'trên 75%'],
        ['error', 'unreadable-cell', row + 3, 'D', 'nhiều'],
        ['warning', 'skipped-row', row + 5, 'C', 'Tổng cộng'],
      ]);
      expect(cellIssues[title.length + 2]?.message).toBe(
        `${sheetName}!D${row + 3}: "nhiều" for unit "phuc-tho", indicator "van-ban-dien-tu": not a number, a share, yes/no or empty (column "Tỷ lệ văn bản trao đổi dưới dạng điện tử (%)")`,
      );
      // The sheet gives values for 5 of the template's 21 indicators: the other 16 are each a warning.
      expect(issues.filter((i) => i.code === 'missing-column').map((i) => i.indicator)).toEqual(SEEDS_MISSING);
    });
  }
});

describe('sheetToDataset: long layout', () => {
  it('pivots unit, indicator, value rows; indicators named by id or label', () => {
    const { dataset, issues } = sheetToDataset(readCsv(longCsv()), template);
    // Rows give values for 3 indicators (chi-tieu-cds through its two fields); the other 18 are warnings.
    // "1.015" members: read as 1015, with the one word the thousands reading gets per column and indicator.
    expect(issues.filter((i) => i.code !== 'missing-column').map((i) => [i.detail, i.unit, i.cell?.text])).toEqual([
      ['ambiguous-thousands', 'dan-phuong', '1.015'],
    ]);
    expect(issues.filter((i) => i.code === 'missing-column')).toHaveLength(18);
    expect(dataset.units).toEqual([
      {
        id: 'gia-lam',
        name: 'Gia Lâm',
        values: { 'van-ban-dien-tu': 100, 'thanh-toan-khong-tien-mat': 95, 'chi-tieu-dat': 36, 'chi-tieu-giao': 37 },
      },
      { id: 'dan-phuong', name: 'Đan Phượng', values: { 'thanh-vien-to-cds': 1015 } },
    ]);
  });
  it('reports an unknown indicator with its cell', () => {
    const { issues } = sheetToDataset(readCsv('Mã đơn vị,Chỉ số,Giá trị\nx,chi-so-la,5'), template);
    expect(issues[0]).toMatchObject({ code: 'unknown-indicator', cell: { row: 2, column: 'B', text: 'chi-so-la' } });
  });
});

describe('readDataset: file to scores in one call', () => {
  it('scores the workbook once the unreadable cell is fixed, shares of a % indicator in percent', () => {
    const fixed = new TextDecoder().decode(fixture('seeds-wide.csv')).replace('nhiều', '10/21');
    // Every unit here reports under half of the template's indicators: score them all for the test, and
    // skip blanks (the template scores them 0) so that the figures below depend on the cells read.
    const everyone = defineFramework({ ...template, minCoverage: 0, missing: { type: 'skip' } });
    const { prepared, issues } = readDataset(fixed, everyone, { name: 'seeds.csv' });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    if (!prepared) throw new Error('expected a dataset');
    const r = score(everyone, prepared);
    // Phúc Thọ: documents "10/21" in a % column = 47.62%
    expect(r.explain('phuc-tho').children?.[0]?.children?.[0]?.raw).toBeCloseTo(1000 / 21, 10);
    // Giồng Trôm: government mean(97.8, 142/270 · 100) = 75.1963; economy 75 → (40 · 0.751963 + 30 · 0.75) / 70
    expect(r.unit('giong-trom')?.value).toBe(75.1);
  });
  it('locates dataset errors at their cell', () => {
    const fw = defineFramework(
      testFramework({
        id: 'zalo',
        label: 'Kênh Zalo OA',
        scale: { min: 0, max: 1 },
        root: group('root', [indicator('zalo-oa', { label: 'Có kênh Zalo OA', method: { type: 'yesNo' } })], {
          label: 'Chỉ số',
        }),
      }),
    );
    const { prepared, issues } = readDataset('Tên đơn vị;Có kênh Zalo OA\nVõng Xuyên;có\nSen Phương;3', fw);
    expect(prepared).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'value-out-of-domain', cell: { row: 3, column: 'B', text: '3' } });
    expect(issues[0]?.message).toBe(
      'csv!B3: unit "sen-phuong", indicator "zalo-oa": value 3 must be yes/no (1 or 0, true or false) (column "Có kênh Zalo OA")',
    );
  });
  it('reads a JSON dataset too, and refuses bytes that are neither text nor a workbook', () => {
    expect(readDataset({ units: [{ id: 'a', values: { 'chu-ky-so': 50 } }] }, template).prepared?.units).toHaveLength(
      1,
    );
    const r = readDataset(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x80, 0x81]), template);
    expect(r.issues[0]?.message).toMatch(/neither UTF-8 text nor an .xlsx workbook/);
    // The refusal in the reader's language: Vietnamese by default, English on request.
    const issue = r.issues[0] as DtiIssue;
    expect(formatIssue(issue, 'vi')).toBe(
      'tệp không phải văn bản UTF-8 cũng không phải tệp .xlsx: hãy lưu tệp CSV dưới dạng "CSV UTF-8"',
    );
    expect(formatIssue(issue, 'en')).toBe(
      'the file is neither UTF-8 text nor an .xlsx workbook: save the CSV as "CSV UTF-8"',
    );
  });
});

describe('foldText', () => {
  it('ignores case, diacritics and đ', () => {
    expect(foldText('Phúc Thọ')).toBe('phuc tho');
    expect(foldText('ĐÀ NẴNG')).toBe(foldText('da nang'));
    expect(foldText('Ðà Nẵng')).toBe('da nang'); // U+00D0 look-alike
  });
});

describe('readDataset: JSON as text or bytes', () => {
  it('recognises a JSON dataset by its content, and reports broken JSON', () => {
    const text = JSON.stringify({ units: [{ id: 'a', values: { 'chu-ky-so': 50 } }] });
    expect(readDataset(new TextEncoder().encode(`\uFEFF  ${text}`), template).prepared?.units).toHaveLength(1);
    expect(readDataset(text, template).prepared?.units).toHaveLength(1);
    expect(readDataset('{ "units": [', template).issues[0]?.message).toMatch(/^not valid JSON: /u);
  });
});

describe('formatIssue: messages in Vietnamese for the people who fix the data', () => {
  it('says what is wrong with each cell in Vietnamese, and keeps English on request', () => {
    const sheet = readXlsx(fixture('seeds-wide.xlsx'))[1];
    if (!sheet) throw new Error('no sheet');
    const { issues } = sheetToDataset(sheet, template);
    expect(issues.filter((i) => i.code !== 'missing-column').map((i) => formatIssue(i, 'vi'))).toEqual([
      // The title row, said not to be read (it was skipped without a word).
      `Số liệu: dòng tiêu đề là dòng 3; dòng 1 phía trên ("${TITLE}") không được đọc như số liệu — nếu có đơn vị ở đó, hãy chuyển xuống dưới dòng tiêu đề`,
      'Số liệu!K3: cột "Ghi chú" không khớp chỉ số hay số liệu gốc nào; cột bị bỏ qua',
      'Số liệu!H4: "trên 75%" là ngưỡng dưới; 75 được dùng như số liệu (cột "Tỷ lệ người dân có tài khoản thanh toán điện tử")',
      'Số liệu!D6: "nhiều" của đơn vị "phuc-tho", chỉ số "van-ban-dien-tu" không phải số, tỷ lệ, có/không hay ô trống (cột "Tỷ lệ văn bản trao đổi dưới dạng điện tử (%)")',
      'Số liệu!C8: "Tổng cộng" là dòng tổng, không phải một đơn vị; dòng bị bỏ qua',
    ]);
    expect(formatIssue(issues[2] as (typeof issues)[number], 'en')).toBe(issues[2]?.message);
  });
  it('translates value problems found by the dataset validation', () => {
    const json = JSON.stringify({ units: [{ id: 'a', values: { 'thanh-vien-to-cds': 'nhiều', 'khong-co': 1 } }] });
    const r = readDataset(json, template);
    expect(r.issues.map((i) => formatIssue(i, 'vi'))).toEqual([
      'đơn vị "a", chỉ số "thanh-vien-to-cds": giá trị "nhiều" không phải số, có/không hay ô trống',
      'đơn vị "a": "khong-co" không phải chỉ số hay số liệu gốc của bộ chỉ số',
    ]);
  });
});
