import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { type Cell, columnIndex, columnLetter, type Sheet } from './sheet.js';

// Office Open XML spreadsheets are zip files of XML parts. Reading them needs only a small, regular
// subset of XML, so the parts are scanned with regular expressions over the text: no DOM (absent in
// Node and workers), no XML library, and no entity expansion beyond the five predefined entities and
// numeric references (so no billion-laughs).

function decodeXml(text: string): string {
  return text
    .replace(/_x([0-9A-Fa-f]{4})_/gu, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/&(#x[0-9A-Fa-f]+|#\d+|amp|lt|gt|quot|apos);/gu, (_, ref: string) => {
      if (ref === 'amp') return '&';
      if (ref === 'lt') return '<';
      if (ref === 'gt') return '>';
      if (ref === 'quot') return '"';
      if (ref === 'apos') return "'";
      const code = ref.startsWith('#x') ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return String.fromCodePoint(code);
    });
}

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu))
    out.set(m[1] as string, decodeXml(m[2] ?? m[3] ?? ''));
  return out;
}

/** Concatenates the text runs of a rich-text element, leaving out phonetic runs. */
function textOf(xml: string): string {
  const withoutPhonetic = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/gu, '');
  let out = '';
  for (const m of withoutPhonetic.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/gu)) out += decodeXml(m[1] ?? '');
  return out;
}

function part(files: Record<string, Uint8Array>, path: string): string | undefined {
  const bytes = files[path];
  return bytes ? strFromU8(bytes) : undefined;
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.') out.push(p);
  }
  return out.join('/');
}

function parseRange(ref: string): [number, number, number, number] | undefined {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/u.exec(ref.toUpperCase());
  if (!m) return undefined;
  const c1 = columnIndex(m[1] as string);
  const r1 = Number(m[2]) - 1;
  const c2 = m[3] ? columnIndex(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  return [r1, c1, r2, c2];
}

function readWorksheet(xml: string, shared: readonly string[]): Cell[][] {
  const rows: Cell[][] = [];
  const data = /<sheetData\b[^>]*>([\s\S]*?)<\/sheetData>/u.exec(xml)?.[1] ?? '';
  let nextRow = 0;
  for (const rowMatch of data.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/gu)) {
    const rowAttrs = attributes(rowMatch[1] ?? '');
    const r = rowAttrs.has('r') ? Number(rowAttrs.get('r')) - 1 : nextRow;
    nextRow = r + 1;
    const row: Cell[] = [];
    let nextCol = 0;
    for (const c of (rowMatch[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/gu)) {
      const attrs = attributes(c[1] ?? '');
      const ref = attrs.get('r');
      const col = ref ? columnIndex(ref.replace(/\d+$/u, '')) : nextCol;
      nextCol = col + 1;
      const inner = c[2] ?? '';
      const v = /<v\b[^>]*>([\s\S]*?)<\/v>/u.exec(inner)?.[1];
      const type = attrs.get('t') ?? 'n';
      let value: Cell = null;
      if (type === 's') value = v === undefined ? null : (shared[Number(v)] ?? null);
      else if (type === 'inlineStr') value = textOf(/<is\b[^>]*>([\s\S]*?)<\/is>/u.exec(inner)?.[1] ?? '');
      else if (type === 'str' || type === 'e') value = v === undefined ? null : decodeXml(v);
      else if (type === 'b') value = v === undefined ? null : v.trim() === '1';
      else if (v !== undefined && v.trim() !== '') {
        const n = Number(v);
        value = Number.isFinite(n) ? n : decodeXml(v);
      }
      if (typeof value === 'string') value = value.normalize('NFC');
      if (value === '') value = null;
      row[col] = value;
    }
    rows[r] = Array.from(row, (x) => x ?? null);
  }
  const dense = Array.from(rows, (row) => row ?? []);
  // Merged cells: every cell of the range shows the top-left value, as the eye reads a merged header.
  for (const m of xml.matchAll(/<mergeCell\b([^>]*)\/?>/gu)) {
    const range = parseRange(attributes(m[1] ?? '').get('ref') ?? '');
    if (!range) continue;
    const [r1, c1, r2, c2] = range;
    const value = dense[r1]?.[c1] ?? null;
    for (let r = r1; r <= r2; r++) {
      const row = dense[r] ?? [];
      dense[r] = row;
      for (let c = c1; c <= c2; c++) row[c] = value;
    }
  }
  const width = Math.max(0, ...dense.map((row) => row.length));
  const out = dense.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
  while (out.length > 0 && (out[out.length - 1] as Cell[]).every((c) => c === null)) out.pop();
  return out;
}

/**
 * Reads an Excel workbook (.xlsx) into its sheets, in workbook order. Text is normalised to NFC;
 * numbers stored as numbers stay numbers; merged cells repeat their value over the merged range so a
 * merged header names every column under it. Formulas give their cached values.
 *
 * @example const [sheet] = readXlsx(new Uint8Array(await file.arrayBuffer()));
 */
export function readXlsx(bytes: Uint8Array): Sheet[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name.startsWith('xl/') });
  } catch (error) {
    throw new Error(`not an .xlsx workbook (the zip could not be read: ${(error as Error).message})`);
  }
  const workbook = part(files, 'xl/workbook.xml');
  if (!workbook) throw new Error('not an .xlsx workbook (no xl/workbook.xml)');
  const rels = new Map<string, string>();
  for (const m of (part(files, 'xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b([^>]*)\/?>/gu)) {
    const a = attributes(m[1] ?? '');
    rels.set(a.get('Id') ?? '', resolveTarget(a.get('Target') ?? ''));
  }
  const shared = [...(part(files, 'xl/sharedStrings.xml') ?? '').matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>/gu)].map((m) =>
    textOf(m[1] ?? '').normalize('NFC'),
  );
  const sheets: Sheet[] = [];
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/gu)) {
    const a = attributes(m[1] ?? '');
    const path = rels.get(a.get('r:id') ?? '') ?? '';
    const xml = part(files, path);
    if (xml === undefined) continue;
    sheets.push({
      name: (a.get('name') ?? `Sheet${sheets.length + 1}`).normalize('NFC'),
      rows: readWorksheet(xml, shared),
    });
  }
  return sheets;
}

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

/** A sheet to write: rows, optional merged ranges ("A1:C1"), column widths in characters. */
export interface SheetToWrite extends Sheet {
  merges?: string[];
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
  const sheetEntries = sheets.map((sheet, k) => {
    const headerRows = sheet.headerRows ?? 0;
    const rows = sheet.rows
      .map((row, r) => {
        const cells = row
          .map((cell, c) => {
            if (cell === null || cell === undefined) return '';
            const ref = `${columnLetter(c)}${r + 1}`;
            const style = r < headerRows ? ' s="1"' : '';
            if (typeof cell === 'number')
              return Number.isFinite(cell) ? `<c r="${ref}"${style}><v>${cell}</v></c>` : '';
            if (typeof cell === 'boolean') return `<c r="${ref}"${style} t="b"><v>${cell ? 1 : 0}</v></c>`;
            return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell.normalize('NFC'))}</t></is></c>`;
          })
          .join('');
        return `<row r="${r + 1}">${cells}</row>`;
      })
      .join('');
    const pane =
      headerRows > 0
        ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${headerRows}" topLeftCell="A${headerRows + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`
        : '';
    const cols = sheet.widths?.length
      ? `<cols>${sheet.widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
      : '';
    const merges = sheet.merges?.length
      ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
      : '';
    files[`xl/worksheets/sheet${k + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${pane}${cols}<sheetData>${rows}</sheetData>${merges}</worksheet>`,
    );
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
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheetEntries
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
