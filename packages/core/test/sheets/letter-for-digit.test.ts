import { describe, expect, it } from 'vitest';
import { defineFramework, formatIssue } from '../../src/index.js';
import { parseValue } from '../../src/sheets/parse-value.js';
import { readDataset } from '../../src/sheets.js';
import { group, indicator, percentIndicator, framework as testFramework } from '../helpers.js';

const framework = defineFramework(
  testFramework({
    id: 'lfd',
    label: 'T',
    root: group(
      'root',
      [percentIndicator('a', { label: 'Tỷ lệ A' }), indicator('b', { label: 'Số B', unit: 'thủ tục' })],
      {
        label: 'R',
      },
    ),
  }),
);
const csv = (text: string) => new TextEncoder().encode(text);

describe('the letter O, l or I typed against the digits for 0 or 1', () => {
  // Before, the letter was dropped as a unit word: "9O" read 9 in a count column, with no word at all.
  it.each([
    ['9O', '90'],
    ['10O', '100'],
    ['9o', '90'],
    ['1l', '11'],
    ['2I', '21'],
    ['97,8O', '97,80'],
    ['-1O', '-10'],
  ])('"%s" is refused, suggesting %s', (text, digits) => {
    expect(parseValue(text)).toEqual({
      kind: 'error',
      reason: `the letter after the digits looks like a digit typed as a letter (O for 0, l or I for 1): type digits only, ${digits} if that is the number`,
      problem: 'letter-for-digit',
    });
  });

  it('keeps unit words after a space, and other words against the digits', () => {
    expect(parseValue('5 lượt')).toEqual({ kind: 'number', value: 5, percent: false });
    expect(parseValue('9 O')).toEqual({ kind: 'number', value: 9, percent: false });
    expect(parseValue('163tổ')).toEqual({ kind: 'number', value: 163, percent: false });
  });

  it('names the cell, the unit and the indicator in a count column and a % column, in English and Vietnamese', () => {
    const text = 'Mã;Tên;Tỷ lệ A;Số B\nA;A;50;9O\nB;B;9O;10\nC;C;50;12\n';
    const r = readDataset(csv(text), framework, { name: 'loi.csv' });
    expect(r.prepared).toBeUndefined();
    expect(
      r.issues.map((i) => [i.code, i.detail, i.severity, `${i.cell?.column}${i.cell?.row}`, i.unit, i.value]),
    ).toEqual([
      ['unreadable-cell', 'letter-for-digit', 'error', 'D2', 'A', '9O'],
      ['unreadable-cell', 'letter-for-digit', 'error', 'C3', 'B', '9O'],
    ]);
    expect(r.issues[0]?.message).toBe(
      'loi.csv!D2: "9O" for unit "A", indicator "b": the letter after the digits looks like a digit typed as a letter (O for 0, l or I for 1): type digits only, 90 if that is the number (column "Số B")',
    );
    expect(formatIssue(r.issues[0] as never, 'vi')).toBe(
      'loi.csv!D2: "9O" của đơn vị "A", chỉ số "b" có chữ cái ngay sau các chữ số, trông như chữ số gõ nhầm thành chữ (O thay cho 0, l hay I thay cho 1): hãy chỉ gõ chữ số (cột "Số B")',
    );
  });
});
