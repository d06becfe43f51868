import { strToU8, zipSync } from 'fflate';
import type { MergedRange, Sheet } from '../sheet.js';
import { columnLetter, rangeName } from '../sheet.js';

function escapeXml(text: string): string {
  return (
    text
      .replace(/&/gu, '&amp;')
      .replace(/</gu, '&lt;')
      .replace(/>/gu, '&gt;')
      .replace(/"/gu, '&quot;')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/gu, '')
  );
}

/** The spreadsheet name of a merged range; refuses a range that is not whole cells, top-left first. */
function mergeRef(sheet: string, range: string | MergedRange): string {
  if (typeof range === 'string') return range;
  const { top, left, bottom, right } = range;
  const cells = [top, left, bottom, right].every((n) => Number.isInteger(n) && n >= 0);
  if (!cells || bottom < top || right < left)
    throw new RangeError(
      `writeXlsx: sheet "${sheet}": merged range ${JSON.stringify(range)} is not whole cells from top-left to bottom-right`,
    );
  return rangeName(range);
}

/** A sheet to write: rows, optional merged ranges, column widths in characters. */
export interface SheetToWrite extends Omit<Sheet, 'merges'> {
  /**
   * Merged ranges, as spreadsheet names ("A1:C1") or as `readXlsx` lists them (0-based, inclusive), so a
   * sheet read can be written back with its merges unchanged.
   */
  merges?: (string | MergedRange)[];
  widths?: number[];
  /** Rows at the top kept in view and shown in bold (headers). */
  headerRows?: number;
}

/**
 * Writes sheets to an .xlsx workbook (inline strings, bold frozen header rows, merged ranges). Used for
 * the templates of `dti init` and for the test fixtures; it opens in Excel and LibreOffice.
 *
 * @example writeXlsx([{ name: 'Số liệu', rows: [['Đơn vị', 'Tỷ lệ (%)'], ['Gia Lâm', 97.8]], headerRows: 1 }])
 */
export function writeXlsx(sheets: readonly SheetToWrite[]): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const activeTab = Math.max(
    0,
    sheets.findIndex((s) => s.active === true),
  );
  const sheetEntries = sheets.map((sheet, k) => {
    files[`xl/worksheets/sheet${k + 1}.xml`] = strToU8(worksheetXml(sheet));
    return { name: sheet.name, id: k + 1 };
  });
  files['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheetEntries
      .map(
        (s) =>
          `<Override PartName="/xl/worksheets/sheet${s.id}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('')}</Types>`,
  );
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${activeTab > 0 ? `<bookViews><workbookView activeTab="${activeTab}"/></bookViews>` : ''}<sheets>${sheetEntries
      .map((s) => `<sheet name="${escapeXml(s.name.slice(0, 31))}" sheetId="${s.id}" r:id="rId${s.id}"/>`)
      .join('')}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetEntries
      .map(
        (s) =>
          `<Relationship Id="rId${s.id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${s.id}.xml"/>`,
      )
      .join(
        '',
      )}<Relationship Id="rId${sheetEntries.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  );
  files['xl/styles.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`,
  );
  return zipSync(files, { level: 6 });
}

/** One worksheet part: frozen header rows, column widths, the cells and the merged ranges. */
function worksheetXml(sheet: SheetToWrite): string {
  const headerRows = sheet.headerRows ?? 0;
  const rows = sheet.rows
    .map((row, r) => `<row r="${r + 1}">${row.map((cell, c) => cellXml(cell, r, c, r < headerRows)).join('')}</row>`)
    .join('');
  const pane =
    headerRows > 0
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${headerRows}" topLeftCell="A${headerRows + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`
      : '';
  const cols = sheet.widths?.length
    ? `<cols>${sheet.widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
    : '';
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${mergeRef(sheet.name, m)}"/>`).join('')}</mergeCells>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${pane}${cols}<sheetData>${rows}</sheetData>${merges}</worksheet>`;
}

/** One cell: a number, a yes/no or an inline string (NFC), bold in a header row; nothing for an empty cell or a non-finite number. */
function cellXml(cell: SheetToWrite['rows'][number][number], r: number, c: number, header: boolean): string {
  if (cell === null || cell === undefined) return '';
  const ref = `${columnLetter(c)}${r + 1}`;
  const style = header ? ' s="1"' : '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? `<c r="${ref}"${style}><v>${cell}</v></c>` : '';
  if (typeof cell === 'boolean') return `<c r="${ref}"${style} t="b"><v>${cell ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell.normalize('NFC'))}</t></is></c>`;
}
