import { describe, expect, it } from 'vitest';
import { type DtiIssue, defineFramework, formatIssue } from '../../src/index.js';
import { readCsv, readDataset, sheetToDataset } from '../../src/sheets.js';
import { group, percentIndicator, framework as testFramework } from '../helpers.js';

const framework = defineFramework(
  testFramework({
    id: 'ho-so',
    label: 'Hồ sơ',
    fields: [
      { id: 'ho-so-dung-han', label: { vi: 'Số hồ sơ đúng hạn' } },
      { id: 'ho-so', label: { vi: 'Số hồ sơ tiếp nhận' } },
    ],
    root: group(
      'root',
      [
        percentIndicator('truc-tuyen', { label: 'Tỷ lệ hồ sơ trực tuyến' }),
        percentIndicator('ky-so', { label: 'Tỷ lệ văn bản ký số' }),
        percentIndicator('dung-han', {
          label: 'Tỷ lệ hồ sơ đúng hạn',
          formula: { type: 'ratio', numerator: 'ho-so-dung-han', denominator: 'ho-so', multiplier: 100 },
        }),
      ],
      { label: 'Chỉ số', missing: { type: 'skip' } },
    ),
  }),
);

describe('an indicator with no column in a wide sheet', () => {
  // "Ty le ho so truc tuyn" is a typo: the indicator is dropped for every unit unless someone says so.
  const text =
    'Tên đơn vị;Ty le ho so truc tuyn;Tỷ lệ văn bản ký số;Số hồ sơ đúng hạn;Ghi chú\nXã Một;90;80;5;\nXã Hai;40;70;6;';

  it('is a warning naming the indicator, with the nearest unclaimed header', () => {
    const { issues } = sheetToDataset(readCsv(text, { name: 'Số liệu' }), framework);
    const missing = issues.filter((i) => i.code === 'missing-column');
    expect(missing.map((i) => i.message)).toEqual([
      'the file has no column for indicator "Tỷ lệ hồ sơ trực tuyến" (truc-tuyen) — every unit is scored without it (did you mean column "Ty le ho so truc tuyn"?)',
      'the file has no column for field "Số hồ sơ tiếp nhận" (ho-so), which indicator "Tỷ lệ hồ sơ đúng hạn" (dung-han) is computed from — every unit is scored without it',
    ]);
    expect(missing[0]).toMatchObject({
      severity: 'warning',
      indicator: 'truc-tuyen',
      cell: { sheet: 'Số liệu', row: 1, column: 'B', text: 'Ty le ho so truc tuyn' },
    });
    expect(missing.map((i) => formatIssue(i, 'vi'))).toEqual([
      'tệp không có cột cho chỉ số "Tỷ lệ hồ sơ trực tuyến" (truc-tuyen) — mọi đơn vị được chấm điểm mà không có chỉ số này (có phải cột "Ty le ho so truc tuyn"?)',
      'tệp không có cột cho số liệu gốc "Số hồ sơ tiếp nhận" (ho-so), dùng để tính chỉ số "Tỷ lệ hồ sơ đúng hạn" (dung-han) — mọi đơn vị được chấm điểm mà không có chỉ số này',
    ]);
  });

  it('reaches readDataset, which still scores the file', () => {
    const r = readDataset(text, framework);
    expect(r.prepared?.units).toHaveLength(2);
    expect(r.issues.filter((i) => i.code === 'missing-column').map((i) => i.indicator)).toEqual([
      'truc-tuyen',
      'dung-han',
    ]);
  });

  it('is an error under strict', () => {
    const r = readDataset(text, framework, { strict: true });
    expect(r.prepared).toBeUndefined();
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual([
      'missing-column',
      'missing-column',
    ]);
  });

  it('under strict, still says what validation finds: strict never says less than the default', () => {
    // Xã Hai reported nothing (a no-data finding of validation, not of the reader). The missing column
    // was made an error by the reader, which used to stop validation: the no-data finding went unsaid.
    const blank = 'Tên đơn vị;Tỷ lệ văn bản ký số\nXã Một;80\nXã Hai;\n';
    const said = (strict: boolean) =>
      readDataset(blank, framework, { strict }).issues.map((i) => [i.severity, i.code, i.detail ?? '', i.unit ?? '']);
    expect(said(false)).toContainEqual(['warning', 'suspicious-value', 'no-data', 'xa-hai']);
    expect(said(true)).toContainEqual(['error', 'suspicious-value', 'no-data', 'xa-hai']);
    expect(
      said(true)
        .filter(([, code]) => code === 'missing-column')
        .map(([severity]) => severity),
    ).toEqual(['error', 'error']);
  });

  it('suggests nothing when no header is close', () => {
    const { issues } = sheetToDataset(readCsv('Tên đơn vị;Tỷ lệ văn bản ký số;Ghi chú\nXã Một;80;x'), framework);
    const message = (issues.find((i) => i.indicator === 'truc-tuyen') as DtiIssue).message;
    expect(message).toBe(
      'the file has no column for indicator "Tỷ lệ hồ sơ trực tuyến" (truc-tuyen) — every unit is scored without it',
    );
  });

  it('is not reported for an indicator computed from fields that all have columns, nor for one with its own column', () => {
    const { issues } = sheetToDataset(
      readCsv(
        'Tên đơn vị;Tỷ lệ hồ sơ trực tuyến;Tỷ lệ văn bản ký số;Số hồ sơ đúng hạn;Số hồ sơ tiếp nhận\nXã Một;1;2;3;4',
      ),
      framework,
    );
    expect(issues).toEqual([]);
    const own = sheetToDataset(
      readCsv('Tên đơn vị;Tỷ lệ hồ sơ trực tuyến;Tỷ lệ văn bản ký số;Tỷ lệ hồ sơ đúng hạn\nXã Một;1;2;3'),
      framework,
    );
    expect(own.issues).toEqual([]);
  });
});

describe('an indicator that no row gives in a long sheet', () => {
  it('is a warning too, suggesting the nearest unknown indicator key', () => {
    const text = 'Mã đơn vị,Chỉ số,Giá trị\nx1,truc-tuyen,50\nx1,ky-so,60\nx2,truc-tuyen,70\nx2,dung-hn,80';
    const { issues } = sheetToDataset(readCsv(text), framework);
    expect(issues.map((i) => [i.severity, i.code, i.indicator])).toEqual([
      ['error', 'unknown-indicator', 'dung-hn'],
      ['warning', 'missing-column', 'dung-han'],
    ]);
    expect(issues[1]?.message).toBe(
      'no row of the file gives a value for fields "Số hồ sơ đúng hạn" (ho-so-dung-han), "Số hồ sơ tiếp nhận" (ho-so), which indicator "Tỷ lệ hồ sơ đúng hạn" (dung-han) is computed from — every unit is scored without it (did you mean row "dung-hn"?)',
    );
  });
});

describe('an indicator with no column, in English', () => {
  const bilingual = defineFramework(
    testFramework({
      id: 'ho-so-en',
      label: 'Hồ sơ',
      fields: [
        { id: 'ho-so-dung-han', label: { vi: 'Số hồ sơ đúng hạn', en: 'Dossiers on time' } },
        { id: 'ho-so', label: { vi: 'Số hồ sơ tiếp nhận', en: 'Dossiers received' } },
      ],
      root: group(
        'root',
        [
          percentIndicator('truc-tuyen', { label: { vi: 'Tỷ lệ hồ sơ trực tuyến', en: 'Dossiers online' } }),
          percentIndicator('ky-so', { label: { vi: 'Tỷ lệ văn bản ký số', en: 'Documents signed' } }),
          percentIndicator('dung-han', {
            label: { vi: 'Tỷ lệ hồ sơ đúng hạn', en: 'Dossiers resolved on time' },
            formula: { type: 'ratio', numerator: 'ho-so-dung-han', denominator: 'ho-so', multiplier: 100 },
          }),
        ],
        { label: 'Chỉ số', missing: { type: 'skip' } },
      ),
    }),
  );

  it('names the indicator and the fields by their English labels and ids; Vietnamese by the Vietnamese ones', () => {
    const r = readDataset('Mã;Tên;Tỷ lệ hồ sơ trực tuyến\nx;X;50\n', bilingual, { name: 'd.csv' });
    const missing = r.issues.filter((i) => i.code === 'missing-column');
    expect(missing.map((i) => i.message)).toEqual([
      'the file has no column for indicator "Documents signed" (ky-so) — every unit is scored without it',
      'the file has no column for fields "Dossiers on time" (ho-so-dung-han), "Dossiers received" (ho-so), which indicator "Dossiers resolved on time" (dung-han) is computed from — every unit is scored without it',
    ]);
    expect(missing.map((i) => formatIssue(i, 'vi'))).toEqual([
      'tệp không có cột cho chỉ số "Tỷ lệ văn bản ký số" (ky-so) — mọi đơn vị được chấm điểm mà không có chỉ số này',
      'tệp không có cột cho số liệu gốc "Số hồ sơ đúng hạn" (ho-so-dung-han), "Số hồ sơ tiếp nhận" (ho-so), dùng để tính chỉ số "Tỷ lệ hồ sơ đúng hạn" (dung-han) — mọi đơn vị được chấm điểm mà không có chỉ số này',
    ]);
  });
});
