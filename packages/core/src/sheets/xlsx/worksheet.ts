import { clip, type DtiIssue } from '../../validate/issue.js';
import { type Cell, cellKey, columnLetter, type MergedRange } from '../sheet.js';
import { FORMULA_WITHOUT_VALUE } from '../sheet-issues.js';
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

/** A worksheet as read: its rows, its problems, its merged ranges, and what its percent cells store. */
export interface WorksheetRead {
  rows: Cell[][];
  issues: DtiIssue[];
  merges: MergedRange[];
  /** The number each percent-formatted cell stores, by {@link cellKey} (a sheet's `percentCells`). */
  percentCells: ReadonlyMap<number, number>;
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
export function readWorksheet(xml: string, context: WorksheetContext): WorksheetRead {
  const reader = new WorksheetReader(context);
  reader.push(xml);
  return reader.finish();
}

/** Text read at once: rows are read in windows of about this many characters. */
const WINDOW = 1 << 20;
const SHEET_DATA = /<(?:[\w.-]+:)?sheetData[\s/>]/u;
const ROW_END = /^<\/(?:[\w.-]+:)?row\s*>$/u;
/** A row's end tag anywhere in a piece of text: where a window of whole rows can end. */
const ANY_ROW_END = /<\/(?:[\w.-]+:)?row\s*>/u;
/** Characters of one piece kept to find a tag that a piece boundary cuts in two (a prefixed tag name is short). */
const OVERLAP = 256;

/**
 * {@link readWorksheet} for a part given in pieces, as it inflates ({@link inflateText}): the rows are
 * read in windows of whole rows, so neither the part's bytes nor its whole text are held at once (a
 * worksheet of 200 MB of XML was read with both, 400 MB, before a cell was placed).
 *
 * @example const reader = new WorksheetReader(context); inflateText(bytes, entry, budget, (t) => reader.push(t)); reader.finish();
 */
export class WorksheetReader {
  readonly #scan: WorksheetScan;
  readonly #context: WorksheetContext;
  readonly #hiddenColumns: [number, number][] = [];
  #state: 'prelude' | 'cells' | 'tail' = 'prelude';
  /** Text not read yet, from the start of a row (or of the part); `#pending` follows it. */
  #text = '';
  /**
   * Pieces received since, kept apart until one holds a place to cut (the `<sheetData>` tag, a row's
   * end): joining them on every piece would copy a row of hundreds of megabytes, which a hostile file
   * can write, once per piece.
   */
  #pending: string[] = [];
  #pendingLength = 0;
  /** The end of the text received, searched with the next piece for a tag the boundary cuts. */
  #overlap = '';
  /** Whether the pending pieces hold a place to cut. */
  #cutSeen = false;

  constructor(context: WorksheetContext) {
    this.#context = context;
    this.#scan = new WorksheetScan(context);
  }

  /** Reads the next piece of the part's text. */
  push(text: string): void {
    this.#pending.push(text);
    this.#pendingLength += text.length;
    const probe = this.#overlap + text;
    this.#overlap = probe.slice(-OVERLAP);
    if (this.#state === 'tail') return;
    if (!this.#cutSeen) this.#cutSeen = (this.#state === 'prelude' ? SHEET_DATA : ANY_ROW_END).test(probe);
    if (!this.#cutSeen || this.#text.length + this.#pendingLength < WINDOW) return;
    this.#join();
    this.#cutSeen = false;
    if (this.#state === 'prelude') {
      this.#prelude(false);
      // The tag's '>' may not have come yet: look again with the next piece.
      if (this.#state === 'prelude') this.#cutSeen = true;
    }
    if (this.#state === 'cells' && this.#text.length >= WINDOW) this.#cells(false);
  }

  /** The pending pieces appended to the text not read yet. */
  #join(): void {
    if (this.#pending.length === 0) return;
    this.#text += this.#pending.join('');
    this.#pending = [];
    this.#pendingLength = 0;
  }

  /** Reads what is left and gives the sheet. */
  finish(): WorksheetRead {
    this.#join();
    if (this.#state === 'prelude') this.#prelude(true);
    if (this.#state === 'cells') this.#cells(true);
    const scan = this.#scan;
    const context = this.#context;
    scan.refuseTooLarge();
    const tail = this.#state === 'tail' ? this.#text : '';
    this.#text = '';
    const merges = scan.readMerges(tail, nextTag(tail, 0));
    const hidden = hiddenRowsIssue(scan.sparse, scan.hiddenRows, context.sheet);
    if (hidden) scan.findings.issues.push(hidden);
    const hiddenCols = hiddenColumnsIssue(scan.sparse, this.#hiddenColumns, scan.width, context.sheet);
    if (hiddenCols) scan.findings.issues.push(hiddenCols);
    // Last: the sparse rows are let go as the dense ones are made.
    const rows = denseRows(scan.sparse, scan.lastRow + 1, scan.width);
    scan.findings.summarise(context);
    return { rows, issues: scan.findings.issues, merges, percentCells: scan.percentCells };
  }

  /** The columns before `<sheetData>`, once its tag is whole (or at the end): then the cells, or the tail. */
  #prelude(end: boolean): void {
    const xml = this.#text;
    const at = xml.search(SHEET_DATA);
    if (!end && (at < 0 || xml.indexOf('>', at) < 0)) return;
    let tag = nextTag(xml, 0);
    while (tag && tag.name !== 'sheetData') {
      if (tag.name === 'col' && !tag.closing) hiddenColumnRange(tag, this.#hiddenColumns);
      tag = nextTag(xml, tag.end);
    }
    if (!tag) {
      this.#text = '';
      this.#state = 'tail';
      return;
    }
    this.#text = xml.slice(tag.end);
    this.#state = !tag.closing && !tag.selfClosing ? 'cells' : 'tail';
  }

  /** The rows read so far, up to the last whole one (all, at the end); past `</sheetData>`, the tail. */
  #cells(end: boolean): void {
    const xml = this.#text;
    const cut = end ? xml.length : lastRowEnd(xml);
    if (cut <= 0) return;
    const window = cut === xml.length ? xml : xml.slice(0, cut);
    const rest = cut === xml.length ? '' : xml.slice(cut);
    const closing = this.#scan.readCells(window, nextTag(window, 0));
    if (closing) {
      this.#text = window.slice(closing.end) + rest;
      this.#state = 'tail';
    } else this.#text = end ? '' : rest;
  }
}

/** Where the text after the last `</row>` starts, or -1 when it has none. */
function lastRowEnd(xml: string): number {
  let gt = xml.lastIndexOf('row>');
  while (gt >= 0) {
    const lt = xml.lastIndexOf('<', gt);
    if (lt >= 0 && ROW_END.test(xml.slice(lt, gt + 4))) return gt + 4;
    gt = xml.lastIndexOf('row>', gt - 1);
  }
  return -1;
}

/** What the children of one `<c>` element hold, and where the scan goes on. */
interface CellContent {
  /** The text of `<v>`, if any. */
  v: string | undefined;
  /** The rich text of `<is>` (an inline string), if any. */
  inline: string | undefined;
  /** Whether the cell has an `<f>` (formula). */
  formula: boolean;
  /** The text of its `<f>`, e.g. `C2+40` (empty for a shared formula's other cells, which give none). */
  formulaText: string;
  /** The last tag that belonged to the cell. */
  last: Tag;
  /** A tag that opened before the cell was closed (`<c>`, `<row>`, `<sheetData>`): the outer scan resumes there. */
  stop: Tag | undefined;
}

/**
 * The state of one forward scan of a worksheet: the cells placed so far (sparse, by row and column),
 * the current position, the hidden rows and the problems found.
 */
class WorksheetScan {
  readonly findings = new Findings();
  /** The values by row and column; a hole is an empty cell. */
  readonly sparse: Cell[][] = [];
  readonly hiddenRows: number[] = [];
  /** The number each percent-formatted cell stores, by {@link cellKey}. */
  readonly percentCells = new Map<number, number>();
  /** The last row and the width (columns) that hold a value. */
  lastRow = -1;
  width = 0;
  private cellCount = 0;
  /** The row being read (-1 between rows), and where a row or cell without a reference goes. */
  private rowIndex = -1;
  private nextRow = 0;
  private nextCol = 0;
  private readonly where: string;

  constructor(private readonly context: WorksheetContext) {
    this.where = `${context.sheet} (${context.part})`;
  }

  /** Reads the rows and cells of `<sheetData>` from `tag` on; returns `</sheetData>`, or undefined at the end of the text. */
  readCells(xml: string, from: Tag | undefined): Tag | undefined {
    let tag = from;
    while (tag) {
      if (tag.name === 'sheetData' && tag.closing) break;
      if (tag.name === 'c' && !tag.closing) {
        tag = this.readCell(xml, tag);
        continue;
      }
      if (tag.name === 'row') {
        if (tag.closing) this.rowIndex = -1;
        else this.startRow(tag);
      }
      tag = nextTag(xml, tag.end);
    }
    return tag;
  }

  /** Refuses a sheet whose data spans more than `maxCells` cells (counting the empty ones in between). */
  refuseTooLarge(): void {
    const rows = this.lastRow + 1;
    const { width, context } = this;
    if (rows * width > context.maxCells)
      throw tooManyCells(
        context.part,
        `its data spans A1:${columnLetter(width - 1)}${rows} (${rows.toLocaleString('en-US')} rows × ${width.toLocaleString('en-US')} columns)`,
        rows * width,
        context.maxCells,
      );
  }

  /**
   * Reads the `<mergeCell>` elements from `tag` on and fills each range with its top-left value.
   * Every cell of the range shows the top-left value, as the eye reads a merged header; ranges are
   * clamped to the rows and columns holding data, so A1:XFD1048576 costs nothing. Excel keeps only the
   * top-left value when it merges, so a range over cells with their own values is no Excel merge:
   * those values are read as they are, and the range is not filled.
   */
  readMerges(xml: string, from: Tag | undefined): MergedRange[] {
    const merges: MergedRange[] = [];
    let filled = 0;
    for (let tag = from; tag; tag = nextTag(xml, tag.end)) {
      if (tag.name !== 'mergeCell' || tag.closing) continue;
      const ref = attributes(tag.attributeText).get('ref') ?? '';
      const range = parseRange(ref.trim());
      if (!range) {
        this.malformed(
          'malformed merged range',
          `merged range ${JSON.stringify(ref)} is not a range of cells; it was ignored`,
          undefined,
          JSON.stringify(ref),
        );
        continue;
      }
      const [from, to] = range;
      if (this.sparse[from.row]?.[from.col] === undefined) continue;
      const merge = {
        top: from.row,
        left: from.col,
        bottom: Math.min(to.row, this.lastRow),
        right: Math.min(to.col, this.width - 1),
      };
      filled += (merge.bottom - merge.top + 1) * (merge.right - merge.left + 1);
      if (filled > this.context.maxCells)
        throw tooManyCells(this.context.part, 'its merged ranges cover', filled, this.context.maxCells);
      if (this.fillMerge(merge, ref.trim()) && (merge.bottom > merge.top || merge.right > merge.left))
        merges.push(merge);
    }
    return merges;
  }

  /** Repeats the top-left value over a range, unless other cells of it hold values (then reported); whether it filled. */
  private fillMerge(merge: MergedRange, ref: string): boolean {
    const { top, left, bottom, right } = merge;
    const own = ownValueIn(this.sparse, top, left, bottom, right);
    if (own) {
      this.malformed(
        'merged range over values',
        `merged range ${ref} covers cells with their own values (${own}); Excel would show only the top-left cell: every cell is read as it is`,
        undefined,
        ref,
        `vùng gộp ${ref} phủ lên các ô có giá trị riêng (${own}); Excel chỉ hiện ô trên cùng bên trái: mọi ô được đọc như trong tệp`,
      );
      return false;
    }
    const value = this.sparse[top]?.[left] as Cell;
    for (let r = top; r <= bottom; r++) {
      let cells = this.sparse[r];
      if (!cells) {
        cells = [];
        this.sparse[r] = cells;
      }
      for (let c = left; c <= right; c++) cells[c] = value;
    }
    return true;
  }

  /** A `<row>` start tag: where its cells go (its `r`, or after the previous row), and whether it is hidden. */
  private startRow(tag: Tag): void {
    const a = attributes(tag.attributeText);
    const r = a.get('r');
    const parsed = r === undefined ? undefined : parseRowNumber(r.trim());
    if (r !== undefined && parsed === undefined)
      this.malformed(
        'malformed row reference',
        `row reference r=${JSON.stringify(r)} is not a row number from 1 to 1048576; its cells were read as row ${this.nextRow + 1}, after the previous row`,
        undefined,
        JSON.stringify(r),
      );
    this.rowIndex = parsed ?? this.nextRow;
    this.nextRow = this.rowIndex + 1;
    this.nextCol = 0;
    if (isTrue(a.get('hidden'))) this.hiddenRows.push(this.rowIndex);
  }

  /** Reads one `<c>` element and places its value; returns the tag the outer scan goes on from. */
  private readCell(xml: string, tag: Tag): Tag | undefined {
    if (this.rowIndex < 0) {
      this.rowIndex = this.nextRow;
      this.nextRow++;
    }
    if (tag.selfClosing && !tag.attributeText.includes('r=')) {
      // An empty cell without a reference only moves the position: the common filler, kept cheap.
      this.nextCol++;
      return nextTag(xml, tag.end);
    }
    const a = attributes(tag.attributeText);
    const row = this.rowIndex;
    const col = this.cellColumn(a.get('r'));
    const content = cellContent(xml, tag);
    let value = this.cellValue(a, content.v, content.inline, row, col);
    if (typeof value === 'string') {
      value = value.normalize('NFC');
      if (value === '') value = null;
    }
    if (value !== null) this.place(row, col, value);
    else if (content.formula && (content.v === undefined || content.v.trim() === '') && col < MAX_COLUMNS)
      this.formulaWithoutValue(row, col, content.formulaText);
    return content.stop ?? nextTag(xml, content.last.end);
  }

  /** The column of a cell: its reference `r`, or the next position when it has none or a malformed one. */
  private cellColumn(r: string | undefined): number {
    const parsed = r === undefined ? undefined : parseCellRef(r.trim());
    let col = this.nextCol;
    if (parsed) col = parsed.col;
    else if (r !== undefined)
      this.malformed(
        'malformed cell reference',
        `cell reference r=${JSON.stringify(r)} in row ${this.rowIndex + 1} is not a cell from A1 to XFD1048576; its value was read at the next position, ${col < MAX_COLUMNS ? columnLetter(col) : 'after XFD'}${this.rowIndex + 1}`,
        undefined,
        JSON.stringify(r),
      );
    this.nextCol = col + 1;
    return col;
  }

  /**
   * Programs that write workbooks without calculating them (openpyxl, many exporters) leave formulas
   * without a saved result: the cell looks full in Excel and is empty to a reader. The issue carries
   * the formula as its `value`; the layout names the unit and indicator of the cell when it reads it.
   */
  private formulaWithoutValue(row: number, col: number, formula: string): void {
    const shown = formula ? `, =${formula}` : '';
    this.findings.add('formula without value', {
      severity: 'warning',
      code: 'unreadable-cell',
      detail: FORMULA_WITHOUT_VALUE,
      path: [],
      value: formula,
      message: `${this.where}: cell ${refText(row, col)} holds a formula with no saved result${shown} (the program that wrote the file did not calculate it); it was read as empty: open the file in Excel or LibreOffice and save it, so that the results are stored`,
      messageVi: `${this.where}: ô ${refText(row, col)} có công thức chưa có kết quả được lưu${shown} (chương trình ghi tệp không tính công thức); ô được đọc là trống: hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại để kết quả được lưu trong tệp`,
      cell: { sheet: this.context.sheet, row: row + 1, column: columnLetter(col), text: '' },
    });
  }

  /** Keeps a value at (row, col), reporting a column past XFD, a cell given twice and a sheet over `maxCells`. */
  private place(row: number, col: number, value: Cell): void {
    if (col >= MAX_COLUMNS) {
      this.malformed(
        'cell beyond column XFD',
        `a cell past column XFD (${refText(row, col)}) holding ${JSON.stringify(value)} was left out: Excel has no such column`,
        undefined,
        refText(row, col),
      );
      return;
    }
    let cells = this.sparse[row];
    if (!cells) {
      cells = [];
      this.sparse[row] = cells;
    }
    if (cells[col] !== undefined)
      this.malformed(
        'cell written twice',
        `cell ${columnLetter(col)}${row + 1} appears twice; the later value ${JSON.stringify(value)} is kept`,
        undefined,
        `${columnLetter(col)}${row + 1}`,
      );
    else if (++this.cellCount > this.context.maxCells)
      throw tooManyCells(
        this.context.part,
        'the sheet holds more than that many values',
        this.cellCount,
        this.context.maxCells,
      );
    cells[col] = value;
    if (row > this.lastRow) this.lastRow = row;
    if (col + 1 > this.width) this.width = col + 1;
  }

  /** The value of a cell from its type `t`, its `<v>` or inline string, and its number format. */
  private cellValue(
    a: Map<string, string>,
    v: string | undefined,
    inline: string | undefined,
    row: number,
    col: number,
  ): Cell {
    const type = a.get('t') ?? 'n';
    if (type === 's') return this.sharedString(v, row, col);
    if (type === 'inlineStr') return inline ?? (v === undefined ? null : decodeOfficeEscapes(v));
    if (type === 'b') {
      const t = v?.trim();
      return t === '1' || t === 'true' ? true : t === '0' || t === 'false' ? false : (t ?? null);
    }
    if (type === 'str' || type === 'e' || type === 'd') return v === undefined ? null : decodeOfficeEscapes(v);
    if (v === undefined || v.trim() === '') return null;
    const n = Number(v);
    if (!Number.isFinite(n)) return v;
    const kind = this.context.styles[Number(a.get('s') ?? 0)] ?? 'plain';
    if (kind === 'plain') return n;
    if (kind === 'percent') {
      if (col < MAX_COLUMNS) this.percentCells.set(cellKey(row, col), n);
      return percentOf(v);
    }
    if (kind === 'boolean') return n !== 0;
    const date = dateText(n, kind, this.context.date1904);
    if (date === undefined) this.dateOutOfRange(v, row, col);
    return date ?? null;
  }

  /** The shared string a cell of type `s` points to; an index the workbook lacks is reported and read as empty. */
  private sharedString(v: string | undefined, row: number, col: number): Cell {
    const { sharedStrings } = this.context;
    const index = v?.trim() ?? '';
    if (index === '') return null;
    const text = /^\d{1,10}$/u.test(index) ? sharedStrings[Number(index)] : undefined;
    if (text === undefined)
      this.malformed(
        'unknown shared string',
        `cell ${refText(row, col)} refers to shared string ${JSON.stringify(index)}, which does not exist (the workbook has ${sharedStrings.length}); it was read as empty`,
        this.location(row, col, index),
        refText(row, col),
      );
    return text ?? null;
  }

  private dateOutOfRange(v: string, row: number, col: number): void {
    const cell = this.location(row, col, v);
    this.findings.add('date out of range', {
      severity: 'warning',
      code: 'unreadable-cell',
      path: [],
      message: `${this.where}: cell ${refText(row, col)} holds ${v} in a date format, which is no date Excel can show (before 1900 or after 9999); it was read as empty`,
      ...(cell ? { cell } : {}),
    });
  }

  /** The cell a message points to, when it has a column letter. */
  private location(row: number, col: number, text: string): DtiIssue['cell'] {
    return col < MAX_COLUMNS ? { sheet: this.context.sheet, row: row + 1, column: columnLetter(col), text } : undefined;
  }

  /** Lists a malformed part of the sheet (up to {@link LISTED} of a kind), with its kind as `detail`. */
  /**
   * Records a problem of the sheet. `vi` is the Vietnamese message when it names more than the issue's
   * fields carry (the cell holding its own value under a merge); it gets the same sheet and part.
   */
  private malformed(kind: string, message: string, cell?: DtiIssue['cell'], at?: string, vi?: string): void {
    this.findings.add(kind, {
      severity: 'warning',
      code: 'malformed-sheet',
      path: [],
      ...(PROBLEM_DETAILS[kind] ? { detail: PROBLEM_DETAILS[kind] } : {}),
      ...(at !== undefined ? { value: at } : {}),
      message: `${this.where}: ${message}`,
      ...(vi !== undefined ? { messageVi: `${this.where}: ${vi}` } : {}),
      ...(cell ? { cell } : {}),
    });
  }
}

/** A cell's reference for messages: `B7`, or `column 16385 of row 7` past XFD. */
function refText(row: number, col: number): string {
  return col < MAX_COLUMNS ? `${columnLetter(col)}${row + 1}` : `column ${col + 1} of row ${row + 1}`;
}

/** Reads the children of a `<c>` start tag: its `<v>`, its inline `<is>` and whether it has a formula. */
function cellContent(xml: string, tag: Tag): CellContent {
  const content: CellContent = {
    v: undefined,
    inline: undefined,
    formula: false,
    formulaText: '',
    last: tag,
    stop: undefined,
  };
  if (tag.selfClosing) return content;
  for (let inner = nextTag(xml, tag.end); inner; inner = nextTag(xml, inner.end)) {
    if (inner.name === 'c' && inner.closing) break;
    if (inner.name === 'c' || inner.name === 'row' || inner.name === 'sheetData') {
      // An unclosed cell: the tag found belongs to the outer scan.
      content.stop = inner;
      break;
    }
    if (inner.name === 'f' && !inner.closing) {
      content.formula = true;
      if (!inner.selfClosing) content.formulaText = clip(textAt(xml, inner.end).text.trim());
    }
    if (inner.name === 'v' && !inner.closing && !inner.selfClosing) {
      content.v = textAt(xml, inner.end).text;
    } else if (inner.name === 'is' && !inner.closing && !inner.selfClosing) {
      const read = richText(xml, inner.end, 'is');
      content.inline = read.text;
      inner = { ...inner, end: read.end };
    }
    content.last = inner;
  }
  return content;
}

/**
 * The sparse cells as `rows` full rows of `width` cells, `null` where a cell is empty. Each sparse row
 * is let go once copied, so the sheet is never held twice (100 MB more for 5 million cells).
 */
function denseRows(sparse: (Cell[] | undefined)[], rows: number, width: number): Cell[][] {
  const out: Cell[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row: Cell[] = new Array(width).fill(null);
    const cells = sparse[r];
    if (cells) for (let c = 0; c < cells.length; c++) row[c] = cells[c] ?? null;
    sparse[r] = undefined;
    out[r] = row;
  }
  return out;
}

/** One warning for the hidden rows that hold data (read as data all the same), or undefined when there are none. */
function hiddenRowsIssue(
  sparse: readonly (Cell[] | undefined)[],
  hiddenRows: readonly number[],
  sheet: string,
): DtiIssue | undefined {
  const hiddenWithData = hiddenRows.filter((r) => sparse[r]?.some((c) => c !== undefined && c !== null));
  if (hiddenWithData.length === 0) return undefined;
  const numbers = hiddenWithData.map((r) => r + 1);
  return hiddenIssue('hidden-row', sheet, numbers, { row: numbers[0] as number, column: 'A' });
}

/**
 * The warning that rows or columns hidden in the workbook hold data, read as data all the same: `list`
 * the rows by number or the columns by letter (the first few named), `first` the cell to look at.
 * `value` holds the list, for messages in other languages.
 */
function hiddenIssue(
  code: 'hidden-row' | 'hidden-column',
  sheet: string,
  list: readonly (number | string)[],
  first: { row: number; column: string },
): DtiIssue {
  const noun = code === 'hidden-row' ? 'row' : 'column';
  const one = list.length === 1;
  const shown = list.slice(0, LISTED).join(', ');
  const more = list.length > LISTED ? ` and ${list.length - LISTED} more` : '';
  return {
    severity: 'warning',
    code,
    path: [],
    value: [...list],
    cell: { sheet, ...first, text: '' },
    message: `${sheet}: ${noun}${one ? '' : 's'} ${shown}${more} ${one ? 'is' : 'are'} hidden in the workbook and ${one ? 'was' : 'were'} read as data; unhide ${one ? 'it' : 'them'} to check`,
  };
}

/** Adds the columns a `<col min max hidden="1">` hides, 0-based and inclusive, to `ranges`. */
function hiddenColumnRange(tag: Tag, ranges: [number, number][]): void {
  const a = attributes(tag.attributeText);
  if (!isTrue(a.get('hidden'))) return;
  const min = Number(a.get('min'));
  const max = Number(a.get('max') ?? min);
  if (Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max >= min) ranges.push([min - 1, max - 1]);
}

/**
 * One warning for the hidden columns that hold data (read as data all the same, as hidden rows are),
 * or undefined when there are none. A `<col>` may hide every column to XFD: only the columns that hold
 * values are looked at.
 */
function hiddenColumnsIssue(
  sparse: readonly (Cell[] | undefined)[],
  ranges: readonly [number, number][],
  width: number,
  sheet: string,
): DtiIssue | undefined {
  if (ranges.length === 0) return undefined;
  const hidden: number[] = [];
  for (let c = 0; c < width; c++)
    if (
      ranges.some(([from, to]) => c >= from && c <= to) &&
      sparse.some((cells) => cells?.[c] !== undefined && cells[c] !== null)
    )
      hidden.push(c);
  if (hidden.length === 0) return undefined;
  const letters = hidden.map((c) => columnLetter(c));
  return hiddenIssue('hidden-column', sheet, letters, { row: 1, column: letters[0] as string });
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
