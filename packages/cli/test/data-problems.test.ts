import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScoreTable } from '@dti-kit/core';
import { framework as fixtureFramework, goalposts, indicator } from '@dti-kit/testing';
import { describe, expect, it } from 'vitest';
import { completeCsv, dti, fixtures, scratch } from './dti.js';

const dir = scratch();
const bin = new URL('../dist/dti.js', import.meta.url).pathname;
const hostile = join(fixtures, 'hostile');

/** A framework of one or two indicators scored 0–100 % (or 0–2000 for a count), for small files. */
function framework(name: string, indicators: { id: string; max: number }[]): string {
  const path = join(dir, name);
  writeFileSync(
    path,
    JSON.stringify(
      fixtureFramework({
        id: name.replace(/\.json$/u, ''),
        label: 'Khung thử',
        children: indicators.map(({ id, max }) =>
          indicator(id, { label: id.toUpperCase(), method: goalposts(0, max) }),
        ),
      }),
    ),
  );
  return path;
}

// Every column of the template, except that chu-ky-so's header is misspelt ("hạot" for "hoạt"), so the
// reader finds no column for it and suggests the misspelt one. (It was "kí" for "ký": both spellings are
// Vietnamese, and the reader now takes "chữ kí số" for "chữ ký số", so the typo had to be a real one.)
const misspelt = 'Tỷ lệ cán bộ, công chức đã kích hạot chữ ký số (%)';
const missing = join(dir, 'thieu-cot.csv');
writeFileSync(
  missing,
  completeCsv([
    { id: 'x1', name: 'Xã Một', values: { 'chu-ky-so': '80' } },
    { id: 'x2', name: 'Xã Hai' },
  ]).replace('chu-ky-so', misspelt),
);
const missingVi = `! tệp không có cột cho chỉ số "Tỷ lệ cán bộ, công chức đã kích hoạt chữ ký số" (chu-ky-so) — mọi đơn vị được tính 0 điểm ở chỉ số này (bộ chỉ số tính giá trị thiếu là 0 điểm) (có phải cột "${misspelt}"?)`;

describe('a framework indicator with no column in the file', () => {
  it('validate warns first, in Vietnamese with the nearest header, and ends "valid, with 2 warning(s)"', () => {
    const r = dti('validate', missing, '-f', 'self-assessment-template');
    expect(r.code).toBe(0);
    expect(r.err).toEqual([
      missingVi,
      `! thieu-cot.csv!C1: cột "${misspelt}" không khớp chỉ số hay số liệu gốc nào; cột bị bỏ qua`,
      '0 lỗi, 2 cảnh báo',
      '! 1 chỉ số của bộ chỉ số không có cột trong tệp; cảnh báo của từng chỉ số nói chỉ số đó được tính 0 điểm hay bị bỏ qua, theo quy tắc thiếu số liệu của bộ chỉ số',
    ]);
    // The column is missing for both units: validate counts those 2 values and says the rule scores them 0.
    expect(r.out).toBe(
      `! ${missing}: 2 đơn vị, hợp lệ với bộ chỉ số self-assessment-template, có 2 cảnh báo\n` +
        '2 giá trị chưa có số liệu (ở 2 đơn vị): được tính 0 điểm theo quy tắc của bộ chỉ số\n',
    );
    const en = dti('validate', missing, '-f', 'self-assessment-template', '--locale', 'en');
    // English names the indicator by its English label (it named it by the Vietnamese one, which a
    // reader of English may not recognise); the suggested header is the file's own text.
    expect(en.err[0]).toBe(
      `! the file has no column for indicator "Officials with an activated digital signature" (chu-ky-so) — every unit scores 0 on it (the framework counts a missing value as 0 points) (did you mean column "${misspelt}"?)`,
    );
    expect(en.out).toBe(
      `! ${missing}: 2 unit(s), valid for self-assessment-template, with 2 warning(s)\n` +
        "2 value(s) not reported (in 2 unit(s)): scored 0, by the framework's rule\n",
    );
  });

  it('is an error under --strict (exit 1, no "valid" line)', () => {
    const r = dti('validate', missing, '-f', 'self-assessment-template', '--strict');
    expect(r.code).toBe(1);
    expect(r.err[0]).toBe(`✗${missingVi.slice(1)}`);
    expect(r.err.slice(-2)).toEqual([
      '1 lỗi, 1 cảnh báo',
      // "lỗi", not "cảnh báo": under --strict the column's line above is an error.
      '✗ 1 chỉ số của bộ chỉ số không có cột trong tệp; lỗi của từng chỉ số nói chỉ số đó được tính 0 điểm hay bị bỏ qua, theo quy tắc thiếu số liệu của bộ chỉ số',
    ]);
    expect(r.out).toBe('');
  });

  it('score warns on stderr and still scores; under --strict nothing is scored', () => {
    const r = dti('score', missing, '-f', 'self-assessment-template', '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.err[0]).toBe(missingVi);
    // Every other indicator is 80 % or a ratio of 10/10 (100 %); chu-ky-so earns 0 (the template's rule
    // for an unreported item): government (8 · 80 + 100 + 100) / 11 = 76.36, economy (80 + 80 + 100) / 3
    // = 86.67, society (80 + 80 + 5 · 100) / 7 = 94.29 → 0.4 · 76.36 + 0.3 · 86.67 + 0.3 · 94.29 = 84.83.
    // With the column it would be 87.7.
    const table = JSON.parse(r.out) as ScoreTable;
    expect(table.units.map((u) => [u.id, u.value, u.rank, u.coverage])).toEqual([
      ['x1', 84.8, 1, 20 / 21],
      ['x2', 84.8, 1, 20 / 21],
    ]);
    // The warnings go with the table, so the league table that shows it says them too (they were left out).
    expect(table.warnings?.map((w) => [w.severity, w.code, w.indicator])).toEqual([
      ['warning', 'unknown-column', undefined],
      ['warning', 'missing-column', 'chu-ky-so'],
    ]);
    const strict = dti('score', missing, '-f', 'self-assessment-template', '--strict');
    expect(strict.code).toBe(1);
    expect(strict.out).toBe('');
    expect(strict.err.at(-1)).toBe(`${missing}: 1 lỗi; chưa chấm điểm đơn vị nào`);
  });
});

describe('values the reader cannot take as written', () => {
  it('names the cell of a % value outside 0–100, with the likely reading; an error under --strict', () => {
    const file = join(dir, 'phan-tram.csv');
    writeFileSync(file, completeCsv([{ id: 'x1', name: 'Xã Một', values: { 'chu-ky-so': '2.528' } }]));
    const line =
      'phan-tram.csv!C2 (cột "chu-ky-so"): "2.528" của đơn vị "x1", chỉ số "chu-ky-so" được đọc là 2528 %, ngoài khoảng 0–100 % (2.528 là 2528 hay 2,528 %?); chỉ số này được chấm điểm tối đa';
    const r = dti('validate', file, '-f', 'self-assessment-template');
    expect(r.code).toBe(0);
    expect(r.err).toEqual([`! ${line}`, '0 lỗi, 1 cảnh báo']);
    expect(r.out).toBe(`! ${file}: 1 đơn vị, hợp lệ với bộ chỉ số self-assessment-template, có 1 cảnh báo\n`);
    const strict = dti('validate', file, '-f', 'self-assessment-template', '--strict');
    expect(strict.code).toBe(1);
    expect(strict.err).toEqual([`✗ ${line}`, '1 lỗi, 0 cảnh báo']);
    expect(dti('score', file, '-f', 'self-assessment-template', '--strict').code).toBe(1);
  });

  it('names the cell of a count beyond its goalposts and what scoring does; --strict scores nothing (exit 1)', () => {
    const file = join(dir, 'dem-vuot.csv');
    writeFileSync(file, 'Mã đơn vị;Tên đơn vị;pct;cnt\nA;Xã A;80;6000\nB;Xã B;70;-10\nC;Xã C;60;2500\n');
    const f = framework('dem.json', [
      { id: 'pct', max: 100 },
      { id: 'cnt', max: 5000 },
    ]);
    const lines = [
      'dem-vuot.csv!D2: đơn vị "A", chỉ số "cnt": giá trị 6000 lớn hơn mốc trên 5000 (mốc 0–5000): được chấm điểm tối đa (tính như 5000) (cột "cnt")',
      'dem-vuot.csv!D3: đơn vị "B", chỉ số "cnt": giá trị -10 nhỏ hơn mốc dưới 0 (mốc 0–5000): bị chấm 0 điểm (cột "cnt")',
    ];
    const r = dti('score', file, '-f', f, '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.err).toEqual([`! ${lines[0]}`, `! ${lines[1]}`, '0 lỗi, 2 cảnh báo']);
    // Equal weights: A = (80 + 100) / 2 = 90 (6000 counts as 5000), B = (70 + 0) / 2 = 35 (−10 counts as
    // 0), C = (60 + 50) / 2 = 55.
    const units = (JSON.parse(r.out) as ScoreTable).units;
    expect(units.map((u) => [u.id, Number(u.value?.toFixed(9)), u.rank])).toEqual([
      ['A', 90, 1],
      ['B', 35, 3],
      ['C', 55, 2],
    ]);
    const strict = dti('score', file, '-f', f, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.out).toBe('');
    expect(strict.err).toEqual([
      `✗ ${lines[0]}`,
      `✗ ${lines[1]}`,
      '2 lỗi, 0 cảnh báo',
      `${file}: 2 lỗi; chưa chấm điểm đơn vị nào`,
    ]);
    const en = dti('score', file, '-f', f, '--strict', '--locale', 'en');
    expect(en.code).toBe(1);
    expect(en.err[0]).toBe(
      '✗ dem-vuot.csv!D2: unit "A", indicator "cnt": value 6000 is above the goalposts 0–5000: it is capped to full marks at 5000 (column "cnt")',
    );
  });

  it('refuses a CSV with an unbalanced quote, naming its line, instead of answering ✓', () => {
    const file = join(dir, 'ngoac-kep.csv');
    writeFileSync(file, 'Mã đơn vị;Tên đơn vị;a;b\nx1;"Xã Một;50;60\nx2;Xã Hai;70;10\n');
    const f = framework('ab.json', [
      { id: 'a', max: 100 },
      { id: 'b', max: 100 },
    ]);
    const r = dti('validate', file, '-f', f, '--locale', 'en');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err[0]).toMatch(/^✗ ngoac-kep\.csv line 2: /u);
    const vi = dti('score', file, '-f', f);
    expect(vi.code).toBe(1);
    expect(vi.err[0]).toMatch(/^✗ ngoac-kep\.csv, dòng 2: dấu ngoặc kép/u);
  });

  it('reads "1,234" as 1234 with --number-locale en and scores it', () => {
    const file = join(dir, 'thanh-vien-en.csv');
    writeFileSync(file, 'Mã đơn vị;Tên đơn vị;thanh-vien\nx1;Xã Một;"1,234"\nx2;Xã Hai;500\n');
    const f = framework('thanh-vien.json', [{ id: 'thanh-vien', max: 2000 }]);
    const r = dti('score', file, '-f', f, '--number-locale', 'en', '--format', 'json');
    // Read the English way as asked, and said once for the column: in Vietnamese "1,234" is 1.234.
    expect(r.err).toEqual([
      '! thanh-vien-en.csv!C2 (cột "thanh-vien"): "1,234" của đơn vị "x1", chỉ số "thanh-vien" được đọc là 1234 (dấu phẩy phân cách hàng nghìn, theo cách viết số tiếng Anh); nếu ý là số thập phân, hãy ghi 1.234; các giá trị khác của cột viết theo cách này cũng được đọc như vậy và không được liệt kê',
      '0 lỗi, 1 cảnh báo',
    ]);
    expect(r.code).toBe(0);
    // 1234 / 2000 = 61.7 %; 500 / 2000 = 25 %.
    const units = (JSON.parse(r.out) as ScoreTable).units;
    expect(units.map((u) => [u.id, u.value, u.rank])).toEqual([
      ['x1', 61.7, 1],
      ['x2', 25, 2],
    ]);
  });
});

describe('files the reader refuses', () => {
  it.each([
    [
      'merge-whole-sheet.xlsx',
      // The whole sheet is one merged range: one row holds cells, and the message counts that row.
      'Số liệu: không tìm thấy dòng tiêu đề nào khớp với các chỉ số của bộ chỉ số "self-assessment-template" (đã xem cả 1 dòng của trang)',
    ],
    // The reader's refusals in Vietnamese, the command's default language.
    ['bomb-sheet.xlsx', 'tệp bảng tính giải nén ra hơn 200 MB (giới hạn maxBytes = 209.715.200 byte'],
    ['far-corner.xlsx', 'vượt giới hạn 20.000.000 ô (maxCells)'],
    ['not-a-zip.xlsx', 'không phải tệp .xlsx: tệp nén bị hỏng hoặc không đủ'],
    [
      'utf16-no-bom.csv',
      'tệp không phải văn bản UTF-8 cũng không phải tệp .xlsx: hãy lưu tệp CSV dưới dạng "CSV UTF-8"',
    ],
  ])('%s: a clear message and exit 1 from the binary within seconds, no stack trace', (name, message) => {
    const started = Date.now();
    const r = spawnSync(process.execPath, [bin, 'score', join(hostile, name), '-f', 'self-assessment-template'], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(1);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]?.startsWith('✗ ')).toBe(true);
    expect(lines[0]).toContain(message);
    expect(lines.at(-1)).toBe(`${join(hostile, name)}: 1 lỗi; chưa chấm điểm đơn vị nào`);
    expect(r.stderr).not.toMatch(/^\s+at /mu);
  });
});
