import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DtiIssue, type Framework, presetUrl, strictly } from '@dti-kit/core';
import { describe, expect, it } from 'vitest';
import { reportIssues, validationLine } from '../src/report.js';
import { completeCsv, dti, fixtures, scratch } from './dti.js';

const dir = scratch();
const template = JSON.parse(readFileSync(presetUrl('self-assessment-template'), 'utf8')) as Framework;
/** A raw field's Vietnamese label in the template, as messages name it. */
const fieldLabel = (id: string) => template.fields?.find((f) => f.id === id)?.label.vi ?? id;

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
    // seeds-wide.xlsx has columns for 5 of the template's 17 directly reported indicators and none of its
    // 13 fields: 16 indicators have nothing to be read from, each a missing-column warning listed first.
    const file = join(fixtures, 'seeds-wide.xlsx');
    const vi = dti('validate', file, '--framework', 'self-assessment-template');
    expect(vi.code).toBe(1);
    const missing = (label: string, id: string) =>
      `! tệp không có cột cho chỉ số "${label}" (${id}) — mọi đơn vị được tính 0 điểm ở chỉ số này (bộ chỉ số tính giá trị thiếu là 0 điểm)`;
    // Most indicators count a missing value as 0 points; the five computed from the commune's own
    // fields (markets, digital-technology teams, portals, school records) are left out instead.
    const missingFields = (ids: string, label: string, id: string, rule: 'zero' | 'skip' = 'skip') =>
      `! tệp không có cột cho số liệu gốc ${ids
        .split(', ')
        .map((f) => `"${fieldLabel(f)}" (${f})`)
        .join(', ')}, dùng để tính chỉ số "${label}" (${id}) — ${
        rule === 'zero'
          ? 'mọi đơn vị được tính 0 điểm ở chỉ số này (bộ chỉ số tính giá trị thiếu là 0 điểm)'
          : 'mọi đơn vị được chấm điểm mà không có chỉ số này'
      }`;
    expect(vi.err).toEqual([
      missing('Tỷ lệ văn bản phát hành có ký số', 'van-ban-ky-so'),
      missing('Tỷ lệ cán bộ, công chức xử lý công việc trên môi trường mạng', 'xu-ly-tren-mang'),
      missing('Tỷ lệ cán bộ, công chức sử dụng thư công vụ', 'thu-cong-vu'),
      missing('Tỷ lệ TTHC tiếp nhận qua hệ thống một cửa điện tử', 'mot-cua-dien-tu'),
      missing('Tỷ lệ hồ sơ TTHC nộp trực tuyến', 'ho-so-truc-tuyen'),
      missing('Tỷ lệ hồ sơ giải quyết đúng hạn', 'ho-so-dung-han'),
      missing('Tỷ lệ hồ sơ TTHC được số hóa', 'ho-so-so-hoa'),
      missingFields('chi-tieu-dat, chi-tieu-giao', 'Tỷ lệ chỉ tiêu chuyển đổi số đạt', 'chi-tieu-cds', 'zero'),
      missing('Tỷ lệ phí, lệ phí thu không dùng tiền mặt', 'thanh-toan-khong-tien-mat'),
      missingFields(
        'sap-cho-thanh-toan-so, sap-cho',
        'Tỷ lệ sạp chợ nhận thanh toán không dùng tiền mặt',
        'cho-thanh-toan-so',
      ),
      missing('Tỷ lệ dân số được phủ sóng 4G', 'phu-song-4g'),
      missing('Tỷ lệ thôn, ấp có cáp quang', 'cap-quang-thon'),
      missingFields('xa-co-to-cds', 'Tỷ lệ xã có Tổ công nghệ số cộng đồng', 'xa-to-cds'),
      missingFields(
        'thanh-vien-to-cds',
        'Số thành viên Tổ công nghệ số cộng đồng bình quân mỗi xã',
        'thanh-vien-to-cds-moi-xa',
      ),
      missingFields('xa-co-cong-thong-tin', 'Tỷ lệ xã có cổng/trang thông tin điện tử', 'xa-cong-thong-tin'),
      missingFields(
        'truong-hoc-ba-so, truong-tieu-hoc',
        'Tỷ lệ trường tiểu học triển khai học bạ số',
        'ty-le-truong-hoc-ba-so',
      ),
      '✗ Số liệu!D6: "nhiều" của đơn vị "phuc-tho", chỉ số "van-ban-dien-tu" không phải số, tỷ lệ, có/không hay ô trống (cột "Tỷ lệ văn bản trao đổi dưới dạng điện tử (%)")',
      // Two warnings more than before: the workbook opens on "Hướng dẫn" and "Số liệu" was read in its
      // place without a word, and its title row above the header was skipped without a word.
      '! đọc trang "Số liệu", trang duy nhất có dòng tiêu đề khớp với bộ chỉ số; trang mở ra khi mở tệp, "Hướng dẫn", không có dòng tiêu đề như vậy và không được đọc — chọn trang bằng --sheet / tuỳ chọn sheet',
      '! Số liệu: dòng tiêu đề là dòng 3; dòng 1 phía trên ("Tổng hợp số liệu chuyển đổi số năm 2024") không được đọc như số liệu — nếu có đơn vị ở đó, hãy chuyển xuống dưới dòng tiêu đề',
      '! Số liệu!K3: cột "Ghi chú" không khớp chỉ số hay số liệu gốc nào; cột bị bỏ qua',
      '! Số liệu!H4: "trên 75%" là ngưỡng dưới; 75 được dùng như số liệu (cột "Tỷ lệ người dân có tài khoản thanh toán điện tử")',
      '! Số liệu!C8: "Tổng cộng" là dòng tổng, không phải một đơn vị; dòng bị bỏ qua',
      '1 lỗi, 21 cảnh báo', // the sheet read and the title row, said (see above)
      '! 16 chỉ số của bộ chỉ số không có cột trong tệp; cảnh báo của từng chỉ số nói chỉ số đó được tính 0 điểm hay bị bỏ qua, theo quy tắc thiếu số liệu của bộ chỉ số',
    ]);
    const en = dti('validate', file, '--framework', 'self-assessment-template', '--locale', 'en');
    expect(en.err.slice(-2)).toEqual([
      '1 error(s), 21 warning(s)', // the sheet read and the title row, said
      '! 16 framework indicator(s) have no column in the file; the warning of each says whether it scores 0 or is left out, by the missing-value rule of the framework',
    ]);
    // By the indicator's English label and id (it was the Vietnamese label, in an English message).
    expect(en.err[0]).toBe(
      '! the file has no column for indicator "Issued documents digitally signed" (van-ban-ky-so) — every unit scores 0 on it (the framework counts a missing value as 0 points)',
    );
    expect(en.err[16]).toBe(
      '✗ Số liệu!D6: "nhiều" for unit "phuc-tho", indicator "van-ban-dien-tu": not a number, a share, yes/no or empty (column "Tỷ lệ văn bản trao đổi dưới dạng điện tử (%)")',
    );
  });

  it('score says in Vietnamese that nothing was scored', () => {
    const file = join(fixtures, 'seeds-wide.xlsx');
    const r = dti('score', file, '--framework', 'self-assessment-template');
    expect(r.code).toBe(1);
    expect(r.err.slice(-3)).toEqual([
      '1 lỗi, 21 cảnh báo', // the sheet read and the title row, said (see above)
      '! 16 chỉ số của bộ chỉ số không có cột trong tệp; cảnh báo của từng chỉ số nói chỉ số đó được tính 0 điểm hay bị bỏ qua, theo quy tắc thiếu số liệu của bộ chỉ số',
      `${file}: 1 lỗi; chưa chấm điểm đơn vị nào`,
    ]);
  });

  it('validate never prints a bare ✓ when there are warnings', () => {
    const file = join(dir, 'nguong.csv');
    writeFileSync(file, completeCsv([{ id: 'x1', name: 'Xã Một', values: { 'chu-ky-so': 'trên 75%' } }]));
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
    // The kind in words, as the Vietnamese line says it: the code name "(bound-value)" it showed meant nothing to a reader.
    expect(lines[21]).toBe(
      '! … 2 more of the same kind (values written as a bound, such as "trên 75%" (over 75%)) (--verbose lists them)',
    );
    expect(lines.slice(22)).toEqual([
      '0 error(s), 23 warning(s)',
      '! 11 framework indicator(s) have no column in the file; the warning of each says whether it scores 0 or is left out, by the missing-value rule of the framework',
    ]);
  });

  it('are summed up in Vietnamese too', () => {
    const { lines } = report([missingColumn('chu-ky-so')], { locale: 'vi' });
    expect(lines.slice(-2)).toEqual([
      '0 lỗi, 1 cảnh báo',
      '! 1 chỉ số của bộ chỉ số không có cột trong tệp; cảnh báo của từng chỉ số nói chỉ số đó được tính 0 điểm hay bị bỏ qua, theo quy tắc thiếu số liệu của bộ chỉ số',
    ]);
  });

  it('make validate say "valid, with N warning(s)", and fail under --strict', () => {
    expect(validationLine({ path: 'a.csv', units: 3, framework: 'x', warnings: 1 }, 'en')).toBe(
      '! a.csv: 3 unit(s), valid for x, with 1 warning(s)',
    );
    expect(validationLine({ path: 'a.csv', units: 3, framework: 'x', warnings: 0 }, 'en')).toBe(
      '✓ a.csv: 3 unit(s), valid for x',
    );
    const strict = strictly([missingColumn('chu-ky-so'), bound(3)]);
    expect(strict.map((i) => i.severity)).toEqual(['error', 'warning']);
    const { lines, counts } = report(strict, { locale: 'en' });
    expect(counts.errors).toBe(1);
    expect(lines[0]).toBe('✗ the file has no column for indicator "chu-ky-so"');
    expect(lines.at(-1)).toBe(
      // Under --strict the columns' lines are errors, and the summary says so (it said "the warning of each").
      '✗ 1 framework indicator(s) have no column in the file; the error of each says whether it scores 0 or is left out, by the missing-value rule of the framework',
    );
    expect(report(strict, { locale: 'vi' }).lines.at(-1)).toBe(
      '✗ 1 chỉ số của bộ chỉ số không có cột trong tệp; lỗi của từng chỉ số nói chỉ số đó được tính 0 điểm hay bị bỏ qua, theo quy tắc thiếu số liệu của bộ chỉ số',
    );
  });
});

describe('--strict', () => {
  it('turns suspicious values and missing columns into errors, and nothing else', () => {
    const suspicious: DtiIssue = { ...bound(3), code: 'suspicious-value' };
    const issues = [missingColumn('a'), suspicious, bound(4)];
    expect(strictly(issues).map((i) => i.severity)).toEqual(['error', 'error', 'warning']);
    // The issues given are not changed.
    expect(issues[0]?.severity).toBe('warning');
  });
});

describe('issues of a kind past those the reader lists', () => {
  // The reader lists 1,000 issues of a kind and counts the rest into one issue (detail `more-issues`).
  const more: DtiIssue = {
    severity: 'warning',
    code: 'bound-value',
    detail: 'more-issues',
    path: [],
    value: 4000,
    message: 'Số liệu: … and 4,000 more warnings of the same kind (bound-value, lower), not listed',
    messageVi: 'Số liệu: … và 4.000 cảnh báo khác cùng loại (bound-value, lower) không được liệt kê',
  };

  it('the count is always printed, after the ten shown, and the totals count every issue of the file', () => {
    const issues = [...Array.from({ length: 12 }, (_, i) => bound(i + 2)), more];
    const { lines, counts } = report(issues, { locale: 'en' });
    // It said "--verbose shows all" above a line saying 4,000 are not listed: --verbose lists the 2.
    expect(lines.slice(10)).toEqual([
      '! … 2 more of the same kind (values written as a bound, such as "trên 75%" (over 75%)) (--verbose lists them)',
      '! Số liệu: … and 4,000 more warnings of the same kind (bound-value, lower), not listed',
      '0 error(s), 4012 warning(s)',
    ]);
    expect(counts).toEqual({ errors: 0, warnings: 4012, missingColumns: 0 });
    // The Vietnamese line named the kind by its code name, "(bound-value)": it now says it in words.
    expect(report(issues, { locale: 'vi' }).lines.slice(10, 12)).toEqual([
      '! … còn 2 vấn đề cùng loại (giá trị ghi dạng cận trên/cận dưới, như "trên 75%") nữa (--verbose liệt kê chúng)',
      '! Số liệu: … và 4.000 cảnh báo khác cùng loại (bound-value, lower) không được liệt kê',
    ]);
  });
});
