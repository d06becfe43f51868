import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/sheets.js';
import { csv, rateAndCount, vi } from '../helpers.js';

// A file where every row is wrong kept one issue (two messages) per row: 3 GB for 1.8 million rows.
// The sheet lists the first 1,000 issues of each kind and counts the rest into one issue.
const framework = rateAndCount('cap');
const HEADER = 'Mã,Tỷ lệ A,Số C\n';
/** `rows` data rows, each one field too many (a decimal comma split by the delimiter). */
const shifted = (rows: number) =>
  HEADER + Array.from({ length: rows }, (_, i) => `x${i + 1},${i % 100},8,5\n`).join('');
const read = (text: string, strict = false) => readDataset(csv(text), framework, { name: 'cap.csv', strict });

describe('issues of one kind past the first 1,000', () => {
  it('5,000 rows with an extra field: 1,000 errors one by one, then one error counting the other 4,000', () => {
    const r = read(shifted(5000));
    expect(r.prepared).toBeUndefined();
    expect(r.issues).toHaveLength(1001);
    const listed = r.issues.slice(0, 1000);
    expect(listed.every((i) => i.severity === 'error' && i.detail === 'extra-fields')).toBe(true);
    // The first 1,000 rows, in order: lines 2 to 1001, units x1 to x1000.
    expect(listed.map((i) => i.cell?.row)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 2));
    expect(listed[999]?.unit).toBe('x1000');
    const more = r.issues[1000];
    expect([more?.severity, more?.code, more?.detail, more?.value]).toEqual([
      'error',
      'malformed-csv',
      'more-issues',
      4000,
    ]);
    // The kind in words, not its code name "(malformed-csv, extra-fields)", which meant nothing to the
    // person fixing the file; the code and detail are the issue's fields.
    expect(more?.message).toBe(
      'cap.csv: … and 4,000 more errors of the same kind (badly formed CSV), not listed: only the first 1,000 of each kind are',
    );
    expect(vi(more)).toBe(
      'cap.csv: … và 4.000 lỗi khác cùng loại (tệp CSV sai cấu trúc) không được liệt kê: mỗi loại chỉ liệt kê 1.000 vấn đề đầu tiên',
    );
  });

  it('the issues listed are those of a file with the first rows alone', () => {
    const all = read(shifted(5000)).issues;
    const few = read(shifted(3)).issues;
    expect(few).toHaveLength(3);
    expect(all.slice(0, 3)).toEqual(few);
    expect(few[1]?.message).toBe(
      'cap.csv line 3: unit "x2": the row has 4 fields where the header has 3; the extra "5" is read by no column, so the row\'s values may have shifted: check the delimiters in the row; "1,8" may be one number written with a decimal comma: quote it ("1,8") or save the file with ";" as the delimiter',
    );
  });

  it('exactly 1,000 of a kind: all listed, nothing counted', () => {
    const r = read(shifted(1000));
    expect(r.issues).toHaveLength(1000);
    expect(r.issues.some((i) => i.detail === 'more-issues')).toBe(false);
  });

  it('1,001 of a kind: the last is counted as "1 more error"', () => {
    const r = read(shifted(1001));
    expect(r.issues).toHaveLength(1001);
    expect(r.issues[1000]?.message).toBe(
      'cap.csv: … and 1 more error of the same kind (badly formed CSV), not listed: only the first 1,000 of each kind are',
    );
  });

  it('warnings keep their severity: 1,500 values with a percent sign in a count column, 500 counted as a warning', () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `x${i + 1};${i % 100};7%\n`).join('');
    const text = `Mã;Tỷ lệ A;Số C\n${rows}`;
    const kinds = (strict: boolean) => {
      const counts = new Map<string, number>();
      for (const i of read(text, strict).issues) {
        const key = `${i.severity} ${i.detail} ${i.detail === 'more-issues' ? i.value : ''}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return [...counts];
    };
    expect(kinds(false)).toEqual([
      ['warning percent-in-non-percent ', 1000],
      ['warning more-issues 500', 1],
    ]);
    // Under strict, the warnings are errors, and so is their count: the file is refused.
    expect(kinds(true)).toEqual([
      ['error percent-in-non-percent ', 1000],
      ['error more-issues 500', 1],
    ]);
  });

  it('a duplicated unit on 1,500 rows: 1,000 errors, then one counting 499 more', () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `x1;${i % 100};7\n`).join('');
    const r = read(`Mã;Tỷ lệ A;Số C\n${rows}`);
    expect(r.issues).toHaveLength(1001);
    expect([r.issues[1000]?.severity, r.issues[1000]?.code, r.issues[1000]?.value]).toEqual([
      'error',
      'duplicate-unit',
      499,
    ]);
  });

  it('lists as many as asked with issuesOfAKind: 5 of 8, then one counting the other 3; all of them when asked', () => {
    const few = readDataset(csv(shifted(8)), framework, { name: 'cap.csv', issuesOfAKind: 5 });
    expect(few.issues.map((i) => i.detail)).toEqual([...Array(5).fill('extra-fields'), 'more-issues']);
    expect(few.issues[5]?.value).toBe(3);
    expect(few.issues[5]?.message).toBe(
      'cap.csv: … and 3 more errors of the same kind (badly formed CSV), not listed: only the first 5 of each kind are',
    );
    const all = readDataset(csv(shifted(1500)), framework, {
      name: 'cap.csv',
      issuesOfAKind: Number.POSITIVE_INFINITY,
    });
    expect(all.issues.filter((i) => i.detail === 'extra-fields')).toHaveLength(1500);
    expect(all.issues.some((i) => i.detail === 'more-issues')).toBe(false);
  });
});

describe('the count of bounds past those listed, in words', () => {
  it('3 rows of "trên 75%", 2 listed: "1 more warning of the same kind (values written as a bound …)"', () => {
    const text = `Mã;Tỷ lệ A;Số C\n${['x1', 'x2', 'x3'].map((u) => `${u};trên 75%;8\n`).join('')}`;
    const r = readDataset(csv(text), framework, { name: 'b.csv', issuesOfAKind: 2 });
    const more = r.issues.find((i) => i.detail === 'more-issues');
    expect([more?.code, more?.value]).toEqual(['bound-value', 1]);
    expect(more?.message).toBe(
      'b.csv: … and 1 more warning of the same kind (values written as a bound, such as "trên 75%" (over 75%)), not listed: only the first 2 of each kind are',
    );
    expect(vi(more)).toBe(
      'b.csv: … và 1 cảnh báo khác cùng loại (giá trị ghi dạng cận trên/cận dưới, như "trên 75%") không được liệt kê: mỗi loại chỉ liệt kê 2 vấn đề đầu tiên',
    );
  });
});
