import { describe, expect, it } from 'vitest';
import { readDataset, writeXlsx } from '../../src/sheets.js';
import { csv, rateAndCount } from '../helpers.js';

const framework = rateAndCount('ph');
const text = 'Mã;Tên;Tỷ lệ A;Số C\nx1;One;50;N/A\nx2;Two;60;7\nx3;Three;;\n';

describe('where a value is, given or not (cellOf)', () => {
  it("a CSV: the cell at the unit's row and the indicator's column", () => {
    const r = readDataset(csv(text), framework, { name: 'd.csv' });
    expect(r.prepared).toBeDefined();
    // The CSV read row by row keeps no text of a cell without a value: "N/A" is named by the placeholder note.
    expect(r.cellOf?.(0, 'c')).toEqual({ sheet: 'd.csv', row: 2, column: 'D', text: '', header: 'Số C' });
    expect(r.issues[0]?.message).toContain(
      'd.csv!D2 (column "Số C"): 1 cell for indicator "c" holds a placeholder, "N/A"',
    );
    expect(r.cellOf?.(2, 'a')).toEqual({ sheet: 'd.csv', row: 4, column: 'C', text: '', header: 'Tỷ lệ A' });
    expect(r.cellOf?.(2, 'c')).toEqual({ sheet: 'd.csv', row: 4, column: 'D', text: '', header: 'Số C' });
    expect(r.cellOf?.(1, 'c')).toEqual({ sheet: 'd.csv', row: 3, column: 'D', text: '7', header: 'Số C' });
    // No such indicator, no such unit: nowhere.
    expect(r.cellOf?.(0, 'zz')).toBeUndefined();
    expect(r.cellOf?.(9, 'a')).toBeUndefined();
  });

  it('a workbook: the same cells', () => {
    const rows = text
      .trim()
      .split('\n')
      .map((line) =>
        line.split(';').map((cell, c) => (cell === '' ? null : c >= 2 && /^\d+$/.test(cell) ? Number(cell) : cell)),
      );
    const bytes = writeXlsx([{ name: 'Số liệu', rows }]);
    const r = readDataset(bytes, framework, { name: 'd.xlsx' });
    expect(r.cellOf?.(0, 'c')).toEqual({ sheet: 'Số liệu', row: 2, column: 'D', text: 'N/A', header: 'Số C' });
    expect(r.cellOf?.(2, 'a')).toEqual({ sheet: 'Số liệu', row: 4, column: 'C', text: '', header: 'Tỷ lệ A' });
  });

  it('a long sheet: only where a row gave the value', () => {
    const long = 'Mã;Tên;Chỉ số;Giá trị\nx1;One;a;50\nx1;One;c;7\nx2;Two;a;60\n';
    const r = readDataset(csv(long), framework, { name: 'l.csv' });
    expect(r.cellOf?.(0, 'c')).toMatchObject({ sheet: 'l.csv', row: 3, column: 'D', text: '7' });
    expect(r.cellOf?.(1, 'c')).toBeUndefined();
  });

  it('a long sheet: a blank value on its row is named at its cell; a value on a later row replaces it', () => {
    // As a tester's long file: row 4 "x1;One;c;" is blank, so its cell is D4, text ''.
    const long = 'Mã;Tên;Chỉ số;Giá trị\nx1;One;a;50\nx2;Two;c;\nx1;One;c;\nx2;Two;c;7\n';
    const r = readDataset(csv(long), framework, { name: 'l.csv' });
    expect(r.cellOf?.(0, 'c')).toMatchObject({ sheet: 'l.csv', row: 4, column: 'D', text: '' });
    // x2's blank on row 3, then 7 on row 5: the value is read, at its cell, with no note of two values.
    expect(r.cellOf?.(1, 'c')).toMatchObject({ sheet: 'l.csv', row: 5, column: 'D', text: '7' });
    expect(r.issues.map((i) => i.code)).not.toContain('duplicate-value');
  });

  it('a JSON dataset has no cells', () => {
    const r = readDataset({ units: [{ id: 'x1', name: 'One', values: { a: 50, c: 7 } }] }, framework);
    expect(r.cellOf).toBeUndefined();
  });
});
