import { describe, expect, it } from 'vitest';
import { defineFramework } from '../../src/index.js';
import { readDataset, writeXlsx } from '../../src/sheets.js';
import { group, indicator, percentIndicator, framework as testFramework } from '../helpers.js';

const framework = defineFramework(
  testFramework({
    id: 'wc',
    label: 'T',
    root: group('root', [
      percentIndicator('a', { label: 'Tỷ lệ A' }),
      indicator('zalo', { label: 'Có Zalo', method: { type: 'yesNo' } }),
    ]),
  }),
);

describe('a wide workbook is read into columns', () => {
  const bytes = writeXlsx([
    {
      name: 'Số liệu',
      rows: [
        ['Mã', 'Tên', 'Tỷ lệ A', 'Có Zalo'],
        ['x1', 'Xã Một', 97.5, 'có'],
        ['x2', 'Xã Hai', '40,5', 'không'],
        ['x3', 'Xã Ba', null, 1],
      ],
    },
  ]);

  it('gives the columns, and the same records as before when asked for them, yes/no as booleans', () => {
    const r = readDataset(bytes, framework);
    expect(r.issues).toEqual([]);
    expect(r.columnar?.ids).toEqual(['x1', 'x2', 'x3']);
    expect(Array.from(r.columnar?.columns.a ?? [])).toEqual([97.5, 40.5, Number.NaN]);
    expect(Array.from(r.columnar?.columns.zalo ?? [])).toEqual([1, 0, 1]);
    expect(r.dataset.units).toEqual([
      { id: 'x1', name: 'Xã Một', values: { a: 97.5, zalo: true } },
      { id: 'x2', name: 'Xã Hai', values: { a: 40.5, zalo: false } },
      { id: 'x3', name: 'Xã Ba', values: { zalo: 1 } },
    ]);
    expect(r.prepared?.units.map((u) => u.id)).toEqual(['x1', 'x2', 'x3']);
  });
});
