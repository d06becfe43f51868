import { DtiError } from '../validate/issue.js';
import { DEFAULT_MAX_BYTES, megabytes } from './xlsx/limits.js';

/** The kinds of spreadsheet file a reader refuses on their size. */
export type SheetFileKind = 'CSV' | 'XLSX';

/** Options of {@link fileTooLarge}: the limit in bytes and the kind of file refused. */
export interface FileTooLargeOptions {
  /** The limit the file went past, in bytes; default 200 MB (the readers' `maxBytes`). */
  maxBytes?: number;
  /** The kind of file refused, named in the message; default `CSV`. */
  kind?: SheetFileKind;
}

// The article goes with how the kind is read aloud: "a CSV file", "an XLSX file".
const NAMED: Record<SheetFileKind, { en: string; vi: string }> = {
  CSV: { en: 'a CSV file', vi: 'một tệp CSV' },
  XLSX: { en: 'an XLSX file', vi: 'một tệp XLSX' },
};

/**
 * The refusal of a spreadsheet file larger than `maxBytes` (default 200 MB), naming its kind, in
 * English and Vietnamese. `size` is the file's size in bytes when known beforehand; `undefined` for a
 * stream that has just run past the limit (a pipe, a device), whose size is not known and which is not
 * read further.
 *
 * @example
 * throw fileTooLarge(1_258_291_200, { kind: 'XLSX' });
 * // "the file is 1200 MB, more than the 200 MB an XLSX file may be (limit maxBytes): split it, or raise the limit"
 */
export function fileTooLarge(size: number | undefined, options: FileTooLargeOptions = {}): DtiError {
  const limit = megabytes(options.maxBytes ?? DEFAULT_MAX_BYTES);
  const kind = NAMED[options.kind ?? 'CSV'];
  return size === undefined
    ? new DtiError(
        `the file runs past the ${limit} ${kind.en} may be (limit maxBytes) and was not read further: split it, or raise the limit`,
        'limit-exceeded',
        `tệp vượt mức ${limit} cho ${kind.vi} (giới hạn maxBytes) nên không được đọc tiếp: hãy chia nhỏ tệp, hoặc nâng giới hạn`,
      )
    : new DtiError(
        `the file is ${megabytes(size)}, more than the ${limit} ${kind.en} may be (limit maxBytes): split it, or raise the limit`,
        'limit-exceeded',
        `tệp nặng ${megabytes(size)}, vượt mức ${limit} cho ${kind.vi} (giới hạn maxBytes): hãy chia nhỏ tệp, hoặc nâng giới hạn`,
      );
}

/**
 * The refusal of CSV larger than `maxBytes`: {@link fileTooLarge} of a CSV file.
 *
 * @deprecated Use `fileTooLarge(size, { maxBytes, kind: 'CSV' })`, which also names an XLSX file.
 * @example throw csvTooLarge(1_258_291_200); // "the file is 1200 MB, more than the 200 MB a CSV file may be …"
 */
export function csvTooLarge(size: number | undefined, maxBytes: number = DEFAULT_MAX_BYTES): DtiError {
  return fileTooLarge(size, { maxBytes, kind: 'CSV' });
}
