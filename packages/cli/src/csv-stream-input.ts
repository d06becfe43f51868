import { closeSync, openSync, readSync } from 'node:fs';
import { DtiError, type Framework } from '@dti-kit/core';
import {
  CsvDatasetReader,
  fileTooLarge,
  IrregularCsv,
  type ReadDatasetOptions,
  type ReadResult,
} from '@dti-kit/core/sheets';
import { type DataSource, SourceDigest } from './data-source.js';
import type { Progress } from './progress.js';

/** Bytes read at a time: large enough that reading costs little, small next to any dataset. */
export const CHUNK = 1 << 20;

/**
 * Bytes decoded into one text at a time: a text under V8's large-object size (128 KB, two bytes a
 * character once a line holds a Vietnamese letter) lives and dies in the young generation, where a
 * megabyte's text outlives the rows read from it and is left to the old generation as garbage, a few
 * megabytes per megabyte read, growing the heap until a full collection.
 */
const PIECE = 1 << 15;

/** The 200 MB the reader allows a CSV file by default (its `maxBytes`): a larger file is refused whole. */
export const DEFAULT_MAX_CSV_BYTES = 200 * 1024 * 1024;

/** Whether bytes start as a ZIP archive does, as every .xlsx workbook does. */
export function isWorkbook(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b;
}

/** What the file starts with when it is no UTF-8 CSV text: a workbook, UTF-16, a JSON document. */
function notCsv(head: Uint8Array): boolean {
  if (isWorkbook(head)) return true;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09)) i++;
  return head[i] === 0x7b;
}

/**
 * Reads a CSV file in chunks of a megabyte, decoding UTF-8 as it goes (a character cut between two
 * chunks is joined) and hashing the bytes for the report, straight into a dataset: memory stays about
 * the size of the dataset's columns, not of the file. `undefined` when the file is to be read whole:
 * not UTF-8 CSV text (a workbook, UTF-16, JSON, invalid UTF-8), or CSV that is not one record per
 * line of the same fields, whose problems the whole-file reader names line by line. A line longer than
 * any row throws the reader's `DtiError` as soon as it is, without reading the rest of the file.
 *
 * The bytes are counted as they come: past `maxBytes` (200 MB) the file is refused with the reader's
 * own `DtiError`, so a pipe or a device that never ends (/dev/zero) cannot fill memory. `chunkBytes` is
 * how much is read at a time (a megabyte).
 *
 * @example const streamed = streamCsv('so-lieu.csv', framework, { name: 'so-lieu.csv' });
 */
export function streamCsv(
  path: string,
  framework: Framework,
  options: ReadDatasetOptions,
  progress?: Progress,
  size = 0,
  chunkBytes = CHUNK,
  maxBytes = DEFAULT_MAX_CSV_BYTES,
): { result: ReadResult; source: DataSource } | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const buffer = new Uint8Array(chunkBytes);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const digest = new SourceDigest();
    const reader = new CsvDatasetReader(framework, options);
    let read = 0;
    for (;;) {
      const n = readSync(fd, buffer, 0, chunkBytes, null);
      if (n === 0) break;
      const chunk = buffer.subarray(0, n);
      if (read === 0 && notCsv(chunk)) return undefined;
      read += n;
      // The size was checked beforehand if the file has one; a stream is stopped here, unread beyond.
      if (read > maxBytes) throw fileTooLarge(undefined, { maxBytes, kind: 'CSV' });
      digest.update(chunk);
      for (let at = 0; at < n; at += PIECE)
        reader.push(decoder.decode(chunk.subarray(at, Math.min(n, at + PIECE)), { stream: true }));
      progress?.update('đọc tệp / reading', read, size);
    }
    reader.push(decoder.decode());
    return { result: reader.finish(), source: digest.describe(path, options.sheet) };
  } catch (error) {
    // Invalid UTF-8 (a TypeError from the decoder) or irregular CSV: the whole-file reader says why.
    // So is a file that cannot be read (a directory, say): the whole-file reader reports it.
    if (error instanceof DtiError) throw error;
    if (error instanceof IrregularCsv || error instanceof TypeError) return undefined;
    if (typeof (error as NodeJS.ErrnoException).code === 'string') return undefined;
    throw error;
  } finally {
    closeSync(fd);
  }
}
