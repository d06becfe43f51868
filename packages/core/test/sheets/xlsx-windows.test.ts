import { describe, expect, it } from 'vitest';
import { WorksheetReader } from '../../src/sheets/xlsx/worksheet.js';
import { readXlsx, writeXlsx } from '../../src/sheets.js';

// A sheet read in windows of whole rows (about 1 MB of text each) must read as the whole text did:
// these sheets span several windows, with rows, characters and tags cut between the pieces given.
const context = { sheet: 'S', part: 'xl/worksheets/sheet1.xml', sharedStrings: [], styles: [], date1904: false };

function sheetXml(rows: number, prefix: string): string {
  const t = (name: string) => `${prefix}${name}`;
  const body = Array.from(
    { length: rows },
    (_, r) =>
      `<${t('row')} r="${r + 1}"><${t('c')} r="A${r + 1}" t="inlineStr"><${t('is')}><${t('t')}>Hà Nội ${r}</${t('t')}></${t('is')}></${t('c')}><${t('c')} r="B${r + 1}"><${t('v')}>${r}.5</${t('v')}></${t('c')}>${r === 0 ? `<${t('c')} r="C1"><${t('v')}>7</${t('v')}></${t('c')}>` : ''}</${t('row')}>`,
  ).join('');
  return `<?xml version="1.0"?><${t('worksheet')}><${t('cols')}><${t('col')} min="1" max="1" width="20"/></${t('cols')}><${t('sheetData')}>${body}</${t('sheetData')}><${t('mergeCells')}><${t('mergeCell')} ref="C1:C2"/></${t('mergeCells')}></${t('worksheet')}>`;
}

describe('a worksheet read in windows of whole rows', () => {
  it.each([
    ['', 4099],
    ['x:', 65_537],
    // Pieces shorter than a tag: the row ends and the sheetData tag are always cut.
    ['x:', 7],
  ])('prefix %j, pieces of %d characters: every row and the merge after them', (prefix, piece) => {
    const xml = sheetXml(40_000, prefix);
    expect(xml.length).toBeGreaterThan(3 * (1 << 20));
    const reader = new WorksheetReader({ ...context, maxCells: 1e7 });
    for (let at = 0; at < xml.length; at += piece) reader.push(xml.slice(at, at + piece));
    const { rows, merges, issues } = reader.finish();
    expect(rows).toHaveLength(40_000);
    // The merge after the last row repeats C1 over C2.
    expect([rows[0], rows[1], rows[12_345], rows[39_999]]).toEqual([
      ['Hà Nội 0', 0.5, 7],
      ['Hà Nội 1', 1.5, 7],
      ['Hà Nội 12345', 12345.5, null],
      ['Hà Nội 39999', 39999.5, null],
    ]);
    expect(merges).toEqual([{ top: 0, left: 2, bottom: 1, right: 2 }]);
    expect(issues).toEqual([]);
  });

  it('one row longer than a window (a file can write one): read whole, the pieces kept apart until its end', () => {
    // 16,384 columns, Excel's most, of long text.
    const cells = Array.from(
      { length: 16_384 },
      (_, c) => `<c t="inlineStr"><is><t>Xã Đông Phượng, huyện Đan Phượng, ô số ${c}</t></is></c>`,
    );
    const xml = `<worksheet><sheetData><row r="1">${cells.join('')}</row><row r="2"><c><v>4</v></c></row></sheetData></worksheet>`;
    expect(xml.length).toBeGreaterThan(1 << 20);
    const reader = new WorksheetReader({ ...context, maxCells: 1e7 });
    for (let at = 0; at < xml.length; at += 4099) reader.push(xml.slice(at, at + 4099));
    const { rows, issues } = reader.finish();
    expect(issues).toEqual([]);
    expect(rows).toHaveLength(2);
    expect([rows[0]?.length, rows[0]?.[0], rows[0]?.[16_383], rows[1]?.[0]]).toEqual([
      16_384,
      'Xã Đông Phượng, huyện Đan Phượng, ô số 0',
      'Xã Đông Phượng, huyện Đan Phượng, ô số 16383',
      4,
    ]);
  });

  it('a workbook of several windows, through the inflater: Vietnamese text cut between chunks reads whole', () => {
    const rows = Array.from({ length: 30_000 }, (_, r) => [`Xã Đông Phượng ${r}`, r / 4, 'có']);
    const [sheet] = readXlsx(writeXlsx([{ name: 'Số liệu', rows: [['Tên', 'Số', 'Có'], ...rows] }]));
    expect(sheet?.rows).toHaveLength(30_001);
    expect(sheet?.rows.slice(1)).toEqual(rows);
  });
});
