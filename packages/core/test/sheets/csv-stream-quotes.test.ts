import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/sheets/sheet.js';
import { CsvRecordStream, IrregularCsv, readCsv } from '../../src/sheets.js';

// A name whose cell holds a line break is written by every spreadsheet as a quoted field over two
// lines. The stream reads it where it stands, across chunk ends too, instead of giving up and having
// the whole file read at once (one such name at the end of a 40 MB file doubled the memory taken).

/**
 * 1,200 plain rows of long names (1.1 million characters): past the megabyte the stream holds before it
 * starts reading, so the quoted rows after it are read chunk by chunk.
 */
const HEAD = `Mã;Tên;Tỷ lệ\r\n${Array.from({ length: 1200 }, (_, u) => `x${u + 1};Xã ${'a'.repeat(900)};${u % 100}\r\n`).join('')}`;
/** Quoted line breaks: CRLF, LF and CR inside a quote, an escaped quote before one, and the last row. */
const TAIL =
  'y1;"Xã\r\nMột";50\r\ny2;Xã Hai;60\r\ny3;"Phường ""Ba""\nmới";70\r\ny4;"a\rb";80\r\ny5;"Cuối\r\ndòng";90\r\n';

/** Rows and their lines as the stream gives them, the text pushed in the given pieces. */
function streamed(pieces: readonly string[]): { rows: Cell[][]; lines: number[] } {
  const rows: Cell[][] = [];
  const lines: number[] = [];
  const stream = new CsvRecordStream((row, line) => {
    rows.push(row);
    lines.push(line);
  });
  for (const piece of pieces) stream.push(piece);
  stream.end();
  return { rows, lines };
}

describe('CsvRecordStream: a quoted field over several lines', () => {
  const whole = readCsv(HEAD + TAIL);

  it('is read as the whole-text reader reads it: the name with its line break, the lines that follow counted', () => {
    expect(whole.issues).toBeUndefined();
    const { rows, lines } = streamed([HEAD, TAIL]);
    expect(rows).toEqual(whole.rows);
    expect(lines).toEqual(whole.lines);
    expect(rows.slice(-5)).toEqual([
      ['y1', 'Xã\r\nMột', '50'],
      ['y2', 'Xã Hai', '60'],
      ['y3', 'Phường "Ba"\nmới', '70'],
      ['y4', 'a\rb', '80'],
      ['y5', 'Cuối\r\ndòng', '90'],
    ]);
    // Line 1 the header, 1,201 the last plain row; each quoted break moves the rows after it one line on.
    expect(HEAD.length).toBeGreaterThan(1 << 20);
    expect(lines.slice(-5)).toEqual([1202, 1204, 1205, 1207, 1209]);
  });

  it('a chunk may end at any character of the quoted rows: the same rows and lines', () => {
    for (let cut = 0; cut <= TAIL.length; cut++) {
      const { rows, lines } = streamed([HEAD, TAIL.slice(0, cut), TAIL.slice(cut)]);
      expect(rows.length, `cut at ${cut}`).toBe(whole.rows.length);
      expect(rows.slice(-6), `cut at ${cut}`).toEqual(whole.rows.slice(-6));
      expect(lines.slice(-6), `cut at ${cut}`).toEqual(whole.lines?.slice(-6));
    }
  });

  it('one character at a time through the quoted rows: the same rows', () => {
    expect(streamed([HEAD, ...TAIL]).rows.slice(-5)).toEqual(whole.rows.slice(-5));
  });

  it('a quote whose lines read as rows without it is still left to the whole-text reader', () => {
    // `"Xã;50` opens a quote that closes two lines on: each line is a row of three fields without it.
    const broken = `${HEAD}y1;"Xã;50\r\ny2;Hai";60\r\ny3;Ba;70\r\n`;
    expect(() => streamed([broken])).toThrow(IrregularCsv);
    expect(readCsv(broken).issues?.map((i) => i.detail)).toEqual(['quote-across-lines']);
  });

  it('a quote over lines that makes a row of another field count is still left to the whole-text reader', () => {
    expect(() => streamed([`${HEAD}y1;"Xã\r\nMột";50;4\r\n`])).toThrow(IrregularCsv);
  });
});
