import { describe, expect, it } from 'vitest';
import { defineFramework, formatIssue } from '../../src/index.js';
import { parseValue } from '../../src/sheets/parse-value.js';
import { readDataset } from '../../src/sheets.js';
import { group, indicator, percentIndicator, framework as testFramework } from '../helpers.js';

const framework = defineFramework(
  testFramework({
    id: 'sp',
    label: 'T',
    root: group('root', [percentIndicator('a', { label: 'Tỷ lệ A' }), indicator('c', { label: 'Số C' })], {
      label: 'R',
    }),
  }),
);
const csv = (text: string) => new TextEncoder().encode(text);
const vi = (issue: unknown) => formatIssue(issue as never, 'vi');
const REASON =
  'its spaces do not group thousands in threes (as in "2 528" or "1 000 000"), so it may be two values in one cell: enter one number';
const REASON_VI =
  'có dấu cách không phân nhóm hàng nghìn theo từng ba chữ số (như "2 528" hay "1 000 000"), nên có thể là hai giá trị trong một ô: hãy nhập một số';

describe('spaces inside a number group thousands in threes, or the cell is refused', () => {
  it.each([
    ['2 528', 2528],
    ['1 000 000', 1_000_000],
    ['2 528,5', 2528.5],
    ['-1 000', -1000],
    ['2\u00a0528', 2528],
    ['1\u202f000\u202f000', 1_000_000],
    ['1\u00a0000\u00a0000,25', 1_000_000.25],
  ])('%j is %d', (text, value) => {
    expect(parseValue(text)).toEqual({ kind: 'number', value, percent: false });
  });

  it('reads "2 528.5" grouped by spaces under the English convention; refuses a mark that may group', () => {
    expect(parseValue('2 528.5', { locale: 'en' })).toEqual({ kind: 'number', value: 2528.5, percent: false });
    // Three digits after the other convention's mark may be one more group: a thousand or a million.
    expect(parseValue('1 000,000', { locale: 'en' })).toMatchObject({ kind: 'error', problem: 'number-spaces' });
    expect(parseValue('1 000,000')).toEqual({ kind: 'number', value: 1000, percent: false });
    expect(parseValue('1 000.000')).toMatchObject({ kind: 'error', problem: 'number-spaces' });
    expect(parseValue('1 000.000', { locale: 'en' })).toEqual({ kind: 'number', value: 1000, percent: false });
  });

  // Before, every space was removed first: "9 5" was 95, "12 50" 1250, "1 2 3" 123, "1 2.528" 12528,
  // "50 60" 5060, numbers no one wrote.
  it.each(['9 5', '12 50', '1 2 3', '1 2.528', '50 60', '5 0', '1 5', '2.528 3.000', '0 500', '1 000\u00a0000'])(
    '%j is refused',
    (text) => {
      expect(parseValue(text)).toEqual({ kind: 'error', reason: REASON, problem: 'number-spaces' });
      expect(parseValue(text, { locale: 'en' })).toEqual({ kind: 'error', reason: REASON, problem: 'number-spaces' });
    },
  );

  it('refuses a share whose part is spaced wrongly: "1 2/21" is not 12/21', () => {
    expect(parseValue('1 2/21')).toMatchObject({ kind: 'error', problem: 'share' });
    expect(parseValue('1 200/2 400')).toMatchObject({ kind: 'number', value: 0.5 });
  });

  it('names the cell and the text in a sheet, in English and Vietnamese (sp.csv, m5.csv)', () => {
    const text = 'Mã;Tên;Tỷ lệ A;Số C\nA;A;50 60;2 528\nB;B;9 5;1 2.528\nC;C;50;12 50\nD;D;50;2 528,5\nJ;J;5 0;1 2 3\n';
    const r = readDataset(csv(text), framework, { name: 'sp.csv' });
    expect(r.prepared).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.detail, i.severity, `${i.cell?.column}${i.cell?.row}`, i.value])).toEqual([
      ['unreadable-cell', 'number-spaces', 'error', 'C2', '50 60'],
      ['unreadable-cell', 'number-spaces', 'error', 'C3', '9 5'],
      ['unreadable-cell', 'number-spaces', 'error', 'D3', '1 2.528'],
      ['unreadable-cell', 'number-spaces', 'error', 'D4', '12 50'],
      ['unreadable-cell', 'number-spaces', 'error', 'C6', '5 0'],
      ['unreadable-cell', 'number-spaces', 'error', 'D6', '1 2 3'],
    ]);
    expect(r.issues[1]?.message).toBe(`sp.csv!C3: "9 5" for unit "B", indicator "a": ${REASON} (column "Tỷ lệ A")`);
    expect(vi(r.issues[1])).toBe(`sp.csv!C3: "9 5" của đơn vị "B", chỉ số "a" ${REASON_VI} (cột "Tỷ lệ A")`);
    expect(r.issues[2]?.message).toBe(`sp.csv!D3: "1 2.528" for unit "B", indicator "c": ${REASON} (column "Số C")`);
    expect(vi(r.issues[2])).toBe(`sp.csv!D3: "1 2.528" của đơn vị "B", chỉ số "c" ${REASON_VI} (cột "Số C")`);
  });

  it('reads the grouped ones and says nothing', () => {
    const text = 'Mã;Tên;Tỷ lệ A;Số C\nA;A;50;2 528\nB;B;50;1\u00a0000\u00a0000\nD;D;50;2 528,5\n';
    const r = readDataset(csv(text), framework, { name: 'sp.csv' });
    expect(r.issues).toEqual([]);
    expect(r.dataset.units.map((u) => u.values.c)).toEqual([2528, 1_000_000, 2528.5]);
  });
});
