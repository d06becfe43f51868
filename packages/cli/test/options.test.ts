import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataOptions } from '../src/options.js';
import { completeCsv, completeLongCsv, dti, scratch, seeds } from './dti.js';

const dir = scratch();
// "1.234.567" is 1234567 written the Vietnamese way and no number at all the English way.
const thousands = join(dir, 'thanh-vien.csv');
writeFileSync(thousands, completeCsv([{ id: 'x1', name: 'Xã Một', values: { 'thanh-vien-to-cds': '1.234.567' } }]));
// Two units with every indicator and field of the template, so nothing is missing.
const clean = join(dir, 'hai-huyen.csv');
writeFileSync(
  clean,
  completeLongCsv([
    { id: 'gia-lam', name: 'Gia Lâm' },
    { id: 'phuc-tho', name: 'Phúc Thọ' },
  ]),
);

describe('one option parser for every data-reading command', () => {
  it('parses and checks the options score, validate and compare share', () => {
    expect(dataOptions({})).toEqual({ numberLocale: 'vi', strict: false, locale: 'vi', verbose: false, quiet: false });
    expect(
      dataOptions({ sheet: 'Số liệu', period: '2025', 'number-locale': 'en', strict: true, locale: 'en', quiet: true }),
    ).toEqual({
      sheet: 'Số liệu',
      period: '2025',
      numberLocale: 'en',
      strict: true,
      locale: 'en',
      verbose: false,
      quiet: true,
    });
    expect(() => dataOptions({ 'number-locale': 'xx' })).toThrow('--number-locale must be vi or en, not xx');
    let refusal: unknown;
    try {
      dataOptions({ 'number-locale': 'xx' });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ vi: '--number-locale phải là vi hoặc en, không phải xx', exitCode: 2 });
  });

  it.each(['score', 'validate'])(
    '%s refuses --number-locale xx and --locale xx (exit 2) instead of reading vi',
    (command) => {
      const numbers = dti(command, seeds, '-f', 'self-assessment-template', '--number-locale', 'xx');
      expect(numbers.code).toBe(2);
      expect(numbers.err).toEqual(['--number-locale phải là vi hoặc en, không phải xx']);
      const locale = dti(command, seeds, '-f', 'self-assessment-template', '--locale', 'xx');
      expect(locale.code).toBe(2);
      // An unknown language is told in the default one, Vietnamese.
      expect(locale.err).toEqual(['--locale phải là vi hoặc en, không phải xx']);
      const english = dti(command, seeds, '-f', 'self-assessment-template', '--locale', 'en', '--number-locale', 'xx');
      expect(english.code).toBe(2);
      expect(english.err).toEqual(['--number-locale must be vi or en, not xx']);
    },
  );

  it('compare checks the same options before reading', () => {
    const r = dti('compare', seeds, seeds, '-f', 'self-assessment-template', '--number-locale', 'fr');
    expect(r.code).toBe(2);
    expect(r.err).toEqual(['--number-locale phải là vi hoặc en, không phải fr']);
  });

  it('validate reads numbers with --number-locale, as score does', () => {
    const vi = dti('validate', thousands, '-f', 'self-assessment-template');
    expect(vi.code).toBe(0);
    expect(vi.out).toBe(`✓ ${thousands}: 1 đơn vị, hợp lệ với bộ chỉ số self-assessment-template\n`);
    const en = dti('validate', thousands, '-f', 'self-assessment-template', '--number-locale', 'en', '--locale', 'en');
    expect(en.code).toBe(1);
    expect(en.err[0]).toBe(
      '✗ thanh-vien.csv!C2: "1.234.567" for unit "x1", indicator "thanh-vien-to-cds": not a number as written in English (column "thanh-vien-to-cds")',
    );
    const score = dti('score', thousands, '-f', 'self-assessment-template', '--number-locale', 'en', '--locale', 'en');
    expect(score.code).toBe(1);
    expect(score.err[0]).toBe(en.err[0]);
    expect(score.err.at(-1)).toBe(`${thousands}: 1 error(s); nothing was scored`);
  });

  it('validate takes --period and names it', () => {
    const r = dti('validate', clean, '-f', 'self-assessment-template', '--period', '2025');
    expect(r.code).toBe(0);
    expect(r.out).toBe(`✓ ${clean}: 2 đơn vị (kỳ 2025), hợp lệ với bộ chỉ số self-assessment-template\n`);
  });

  it('--strict is an option of score and validate; a clean file stays valid under it', () => {
    const r = dti('validate', clean, '-f', 'self-assessment-template', '--strict', '--locale', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toBe(`✓ ${clean}: 2 unit(s), valid for self-assessment-template\n`);
    // The seeds hold a unit with no value worth points (Đan Phượng): strict refuses what it only warns of.
    expect(dti('score', seeds, '-f', 'self-assessment-template', '--format', 'json').code).toBe(0);
    expect(dti('score', seeds, '-f', 'self-assessment-template', '--strict', '--format', 'json').code).toBe(1);
  });

  it('help documents --strict and the shared options of validate', () => {
    expect(dti('score', '--help').out).toContain('--strict');
    const validate = dti('validate', '--help').out;
    for (const flag of ['--strict', '--number-locale vi|en', '--period', '--sheet', '--locale vi|en'])
      expect(validate).toContain(flag);
  });
});
