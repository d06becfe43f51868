import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STRICT_CODES } from '@dti-kit/core';
import { describe, expect, it } from 'vitest';
import { dti, scratch } from './dti.js';

// A framework file that writes one missing-value policy the former way: missing: { method: 'zero' }.
const fw = new URL('./fixtures/khung-cu.json', import.meta.url).pathname;
const dir = scratch();
// Two units; one cell is a lower bound, which the reader takes as the value with a warning of its own.
const data = join(dir, 'so-lieu.csv');
writeFileSync(data, 'Mã đơn vị;Tên đơn vị;a;b\nx1;Xã Một;80;60\nx2;Xã Hai;trên 40%;20\n');

const deprecatedVi = `! ${fw}: root.children.1.missing.method: "method" là tên cũ của "type"; hãy viết missing: { type: 'zero', … } (vẫn được đọc như cũ)`;
const deprecatedEn = `! ${fw}: root.children.1.missing.method: "method" is the former name of "type"; write missing: { type: 'zero', … } (read the same way)`;

describe("the framework's own warnings", () => {
  it('dti validate lists them with the data warnings, naming the file and the path, and counts them (vi)', () => {
    const r = dti('validate', data, '-f', fw);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([
      deprecatedVi,
      '! so-lieu.csv!C3: "trên 40%" là ngưỡng dưới; giá trị này được dùng như số liệu (cột "a")',
      '0 lỗi, 2 cảnh báo',
    ]);
    expect(r.out).toBe(`! ${data}: 2 đơn vị, hợp lệ với bộ chỉ số khung-cu, có 2 cảnh báo\n`);
  });

  it('dti validate says the same in English', () => {
    const r = dti('validate', data, '-f', fw, '--locale', 'en');
    expect(r.code).toBe(0);
    expect(r.err).toEqual([
      deprecatedEn,
      '! so-lieu.csv!C3: "trên 40%" is a lower bound; 40 is used as the value (column "a")',
      '0 error(s), 2 warning(s)',
    ]);
    expect(r.out).toBe(`! ${data}: 2 unit(s), valid for khung-cu, with 2 warning(s)\n`);
  });

  it('--strict leaves them warnings: a former spelling is read the same way, and STRICT_CODES does not list it', () => {
    expect(STRICT_CODES.has('deprecated')).toBe(false);
    const clean = join(dir, 'sach.csv');
    writeFileSync(clean, 'Mã đơn vị;Tên đơn vị;a;b\nx1;Xã Một;80;60\nx2;Xã Hai;40;20\n');
    const r = dti('validate', clean, '-f', fw, '--strict', '--locale', 'en');
    expect(r.code).toBe(0);
    expect(r.err).toEqual([deprecatedEn, '0 error(s), 1 warning(s)']);
    expect(r.out).toBe(`! ${clean}: 2 unit(s), valid for khung-cu, with 1 warning(s)\n`);
  });

  it('dti score lists them before the table, in vi and en', () => {
    const vi = dti('score', data, '-f', fw);
    expect(vi.code).toBe(0);
    expect(vi.err).toEqual([
      deprecatedVi,
      '! so-lieu.csv!C3: "trên 40%" là ngưỡng dưới; giá trị này được dùng như số liệu (cột "a")',
      '0 lỗi, 2 cảnh báo',
    ]);
    // (80 + 60) / 2 and (40 + 20) / 2: the policy read as { type: 'zero' } changes nothing here.
    expect(vi.out).toContain('   1  Xã Một    70');
    const en = dti('score', data, '-f', fw, '--locale', 'en');
    expect(en.err[0]).toBe(deprecatedEn);
    expect(en.err.at(-1)).toBe('0 error(s), 2 warning(s)');
  });

  it('the HTML report lists them among its warnings', () => {
    const r = dti('score', data, '-f', fw, '--format', 'html', '--period', '2024', '--locale', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      `<li>${fw}: root.children.1.missing.method: &quot;method&quot; is the former name of &quot;type&quot;; write missing: { type: &#39;zero&#39;, … } (read the same way)</li>`,
    );
    expect(r.out).toContain('<p>Reading the framework and the data file gave these warnings;');
  });

  it('dti compare lists them once, with the first file it scores', () => {
    const clean = join(dir, 'sach-2.csv');
    writeFileSync(clean, 'Mã đơn vị;Tên đơn vị;a;b\nx1;Xã Một;80;60\nx2;Xã Hai;40;20\n');
    const vi = dti('compare', clean, clean, '-f', fw);
    expect(vi.code).toBe(0);
    expect(vi.err).toEqual([deprecatedVi, '0 lỗi, 1 cảnh báo']);
    const en = dti('compare', clean, clean, '-f', fw, '--locale', 'en');
    expect(en.err).toEqual([deprecatedEn, '0 error(s), 1 warning(s)']);
  });
});
