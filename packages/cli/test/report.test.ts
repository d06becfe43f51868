import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DtiIssue } from '@dti-kit/core';
import { describe, expect, it } from 'vitest';
import { applyStrict, reportIssues, validationLine } from '../src/report.js';
import { dti, fixtures, scratch } from './dti.js';

const dir = scratch();

const missingColumn = (indicator: string): DtiIssue => ({
  severity: 'warning',
  code: 'missing-column',
  message: `the file has no column for indicator "${indicator}"`,
  path: [],
  indicator,
});
const bound = (row: number): DtiIssue => ({
  severity: 'warning',
  code: 'bound-value',
  message: `Số liệu!H${row}: "trên 75%" is a lower bound; 75 is used as the value`,
  path: [],
  cell: { sheet: 'Số liệu', row, column: 'H', text: 'trên 75%' },
  detail: 'lower',
});

function report(issues: DtiIssue[], options: Parameters<typeof reportIssues>[2]) {
  const lines: string[] = [];
  const counts = reportIssues(issues, (l) => lines.push(l), options);
  return { lines, counts };
}

describe('messages in the language of the people who fix the data', () => {
  it('validate speaks Vietnamese by default (--locale vi) and English with --locale en', () => {
    const file = join(fixtures, 'seeds-wide.xlsx');
    const vi = dti('validate', file, '--framework', 'self-assessment-template');
    expect(vi.code).toBe(1);
    expect(vi.err).toEqual([
      '✗ Số liệu!D6: "nhiều" của đơn vị "phuc-tho", chỉ số "van-ban-dien-tu" không phải số, tỷ lệ, có/không hay ô trống',
      '! Số liệu!K3: cột "Ghi chú" không khớp chỉ số hay số liệu gốc nào; cột bị bỏ qua',
      '! Số liệu!H4: "trên 75%" là ngưỡng dưới; giá trị này được dùng như số liệu',
      '! Số liệu!C8: "Tổng cộng" là dòng tổng, không phải một đơn vị; dòng bị bỏ qua',
      '1 lỗi, 3 cảnh báo',
    ]);
    const en = dti('validate', file, '--framework', 'self-assessment-template', '--locale', 'en');
    expect(en.err.at(-1)).toBe('1 error(s), 3 warning(s)');
    expect(en.err[0]).toBe(
      '✗ Số liệu!D6: "nhiều" for unit "phuc-tho", indicator "van-ban-dien-tu": not a number, a share, yes/no or empty',
    );
  });

  it('score says in Vietnamese that nothing was scored', () => {
    const file = join(fixtures, 'seeds-wide.xlsx');
    const r = dti('score', file, '--framework', 'self-assessment-template');
    expect(r.code).toBe(1);
    expect(r.err.slice(-2)).toEqual(['1 lỗi, 3 cảnh báo', `${file}: 1 lỗi; chưa chấm điểm đơn vị nào`]);
  });

  it('validate never prints a bare ✓ when there are warnings', () => {
    const file = join(dir, 'nguong.csv');
    writeFileSync(file, 'Mã đơn vị;Tên đơn vị;chu-ky-so\nx1;Xã Một;trên 75%\n');
    const vi = dti('validate', file, '-f', 'self-assessment-template');
    expect(vi.code).toBe(0);
    expect(vi.out).toBe(`! ${file}: 1 đơn vị, hợp lệ với bộ chỉ số self-assessment-template, có 1 cảnh báo\n`);
    const en = dti('validate', file, '-f', 'self-assessment-template', '--locale', 'en');
    expect(en.out).toBe(`! ${file}: 1 unit(s), valid for self-assessment-template, with 1 warning(s)\n`);
  });
});

describe('missing indicator columns', () => {
  it('come first and are never folded into "… N more"', () => {
    const issues = [
      ...Array.from({ length: 12 }, (_, i) => bound(i + 3)),
      ...Array.from({ length: 11 }, (_, i) => missingColumn(`chi-so-${i + 1}`)),
    ];
    const { lines, counts } = report(issues, { locale: 'en' });
    expect(counts).toEqual({ errors: 0, warnings: 23, missingColumns: 11 });
    expect(lines.slice(0, 11)).toEqual(
      Array.from({ length: 11 }, (_, i) => `! the file has no column for indicator "chi-so-${i + 1}"`),
    );
    // Ten bounds, then the rest counted.
    expect(lines[11]).toBe('! Số liệu!H3: "trên 75%" is a lower bound; 75 is used as the value');
    expect(lines[21]).toBe('! … 2 more "bound-value" (--verbose shows all)');
    expect(lines.slice(22)).toEqual([
      '0 error(s), 23 warning(s)',
      '! 11 framework indicator(s) have no column in the file: every unit is scored without them',
    ]);
  });

  it('are summed up in Vietnamese too', () => {
    const { lines } = report([missingColumn('chu-ky-so')], { locale: 'vi' });
    expect(lines.slice(-2)).toEqual([
      '0 lỗi, 1 cảnh báo',
      '! 1 chỉ số của bộ chỉ số không có cột trong tệp: mọi đơn vị được chấm điểm khi thiếu chỉ số này',
    ]);
  });

  it('make validate say "valid, with N warning(s)", and fail under --strict', () => {
    expect(validationLine({ path: 'a.csv', units: 3, framework: 'x', warnings: 1 }, 'en')).toBe(
      '! a.csv: 3 unit(s), valid for x, with 1 warning(s)',
    );
    expect(validationLine({ path: 'a.csv', units: 3, framework: 'x', warnings: 0 }, 'en')).toBe(
      '✓ a.csv: 3 unit(s), valid for x',
    );
    const strict = applyStrict([missingColumn('chu-ky-so'), bound(3)], true);
    expect(strict.map((i) => i.severity)).toEqual(['error', 'warning']);
    const { lines, counts } = report(strict, { locale: 'en' });
    expect(counts.errors).toBe(1);
    expect(lines[0]).toBe('✗ the file has no column for indicator "chu-ky-so"');
    expect(lines.at(-1)).toBe('✗ 1 framework indicator(s) have no column in the file: every unit is scored without it');
  });
});

describe('--strict', () => {
  it('turns suspicious values and missing columns into errors, and nothing else', () => {
    const suspicious: DtiIssue = { ...bound(3), code: 'suspicious-value' };
    const issues = [missingColumn('a'), suspicious, bound(4)];
    expect(applyStrict(issues, false).map((i) => i.severity)).toEqual(['warning', 'warning', 'warning']);
    expect(applyStrict(issues, true).map((i) => i.severity)).toEqual(['error', 'error', 'warning']);
    // The issues given are not changed.
    expect(issues[0]?.severity).toBe('warning');
  });
});
