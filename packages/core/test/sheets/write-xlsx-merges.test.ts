import { describe, expect, it } from 'vitest';
import { readXlsx, writeXlsx } from '../../src/sheets.js';

// A sheet read with its merges can be written back as it was read: the ranges as readXlsx lists them.
describe('writeXlsx merged ranges', () => {
  const rows = [
    ['Báo cáo', null, null, 'Nhóm', null],
    ['Mã', 'Tỷ lệ A', 'Tỷ lệ B', 'Số C', 'Số D'],
    ['x1', 1, 2, 3, 4],
  ];

  it('takes ranges as readXlsx gives them, and spreadsheet names, to the same workbook', () => {
    const ranges = [
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 0, left: 3, bottom: 0, right: 4 },
    ];
    const fromRanges = readXlsx(writeXlsx([{ name: 'S', rows, merges: ranges }]))[0];
    const fromNames = readXlsx(writeXlsx([{ name: 'S', rows, merges: ['A1:C1', 'D1:E1'] }]))[0];
    expect(fromRanges?.merges).toEqual(ranges);
    expect(fromNames?.merges).toEqual(ranges);
    // The heading is repeated over its range on reading, as for a file saved by Excel.
    expect(fromRanges?.rows[0]).toEqual(['Báo cáo', 'Báo cáo', 'Báo cáo', 'Nhóm', 'Nhóm']);
    // A range past column Z gets two letters: 26 is AA, 27 AB (a cell after it holds data, as the
    // reader keeps only merges within the cells holding data).
    const row = Array.from({ length: 29 }, (_, c) => (c === 26 ? 'x' : c === 28 ? 'y' : null));
    const wide = readXlsx(
      writeXlsx([{ name: 'W', rows: [row], merges: [{ top: 0, left: 26, bottom: 0, right: 27 }] }]),
    );
    expect(wide[0]?.merges).toEqual([{ top: 0, left: 26, bottom: 0, right: 27 }]);
    expect(wide[0]?.rows[0]?.slice(26)).toEqual(['x', 'x', 'y']);
  });

  it('refuses a range that is not whole cells from top-left to bottom-right, naming the sheet', () => {
    expect(() => writeXlsx([{ name: 'S', rows, merges: [{ top: 0, left: 2, bottom: 0, right: 1 }] }])).toThrow(
      'writeXlsx: sheet "S": merged range {"top":0,"left":2,"bottom":0,"right":1} is not whole cells from top-left to bottom-right',
    );
    expect(() => writeXlsx([{ name: 'S', rows, merges: [{ top: -1, left: 0, bottom: 0, right: 1 }] }])).toThrow(
      /merged range \{"top":-1/u,
    );
    expect(() => writeXlsx([{ name: 'S', rows, merges: [{ top: 0, left: 0.5, bottom: 0, right: 1 }] }])).toThrow(
      /merged range \{"top":0,"left":0.5/u,
    );
  });
});
