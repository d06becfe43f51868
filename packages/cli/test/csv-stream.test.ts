import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { score } from '@dti-kit/core';
import { readDataset } from '@dti-kit/core/sheets';
import { describe, expect, it } from 'vitest';
import { streamCsv } from '../src/csv-stream-input.js';
import { formatCsv } from '../src/formats.js';
import { loadFramework } from '../src/inputs.js';
import { dti, scratch } from './dti.js';

const framework = loadFramework('self-assessment-template');
const HEADER =
  'STT;Mã đơn vị;Tên đơn vị;Tỷ lệ văn bản trao đổi dưới dạng điện tử (%);Tỷ lệ hồ sơ TTHC nộp trực tuyến (%);Số TTHC cung cấp trực tuyến;Số TTHC trực tuyến toàn trình';
/** Bytes read at a time by the stream under test: a prime, so chunk ends fall everywhere in a row. */
const CHUNK = 4099;

/**
 * A CSV file of 16,000 communes (1.2 MB, past the megabyte the stream reader holds before deciding the
 * delimiter), with a byte-order mark, Vietnamese names (multi-byte in UTF-8) and every tenth name
 * quoted around the delimiter. `bad` puts "nhiều" in one value cell of row 15,001.
 */
function communes(bad = false): string {
  const lines = [HEADER];
  for (let u = 1; u <= 16_000; u++) {
    const name = u % 10 === 0 ? `"Xã Đức Phổ ${u}; khu ""Nam"""` : `Phường Hồng Hà ${u}`;
    const share = bad && u === 15_000 ? 'nhiều' : `${Math.floor((u % 1000) / 10)},${u % 10}%`;
    lines.push(`${u};x${u};${name};${share};${(u * 7) % 100};${100 + (u % 50)};${u % 100}`);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** What the whole-file reader gives: readDataset with progress reporting reads the file whole. */
function whole(path: string) {
  return readDataset(new Uint8Array(readFileSync(path)), framework, { name: 'xa.csv', onProgress: () => {} });
}

describe('dti score: a CSV file read in chunks', () => {
  const dir = scratch();

  it('scores exactly as the whole file is scored, chunk ends inside quotes and characters', () => {
    const path = join(dir, 'xa.csv');
    writeFileSync(path, communes());
    const bytes = readFileSync(path);
    // The chunk ends this test needs: inside a quoted field, inside a multi-byte character.
    const ends = Array.from({ length: Math.floor(bytes.length / CHUNK) }, (_, k) => (k + 1) * CHUNK);
    const inCharacter = ends.filter((e) => ((bytes[e] as number) & 0xc0) === 0x80);
    const text = bytes.toString('latin1');
    const inQuotes = ends.filter((e) => {
      const open = text.lastIndexOf('"X', e - 1);
      return open > text.lastIndexOf('\n', e - 1) && e < text.indexOf('""";', open) + 3;
    });
    expect(inCharacter.length).toBeGreaterThan(10);
    expect(inQuotes.length).toBeGreaterThan(10);

    const streamed = streamCsv(path, framework, { name: 'xa.csv' }, undefined, bytes.length, CHUNK);
    const reference = whole(path);
    expect(streamed?.result.issues).toEqual(reference.issues);
    expect(reference.prepared?.units.length).toBe(16_000);
    expect(streamed?.result.prepared?.units[9]?.name).toBe('Xã Đức Phổ 10; khu "Nam"');
    const scores = formatCsv(score(framework, reference.prepared as NonNullable<typeof reference.prepared>), 'vi');
    expect(formatCsv(score(framework, streamed?.result.prepared as typeof reference.prepared & object), 'vi')).toBe(
      scores,
    );
    expect(streamed?.source).toEqual({
      name: 'xa.csv',
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    // The command itself streams the file (in chunks of a megabyte) to the same scores.
    const run = dti('score', path, '-f', 'self-assessment-template', '--format', 'csv', '-q');
    expect(run.code).toBe(0);
    expect(run.out).toBe(scores);
  });

  it('names the row and cell of an unreadable value in a late row, as the whole-file reader does', () => {
    const path = join(dir, 'xa-loi.csv');
    writeFileSync(path, communes(true));
    const streamed = streamCsv(path, framework, { name: 'xa-loi.csv' }, undefined, 0, CHUNK);
    const errors = streamed?.result.issues.filter((i) => i.severity === 'error') ?? [];
    expect(errors.map((i) => i.message)).toEqual([
      'xa-loi.csv!D15001: "nhiều" for unit "x15000", indicator "van-ban-dien-tu": not a number, a share, yes/no or empty (column "Tỷ lệ văn bản trao đổi dưới dạng điện tử (%)")',
    ]);
    expect(streamed?.result.prepared).toBeUndefined();
    const reference = readDataset(new Uint8Array(readFileSync(path)), framework, {
      name: 'xa-loi.csv',
      onProgress: () => {},
    });
    expect(streamed?.result.issues).toEqual(reference.issues);
  });
});
