import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { closeSync, openSync, symlinkSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DtiError } from '@dti-kit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { streamCsv } from '../src/csv-stream-input.js';
import { loadFramework } from '../src/inputs.js';
import { Progress } from '../src/progress.js';
import { dti, scratch } from './dti.js';

const framework = loadFramework('self-assessment-template');
const MB = 1024 * 1024;

/** A file of `size` bytes that takes no disk: a hole, except for `start` written at its beginning. */
function sparse(path: string, size: number, start = ''): string {
  const fd = openSync(path, 'w');
  writeSync(fd, start);
  closeSync(fd);
  truncateSync(path, size);
  return path;
}

/** Keeps the last count of bytes the reader reported. */
class LastCount extends Progress {
  bytes = 0;
  constructor() {
    super(false);
  }
  override update(_label: string, done: number): void {
    this.bytes = done;
  }
}

// Reading 1200 MB takes some twenty seconds here; refused from the file's size, it takes none. The
// timeout only stops a run that reads the file after all: no time is asserted.
const GUARD = { timeout: 10_000 };

describe('a data file over the 200 MB limit is refused before it is read', () => {
  const dir = scratch();

  it('names the file, its size and the limit, in Vietnamese and English', GUARD, () => {
    const path = sparse(join(dir, 'so-lieu.csv'), 1200 * MB, 'STT;Mã đơn vị\n');
    const fw = ['--framework', 'self-assessment-template'];
    const vi = dti('score', path, ...fw);
    expect(vi.code).toBe(1);
    expect(vi.err.join('\n')).toContain(
      `${path}: tệp nặng 1200 MB, vượt mức 200 MB cho một tệp CSV (giới hạn maxBytes): hãy chia nhỏ tệp, hoặc nâng giới hạn`,
    );
    const en = dti('score', path, ...fw, '--locale', 'en');
    expect(en.code).toBe(1);
    expect(en.err.join('\n')).toContain(
      `${path}: the file is 1200 MB, more than the 200 MB a CSV file may be (limit maxBytes): split it, or raise the limit`,
    );
  });

  it('a workbook of 300 MB (it starts as a ZIP archive does) is refused as an XLSX file', GUARD, () => {
    const path = sparse(join(dir, 'so-lieu.xlsx'), 300 * MB, 'PK\u0003\u0004');
    const { code, err } = dti('score', path, '--framework', 'self-assessment-template', '--locale', 'en');
    expect(code).toBe(1);
    // The reader's own refusal, as for CSV, now naming the kind (it said "a workbook file may be: split it").
    expect(err.join('\n')).toContain(
      `${path}: the file is 300 MB, more than the 200 MB an XLSX file may be (limit maxBytes): split it, or raise the limit`,
    );
    const vi = dti('score', path, '--framework', 'self-assessment-template');
    expect(vi.err.join('\n')).toContain(
      `${path}: tệp nặng 300 MB, vượt mức 200 MB cho một tệp XLSX (giới hạn maxBytes): hãy chia nhỏ tệp, hoặc nâng giới hạn`,
    );
  });

  it('one byte over the limit is refused', GUARD, () => {
    const over = sparse(join(dir, 'vuot.csv'), 200 * MB + 1);
    expect(dti('score', over, '--framework', 'self-assessment-template', '--locale', 'en').err.join('\n')).toContain(
      'the file is 200.0 MB, more than the 200 MB a CSV file may be',
    );
  });
});

describe('a stream that does not end is refused at the limit', () => {
  const dir = scratch();
  let writer: ChildProcess | undefined;
  afterEach(() => {
    writer?.kill();
    writer = undefined;
  });

  it('a named pipe fed rows without end stops at maxBytes, in the reader’s words', GUARD, () => {
    const fifo = join(dir, 'ong.csv');
    execFileSync('mkfifo', [fifo]);
    const row = '1;x1;Phường Hồng Hà;50,5%;70;120;30';
    writer = spawn('sh', ['-c', `{ echo 'STT;Mã đơn vị;Tên đơn vị;a;b;c;d'; yes '${row}'; } > '${fifo}'`], {
      stdio: 'ignore',
    });
    const progress = new LastCount();
    const limit = MB;
    let refusal: unknown;
    try {
      streamCsv(fifo, framework, { name: 'ong.csv' }, progress, 0, 4099, limit);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DtiError);
    expect((refusal as DtiError).message).toBe(
      'the file runs past the 1 MB a CSV file may be (limit maxBytes) and was not read further: split it, or raise the limit',
    );
    expect((refusal as DtiError).vi).toBe(
      'tệp vượt mức 1 MB cho một tệp CSV (giới hạn maxBytes) nên không được đọc tiếp: hãy chia nhỏ tệp, hoặc nâng giới hạn',
    );
    // Counted chunk by chunk (4,099 bytes): the last chunk taken in is the one that ends within the limit.
    expect(progress.bytes).toBeLessThanOrEqual(limit);
    expect(progress.bytes).toBeGreaterThan(limit - 4099);
  });

  it('/dev/zero given as a JSON dataset is refused at 200 MB by the whole-file reader', { timeout: 60_000 }, () => {
    const path = join(dir, 'zero.json');
    symlinkSync('/dev/zero', path);
    const { code, err } = dti('score', path, '--framework', 'self-assessment-template', '--locale', 'en');
    expect(code).toBe(1);
    expect(err.join('\n')).toContain(
      `${path}: the file runs past the 200 MB a JSON file may be and was not read further`,
    );
  });
});
