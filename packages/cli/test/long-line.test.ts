import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DtiError } from '@dti-kit/core';
import { describe, expect, it } from 'vitest';
import { streamCsv } from '../src/csv-stream-input.js';
import { loadFramework } from '../src/inputs.js';
import { Progress } from '../src/progress.js';
import { dti, scratch } from './dti.js';

const framework = loadFramework('self-assessment-template');

/** Counts the bytes the stream had read when it last said so. */
class BytesRead extends Progress {
  read = 0;
  override update(_label: string, done: number): void {
    this.read = done;
  }
}

describe('dti score: a CSV file of one endless line', () => {
  it('is refused after reading about a megabyte of it, naming the line and the limit', () => {
    const path = join(scratch(), 'mot-dong.csv');
    const header = 'STT;Mã đơn vị;Tên đơn vị;Tỷ lệ hồ sơ TTHC nộp trực tuyến (%)\n';
    writeFileSync(path, `${header}1;x1;Xã Một;${'9'.repeat(20 * 1024 * 1024)}\n`);
    const progress = new BytesRead(false);
    let refusal: unknown;
    try {
      streamCsv(path, framework, { name: 'mot-dong.csv' }, progress, 0, 1 << 20);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DtiError);
    // The second megabyte takes the line past 1,048,576 characters and is refused as it comes, before
    // progress counts it; the other 18 are never read.
    expect(progress.read).toBe(1024 * 1024);
    const run = dti('score', path, '-f', 'self-assessment-template', '--format', 'csv', '-q');
    expect(run.code).toBe(1);
    expect(run.err.join('\n')).toContain(
      'mot-dong.csv: mot-dong.csv dòng 2: hàng dài quá 1.048.576 ký tự (1 MB) mà không xuống dòng, dài hơn mọi hàng của một bảng tính;',
    );
    const english = dti('score', path, '-f', 'self-assessment-template', '--format', 'csv', '-q', '--locale', 'en');
    expect(english.err.join('\n')).toContain(
      'mot-dong.csv line 2: the row runs over 1,048,576 characters (1 MB) without a line break, longer than any spreadsheet row;',
    );
  });
});
