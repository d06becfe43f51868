import { describe, expect, it } from 'vitest';
import { defineFramework, formatIssue, validateDataset } from '../../src/index.js';
import { readDataset, sheetToDataset } from '../../src/sheets.js';
import { group, percentIndicator, framework as testFramework } from '../helpers.js';

const framework = defineFramework(
  testFramework({ id: 'ids', label: 'T', root: group('root', [percentIndicator('a', { label: 'Tỷ lệ A' })]) }),
);
const csv = (text: string) => new TextEncoder().encode(text);
const vi = (issue: unknown) => formatIssue(issue as never, 'vi');
// "Hà Nội" as a Mac writes it: each mark a character of its own after its letter.
const nfd = 'Hà Nội'.normalize('NFD');

describe('unit ids in Unicode NFC', () => {
  it('the fixture really holds two writings of one id', () => {
    expect(nfd).not.toBe('Hà Nội');
    expect([nfd.length, 'Hà Nội'.length]).toEqual([9, 6]);
  });

  it('an NFD id, name and parent from a Mac-written CSV are read as the NFC ones', () => {
    const r = readDataset(csv(`Mã;Tên;Cấp trên;Tỷ lệ A\n${nfd};${nfd};${nfd};50\nx;Xã;Hà Nội;60\n`), framework);
    expect(r.issues).toEqual([]);
    expect(r.dataset.units.map((u) => [u.id, u.name, u.parent])).toEqual([
      ['Hà Nội', 'Hà Nội', 'Hà Nội'],
      ['x', 'Xã', 'Hà Nội'],
    ]);
    expect(r.prepared?.units.map((u) => u.id)).toEqual(['Hà Nội', 'x']);
  });

  it('in a long layout, rows of the NFD and the NFC id are one unit', () => {
    const nfdRow = `${nfd},a,50`;
    const r = readDataset(csv(`Mã,Chỉ số,Giá trị\n${nfdRow}\nHà Nội,a,50\n`), framework);
    expect(r.dataset.units).toEqual([{ id: 'Hà Nội', values: { a: 50 } }]);
  });

  it('in a wide CSV, the NFC and the NFD id on two rows are one id, written twice: the duplicate-unit error', () => {
    // The CSV reader writes every cell in NFC: the two rows hold the same text once read.
    const r = readDataset(csv(`Mã;Tỷ lệ A\nHà Nội;50\n${nfd};60\n`), framework, { name: 'd.csv' });
    expect(r.prepared).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.unit, i.message, vi(i)])).toEqual([
      [
        'duplicate-unit',
        'Hà Nội',
        'd.csv!A3 (column "Mã"): unit "Hà Nội" already appears in row 2 (d.csv!A2)',
        'd.csv!A3 (cột "Mã"): đơn vị "Hà Nội" xuất hiện hai lần, lần đầu ở dòng 2 (d.csv!A2)',
      ],
    ]);
  });

  it("rows given as they are (or a workbook's inline strings): the error names both cells and both forms", () => {
    const sheet = {
      name: 'Số liệu',
      rows: [
        ['Mã', 'Tên', 'Tỷ lệ A'],
        ['Hà Nội', nfd, 50],
        [nfd, 'Hà Nội', 60],
      ],
    };
    const r = sheetToDataset(sheet, framework);
    expect(r.dataset.units).toEqual([{ id: 'Hà Nội', name: 'Hà Nội', values: { a: 50 } }]);
    expect(r.issues.map((i) => [i.severity, i.code, i.detail, i.unit, `${i.cell?.column}${i.cell?.row}`])).toEqual([
      ['error', 'duplicate-unit', 'unicode-form', 'Hà Nội', 'A3'],
    ]);
    expect(r.issues[0]?.message).toBe(
      `Số liệu!A3 (column "Mã"): unit "Hà Nội" already appears in row 2: the ids "Hà Nội" (Số liệu!A2, NFC) and "${nfd}" (Số liệu!A3, NFD) differ only in Unicode form, so they are the same id; keep one row`,
    );
    expect(vi(r.issues[0])).toBe(
      `Số liệu!A3 (cột "Mã"): đơn vị "Hà Nội" xuất hiện hai lần: mã "Hà Nội" (Số liệu!A2) và "${nfd}" (Số liệu!A3) chỉ khác nhau ở dạng Unicode (dạng dựng sẵn NFC và dạng tổ hợp NFD, như máy Mac ghi), nên là cùng một mã; hãy giữ một dòng`,
    );
  });

  it('rows given as they are: the NFD first and the NFC second, likewise', () => {
    const r = sheetToDataset(
      {
        name: 'S',
        rows: [
          ['Mã', 'Tỷ lệ A'],
          [nfd, 50],
          ['Hà Nội', 60],
        ],
      },
      framework,
    );
    expect(r.dataset.units.map((u) => u.id)).toEqual(['Hà Nội']);
    expect(r.issues.map((i) => i.value)).toEqual([
      {
        first: { id: nfd, cell: 'S!A2', form: 'NFD' },
        second: { id: 'Hà Nội', cell: 'S!A3', form: 'NFC' },
      },
    ]);
  });

  it('the same id written alike twice keeps its plain duplicate-unit error', () => {
    const r = readDataset(csv('Mã;Tỷ lệ A\nx;50\nx;60\n'), framework, { name: 'd.csv' });
    expect(r.issues.map((i) => [i.code, i.detail, i.message, vi(i)])).toEqual([
      [
        'duplicate-unit',
        undefined,
        'd.csv!A3 (column "Mã"): unit "x" already appears in row 2 (d.csv!A2)',
        'd.csv!A3 (cột "Mã"): đơn vị "x" xuất hiện hai lần, lần đầu ở dòng 2 (d.csv!A2)',
      ],
    ]);
  });
});

describe('unit ids that differ only in case', () => {
  it('a sheet: an error naming both cells and both ids; the second row is not read', () => {
    const r = readDataset(csv('Mã;Tỷ lệ A\nB;50\nc;5\nb;60\n'), framework, { name: 'd.csv' });
    expect(r.prepared).toBeUndefined();
    expect(r.dataset.units.map((u) => u.id)).toEqual(['B', 'c']);
    expect(r.issues.map((i) => [i.severity, i.code, i.detail, i.unit, `${i.cell?.column}${i.cell?.row}`])).toEqual([
      ['error', 'duplicate-unit', 'case', 'b', 'A4'],
    ]);
    expect(r.issues[0]?.message).toBe(
      'd.csv!A4 (column "Mã"): unit ids "B" (d.csv!A2) and "b" (d.csv!A4) differ only in case: one unit written twice, or two units no reader can tell apart; write the id alike in both, or give one unit another id',
    );
    // Led with nothing in Vietnamese (with the row in English): both now lead with the cell, as other data errors do.
    expect(vi(r.issues[0])).toBe(
      'd.csv!A4 (cột "Mã"): mã đơn vị "B" (d.csv!A2) và "b" (d.csv!A4) chỉ khác nhau ở chữ hoa, chữ thường: một đơn vị được nhập hai lần, hay hai đơn vị không thể phân biệt; hãy viết mã giống nhau ở cả hai nơi, hoặc đặt cho một đơn vị mã khác',
    );
  });

  it('a long layout: said once for the id, however many rows it has', () => {
    const r = readDataset(csv('Mã,Chỉ số,Giá trị\nb,a,50\nB,a,60\nB,a,70\n'), framework, { name: 'l.csv' });
    expect(r.issues.map((i) => [i.detail, i.unit, `${i.cell?.column}${i.cell?.row}`])).toEqual([['case', 'B', 'A3']]);
    expect(r.issues[0]?.message).toBe(
      'l.csv!A3 (column "Mã"): unit ids "b" (l.csv!A2) and "B" (l.csv!A3) differ only in case: one unit written twice, or two units no reader can tell apart; write the id alike in both, or give one unit another id',
    );
  });

  it('an NFD id that differs from an NFC one in case too ("hà nội" and "Hà Nội")', () => {
    const r = readDataset(csv(`Mã;Tỷ lệ A\nhà nội;50\n${nfd};60\n`), framework, { name: 'd.csv' });
    expect(r.issues.map((i) => [i.detail, i.unit, (i.value as { first: { id: string } }).first.id])).toEqual([
      ['case', 'Hà Nội', 'hà nội'],
    ]);
  });

  it('a dataset of records: an error naming both rows and both ids', () => {
    const r = validateDataset(framework, {
      units: [
        { id: 'Đông Anh', values: {} },
        { id: 'x', values: {} },
        { id: 'đông anh'.normalize('NFD'), values: {} },
      ],
    });
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.detail, i.path, i.message, vi(i)])).toEqual([
      [
        'duplicate-unit',
        'case',
        ['units', 2, 'id'],
        'unit ids "Đông Anh" (row 0) and "đông anh" (row 2) differ only in case: one unit written twice, or two units no reader can tell apart; write the id alike in both, or give one unit another id',
        'mã đơn vị "Đông Anh" (dòng 0) và "đông anh" (dòng 2) chỉ khác nhau ở chữ hoa, chữ thường: một đơn vị được nhập hai lần, hay hai đơn vị không thể phân biệt; hãy viết mã giống nhau ở cả hai nơi, hoặc đặt cho một đơn vị mã khác',
      ],
    ]);
  });

  it('a columnar dataset likewise, whichever of the two comes first', () => {
    const r = validateDataset(framework, { ids: ['hn', 'HN', 'Hn'], columns: { a: [1, 2, 3] } });
    expect(r.success ? [] : r.issues.map((i) => [i.path, (i.value as object) ?? null])).toEqual([
      [['ids', 1], { first: { id: 'hn', row: 0 }, second: { id: 'HN', row: 1 } }],
      [['ids', 2], { first: { id: 'hn', row: 0 }, second: { id: 'Hn', row: 2 } }],
    ]);
  });

  it('ids that differ in more than case are two units', () => {
    const r = validateDataset(framework, { ids: ['B', 'b1', 'Ba'], columns: { a: [1, 2, 3] } });
    expect(r.success).toBe(true);
  });
});
