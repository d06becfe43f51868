import { Inflate } from 'fflate';
import { DtiError } from '../../validate/issue.js';
import type { InflateBudget } from './limits.js';
import { tooLarge } from './limits.js';

// A zip reader that reads the central directory first and inflates only the entries asked for, in
// small steps with a running count. fflate's unzipSync inflates whole entries before anyone can look
// at their size, so a 1 MB bomb became gigabytes before the first check.

/** One file of a zip archive as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** The size the archive declares; inflating past it means the archive lies, and is refused. */
  size: number;
  /** CRC-32 of the content: a damaged deflate stream can still inflate to the right length. */
  crc: number;
  localHeaderOffset: number;
}

const corrupt = (why: string) =>
  new DtiError(
    `not an .xlsx workbook: the zip archive is damaged or incomplete (${why})`,
    'invalid-format',
    `không phải tệp .xlsx: tệp nén bị hỏng hoặc không đủ (${why})`,
  );

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 2 ** 32;

const names = new TextDecoder('utf-8');

function endOfCentralDirectory(bytes: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--)
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x05 && bytes[at + 3] === 0x06) return at;
  throw corrupt('no end-of-directory record: the file is truncated or not a zip');
}

/** Reads the central directory: every entry's name, method, sizes and offset, by name. */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const eocd = endOfCentralDirectory(bytes);
  let count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  const zip64Locator = eocd - 20;
  if ((count === 0xffff || offset === 0xffffffff) && zip64Locator >= 0 && u32(bytes, zip64Locator) === 0x07064b50) {
    const record = u64(bytes, zip64Locator + 8);
    if (record + 56 > bytes.length || u32(bytes, record) !== 0x06064b50) throw corrupt('bad ZIP64 record');
    count = u64(bytes, record + 32);
    offset = u64(bytes, record + 48);
  }
  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw corrupt(`directory entry ${k + 1} is missing`);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const entry: ZipEntry = {
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      crc: u32(bytes, at + 16),
      localHeaderOffset: u32(bytes, at + 42),
    };
    readZip64Extra(bytes, at + 46 + nameLength, extraLength, entry);
    if (!entries.has(entry.name)) entries.set(entry.name, entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Sizes and offset too large for 32 bits live in the ZIP64 extra field (id 1), in this order. */
function readZip64Extra(bytes: Uint8Array, start: number, length: number, entry: ZipEntry): void {
  let at = start;
  const end = Math.min(start + length, bytes.length);
  while (at + 4 <= end) {
    const id = u16(bytes, at);
    const size = u16(bytes, at + 2);
    if (id === 1) {
      let field = at + 4;
      const take = () => {
        const value = u64(bytes, field);
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = take();
      return;
    }
    at += 4 + size;
  }
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The running CRC-32 of `data` after `crc` (start from 0xffffffff; the checksum is the result xor 0xffffffff). */
function crc32Step(crc: number, data: Uint8Array): number {
  let c = crc;
  for (let i = 0; i < data.length; i++) c = (CRC_TABLE[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return c;
}

// Small steps bound what one step can produce: deflate expands at most ~1,032 times, so 16 KB of
// input never gives more than ~17 MB before the count is checked again.
const STEP = 16 * 1024;

/**
 * Decompresses one entry, counting every byte against the workbook's budget and refusing an entry
 * that inflates past the size it declares (the signature of a crafted bomb).
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget): Uint8Array {
  const out = new Uint8Array(entry.size);
  let written = 0;
  inflateChunks(bytes, entry, budget, (chunk) => {
    out.set(chunk, written);
    written += chunk.length;
  });
  return out;
}

/**
 * Decompresses one entry as UTF-8 text, given to `onText` piece by piece as it inflates, with the
 * checks of {@link inflateEntry}: a worksheet of 200 MB is read without holding its bytes or its whole
 * text. A checksum that fails throws at the end, after the last piece.
 */
export function inflateText(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  onText: (text: string) => void,
): void {
  const decoder = new TextDecoder('utf-8');
  inflateChunks(bytes, entry, budget, (chunk) => {
    const text = decoder.decode(chunk, { stream: true });
    if (text) onText(text);
  });
  const last = decoder.decode();
  if (last) onText(last);
}

/** Inflates an entry chunk by chunk into `onChunk`, counting, bounding and checksumming as it goes. */
function inflateChunks(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  onChunk: (chunk: Uint8Array) => void,
): void {
  const input = entryInput(bytes, entry, budget);
  let crc = 0xffffffff;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw corrupt(`${entry.name}: stored size differs from its declared size`);
    budget.spend(entry.size, entry.name);
    crc = crc32Step(crc, input);
    checkCrc(entry, crc);
    onChunk(input.slice());
    return;
  }
  let written = 0;
  const inflater = new Inflate((chunk: Uint8Array) => {
    if (written + chunk.length > entry.size)
      throw corrupt(`${entry.name} inflates to more than the ${entry.size} bytes it declares`);
    budget.spend(chunk.length, entry.name);
    crc = crc32Step(crc, chunk);
    written += chunk.length;
    onChunk(chunk);
  });
  try {
    for (let at = 0; at < input.length; at += STEP)
      inflater.push(input.subarray(at, Math.min(at + STEP, input.length)), at + STEP >= input.length);
    if (input.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof DtiError) throw error;
    throw corrupt(`${entry.name}: ${(error as Error).message}`);
  }
  if (written !== entry.size)
    throw corrupt(`${entry.name} inflates to ${written} bytes, not the ${entry.size} it declares`);
  checkCrc(entry, crc);
}

/** The compressed bytes of an entry, once it is known to be neither encrypted, too large, cut short nor of an unknown method. */
function entryInput(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget): Uint8Array {
  if (entry.flags & 1)
    throw new DtiError(
      `${entry.name} is encrypted: save the workbook without a password`,
      'invalid-format',
      `${entry.name} được mã hóa: hãy lưu tệp bảng tính không đặt mật khẩu`,
    );
  if (entry.size > budget.remaining) throw tooLarge(entry.name, budget.maxBytes);
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) throw corrupt(`no local header for ${entry.name}`);
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt(`${entry.name} is cut short`);
  if (entry.method !== 0 && entry.method !== 8)
    throw new DtiError(
      `${entry.name} uses zip compression method ${entry.method}; save the workbook again from Excel or LibreOffice`,
      'invalid-format',
      `${entry.name} dùng kiểu nén zip ${entry.method}; hãy lưu lại tệp bảng tính từ Excel hoặc LibreOffice`,
    );
  return bytes.subarray(start, end);
}

/** A checksum that does not match: a flipped bit must not become a different number. */
function checkCrc(entry: ZipEntry, crc: number): void {
  if ((crc ^ 0xffffffff) >>> 0 !== entry.crc) throw corrupt(`${entry.name} fails its checksum (CRC-32)`);
}
