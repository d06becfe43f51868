import { describe, expect, it } from 'vitest';
import { defineFramework, formatIssue } from '../../src/index.js';
import { parseValue } from '../../src/sheets/parse-value.js';
import { readDataset } from '../../src/sheets.js';
import { group, indicator, percentIndicator, framework as testFramework } from '../helpers.js';

const framework = defineFramework(
  testFramework({
    id: 'mw',
    label: 'T',
    root: group('root', [percentIndicator('a', { label: 'Tỷ lệ A' }), indicator('b', { label: 'Số B', unit: 'cái' })], {
      label: 'R',
    }),
  }),
);
const csv = (text: string) => new TextEncoder().encode(text);
const vi = (issue: unknown) => formatIssue(issue as never, 'vi');
const valueIn = (r: ReturnType<typeof readDataset>, unit: string, id: string) =>
  r.dataset.units.find((u) => u.id === unit)?.values[id];

describe('a word that scales the number is refused, with the whole number to write', () => {
  // Before, the word was dropped as a unit: "2 triệu" was 2, "1,5 nghìn" 1.5, "3k" 3, "3 tỷ" 3.
  it.each([
    ['2 triệu', 'triệu', 2_000_000],
    ['2 trieu', 'trieu', 2_000_000],
    ['2tr', 'tr', 2_000_000],
    ['1,5 nghìn', 'nghìn', 1500],
    ['4 ngàn', 'ngàn', 4000],
    ['4 ng', 'ng', 4000],
    ['3 tỷ', 'tỷ', 3_000_000_000],
    ['3 tỉ', 'tỉ', 3_000_000_000],
    ['3 TỶ đồng', 'tỷ', 3_000_000_000],
    ['3k', 'k', 3000],
    ['3K', 'k', 3000],
    ['5 m', 'm', 5_000_000],
    ['5M', 'm', 5_000_000],
    ['5 mn', 'mn', 5_000_000],
    ['2 bn', 'bn', 2_000_000_000],
    ['2 million', 'million', 2_000_000],
    ['7 thousand', 'thousand', 7000],
    ['1 billion', 'billion', 1_000_000_000],
    ['1,1 triệu', 'triệu', 1_100_000],
    ['trên 2 triệu', 'triệu', 2_000_000],
  ])('%j: "%s" makes %d', (text, word, whole) => {
    expect(parseValue(text)).toEqual({
      kind: 'error',
      reason: `"${word}" multiplies the number, and words are not read as numbers: write the whole number, ${whole}`,
      problem: 'multiplier',
      multiplier: { word, whole },
    });
  });

  it('writes a whole number with a fraction in the convention read', () => {
    expect(parseValue('1,2345 nghìn')).toMatchObject({ reason: expect.stringMatching(/, 1234,5$/u) });
    expect(parseValue('1.2345 thousand', { locale: 'en' })).toMatchObject({
      reason: expect.stringMatching(/, 1234.5$/u),
    });
  });

  it('keeps unit words that do not scale: "2.528 hồ sơ", "50 xã", "97,8 %", "163 tổ"', () => {
    expect(parseValue('2.528 hồ sơ')).toEqual({ kind: 'number', value: 2528, percent: false, ambiguous: true });
    expect(parseValue('50 xã')).toEqual({ kind: 'number', value: 50, percent: false });
    expect(parseValue('97,8 %')).toEqual({ kind: 'number', value: 97.8, percent: true });
    expect(parseValue('5 người/nghìn dân', { words: true })).toEqual({
      kind: 'number',
      value: 5,
      percent: false,
      words: 'người/nghìn dân',
    });
  });

  it('names the cell in a sheet, in English and Vietnamese (m7.csv)', () => {
    const text = 'Mã;Tên;Tỷ lệ A;Số B\nA;A;50;2 triệu\nB;B;50;1,5 nghìn\nC;C;50;3k\nD;D;20;2500 cái\nH;H;30;3 tỷ\n';
    const r = readDataset(csv(text), framework, { name: 'm7.csv' });
    expect(r.prepared).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.detail, i.severity, `${i.cell?.column}${i.cell?.row}`, i.value])).toEqual([
      ['unreadable-cell', 'multiplier', 'error', 'D2', '2 triệu'],
      ['unreadable-cell', 'multiplier', 'error', 'D3', '1,5 nghìn'],
      ['unreadable-cell', 'multiplier', 'error', 'D4', '3k'],
      ['unreadable-cell', 'multiplier', 'error', 'D6', '3 tỷ'],
    ]);
    expect(r.issues.map((i) => i.message)).toEqual([
      'm7.csv!D2: "2 triệu" for unit "A", indicator "b": "triệu" multiplies the number, and words are not read as numbers: write the whole number, 2000000 (column "Số B")',
      'm7.csv!D3: "1,5 nghìn" for unit "B", indicator "b": "nghìn" multiplies the number, and words are not read as numbers: write the whole number, 1500 (column "Số B")',
      'm7.csv!D4: "3k" for unit "C", indicator "b": "k" multiplies the number, and words are not read as numbers: write the whole number, 3000 (column "Số B")',
      'm7.csv!D6: "3 tỷ" for unit "H", indicator "b": "tỷ" multiplies the number, and words are not read as numbers: write the whole number, 3000000000 (column "Số B")',
    ]);
    expect(r.issues.map(vi)).toEqual([
      'm7.csv!D2: "2 triệu" của đơn vị "A", chỉ số "b" có chữ "triệu" nhân con số lên, mà chữ không được đọc thành số: hãy viết cả số, 2000000 (cột "Số B")',
      'm7.csv!D3: "1,5 nghìn" của đơn vị "B", chỉ số "b" có chữ "nghìn" nhân con số lên, mà chữ không được đọc thành số: hãy viết cả số, 1500 (cột "Số B")',
      'm7.csv!D4: "3k" của đơn vị "C", chỉ số "b" có chữ "k" nhân con số lên, mà chữ không được đọc thành số: hãy viết cả số, 3000 (cột "Số B")',
      'm7.csv!D6: "3 tỷ" của đơn vị "H", chỉ số "b" có chữ "tỷ" nhân con số lên, mà chữ không được đọc thành số: hãy viết cả số, 3000000000 (cột "Số B")',
    ]);
  });
});

describe('a word after a number in a % indicator', () => {
  it('"30 người" is read as 30 % with a warning naming the word and the unit', () => {
    const text =
      'Mã;Tên;Tỷ lệ A;Số B\nG;G;50 xã;2.528 hồ sơ\nH;H;30 người;50 cái\nK;K;97,8 %;10\nL;L;40 phần trăm;10\n';
    const r = readDataset(csv(text), framework, { name: 'm7.csv' });
    expect(['G', 'H', 'K', 'L'].map((u) => valueIn(r, u, 'a'))).toEqual([50, 30, 97.8, 40]);
    expect(['G', 'H'].map((u) => valueIn(r, u, 'b'))).toEqual([2528, 50]);
    expect(r.prepared).toBeDefined();
    const words = r.issues.filter((i) => i.detail === 'word-in-percent');
    expect(words.map((i) => [i.code, i.severity, i.unit, `${i.cell?.column}${i.cell?.row}`, i.value])).toEqual([
      ['suspicious-value', 'warning', 'G', 'C2', 50],
      ['suspicious-value', 'warning', 'H', 'C3', 30],
    ]);
    expect(words[1]?.message).toBe(
      'm7.csv!C3 (column "Tỷ lệ A"): "30 người" for unit "H", indicator "a" has the word "người" after the number, but the indicator is measured in %: it is read as 30 %; check that the value is a percentage',
    );
    expect(vi(words[1])).toBe(
      'm7.csv!C3 (cột "Tỷ lệ A"): "30 người" của đơn vị "H", chỉ số "a" có chữ "người" sau con số, nhưng chỉ số này tính bằng %: được đọc là 30 %; hãy kiểm tra giá trị này có phải là tỷ lệ phần trăm không',
    );
    // Words in an indicator not measured in % ("hồ sơ", "cái") are its unit's and say nothing new.
    expect(r.issues.filter((i) => i.indicator === 'b').map((i) => i.detail)).toEqual(['ambiguous-thousands']);
  });

  it('becomes an error under strict, as a % where none is meant does', () => {
    const r = readDataset(csv('Mã;Tên;Tỷ lệ A;Số B\nH;H;30 người;50\n'), framework, { name: 'm7.csv', strict: true });
    expect(r.issues.map((i) => [i.detail, i.severity])).toEqual([['word-in-percent', 'error']]);
  });
});
