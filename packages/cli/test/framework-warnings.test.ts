import { readFileSync, writeFileSync } from 'node:fs';
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
      '! so-lieu.csv!C3: "trên 40%" là ngưỡng dưới; 40 được dùng như số liệu (cột "a")',
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
      '! so-lieu.csv!C3: "trên 40%" là ngưỡng dưới; 40 được dùng như số liệu (cột "a")',
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
    // A second file alike, not the same one twice: dti compare now warns of one file given twice.
    const again = join(dir, 'sach-2-lai.csv');
    writeFileSync(again, 'Mã đơn vị;Tên đơn vị;a;b\nx1;Xã Một;80;60\nx2;Xã Hai;40;20\n');
    const vi = dti('compare', clean, again, '-f', fw);
    expect(vi.code).toBe(0);
    expect(vi.err).toEqual([deprecatedVi, '0 lỗi, 1 cảnh báo']);
    const en = dti('compare', clean, again, '-f', fw, '--locale', 'en');
    expect(en.err).toEqual([deprecatedEn, '0 error(s), 1 warning(s)']);
  });

  it('a tier gap is listed the same way: the lowest tier starting above the scale minimum', () => {
    // The same framework in the current spelling, with one tier from 50: scores below 50 fall in none.
    const framework = JSON.parse(readFileSync(fw, 'utf8'));
    framework.root.children[1].missing = { type: 'zero' };
    framework.tiers = [{ id: 'tot', min: 50, label: { vi: 'Tốt', en: 'Good' } }];
    const gap = join(dir, 'bac.json');
    writeFileSync(gap, JSON.stringify(framework));
    const clean = join(dir, 'sach-3.csv');
    writeFileSync(clean, 'Mã đơn vị;Tên đơn vị;a;b\nx1;Xã Một;80;60\nx2;Xã Hai;40;20\n');
    const vi = dti('validate', clean, '-f', gap);
    expect(vi.code).toBe(0);
    expect(vi.err).toEqual([
      `! ${gap}: tiers.0.min: bậc thấp nhất "tot" bắt đầu từ 50, cao hơn mức thấp nhất của thang điểm 0: điểm từ 0 đến dưới 50 không thuộc bậc nào; hãy cho bậc này bắt đầu từ 0 hoặc thêm một bậc từ 0`,
      '0 lỗi, 1 cảnh báo',
    ]);
    // Under --strict too: STRICT_CODES does not list a tier gap, which leaves low scores without a tier only.
    expect(STRICT_CODES.has('tier-gap')).toBe(false);
    const en = dti('validate', clean, '-f', gap, '--locale', 'en', '--strict');
    expect(en.code).toBe(0);
    expect(en.err).toEqual([
      `! ${gap}: tiers.0.min: the lowest tier "tot" starts at 50, above the scale minimum 0: scores from 0 up to (not including) 50 fall in no tier; start it at 0 or add a tier from 0`,
      '0 error(s), 1 warning(s)',
    ]);
  });

  it('dti init says them before it writes the template', () => {
    const out = join(dir, 'mau.csv');
    const r = dti('init', fw, '--out', out, '--locale', 'en');
    expect(r.code).toBe(0);
    expect(r.err).toEqual([deprecatedEn, '0 error(s), 1 warning(s)', `→ ${out}`]);
    expect(readFileSync(out, 'utf8')).toBe(
      '\uFEFFSTT;Mã đơn vị;Tên đơn vị;Đơn vị cấp trên;Tỷ lệ A (%);Tỷ lệ B (%)\r\n',
    );
  });
});
