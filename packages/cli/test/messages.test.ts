import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cannotRead, cannotWrite } from '../src/file-errors.js';
import { nearest } from '../src/nearest.js';
import { dti, scratch, seeds } from './dti.js';

// Every message dti writes is Vietnamese unless --locale en, as the data messages are: the command
// line's own mistakes and files that cannot be read included. Each in both languages, with its exit code.

const dir = scratch();
const fw = ['-f', 'self-assessment-template'];
const presets = 'dti-province-2022, service-index-766, self-assessment-template';

/** The messages and exit code in Vietnamese (the default) and with --locale en. */
function both(...args: string[]) {
  const vi = dti(...args);
  const en = dti(...args, '--locale', 'en');
  return { vi: vi.err, en: en.err, codes: [vi.code, en.code], out: vi.out + en.out };
}

describe('files that cannot be read (exit 3), the reason in words', () => {
  it('a file that does not exist', () => {
    const path = join(dir, 'khong-co.csv');
    expect(both('score', path, ...fw)).toEqual({
      vi: [`không đọc được ${path}: không có tệp này`],
      en: [`cannot read ${path}: there is no such file`],
      codes: [3, 3],
      out: '',
    });
  });

  it('a folder given as the data file', () => {
    const folder = join(dir, 'thu-muc.csv');
    mkdirSync(folder);
    expect(both('validate', folder, ...fw)).toEqual({
      vi: [`không đọc được ${folder}: đây là một thư mục, không phải tệp`],
      en: [`cannot read ${folder}: it is a folder, not a file`],
      codes: [3, 3],
      out: '',
    });
  });

  it('a framework file that does not exist', () => {
    const path = join(dir, 'bo-chi-so.json');
    expect(both('score', seeds, '-f', path)).toEqual({
      vi: [`không đọc được ${path}: không có tệp này`],
      en: [`cannot read ${path}: there is no such file`],
      codes: [3, 3],
      out: '',
    });
  });

  // Tests run as root here, who may read any file: the sentence for EACCES is checked on the error Node gives.
  it('a file this user may not read, and codes with no sentence of their own', () => {
    const denied = cannotRead(
      'so-lieu.xlsx',
      Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }),
    );
    expect([denied.in('vi'), denied.in('en'), denied.exitCode]).toEqual([
      'không đọc được so-lieu.xlsx: không có quyền đọc tệp này',
      'cannot read so-lieu.xlsx: permission denied: this user may not read it',
      3,
    ]);
    const io = cannotRead('so-lieu.xlsx', Object.assign(new Error('i/o error'), { code: 'EIO' }));
    expect([io.in('vi'), io.in('en')]).toEqual([
      'không đọc được so-lieu.xlsx: lỗi hệ thống (EIO)',
      'cannot read so-lieu.xlsx: system error (EIO)',
    ]);
    const full = cannotWrite('ket-qua.json', Object.assign(new Error('no space'), { code: 'ENOSPC' }));
    expect([full.in('vi'), full.in('en')]).toEqual([
      'không ghi được ket-qua.json: ổ đĩa đã đầy',
      'cannot write ket-qua.json: the disk is full',
    ]);
  });

  it('a file to write in a folder that does not exist', () => {
    const out = join(dir, 'khong-co', 'ket-qua.json');
    expect(both('score', seeds, ...fw, '--format', 'json', '--out', out)).toEqual({
      // Đan Phượng sent only a field that computes nothing alone: said before the write fails.
      vi: [
        // Said what the template's rule did (coverage 0 is below its minimum: unscored), not "0 points, or not ranked".
        '! đơn vị "dan-phuong" (Đan Phượng) không có số liệu cho chỉ số nào được tính điểm; độ phủ của đơn vị là 0, dưới mức độ phủ tối thiểu của bộ chỉ số, nên đơn vị không được chấm điểm và không xếp hạng',
        '0 lỗi, 1 cảnh báo',
        `không ghi được ${out}: không có thư mục ${join(dir, 'khong-co')}`,
      ],
      en: [
        '! unit "dan-phuong" (Đan Phượng) has no value for any indicator that earns points; its coverage, 0, is below the framework\'s minimum coverage, so it is left unscored and not ranked',
        '0 error(s), 1 warning(s)',
        `cannot write ${out}: there is no folder ${join(dir, 'khong-co')}`,
      ],
      codes: [3, 3],
      out: '',
    });
  });
});

describe('a sheet that is not in the file (exit 1), with the sheets there are', () => {
  it('in a workbook', () => {
    const template = join(dir, 'mau.xlsx');
    expect(dti('init', 'self-assessment-template', '--out', template).code).toBe(0);
    expect(both('validate', template, ...fw, '--sheet', 'Năm 2024')).toEqual({
      vi: ['✗ tệp bảng tính không có trang "Năm 2024"; các trang của tệp: "Số liệu", "Hướng dẫn"', '1 lỗi, 0 cảnh báo'],
      en: ['✗ no sheet "Năm 2024" in the workbook; its sheets: "Số liệu", "Hướng dẫn"', '1 error(s), 0 warning(s)'],
      codes: [1, 1],
      out: '',
    });
  });
});

describe('mistakes on the command line (exit 2)', () => {
  // Was a data problem (exit 1, "no sheet … sheets: so-lieu.csv"): a CSV file has one sheet, so naming
  // one is a mistake in the command line, not in the data.
  it('--sheet on a CSV file, naming the file, whatever sheet is asked for', () => {
    const csv = join(dir, 'so-lieu.csv');
    writeFileSync(csv, 'Mã đơn vị;Tên đơn vị\nx1;Xã Một\n');
    expect(both('validate', csv, ...fw, '--sheet', 'Năm 2024')).toEqual({
      vi: [`--sheet "Năm 2024": ${csv} là tệp CSV, mà tệp CSV chỉ có một trang; bỏ --sheet`],
      en: [`--sheet "Năm 2024": ${csv} is a CSV file, and CSV files have one sheet; leave out --sheet`],
      codes: [2, 2],
      out: '',
    });
    expect(both('score', csv, ...fw, '--sheet', 'so-lieu.csv')).toEqual({
      vi: [`--sheet "so-lieu.csv": ${csv} là tệp CSV, mà tệp CSV chỉ có một trang; bỏ --sheet`],
      en: [`--sheet "so-lieu.csv": ${csv} is a CSV file, and CSV files have one sheet; leave out --sheet`],
      codes: [2, 2],
      out: '',
    });
  });

  it('--sheet on CSV text from a named pipe, told once its bytes are read', () => {
    const fifo = join(dir, 'ong.csv');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `printf 'Mã đơn vị;Tên đơn vị\\nx1;Xã Một\\n' > '${fifo}'`], { stdio: 'ignore' });
    try {
      const r = dti('validate', fifo, ...fw, '--sheet', 'Năm 2024', '--locale', 'en');
      expect([r.code, r.err]).toEqual([
        2,
        [`--sheet "Năm 2024": ${fifo} is a CSV file, and CSV files have one sheet; leave out --sheet`],
      ]);
    } finally {
      writer.kill();
    }
  });

  it("--sheet on a CSV file with a workbook's name is told by what the file holds", () => {
    const csv = join(dir, 'khong-phai-bang-tinh.xlsx');
    writeFileSync(csv, 'Mã đơn vị,Tên đơn vị\nx1,Xã Một\n');
    const r = dti('score', csv, ...fw, '--sheet', 'Số liệu', '--locale', 'en');
    expect([r.code, r.err]).toEqual([
      2,
      [`--sheet "Số liệu": ${csv} is a CSV file, and CSV files have one sheet; leave out --sheet`],
    ]);
  });

  it('an unknown option, with the nearest one suggested', () => {
    expect(both('score', seeds, ...fw, '--frmat', 'json')).toEqual({
      vi: ['không có tùy chọn --frmat; có phải ý bạn là --format? xem dti --help'],
      en: ['unknown option --frmat; did you mean --format? try dti --help'],
      codes: [2, 2],
      out: '',
    });
  });

  it('an unknown option like no known one, and an unknown short option', () => {
    expect(both('score', seeds, ...fw, '--xyz')).toMatchObject({
      vi: ['không có tùy chọn --xyz; xem dti --help'],
      en: ['unknown option --xyz; try dti --help'],
      codes: [2, 2],
    });
    expect(both('score', seeds, ...fw, '-z')).toMatchObject({
      vi: ['không có tùy chọn -z; xem dti --help'],
      en: ['unknown option -z; try dti --help'],
      codes: [2, 2],
    });
  });

  it('an option whose value is missing at the end of the line', () => {
    // --locale en comes first here: the value missing is the last word's.
    const vi = dti('score', seeds, '-f');
    const en = dti('--locale', 'en', 'score', seeds, '-f');
    expect([vi.err, vi.code, en.err, en.code]).toEqual([
      ['tùy chọn -f (--framework) cần một giá trị; xem dti --help'],
      2,
      ['option -f (--framework) needs a value; try dti --help'],
      2,
    ]);
    const out = dti('score', seeds, ...fw, '--out');
    expect(out.err).toEqual(['tùy chọn --out cần một giá trị; xem dti --help']);
  });

  it('an option followed by another option where its value should be', () => {
    expect(both('score', seeds, '--framework', '--format', 'json')).toEqual({
      vi: [
        'tùy chọn --framework cần một giá trị, nhưng theo sau là --format; giá trị bắt đầu bằng "-" thì viết --framework=--format',
      ],
      en: [
        'option --framework needs a value but is followed by --format; for a value starting with "-" write --framework=--format',
      ],
      codes: [2, 2],
      out: '',
    });
  });

  it('a value given to a switch', () => {
    expect(both('validate', seeds, ...fw, '--strict=yes')).toEqual({
      vi: ['tùy chọn --strict không nhận giá trị (bỏ "=yes")'],
      en: ['option --strict takes no value (leave out "=yes")'],
      codes: [2, 2],
      out: '',
    });
  });

  it('an unknown framework preset, with the presets listed and the nearest suggested', () => {
    expect(both('score', seeds, '-f', 'self-asessment-template')).toEqual({
      vi: [
        `--framework self-asessment-template: không phải mã bộ chỉ số có sẵn (${presets}) cũng không phải tệp; có phải ý bạn là self-assessment-template?`,
      ],
      en: [
        `--framework self-asessment-template: not a preset id (${presets}) nor a file; did you mean self-assessment-template?`,
      ],
      codes: [2, 2],
      out: '',
    });
    expect(both('score', seeds, '-f', 'tinh').vi).toEqual([
      `--framework tinh: không phải mã bộ chỉ số có sẵn (${presets}) cũng không phải tệp`,
    ]);
  });

  it('no framework, no data file, one file for compare, an unknown command', () => {
    expect(both('score', seeds)).toMatchObject({
      vi: [`cần --framework: mã một bộ chỉ số có sẵn (${presets}) hoặc một tệp JSON`],
      en: [`--framework is required: a preset id (${presets}) or a JSON file`],
      codes: [2, 2],
    });
    expect(both('validate', ...fw)).toMatchObject({
      vi: ['cần một tệp số liệu (.csv, .xlsx hoặc .json)'],
      en: ['a data file is required (.csv, .xlsx or .json)'],
      codes: [2, 2],
    });
    expect(both('compare', seeds)).toMatchObject({
      vi: ['lệnh compare cần hai tệp: <trước> <nay>'],
      en: ['compare needs two files: <previous> <current>'],
      codes: [2, 2],
    });
    expect(both('valdate', seeds)).toMatchObject({
      vi: ['không có lệnh "valdate"; có phải ý bạn là validate? xem dti --help'],
      en: ['unknown command "valdate"; did you mean validate? try dti --help'],
      codes: [2, 2],
    });
  });

  it('--locale=en counts as --locale en; after -- it is a file name, not an option', () => {
    expect(dti('score', seeds, '--locale=en', '--frmat').err).toEqual([
      'unknown option --frmat; did you mean --format? try dti --help',
    ]);
    expect(dti('score', '--bogus', '--', '--locale', 'en').err).toEqual(['không có tùy chọn --bogus; xem dti --help']);
  });
});

describe('the nearest known word', () => {
  it('is suggested within two edits, and never for a word mostly changed', () => {
    expect(nearest('--frmat', ['--format', '--framework', '--out'])).toBe('--format');
    expect(nearest('--framwork', ['--format', '--framework'])).toBe('--framework');
    expect(nearest('--xyz', ['--out', '--sheet'])).toBeUndefined();
    // Two edits in a word of three letters is most of it: "ot" is not taken for "out" and "in" not for "init".
    expect(nearest('ot', ['out'])).toBeUndefined();
    expect(nearest('in', ['init'])).toBeUndefined();
  });
});
