import { describe, expect, it } from 'vitest';
import { csvTooLarge, fileTooLarge } from '../../src/sheets.js';

const MB = 1024 * 1024;

describe('fileTooLarge: the refusal of a spreadsheet file over the size limit', () => {
  it('names an XLSX file, its size and the limit, in English and Vietnamese', () => {
    const e = fileTooLarge(300 * MB, { maxBytes: 200 * MB, kind: 'XLSX' });
    expect(e.code).toBe('limit-exceeded');
    expect(e.message).toBe(
      'the file is 300 MB, more than the 200 MB an XLSX file may be (limit maxBytes): split it, or raise the limit',
    );
    expect(e.vi).toBe(
      'tệp nặng 300 MB, vượt mức 200 MB cho một tệp XLSX (giới hạn maxBytes): hãy chia nhỏ tệp, hoặc nâng giới hạn',
    );
  });

  it('a stream of unknown size that ran past the limit', () => {
    const e = fileTooLarge(undefined, { maxBytes: MB, kind: 'XLSX' });
    expect(e.message).toBe(
      'the file runs past the 1 MB an XLSX file may be (limit maxBytes) and was not read further: split it, or raise the limit',
    );
    expect(e.vi).toBe(
      'tệp vượt mức 1 MB cho một tệp XLSX (giới hạn maxBytes) nên không được đọc tiếp: hãy chia nhỏ tệp, hoặc nâng giới hạn',
    );
  });

  it('CSV and 200 MB by default; the former csvTooLarge says the same', () => {
    const e = fileTooLarge(1200 * MB);
    expect(e.message).toBe(
      'the file is 1200 MB, more than the 200 MB a CSV file may be (limit maxBytes): split it, or raise the limit',
    );
    expect(csvTooLarge(1200 * MB).message).toBe(e.message);
    expect(csvTooLarge(undefined, MB).vi).toBe(fileTooLarge(undefined, { maxBytes: MB, kind: 'CSV' }).vi);
  });
});
