// A long sheet (unit, indicator, value) whose rows of one id name two units: the values of both were
// read as one unit's, and the first name kept, without a word.
import { describe, expect, it } from 'vitest';
import { defineFramework, formatIssue } from '../../src/index.js';
import { readCsv, sheetToDataset } from '../../src/sheets.js';
import { group, percentIndicator, framework as testFramework } from '../helpers.js';

const framework = defineFramework(
  testFramework({
    root: group('root', [
      percentIndicator('a', { label: { vi: 'Tỷ lệ A', en: 'Rate A' } }),
      percentIndicator('b', { label: { vi: 'Tỷ lệ B', en: 'Rate B' } }),
    ]),
  }),
);

describe('long layout: one id, two names', () => {
  it('is an error naming both cells and both names, once per unit', () => {
    const text = 'Mã;Tên;Chỉ số;Giá trị\nx1;Xã Một;a;50\nx1;Xã Hai;b;60\nx1;Xã Ba;b;60\nx2;Xã Bốn;a;10';
    const read = sheetToDataset(readCsv(text, { name: 'long.csv' }), framework);
    const named = read.issues.filter((i) => i.code === 'duplicate-unit');
    expect(named.map((i) => [i.severity, i.unit, i.message])).toEqual([
      [
        'error',
        'x1',
        'long.csv!B3 (column "Tên"): unit "x1" is named "Xã Hai" here and "Xã Một" in long.csv!B2: rows of two units may share one id, and their values would be read as one unit\'s; give each unit its own id, or one name',
      ],
    ]);
    expect(formatIssue(named[0] as (typeof named)[number], 'vi')).toBe(
      'long.csv!B3 (cột "Tên"): đơn vị "x1" ở đây tên là "Xã Hai", còn ở long.csv!B2 là "Xã Một": dòng của hai đơn vị có thể đang dùng chung một mã, và số liệu của chúng sẽ bị đọc như của một đơn vị; hãy cho mỗi đơn vị một mã riêng, hoặc dùng một tên',
    );
  });

  it('reads one name written in another case, or left out on later rows, as the same unit', () => {
    const text = 'Mã;Tên;Chỉ số;Giá trị\nx1;Xã Một;a;50\nx1;XÃ MỘT;b;60\nx2;Xã Bốn;a;10\nx2;;b;20';
    const read = sheetToDataset(readCsv(text, { name: 'long.csv' }), framework);
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(read.dataset.units.map((u) => [u.id, u.name, u.values])).toEqual([
      ['x1', 'Xã Một', { a: 50, b: 60 }],
      ['x2', 'Xã Bốn', { a: 10, b: 20 }],
    ]);
  });

  it('reads one name typed with two spaces, or a no-break space, on a later row as the same unit', () => {
    // "Xã  Một" and "Xã\u00a0Một" were an error: "unit x1 is named … here and … in long.csv!B2".
    const text = 'Mã;Tên;Chỉ số;Giá trị\nx1;Xã Một;a;50\nx1;Xã  Một;b;60\nx2;Xã Bốn;a;10\nx2;Xã\u00a0Bốn;b;20';
    const read = sheetToDataset(readCsv(text, { name: 'long.csv' }), framework);
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(read.dataset.units.map((u) => [u.id, u.name, u.values])).toEqual([
      ['x1', 'Xã Một', { a: 50, b: 60 }],
      ['x2', 'Xã Bốn', { a: 10, b: 20 }],
    ]);
  });

  it('names the unit of a row whose indicator the framework lacks, in English as in Vietnamese', () => {
    const read = sheetToDataset(
      readCsv('Mã;Tên;Chỉ số;Giá trị\nx1;Xã Một;a;50\nx2;Xã Hai;zzz;1', { name: 'long.csv' }),
      framework,
    );
    const unknown = read.issues.filter((i) => i.code === 'unknown-indicator');
    expect(unknown.map((i) => i.message)).toEqual([
      'long.csv!C3: unit "x2": "zzz" is neither an indicator nor a field of "thu"',
    ]);
    expect(formatIssue(unknown[0] as (typeof unknown)[number], 'vi')).toContain('đơn vị "x2"');
  });
});
