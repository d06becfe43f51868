import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Framework, loadPreset } from '../../src/index.js';
import { type ReadResult, readDataset } from '../../src/sheets.js';
import { fiveMegabyteLine, hostileCsv } from '../fixtures/hostile/make-hostile-csv.js';

const file = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/hostile/${name}`, import.meta.url)));

let template: Framework;
beforeAll(async () => {
  template = await loadPreset('self-assessment-template');
});

/**
 * Reads the input and says how long it took, in milliseconds. The limits below guard against runaway
 * (quadratic) work only, loose enough for a loaded CI machine; speed is measured in the benchmarks.
 */
function timed(input: string | Uint8Array): { result: ReadResult; ms: number } {
  const start = performance.now();
  const result = readDataset(input, template, { name: 'hostile.csv' });
  return { result, ms: performance.now() - start };
}

const errors = (r: ReadResult) => r.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.message]);

describe('hostile CSV files', () => {
  it('are what make-hostile-csv.ts writes (regenerate them after changing it)', () => {
    for (const [name, bytes] of Object.entries(hostileCsv))
      expect(Buffer.from(file(name)).equals(Buffer.from(bytes)), name).toBe(true);
  });

  it('an unbalanced quote: a malformed-csv error naming line 2, and the three units stay three', () => {
    const { result, ms } = timed(file('unbalanced-quote.csv'));
    expect(result.prepared).toBeUndefined();
    expect(errors(result)).toEqual([
      [
        'malformed-csv',
        'hostile.csv line 2: a quote opened here is never closed (it would take in 4 lines); the quote is read as a plain character',
      ],
    ]);
    expect(result.dataset.units.map((u) => u.id)).toEqual(['x1', 'x2', 'x3']);
    expect(ms).toBeLessThan(5000);
  });

  it('mixed delimiters: a malformed-csv error naming the lines', () => {
    const { result } = timed(file('mixed-delimiters.csv'));
    expect(result.prepared).toBeUndefined();
    expect(errors(result)).toEqual([
      [
        'malformed-csv',
        'hostile.csv line 3: fields are separated by "," on lines 3, 4, by ";" elsewhere: save the file again with one delimiter',
      ],
    ]);
  });

  it('NUL bytes: a malformed-csv error, and no NUL reaches a cell', () => {
    const { result } = timed(file('nul-bytes.csv'));
    expect(errors(result)).toEqual([
      [
        'malformed-csv',
        'hostile.csv line 2: the text holds NUL characters (byte 0), which no spreadsheet writes; they are removed',
      ],
    ]);
    expect(JSON.stringify(result.dataset)).not.toContain('\\u0000');
    expect(result.dataset.units.map((u) => [u.name, u.values])).toEqual([
      ['Xã Một', { 'van-ban-dien-tu': 50, 'chu-ky-so': 60 }],
      ['Xã Hai', { 'van-ban-dien-tu': 70, 'chu-ky-so': 10 }],
    ]);
  });

  it('UTF-16 without its byte-order mark and invalid UTF-8: refused, saying to save as CSV UTF-8', () => {
    for (const name of ['utf16-no-bom.csv', 'invalid-utf8.csv']) {
      const { result } = timed(file(name));
      expect(errors(result)).toEqual([
        ['invalid-format', 'the file is neither UTF-8 text nor an .xlsx workbook: save the CSV as "CSV UTF-8"'],
      ]);
    }
    // The same text, ASCII only, decodes as UTF-8 with a NUL after every character.
    const ascii = 'Ma don vi;Ten don vi\nx1;Xa Mot\n';
    const { result } = timed(Array.from(ascii, (ch) => `${ch}\u0000`).join(''));
    expect(errors(result)).toEqual([
      [
        'invalid-format',
        'hostile.csv: the text looks like UTF-16 without a byte-order mark (every other byte is NUL): save the file as "CSV UTF-8"',
      ],
    ]);
  });

  it('a row of 100,000 delimiters: read right, quickly', () => {
    const { result, ms } = timed(file('many-delimiters.csv'));
    expect(errors(result)).toEqual([]);
    expect(result.prepared?.units).toHaveLength(1);
    expect(result.dataset.units[0]?.values).toEqual({ 'van-ban-dien-tu': 50, 'chu-ky-so': 60 });
    expect(ms).toBeLessThan(10_000);
  });

  it('a single line of 5 MB: longer than any row, refused quickly naming the line', () => {
    const { result, ms } = timed(fiveMegabyteLine());
    expect(errors(result).map(([code]) => code)).toEqual(['limit-exceeded']);
    expect(errors(result)[0]?.[1]).toMatch(/^hostile.csv line 1: the row runs over 1,048,576 characters \(1 MB\)/u);
    expect(ms).toBeLessThan(20_000);
  });
});
