import { describe, expect, it } from 'vitest';
import { defineFramework } from '../../src/index.js';
import { readDataset, writeXlsx } from '../../src/sheets.js';
import { group, percentIndicator, framework as testFramework } from '../helpers.js';

// A framework with a ratio of two raw fields counted in "sạp" (market stalls), a unit no general list
// of Vietnamese units holds: the header "Số sạp (sạp)" is how `dti init` writes the column.
const framework = defineFramework(
  testFramework({
    id: 'cho',
    label: 'Chợ',
    fields: [
      { id: 'sap', label: { vi: 'Số sạp' }, unit: 'sạp' },
      { id: 'sap-so', label: { vi: 'Số sạp thanh toán số' }, unit: 'sạp' },
    ],
    root: group(
      'root',
      [
        percentIndicator('ty-le', {
          label: 'Tỷ lệ sạp thanh toán số',
          formula: { type: 'ratio', numerator: 'sap-so', denominator: 'sap', multiplier: 100 },
        }),
      ],
      { label: 'Chợ' },
    ),
  }),
);
const csv = (text: string) => new TextEncoder().encode(text);

describe('a header ending in the unit its field declares', () => {
  it('"Số sạp (sạp)" is field "sap": both fields read, the ratio 30 / 120 · 100 = 25', () => {
    const r = readDataset(csv('Mã;Tên;Số sạp (sạp);Số sạp thanh toán số (sạp)\nx1;Xã Một;120;30\n'), framework);
    expect(r.issues).toEqual([]);
    expect(r.dataset.units[0]?.values).toEqual({ sap: 120, 'sap-so': 30 });
    const prepared = r.prepared;
    expect(prepared?.indicatorIds).toEqual(['ty-le']);
    expect(prepared?.values[0]?.[0]).toBe(25);
  });

  it('a bracket that is not the declared unit still names another column', () => {
    const r = readDataset(csv('Mã;Tên;Số sạp (kế hoạch);Số sạp thanh toán số (sạp)\nx1;Xã Một;120;30\n'), framework);
    expect(r.dataset.units[0]?.values).toEqual({ 'sap-so': 30 });
    expect(r.issues.map((i) => i.code)).toContain('unknown-column');
  });
});

describe('a guide sheet beside the data sheet', () => {
  const header = ['Mã đơn vị', 'Tên đơn vị', 'Số sạp (sạp)', 'Số sạp thanh toán số (sạp)'];
  // The guide of `dti init`: one row per column, with its heading, id and unit; no unit column.
  const guide = [
    ['Cột', 'Mã', 'Đơn vị tính'],
    ['Số sạp (sạp)', 'sap', 'sạp'],
    ['Số sạp thanh toán số (sạp)', 'sap-so', 'sạp'],
  ];

  it('is not a rival of the data sheet: the data sheet is read without a several-sheets warning', () => {
    const book = writeXlsx([
      { name: 'Số liệu', rows: [header, ['x1', 'Xã Một', 120, 30]], active: true },
      { name: 'Hướng dẫn', rows: guide },
    ]);
    const r = readDataset(book, framework);
    expect(r.issues).toEqual([]);
    expect(r.dataset.units.map((u) => [u.id, u.values])).toEqual([['x1', { sap: 120, 'sap-so': 30 }]]);
  });

  it('two data sheets still warn, guide or not', () => {
    const book = writeXlsx([
      { name: '2023', rows: [header, ['x1', 'Xã Một', 100, 10]] },
      { name: '2024', rows: [header, ['x1', 'Xã Một', 120, 30]], active: true },
      { name: 'Hướng dẫn', rows: guide },
    ]);
    const r = readDataset(book, framework);
    expect(r.issues.map((i) => i.message)).toEqual([
      'sheets "2023", "2024" both match; "2024" (the active sheet) is read — choose with --sheet / the sheet option',
    ]);
  });
});
