import { describe, expect, it } from 'vitest';
import { type DtiIssue, defineFramework, type Framework, formatIssue } from '../../src/index.js';
import { readCsv, readDataset, sheetToDataset } from '../../src/sheets.js';
import { group, indicator, percentIndicator, framework as testFramework } from '../helpers.js';

const framework: Framework = defineFramework(
  testFramework({
    id: 'ba-chi-so',
    label: 'Ba chỉ số',
    root: group(
      'root',
      [
        percentIndicator('ty-le', { label: 'Tỷ lệ hồ sơ trực tuyến' }),
        indicator('tuong-doi', { label: 'Tỷ lệ tương đối', unit: '%' }),
        indicator('so-ho-so', { label: 'Số hồ sơ' }),
      ],
      { label: 'Chỉ số' },
    ),
  }),
);

const read = (text: string, strict = false) =>
  sheetToDataset(readCsv(text, { name: 'Số liệu' }), framework, { strict }).issues;
const HEADER = 'Tên đơn vị;Tỷ lệ hồ sơ trực tuyến (%);Tỷ lệ tương đối;Số hồ sơ';

describe('formula errors in cells', () => {
  it('are missing values with a warning naming cell, column header, unit and indicator', () => {
    const { dataset, issues } = sheetToDataset(
      readCsv(`${HEADER}\nXã Một;#DIV/0!;50;#N/A`, { name: 'Số liệu' }),
      framework,
    );
    expect(dataset.units).toEqual([{ id: 'xa-mot', name: 'Xã Một', values: { 'tuong-doi': 50 } }]);
    expect(issues.map((i) => [i.severity, i.code, i.cell?.column, i.cell?.header])).toEqual([
      ['warning', 'cell-error', 'B', 'Tỷ lệ hồ sơ trực tuyến (%)'],
      ['warning', 'cell-error', 'D', 'Số hồ sơ'],
    ]);
    // Changed: the message stopped at "is read as a missing value", silent on what scoring then did
    // with it; it now says what the framework's missing-value rule (here the default, skip) does.
    expect(issues[0]?.message).toBe(
      'Số liệu!B2 (column "Tỷ lệ hồ sơ trực tuyến (%)"): the formula error #DIV/0! for unit "xa-mot", indicator "ty-le" is read as a missing value, so the unit is scored without this indicator (left out: its weight goes to the other indicators), as the framework\'s missing-value rule says',
    );
    expect(formatIssue(issues[0] as DtiIssue, 'vi')).toBe(
      'Số liệu!B2 (cột "Tỷ lệ hồ sơ trực tuyến (%)"): lỗi công thức #DIV/0! của đơn vị "xa-mot", chỉ số "ty-le" được coi là chưa có số liệu, nên đơn vị được chấm điểm mà không có chỉ số này (bỏ qua: trọng số được chia cho các chỉ số khác), theo quy tắc thiếu số liệu của bộ chỉ số',
    );
  });

  it('in the name column is never taken for a unit name', () => {
    const issues = read(`${HEADER}\n#N/A;50;50;1`);
    expect(issues.map((i) => [i.severity, i.code, i.cell?.column])).toEqual([
      ['warning', 'cell-error', 'A'],
      ['error', 'missing-unit-id', 'A'],
    ]);
  });

  it('replace the reader’s report of the same cell with one that names unit and indicator', () => {
    const sheet = {
      name: 'Số liệu',
      rows: [
        ['Tên đơn vị', 'Tỷ lệ hồ sơ trực tuyến (%)'],
        ['Xã Một', '#REF!'],
      ],
      issues: [
        {
          severity: 'warning' as const,
          code: 'cell-error' as const,
          path: [],
          message: 'Số liệu!B2: formula error #REF!',
          cell: { sheet: 'Số liệu', row: 2, column: 'B', text: '#REF!' },
        },
        {
          severity: 'warning' as const,
          code: 'malformed-sheet' as const,
          path: [],
          message: 'Số liệu: row 9 is hidden',
        },
      ],
    };
    const { issues } = sheetToDataset(sheet, framework);
    expect(issues.map((i) => [i.code, i.unit])).toEqual([
      ['cell-error', 'xa-mot'],
      ['malformed-sheet', undefined],
      ['missing-column', undefined],
      ['missing-column', undefined],
    ]);
  });
});

describe('% values outside 0–100', () => {
  it('"2.528" read as 2528 % is a warning with the likely readings and what scoring does with it', () => {
    const issues = read(`${HEADER}\nXã Một;2.528;50;1`);
    expect(issues.filter((i) => i.code === 'suspicious-value')).toEqual([
      {
        severity: 'warning',
        code: 'suspicious-value',
        detail: 'full-marks',
        path: [],
        unit: 'xa-mot',
        indicator: 'ty-le',
        value: 2528,
        cell: { sheet: 'Số liệu', row: 2, column: 'B', text: '2.528', header: 'Tỷ lệ hồ sơ trực tuyến (%)' },
        message:
          'Số liệu!B2 (column "Tỷ lệ hồ sơ trực tuyến (%)"): "2.528" for unit "xa-mot", indicator "ty-le" is read as 2528 %, outside 0–100 % (2.528 = 2528 or 2,528 %?); it is scored as full marks (the goalposts 0–100 cap it)',
      },
    ]);
    expect(formatIssue(issues.find((i) => i.code === 'suspicious-value') as DtiIssue, 'vi')).toBe(
      'Số liệu!B2 (cột "Tỷ lệ hồ sơ trực tuyến (%)"): "2.528" của đơn vị "xa-mot", chỉ số "ty-le" được đọc là 2528 %, ngoài khoảng 0–100 % (2.528 là 2528 hay 2,528 %?); chỉ số này được chấm điểm tối đa',
    );
  });

  it('150 %, −5 % and a relative method each say what happens; other units and in-range values say nothing', () => {
    const issues = read(`${HEADER}\nXã Một;150;-5;2.528\nXã Hai;100;0;7`).filter((i) => i.code === 'suspicious-value');
    expect(issues.map((i) => i.message)).toEqual([
      'Số liệu!B2 (column "Tỷ lệ hồ sơ trực tuyến (%)"): "150" for unit "xa-mot", indicator "ty-le" is read as 150 %, outside 0–100 %; it is scored as full marks (the goalposts 0–100 cap it)',
      'Số liệu!C2 (column "Tỷ lệ tương đối"): "-5" for unit "xa-mot", indicator "tuong-doi" is read as -5 %, below 0 %; scored relative to the other units (minMax), it moves every other unit\'s score',
      // A count column: the thousands reading is said once, not as a percentage.
      'Số liệu!D2 (column "Số hồ sơ"): "2.528" for unit "xa-mot", indicator "so-ho-so" is read as 2528 (dot as the thousands separator, as Vietnamese writes numbers); if a decimal was meant, write 2,528; the column\'s other values written this way are read alike and not listed',
    ]);
  });

  it('a negative value capped at the lower goalpost scores zero', () => {
    const issues = read(`${HEADER}\nXã Một;-3;1;1`).filter((i) => i.code === 'suspicious-value');
    expect(issues[0]?.message).toMatch(
      /is read as -3 %, below 0 %; it is scored as zero \(the goalposts 0–100 cap it\)$/u,
    );
  });

  it('are errors under strict, and readDataset then gives no dataset to score', () => {
    const strict = read(`${HEADER}\nXã Một;2.528;50;1`, true).find((i) => i.code === 'suspicious-value');
    expect(strict?.severity).toBe('error');
    const text = `${HEADER}\nXã Một;2.528;50;1`;
    expect(readDataset(text, framework).prepared?.units).toHaveLength(1);
    expect(readDataset(text, framework, { strict: true }).prepared).toBeUndefined();
  });
});

describe('cell issues name their column header', () => {
  it('in the English message and in Vietnamese', () => {
    const issues = read(`${HEADER}\nXã Một;nhiều;trên 75%;1`);
    expect(issues.map((i) => i.message)).toEqual([
      'Số liệu!B2: "nhiều" for unit "xa-mot", indicator "ty-le": not a number, a share, yes/no or empty (column "Tỷ lệ hồ sơ trực tuyến (%)")',
      'Số liệu!C2: "trên 75%" is a lower bound; 75 is used as the value (column "Tỷ lệ tương đối")',
    ]);
    expect(issues.map((i) => formatIssue(i, 'vi'))).toEqual([
      'Số liệu!B2: "nhiều" của đơn vị "xa-mot", chỉ số "ty-le" không phải số, tỷ lệ, có/không hay ô trống (cột "Tỷ lệ hồ sơ trực tuyến (%)")',
      'Số liệu!C2: "trên 75%" là ngưỡng dưới; 75 được dùng như số liệu (cột "Tỷ lệ tương đối")',
    ]);
    expect(issues[0]?.cell?.header).toBe('Tỷ lệ hồ sơ trực tuyến (%)');
  });

  it('including the problems the dataset validation finds, located at their cell', () => {
    const fw = defineFramework({
      ...framework,
      root: group('root', [indicator('zalo', { label: 'Có kênh Zalo OA', method: { type: 'yesNo' } })], {
        label: 'Chỉ số',
      }),
    });
    const r = readDataset('Tên đơn vị;Có kênh Zalo OA\nXã Một;3', fw);
    expect(r.issues.map((i) => formatIssue(i, 'vi'))).toEqual([
      'csv!B2: đơn vị "xa-mot", chỉ số "zalo": giá trị 3 phải là có/không (1 hoặc 0) (cột "Có kênh Zalo OA")',
    ]);
  });
});
