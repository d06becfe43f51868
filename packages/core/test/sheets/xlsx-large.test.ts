// Workbooks of the benchmark size, written by writeXlsx itself. The former reader ran a regular
// expression over the whole <sheetData> and spread a million cells into Math.max: "Maximum call
// stack size exceeded". These are correctness tests; the bounds are generous on purpose.
import { describe, expect, it } from 'vitest';
import { type Cell, readXlsx, writeXlsx } from '../../src/sheets.js';

describe('readXlsx: large valid workbooks', () => {
  it('reads 10,000 units × 100 indicators cell for cell', () => {
    const header = ['Mã đơn vị', ...Array.from({ length: 100 }, (_, k) => `Chỉ số ${k + 1}`)];
    const rows: Cell[][] = [header];
    for (let u = 0; u < 10_000; u++)
      rows.push([`xa-${u}`, ...Array.from({ length: 100 }, (_, k) => (u * 7 + k) % 101)]);
    const bytes = writeXlsx([{ name: 'Số liệu', rows, headerRows: 1 }]);
    const started = performance.now();
    const [sheet] = readXlsx(bytes);
    const seconds = (performance.now() - started) / 1000;
    expect(sheet?.rows).toHaveLength(10_001);
    expect(sheet?.rows[0]).toEqual(header);
    expect(sheet?.rows[1]?.slice(0, 4)).toEqual(['xa-0', 0, 1, 2]);
    expect(sheet?.rows[10_000]?.[100]).toBe((9_999 * 7 + 99) % 101);
    expect(sheet?.rows).toEqual(rows);
    expect(seconds).toBeLessThan(30);
    console.info(`10,000 × 100 workbook (${bytes.length} bytes) read in ${seconds.toFixed(2)} s`);
  }, 120_000);

  it('reads a 50,000-row sheet to its last row', () => {
    const rows: Cell[][] = [['Mã đơn vị', 'Tên đơn vị', 'Tỷ lệ (%)']];
    for (let r = 1; r <= 50_000; r++) rows.push([`xa-${r}`, `Xã số ${r}`, (r % 1000) / 10]);
    const bytes = writeXlsx([{ name: 'Số liệu', rows }]);
    const started = performance.now();
    const [sheet] = readXlsx(bytes);
    const seconds = (performance.now() - started) / 1000;
    expect(sheet?.rows).toHaveLength(50_001);
    expect(sheet?.rows[50_000]).toEqual(['xa-50000', 'Xã số 50000', 0]);
    expect(sheet?.rows[49_999]).toEqual(['xa-49999', 'Xã số 49999', 99.9]);
    expect(seconds).toBeLessThan(30);
    console.info(`50,000-row workbook (${bytes.length} bytes) read in ${seconds.toFixed(2)} s`);
  }, 120_000);
});
