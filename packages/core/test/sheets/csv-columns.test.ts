import { describe, expect, it } from 'vitest';
import { defineFramework } from '../../src/index.js';
import { readDataset } from '../../src/sheets.js';
import { group, percentIndicator, framework as testFramework } from '../helpers.js';

// Two raw fields and a ratio of them, as in the declared-units test.
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

describe('a wide CSV is read straight into columns', () => {
  const text = [
    'Mã;Tên;Đơn vị cấp trên;Số sạp (sạp);Số sạp thanh toán số (sạp)',
    'x1;Xã Phú Lộc Một Hai;Tây Ninh;120;30',
    'x2;Xã Hai;Tây Ninh;0;5',
    'x3;Xã Ba;Huế;80;',
  ].join('\n');

  it('hands over the columns, NaN where a cell is empty, and the same records when asked', () => {
    const r = readDataset(csv(text), framework, { name: 'cho.csv' });
    const columnar = r.columnar;
    expect(columnar?.ids).toEqual(['x1', 'x2', 'x3']);
    expect(columnar?.names).toEqual(['Xã Phú Lộc Một Hai', 'Xã Hai', 'Xã Ba']);
    expect(columnar?.parents).toEqual(['Tây Ninh', 'Tây Ninh', 'Huế']);
    expect(columnar?.columns.sap).toBeInstanceOf(Float64Array);
    expect(Array.from(columnar?.columns.sap as Float64Array)).toEqual([120, 0, 80]);
    expect(Array.from(columnar?.columns['sap-so'] as Float64Array)).toEqual([30, 5, Number.NaN]);
    expect(r.dataset.units).toEqual([
      { id: 'x1', name: 'Xã Phú Lộc Một Hai', parent: 'Tây Ninh', values: { sap: 120, 'sap-so': 30 } },
      { id: 'x2', name: 'Xã Hai', parent: 'Tây Ninh', values: { sap: 0, 'sap-so': 5 } },
      { id: 'x3', name: 'Xã Ba', parent: 'Huế', values: { sap: 80 } },
    ]);
    // 30 / 120 · 100 = 25; 5 / 0 is left missing with a warning at the row it came from; x3 lacks a part.
    expect(Array.from(r.prepared?.values[0] as Float64Array)).toEqual([25, Number.NaN, Number.NaN]);
    const ratio = r.issues.find((i) => i.code === 'undefined-ratio');
    expect(ratio?.path).toEqual(['units', 1, 'values']);
    // At the zero denominator's cell, row 3 of the file, with both inputs the share was computed from.
    expect(ratio?.message).toBe(
      'cho.csv!D3 (column "Số sạp (sạp)"): unit "x2", indicator "ty-le": value [5,0] gives no ratio: division by zero (the denominator is 0); the indicator is treated as missing; computed from cho.csv!E3 "Số sạp thanh toán số (sạp)" = 5, cho.csv!D3 "Số sạp (sạp)" = 0',
    );
  });

  it('grows its columns past the first thousand units and keeps every value', () => {
    const lines = ['Mã;Tên;Số sạp (sạp);Số sạp thanh toán số (sạp)'];
    for (let u = 1; u <= 2500; u++) lines.push(`x${u};Xã ${u};100;${u % 101}`);
    const r = readDataset(csv(lines.join('\n')), framework);
    expect(r.issues).toEqual([]);
    const paying = r.columnar?.columns['sap-so'] as Float64Array;
    expect(paying.length).toBe(2500);
    expect(paying[1023]).toBe(14); // 1024 % 101
    expect(paying[2499]).toBe(76); // 2500 % 101
    // Unit 2000: 2000 % 101 = 81 stalls of 100 pay digitally, 81 %.
    expect(r.prepared?.values[0]?.[1999]).toBe(81);
  });
});
