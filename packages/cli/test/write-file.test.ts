import { linkSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../src/errors.js';
import { writeFileAtomically } from '../src/write-file.js';
import { dti, scratch, seeds } from './dti.js';

// The seeds' Đan Phượng sent only a field that computes nothing alone: said before anything is written.
const NO_DATA =
  // Said what the template's rule did (coverage 0 is below its minimum: unscored), not "0 points, or not ranked".
  '! đơn vị "dan-phuong" (Đan Phượng) không có số liệu cho chỉ số nào được tính điểm; độ phủ của đơn vị là 0, dưới mức độ phủ tối thiểu của bộ chỉ số, nên đơn vị không được chấm điểm và không xếp hạng';

describe('--out replaces a file in one step', () => {
  it('writes over an existing file completely, through a new file renamed into place', () => {
    const dir = scratch();
    const out = join(dir, 'ket-qua.json');
    writeFileSync(out, `${'x'.repeat(100_000)}\n`);
    // A reader that has the old file open (here: a second link to it) keeps the whole old content:
    // the old file is never truncated and rewritten in place.
    const reader = join(dir, 'ban-cu.json');
    linkSync(out, reader);
    const before = statSync(out).ino;
    const r = dti('score', seeds, '-f', 'self-assessment-template', '--format', 'json', '--out', out);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([NO_DATA, '0 lỗi, 1 cảnh báo', `→ ${out}`]);
    const written = readFileSync(out, 'utf8');
    expect(JSON.parse(written)).toMatchObject({ kind: 'dti-score-table' });
    expect(written).not.toContain('xxx');
    expect(statSync(out).ino).not.toBe(before);
    expect(readFileSync(reader, 'utf8')).toBe(`${'x'.repeat(100_000)}\n`);
    expect(readdirSync(dir).sort()).toEqual(['ban-cu.json', 'ket-qua.json']);
  });

  it('a write into a directory that does not exist fails with the io code and leaves nothing', () => {
    const dir = scratch();
    const out = join(dir, 'khong-co', 'ket-qua.csv');
    const r = dti('score', seeds, '-f', 'self-assessment-template', '--format', 'csv', '--out', out);
    expect(r.code).toBe(3);
    expect(r.err).toEqual([
      NO_DATA,
      '0 lỗi, 1 cảnh báo',
      `không ghi được ${out}: không có thư mục ${join(dir, 'khong-co')}`,
    ]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('when the rename fails the temporary file is removed', () => {
    const dir = scratch();
    // A non-empty directory where the file should go: the temporary file is written, the rename fails.
    const out = join(dir, 'ket-qua.html');
    mkdirSync(out);
    writeFileSync(join(out, 'giu-lai.txt'), 'x');
    let error: unknown;
    try {
      writeFileAtomically(out, '<!doctype html>');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(3);
    expect((error as CliError).message).toBe(`cannot write ${out}: it is a folder, not a file`);
    expect((error as CliError).vi).toBe(`không ghi được ${out}: đây là một thư mục, không phải tệp`);
    expect(readdirSync(dir)).toEqual(['ket-qua.html']);
    expect(readdirSync(out)).toEqual(['giu-lai.txt']);
    const r = dti('score', seeds, '-f', 'self-assessment-template', '--format', 'html', '--out', out);
    expect(r.code).toBe(3);
    expect(readdirSync(dir)).toEqual(['ket-qua.html']);
  });

  it('writes binary workbooks the same way', () => {
    const dir = scratch();
    const out = join(dir, 'mau.xlsx');
    writeFileSync(out, 'cũ');
    expect(dti('init', 'self-assessment-template', '--out', out).code).toBe(0);
    expect([...readFileSync(out).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(readdirSync(dir)).toEqual(['mau.xlsx']);
  });
});
