// The hostile corpus (test/fixtures/hostile, written by make-hostile.ts): each file is refused with
// a DtiError naming the problem, or read as far as it is sound with a warning, quickly and without
// filling memory. Before: the whole-sheet merge ran out of memory after 54 s, the bombs inflated
// to gigabytes, malformed references and unknown shared strings vanished without a word.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DtiError, type DtiIssue, defineFramework } from '../../src/index.js';
import { type Cell, readDataset, readSheets, readXlsx, writeXlsx } from '../../src/sheets.js';
import { group, percentIndicator, framework as testFramework } from '../helpers.js';

const hostile = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/hostile/${name}`, import.meta.url)));

const framework = defineFramework(
  testFramework({
    id: 'ty-le',
    label: 'Tỷ lệ',
    root: group('root', [percentIndicator('ty-le', { label: 'Tỷ lệ (%)' })], { label: 'Chỉ số' }),
  }),
);

const MB = 1024 * 1024;

/** Runs `read` and measures its time and the growth of heap plus array buffers. */
function measured<T>(read: () => T): { value: T | undefined; error: unknown; seconds: number; grewMb: number } {
  const memory = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const before = memory();
  const started = performance.now();
  let value: T | undefined;
  let error: unknown;
  try {
    value = read();
  } catch (e) {
    error = e;
  }
  return { value, error, seconds: (performance.now() - started) / 1000, grewMb: (memory() - before) / MB };
}

function refused(name: string, code: DtiIssue['code'], words: RegExp) {
  const bytes = hostile(name);
  const run = measured(() => readXlsx(bytes));
  expect(run.error).toBeInstanceOf(DtiError);
  expect((run.error as DtiError).code).toBe(code);
  expect((run.error as DtiError).message).toMatch(words);
  // A guard against runaway work (a full inflate, a quadratic scan), loose enough for a loaded CI
  // machine; the memory bound below is the sharp check, and speed is measured in the benchmarks.
  expect(run.seconds).toBeLessThan(20);
  expect(run.grewMb).toBeLessThan(300);
  // readDataset turns the refusal into an error issue with the same code and messages, English and Vietnamese.
  const { issues, prepared } = readDataset(bytes, framework);
  expect(prepared).toBeUndefined();
  const error = run.error as DtiError;
  expect(error.vi).toMatch(/^(tệp bảng tính giải nén ra hơn|không phải tệp \.xlsx|xl\/worksheets\/sheet1\.xml: )/u);
  expect(issues).toEqual([{ severity: 'error', code, path: [], message: error.message, messageVi: error.vi }]);
}

function read(name: string): { rows: Cell[][]; issues: DtiIssue[] } {
  const run = measured(() => readSheets(hostile(name)));
  expect(run.error).toBeUndefined();
  expect(run.seconds).toBeLessThan(20);
  expect(run.grewMb).toBeLessThan(300);
  const [sheet] = run.value ?? [];
  return { rows: sheet?.rows ?? [], issues: sheet?.issues ?? [] };
}

describe('hostile workbooks are refused with the limit or the damage named', () => {
  it('a zip bomb declaring 1 GB of sheet XML: maxBytes, before inflating anything', () => {
    refused('bomb-sheet.xlsx', 'limit-exceeded', /inflates to more than 200 MB \(limit maxBytes = 209,715,200 bytes/u);
  });
  it('a zip bomb that declares 2 KB and inflates to 300 MB: stopped at 2 KB as a lie', () => {
    refused('bomb-lying-size.xlsx', 'invalid-format', /sheet1\.xml inflates to more than the 2048 bytes it declares/u);
  });
  it('a lower maxBytes refuses a workbook that fits the default', () => {
    expect(() => readXlsx(hostile('bad-refs.xlsx'), { maxBytes: 500 })).toThrow(
      /more than 500 B|limit maxBytes = 500 bytes/u,
    );
    const { issues } = readDataset(hostile('bad-refs.xlsx'), framework, { maxBytes: 500 });
    expect(issues[0]?.code).toBe('limit-exceeded');
  });
  it('values at A1 and XFD1048576: the data spans 17 billion cells, over maxCells', () => {
    refused(
      'far-corner.xlsx',
      'limit-exceeded',
      /A1:XFD1048576 \(1,048,576 rows × 16,384 columns\) = 17,179,869,184 cells, more than the limit of 20,000,000 cells \(maxCells\)/u,
    );
  });
  it('a truncated zip and bytes that only start like one: not a workbook', () => {
    refused('truncated.xlsx', 'invalid-format', /not an \.xlsx workbook: the zip archive is damaged or incomplete/u);
    refused('not-a-zip.xlsx', 'invalid-format', /not an \.xlsx workbook/u);
  });
});

describe('hostile workbooks read as far as they are sound, with a warning for what is not', () => {
  it('<mergeCell ref="A1:XFD1048576"/> is clamped to the data: one cell', () => {
    expect(read('merge-whole-sheet.xlsx')).toEqual({ rows: [['Tên đơn vị']], issues: [] });
  });
  it('a 512 MB xl/media part is never inflated: the sheet reads', () => {
    expect(read('bomb-media.xlsx')).toEqual({
      rows: [
        ['Tên đơn vị', 'Tỷ lệ (%)'],
        ['Xã Một', 50],
      ],
      issues: [],
    });
  });
  it('a million empty cells under a whole-grid dimension cost nothing', () => {
    expect(read('empty-cells-full-dimension.xlsx')).toEqual({ rows: [['Tên đơn vị']], issues: [] });
  });
  it('200,000 levels of nested junk do not overflow the stack', () => {
    expect(read('deep-nesting.xlsx')).toEqual({ rows: [['Tên đơn vị']], issues: [] });
  });
  it('rows r="0", r="-5", r="999999999999" and cells A0, XFE3 are read at the next position, each named', () => {
    const { rows, issues } = read('bad-refs.xlsx');
    expect(rows).toEqual([
      ['Tên đơn vị', 'Tỷ lệ (%)'],
      ['Xã Không', 10],
      ['Xã Âm', 20],
      ['Xã Xa', 30],
    ]);
    expect(issues.map((i) => [i.severity, i.code])).toEqual(Array(8).fill(['warning', 'malformed-sheet']));
    const messages = issues.map((i) => i.message.replace('Số liệu (xl/worksheets/sheet1.xml): ', ''));
    expect(messages).toEqual([
      'row reference r="0" is not a row number from 1 to 1048576; its cells were read as row 2, after the previous row',
      'cell reference r="A0" in row 2 is not a cell from A1 to XFD1048576; its value was read at the next position, A2',
      'cell reference r="B0" in row 2 is not a cell from A1 to XFD1048576; its value was read at the next position, B2',
      'row reference r="-5" is not a row number from 1 to 1048576; its cells were read as row 3, after the previous row',
      'cell reference r="A-5" in row 3 is not a cell from A1 to XFD1048576; its value was read at the next position, A3',
      'cell reference r="XFE3" in row 3 is not a cell from A1 to XFD1048576; its value was read at the next position, B3',
      'row reference r="999999999999" is not a row number from 1 to 1048576; its cells were read as row 4, after the previous row',
      'cell reference r="A999999999999" in row 4 is not a cell from A1 to XFD1048576; its value was read at the next position, A4',
    ]);
    expect(issues.every((i) => i.message.startsWith('Số liệu (xl/worksheets/sheet1.xml): '))).toBe(true);
  });
  it('shared-string indexes 7 and -1 that do not exist: empty cells, each warned with its cell', () => {
    const { rows, issues } = read('unknown-shared-string.xlsx');
    expect(rows).toEqual([['Tên đơn vị']]);
    expect(issues.map((i) => [i.code, i.cell?.column, i.cell?.row, i.cell?.text])).toEqual([
      ['malformed-sheet', 'A', 2, '7'],
      ['malformed-sheet', 'B', 2, '-1'],
    ]);
    expect(issues[0]?.message).toBe(
      'Số liệu (xl/worksheets/sheet1.xml): cell A2 refers to shared string "7", which does not exist (the workbook has 1); it was read as empty',
    );
  });
});

describe('a damaged byte never becomes a different number', () => {
  it('a digit changed inside a stored sheet fails the CRC-32 check', () => {
    const files = unzipSync(writeXlsx([{ name: 'Số liệu', rows: [['Tỷ lệ (%)'], [50]] }]));
    const bytes = zipSync(files, { level: 0 });
    const text = strFromU8(bytes, true);
    const at = text.indexOf('<v>50</v>') + 4;
    expect(readXlsx(bytes)[0]?.rows).toEqual([['Tỷ lệ (%)'], [50]]);
    bytes[at] = '8'.charCodeAt(0); // 50 → 58
    expect(() => readXlsx(bytes)).toThrow(/sheet1\.xml fails its checksum \(CRC-32\)/u);
  });
});
