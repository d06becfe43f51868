import { describe, expect, it } from 'vitest';
import { parseValue } from '../../src/sheets/parse-value.js';
import { readDataset, writeXlsx } from '../../src/sheets.js';
import { csv, rateAndCount, valueIn, vi } from '../helpers.js';

const framework = rateAndCount('ph');

describe('placeholders for no value', () => {
  it('are the texts the reader already reads as missing; "x" is yes and "không có" no value at all', () => {
    for (const text of ['N/A', 'n/a', '-', '–', '—', 'không có số liệu', 'chưa báo cáo', 'kcsl'])
      expect(parseValue(text)).toEqual({ kind: 'missing' });
    expect(parseValue('x')).toEqual({ kind: 'boolean', value: true });
    expect(parseValue('không có')).toMatchObject({ kind: 'error', problem: 'not-a-value' });
  });

  it('a column of them: still missing, with one warning counting the cells and naming the first', () => {
    const r = readDataset(
      csv('Mã;Tên;Tỷ lệ A;Số C\nx1;One;50;N/A\nx2;Two;60;7\nx3;Three;70;-\nx4;Four;80;không có số liệu\nx5;Five;90;\n'),
      framework,
      { name: 'd.csv' },
    );
    expect(['x1', 'x2', 'x3', 'x4', 'x5'].map((u) => valueIn(r, u, 'c'))).toEqual([
      undefined,
      7,
      undefined,
      undefined,
      undefined,
    ]);
    expect(r.prepared).toBeDefined();
    expect(r.issues.map((i) => [i.code, i.detail, i.severity, i.unit, i.indicator, i.value, i.cell?.text])).toEqual([
      ['reading-note', 'placeholder', 'warning', 'x1', 'c', 3, 'N/A'],
    ]);
    // Named only the first cell: the other two could not be found. Now every one is named.
    expect(r.issues[0]?.message).toBe(
      'd.csv!D2 (column "Số C"): a placeholder stands for the value of indicator "c" in 3 cells of 3 units: x1 (D2 "N/A"), x3 (D4 "-"), x4 (D5 "không có số liệu"); they are read as missing values, so the framework\'s missing-value rule applies to them',
    );
    expect(vi(r.issues[0])).toBe(
      'd.csv!D2 (cột "Số C"): ký hiệu được ghi thay cho số liệu của chỉ số "c" ở 3 ô của 3 đơn vị: x1 (D2 "N/A"), x3 (D4 "-"), x4 (D5 "không có số liệu"); các ô này được coi là chưa có số liệu, nên quy tắc thiếu số liệu của bộ chỉ số được áp dụng',
    );
  });

  it('seven cells: counted, the first three named, every one in `cells`, in both languages', () => {
    const rows = ['HN;N/A', 'HP;-', 'DN;5', 'CT;n/a', 'HG;–', 'BN;không có số liệu', 'QN;kcsl', 'LA;N/A'];
    const r = readDataset(csv(`Mã;Số C\n${rows.join('\n')}\n`), framework, { name: 'd.csv' });
    const [note] = r.issues.filter((i) => i.detail === 'placeholder');
    expect(note?.value).toBe(7);
    expect(note?.message).toBe(
      'd.csv!B2 (column "Số C"): a placeholder stands for the value of indicator "c" in 7 cells of 7 units: HN (B2 "N/A"), HP (B3 "-"), CT (B5 "n/a") and 4 other cells; they are read as missing values, so the framework\'s missing-value rule applies to them',
    );
    expect(vi(note)).toBe(
      'd.csv!B2 (cột "Số C"): ký hiệu được ghi thay cho số liệu của chỉ số "c" ở 7 ô của 7 đơn vị: HN (B2 "N/A"), HP (B3 "-"), CT (B5 "n/a") và 4 ô khác; các ô này được coi là chưa có số liệu, nên quy tắc thiếu số liệu của bộ chỉ số được áp dụng',
    );
    expect(note?.cells?.map((c) => `${c.unit} ${c.column}${c.row} ${c.text}`)).toEqual([
      'HN B2 N/A',
      'HP B3 -',
      'CT B5 n/a',
      'HG B6 –',
      'BN B7 không có số liệu',
      'QN B8 kcsl',
      'LA B9 N/A',
    ]);
  });

  it('one cell: said in the singular; each column gets its own line', () => {
    const r = readDataset(csv('Mã;Tỷ lệ A;Số C\nx1;n/a;–\nx2;50;5\n'), framework, { name: 'd.csv' });
    // x1 then has no value at all, which is said too (code suspicious-value, detail no-data).
    expect(r.issues.filter((i) => i.code === 'reading-note').map((i) => i.message)).toEqual([
      'd.csv!B2 (column "Tỷ lệ A"): 1 cell for indicator "a" holds a placeholder, "n/a" (unit "x1"); it is read as a missing value, so the framework\'s missing-value rule applies to it',
      'd.csv!C2 (column "Số C"): 1 cell for indicator "c" holds a placeholder, "–" (unit "x1"); it is read as a missing value, so the framework\'s missing-value rule applies to it',
    ]);
    expect(vi(r.issues[1])).toBe(
      'd.csv!C2 (cột "Số C"): 1 ô của chỉ số "c" ghi ký hiệu thay cho số liệu, "–" (đơn vị "x1"); ô này được coi là chưa có số liệu, nên quy tắc thiếu số liệu của bộ chỉ số được áp dụng',
    );
  });

  it('a long layout counts per indicator in its value column', () => {
    const r = readDataset(csv('Mã,Chỉ số,Giá trị\nx1,a,N/A\nx1,c,-\nx2,a,n/a\nx2,c,5\n'), framework, { name: 'l.csv' });
    const notes = r.issues.filter((i) => i.code === 'reading-note');
    expect(notes.map((i) => [i.indicator, `${i.cell?.column}${i.cell?.row}`, i.cell?.text, i.value])).toEqual([
      ['a', 'C2', 'N/A', 2],
      ['c', 'C3', '-', 1],
    ]);
  });

  it('blank cells, a formula error and a workbook cell left empty are not placeholders', () => {
    const bytes = writeXlsx([
      {
        name: 'S',
        rows: [
          ['Mã', 'Tỷ lệ A', 'Số C'],
          ['x1', 50, null],
          ['x2', '  ', '#N/A'],
          ['x3', 'N/A', 4],
        ],
      },
    ]);
    const r = readDataset(bytes, framework);
    expect(r.issues.map((i) => [i.code, i.detail, `${i.cell?.column ?? ''}${i.cell?.row ?? ''}`, i.value])).toEqual([
      ['cell-error', '#N/A', 'C3', '#N/A'],
      ['reading-note', 'placeholder', 'B4', 1],
      // x2's two cells are blank and a formula error: it has no value at all.
      ['suspicious-value', 'no-data', '', 0],
    ]);
  });

  it('stays a warning under strict', () => {
    const r = readDataset(csv('Mã;Tỷ lệ A;Số C\nx1;N/A;5\nx2;50;5\n'), framework, { strict: true });
    expect(r.prepared).toBeDefined();
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['reading-note', 'warning']]);
  });
});
