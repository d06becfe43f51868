import { closeSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { cannotWrite } from './file-errors.js';

/**
 * Writes a file so that readers only ever see the old content or the complete new one: the data goes
 * to a temporary file in the same directory (a rename is atomic only within one file system), which is
 * then renamed over `path`. An interrupted run leaves the old file intact; on failure the temporary
 * file is removed and an io error names the file and the reason in a sentence.
 *
 * @example writeFileAtomically('ket-qua.json', json)
 */
export function writeFileAtomically(path: string, data: string | Uint8Array | Iterable<string>): void {
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`,
  );
  try {
    // `wx`: never follow or clobber something that happens to have the temporary name.
    if (typeof data === 'string' || data instanceof Uint8Array) writeFileSync(temporary, data, { flag: 'wx' });
    else writeParts(temporary, data);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw cannotWrite(path, error);
  }
}

/** Writes text given in parts (blocks of a CSV file) to a new file, one part at a time. */
function writeParts(path: string, parts: Iterable<string>): void {
  const fd = openSync(path, 'wx');
  try {
    for (const part of parts) writeSync(fd, part);
  } finally {
    closeSync(fd);
  }
}
