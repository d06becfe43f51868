import type { DtiIssue } from '../../validate/issue.js';
import { type Cell, columnLetter, type MergedRange } from '../sheet.js';
import { parseCellRef, parseRange, parseRowNumber } from './cell-ref.js';
import { dateText, percentOf } from './cell-value.js';
import { MAX_COLUMNS, tooManyCells } from './limits.js';
import type { NumberFormatKind } from './number-format.js';
import { richText } from './shared-strings.js';
import { attributes, decodeOfficeEscapes, nextTag, type Tag, textAt } from './xml.js';

/** What a worksheet part is read with: the workbook's shared strings, cell styles and date system. */
export interface WorksheetContext {
  /** The sheet's name, for messages. */
  sheet: string;
  /** The zip path of the part, for messages (e.g. `xl/worksheets/sheet1.xml`). */
  part: string;
  sharedStrings: readonly string[];
  styles: readonly NumberFormatKind[];
  date1904: boolean;
  maxCells: number;
}

/** At most this many problems of one kind are listed one by one; the rest are counted. */
const LISTED = 20;

/** The kinds of problem as `detail`, so messages in other languages need not parse the English. */
const PROBLEM_DETAILS: Record<string, string> = {
  'cell beyond column XFD': 'beyond-xfd',
  'cell written twice': 'written-twice',
  'unknown shared string': 'unknown-shared-string',
  'malformed row reference': 'bad-row-reference',
  'malformed cell reference': 'bad-cell-reference',
  'malformed merged range': 'bad-merged-range',
  'merged range over values': 'merge-over-values',
};

const isTrue = (value: string | undefined) => value === '1' || value === 'true';

/** Problems found while scanning, each kind listed up to {@link LISTED} times and then counted. */
class Findings {
  readonly issues: DtiIssue[] = [];
  private readonly counts = new Map<string, number>();

  add(kind: string, issue: DtiIssue): void {
    const n = (this.counts.get(kind) ?? 0) + 1;
    this.counts.set(kind, n);
    if (n <= LISTED) this.issues.push(issue);
  }

  summarise(context: WorksheetContext): void {
    for (const [kind, n] of this.counts)
      if (n > LISTED)
        this.issues.push({
          severity: 'warning',
          code: 'malformed-sheet',
          path: [],
          detail: 'more',
          value: String(n - LISTED),
          message: `${context.sheet} (${context.part}): ${n - LISTED} more problems like the ones above (${kind})`,
        });
  }
}

/**
 * Reads the cells of a worksheet part with a forward-only scan (linear in its size), applying number
 * formats: percent cells give the percentage shown, date cells their ISO date. Merged ranges repeat
 * their top-left value over the rows and columns that hold data, and are listed in `merges`. Refuses a sheet whose data spans
 * more than `maxCells` cells; reports malformed references, unknown shared strings and hidden rows.
 *
 * @example readWorksheet(xml, { sheet: 'Số liệu', part: 'xl/worksheets/sheet1.xml', sharedStrings, styles, date1904: false, maxCells: 20e6 })
 */
export function readWorksheet(
  xml: string,
  context: WorksheetContext,
): { rows: Cell[][]; issues: DtiIssue[]; merges: MergedRange[] } {
  const findings = new Findings();
  const where = `${context.sheet} (${context.part})`;
  const malformed = (kind: string, message: string, cell?: DtiIssue['cell'], at?: string) =>
    findings.add(kind, {
      severity: 'warning',
      code: 'malformed-sheet',
      path: [],
      ...(PROBLEM_DETAILS[kind] ? { detail: PROBLEM_DETAILS[kind] } : {}),
      ...(at !== undefined ? { value: at } : {}),
      message: `${where}: ${message}`,
      ...(cell ? { cell } : {}),
    });

  const sparse: Cell[][] = [];
  const hiddenRows: number[] = [];
  let cellCount = 0;
  let lastRow = -1;
  let width = 0;
  let rowIndex = -1;
  let nextRow = 0;
  let nextCol = 0;

  const refText = (row: number, col: number) =>
    col < MAX_COLUMNS ? `${columnLetter(col)}${row + 1}` : `column ${col + 1} of row ${row + 1}`;
  const place = (row: number, col: number, value: Cell) => {
    if (col >= MAX_COLUMNS) {
      malformed(
        'cell beyond column XFD',
        `a cell past column XFD (${refText(row, col)}) holding ${JSON.stringify(value)} was left out: Excel has no such column`,
        undefined,
        refText(row, col),
      );
      return;
    }
    let cells = sparse[row];
    if (!cells) {
      cells = [];
      sparse[row] = cells;
    }
    if (cells[col] !== undefined)
      malformed(
        'cell written twice',
        `cell ${columnLetter(col)}${row + 1} appears twice; the later value ${JSON.stringify(value)} is kept`,
        undefined,
        `${columnLetter(col)}${row + 1}`,
      );
    else if (++cellCount > context.maxCells)
      throw tooManyCells(context.part, 'the sheet holds more than that many values', cellCount, context.maxCells);
    cells[col] = value;
    if (row > lastRow) lastRow = row;
    if (col + 1 > width) width = col + 1;
  };

  const cellValue = (
    a: Map<string, string>,
    v: string | undefined,
    inline: string | undefined,
    row: number,
    col: number,
  ): Cell => {
    const type = a.get('t') ?? 'n';
    const ref = refText(row, col);
    const location = (text: string) =>
      col < MAX_COLUMNS ? { sheet: context.sheet, row: row + 1, column: columnLetter(col), text } : undefined;
    if (type === 's') {
      const index = v?.trim() ?? '';
      if (index === '') return null;
      const text = /^\d{1,10}$/u.test(index) ? context.sharedStrings[Number(index)] : undefined;
      if (text === undefined)
        malformed(
          'unknown shared string',
          `cell ${ref} refers to shared string ${JSON.stringify(index)}, which does not exist (the workbook has ${context.sharedStrings.length}); it was read as empty`,
          location(index),
          ref,
        );
      return text ?? null;
    }
    if (type === 'inlineStr') return inline ?? (v === undefined ? null : decodeOfficeEscapes(v));
    if (type === 'b') {
      const t = v?.trim();
      return t === '1' || t === 'true' ? true : t === '0' || t === 'false' ? false : (t ?? null);
    }
    if (type === 'str' || type === 'e' || type === 'd') return v === undefined ? null : decodeOfficeEscapes(v);
    if (v === undefined || v.trim() === '') return null;
    const n = Number(v);
    if (!Number.isFinite(n)) return v;
    const kind = context.styles[Number(a.get('s') ?? 0)] ?? 'plain';
    if (kind === 'plain') return n;
    if (kind === 'percent') return percentOf(v);
    if (kind === 'boolean') return n !== 0;
    const date = dateText(n, kind, context.date1904);
    if (date === undefined)
      findings.add('date out of range', {
        severity: 'warning',
        code: 'unreadable-cell',
        path: [],
        message: `${where}: cell ${ref} holds ${v} in a date format, which is no date Excel can show (before 1900 or after 9999); it was read as empty`,
        ...(location(v) ? { cell: location(v) } : {}),
      });
    return date ?? null;
  };

  let tag = nextTag(xml, 0);
  while (tag && tag.name !== 'sheetData') tag = nextTag(xml, tag.end);
  const hasCells = tag !== undefined && !tag.closing && !tag.selfClosing;
  if (tag) tag = nextTag(xml, tag.end);
  while (tag && hasCells) {
    if (tag.name === 'sheetData' && tag.closing) break;
    if (tag.name === 'row' && !tag.closing) {
      const a = attributes(tag.attributeText);
      const r = a.get('r');
      const parsed = r === undefined ? undefined : parseRowNumber(r.trim());
      if (r !== undefined && parsed === undefined)
        malformed(
          'malformed row reference',
          `row reference r=${JSON.stringify(r)} is not a row number from 1 to 1048576; its cells were read as row ${nextRow + 1}, after the previous row`,
          undefined,
          JSON.stringify(r),
        );
      rowIndex = parsed ?? nextRow;
      nextRow = rowIndex + 1;
      nextCol = 0;
      if (isTrue(a.get('hidden'))) hiddenRows.push(rowIndex);
    } else if (tag.name === 'c' && !tag.closing) {
      if (rowIndex < 0) {
        rowIndex = nextRow;
        nextRow++;
      }
      if (tag.selfClosing && !tag.attributeText.includes('r=')) {
        // An empty cell without a reference only moves the position: the common filler, kept cheap.
        nextCol++;
        tag = nextTag(xml, tag.end);
        continue;
      }
      const a = attributes(tag.attributeText);
      const r = a.get('r');
      const parsed = r === undefined ? undefined : parseCellRef(r.trim());
      let col = nextCol;
      if (parsed) col = parsed.col;
      else if (r !== undefined)
        malformed(
          'malformed cell reference',
          `cell reference r=${JSON.stringify(r)} in row ${rowIndex + 1} is not a cell from A1 to XFD1048576; its value was read at the next position, ${col < MAX_COLUMNS ? columnLetter(col) : 'after XFD'}${rowIndex + 1}`,
          undefined,
          JSON.stringify(r),
        );
      nextCol = col + 1;
      let v: string | undefined;
      let inline: string | undefined;
      let formula = false;
      let stop: Tag | undefined;
      if (!tag.selfClosing) {
        for (let inner = nextTag(xml, tag.end); inner; inner = nextTag(xml, inner.end)) {
          if (inner.name === 'c' && inner.closing) break;
          if (inner.name === 'c' || inner.name === 'row' || inner.name === 'sheetData') {
            // An unclosed cell: the tag found belongs to the outer scan.
            stop = inner;
            break;
          }
          if (inner.name === 'f' && !inner.closing) formula = true;
          if (inner.name === 'v' && !inner.closing && !inner.selfClosing) {
            const read = textAt(xml, inner.end);
            v = read.text;
          } else if (inner.name === 'is' && !inner.closing && !inner.selfClosing) {
            const read = richText(xml, inner.end, 'is');
            inline = read.text;
            inner = { ...inner, end: read.end };
          }
          tag = inner;
        }
      }
      let value = cellValue(a, v, inline, rowIndex, col);
      if (typeof value === 'string') {
        value = value.normalize('NFC');
        if (value === '') value = null;
      }
      if (value !== null) place(rowIndex, col, value);
      else if (formula && (v === undefined || v.trim() === '') && col < MAX_COLUMNS)
        // Programs that write workbooks without calculating them (openpyxl, many exporters) leave
        // formulas without a saved result: the cell looks full in Excel and is empty to a reader.
        findings.add('formula without value', {
          severity: 'warning',
          code: 'unreadable-cell',
          path: [],
          message: `${where}: cell ${refText(rowIndex, col)} holds a formula with no saved result (the program that wrote the file did not calculate it); it was read as empty: open the file in Excel or LibreOffice and save it again`,
          cell: { sheet: context.sheet, row: rowIndex + 1, column: columnLetter(col), text: '' },
        });
      if (stop) {
        tag = stop;
        continue;
      }
    }
    if (tag.name === 'row' && tag.closing) rowIndex = -1;
    tag = nextTag(xml, tag.end);
  }

  const rows = lastRow + 1;
  if (rows * width > context.maxCells)
    throw tooManyCells(
      context.part,
      `its data spans A1:${columnLetter(width - 1)}${rows} (${rows.toLocaleString('en-US')} rows × ${width.toLocaleString('en-US')} columns)`,
      rows * width,
      context.maxCells,
    );

  // Merged cells: every cell of the range shows the top-left value, as the eye reads a merged
  // header; ranges are clamped to the rows and columns holding data, so A1:XFD1048576 costs nothing.
  // Excel keeps only the top-left value when it merges, so a range over cells with their own values
  // is no Excel merge: those values are read as they are, and the range is not filled.
  const merges: MergedRange[] = [];
  let filled = 0;
  for (; tag; tag = nextTag(xml, tag.end)) {
    if (tag.name !== 'mergeCell' || tag.closing) continue;
    const ref = attributes(tag.attributeText).get('ref') ?? '';
    const range = parseRange(ref.trim());
    if (!range) {
      malformed(
        'malformed merged range',
        `merged range ${JSON.stringify(ref)} is not a range of cells; it was ignored`,
        undefined,
        JSON.stringify(ref),
      );
      continue;
    }
    const [from, to] = range;
    const value = sparse[from.row]?.[from.col];
    if (value === undefined) continue;
    const lastR = Math.min(to.row, lastRow);
    const lastC = Math.min(to.col, width - 1);
    filled += (lastR - from.row + 1) * (lastC - from.col + 1);
    if (filled > context.maxCells)
      throw tooManyCells(context.part, 'its merged ranges cover', filled, context.maxCells);
    const own = ownValueIn(sparse, from.row, from.col, lastR, lastC);
    if (own) {
      malformed(
        'merged range over values',
        `merged range ${ref.trim()} covers cells with their own values (${own}); Excel would show only the top-left cell: every cell is read as it is`,
        undefined,
        ref.trim(),
      );
      continue;
    }
    if (lastR > from.row || lastC > from.col)
      merges.push({ top: from.row, left: from.col, bottom: lastR, right: lastC });
    for (let r = from.row; r <= lastR; r++) {
      let cells = sparse[r];
      if (!cells) {
        cells = [];
        sparse[r] = cells;
      }
      for (let c = from.col; c <= lastC; c++) cells[c] = value;
    }
  }

  const out: Cell[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row: Cell[] = new Array(width).fill(null);
    const cells = sparse[r];
    if (cells) for (let c = 0; c < cells.length; c++) row[c] = cells[c] ?? null;
    out[r] = row;
  }

  const hiddenWithData = hiddenRows.filter((r) => sparse[r]?.some((c) => c !== undefined && c !== null));
  if (hiddenWithData.length > 0) {
    const numbers = hiddenWithData.map((r) => r + 1);
    const shown = numbers.slice(0, LISTED).join(', ');
    const more = numbers.length > LISTED ? ` and ${numbers.length - LISTED} more` : '';
    findings.issues.push({
      severity: 'warning',
      code: 'hidden-row',
      path: [],
      // The rows by number, and the first as the cell to look at, for messages in other languages.
      value: numbers,
      cell: { sheet: context.sheet, row: numbers[0] as number, column: 'A', text: '' },
      message: `${context.sheet}: row${numbers.length === 1 ? '' : 's'} ${shown}${more} ${numbers.length === 1 ? 'is' : 'are'} hidden in the workbook and ${numbers.length === 1 ? 'was' : 'were'} read as data; unhide ${numbers.length === 1 ? 'it' : 'them'} to check`,
    });
  }
  findings.summarise(context);
  return { rows: out, issues: findings.issues, merges };
}

/** The first cell of a range, other than its top-left, that holds a value of its own, as `B2`. */
function ownValueIn(sparse: Cell[][], top: number, left: number, bottom: number, right: number): string | undefined {
  for (let r = top; r <= bottom; r++) {
    const cells = sparse[r];
    if (!cells) continue;
    const end = Math.min(right, cells.length - 1);
    for (let c = left; c <= end; c++)
      if ((r !== top || c !== left) && cells[c] !== undefined && cells[c] !== null) return `${columnLetter(c)}${r + 1}`;
  }
  return undefined;
}
