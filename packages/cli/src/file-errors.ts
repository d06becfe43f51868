import { dirname } from 'node:path';
import { type Bilingual, CliError, EXIT } from './errors.js';

/** Why a file could not be read, by Node's error code, in words rather than `ENOENT`. */
const READ_REASONS: Record<string, (path: string) => Bilingual> = {
  ENOENT: () => ({ vi: 'không có tệp này', en: 'there is no such file' }),
  EACCES: () => ({ vi: 'không có quyền đọc tệp này', en: 'permission denied: this user may not read it' }),
  EPERM: () => ({ vi: 'không có quyền đọc tệp này', en: 'permission denied: this user may not read it' }),
  EISDIR: () => ({ vi: 'đây là một thư mục, không phải tệp', en: 'it is a folder, not a file' }),
  ENOTDIR: () => ({
    vi: 'một phần của đường dẫn là tệp, không phải thư mục',
    en: 'a part of the path is a file, not a folder',
  }),
};

/** Why a file could not be written, by Node's error code. */
const WRITE_REASONS: Record<string, (path: string) => Bilingual> = {
  ENOENT: (path) => ({ vi: `không có thư mục ${dirname(path)}`, en: `there is no folder ${dirname(path)}` }),
  EACCES: () => ({ vi: 'không có quyền ghi vào đây', en: 'permission denied: this user may not write here' }),
  EPERM: () => ({ vi: 'không có quyền ghi vào đây', en: 'permission denied: this user may not write here' }),
  EISDIR: () => ({ vi: 'đây là một thư mục, không phải tệp', en: 'it is a folder, not a file' }),
  ENOTEMPTY: () => ({ vi: 'đây là một thư mục, không phải tệp', en: 'it is a folder, not a file' }),
  EEXIST: () => ({ vi: 'đây là một thư mục, không phải tệp', en: 'it is a folder, not a file' }),
  ENOTDIR: () => ({
    vi: 'một phần của đường dẫn là tệp, không phải thư mục',
    en: 'a part of the path is a file, not a folder',
  }),
  ENOSPC: () => ({ vi: 'ổ đĩa đã đầy', en: 'the disk is full' }),
  EROFS: () => ({ vi: 'ổ đĩa chỉ cho đọc', en: 'the disk is read-only' }),
};

function codeOf(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** A reason in words, or the code itself (in brackets) for one no sentence was written for. */
function reason(table: Record<string, (path: string) => Bilingual>, path: string, error: unknown): Bilingual {
  const code = codeOf(error);
  if (code !== undefined && Object.hasOwn(table, code)) return (table[code] as (p: string) => Bilingual)(path);
  const detail = code ?? (error instanceof Error ? error.message : String(error));
  return { vi: `lỗi hệ thống (${detail})`, en: `system error (${detail})` };
}

/**
 * The io error (exit 3) for a file that could not be read, the reason in a sentence.
 *
 * @example cannotRead('so-lieu.xlsx', { code: 'ENOENT' }).in('vi') // → 'không đọc được so-lieu.xlsx: không có tệp này'
 */
export function cannotRead(path: string, error: unknown): CliError {
  const why = reason(READ_REASONS, path, error);
  return new CliError({ vi: `không đọc được ${path}: ${why.vi}`, en: `cannot read ${path}: ${why.en}` }, EXIT.io);
}

/**
 * The io error (exit 3) for a file that could not be written, the reason in a sentence.
 *
 * @example cannotWrite('ra/ket-qua.json', { code: 'ENOENT' }).message // → 'cannot write ra/ket-qua.json: there is no folder ra'
 */
export function cannotWrite(path: string, error: unknown): CliError {
  const why = reason(WRITE_REASONS, path, error);
  return new CliError({ vi: `không ghi được ${path}: ${why.vi}`, en: `cannot write ${path}: ${why.en}` }, EXIT.io);
}

/**
 * A node error code for a file (`ENOENT`, `EACCES`…), when `error` is one: what reached the top without
 * a file named is still told as a sentence, never a stack trace.
 */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && codeOf(error)?.startsWith('E') === true && 'syscall' in error;
}
