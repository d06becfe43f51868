import { type CellLocation, clip, type DtiIssue } from '../validate/issue.js';
import { ISSUE_KINDS } from '../validate/issue-kinds.js';
import { isStrictWarning } from '../validate/strict.js';
import { DecimalDoubts } from './decimal-doubts.js';
import { cellText } from './headers.js';
import { type Cell, columnLetter } from './sheet.js';

/** The `detail` of a formula cell with no saved result, as the workbook reader reports it. */
export const FORMULA_WITHOUT_VALUE = 'formula-without-value';

/**
 * How many issues of one kind (severity, code and detail) a sheet lists one by one; the rest are
 * counted into one issue that says how many more there are. A file where every row is wrong would
 * otherwise keep a message pair per row (3 GB for 1.8 million rows), while a reader acts on the first
 * few: the CLI prints 10 of each kind, and 1,000 is more than any real sheet has of one kind.
 */
export const ISSUES_OF_A_KIND = 1000;

/** The `detail` of the issue that counts the issues of a kind past {@link ISSUES_OF_A_KIND}. */
export const MORE_ISSUES = 'more-issues';

/** The issues of one kind not listed, counted. */
interface Overflow {
  severity: DtiIssue['severity'];
  code: DtiIssue['code'];
  detail: string | undefined;
  listed: number;
  more: number;
}

/** One cell a column's note covers. */
type Covered = NonNullable<DtiIssue['cells']>[number];

/** Rewrites a column note's message for the cells it covers (more than one). */
export type Describe = (issue: DtiIssue, cells: readonly Covered[]) => void;

/** A note given once for a column: where it is in the list, the cells it covers, and its rewriting. */
interface ColumnNote {
  index: number;
  cells: Covered[];
  describe: Describe | undefined;
}

/**
 * Collects the issues of one sheet, each located at its cell and column header, so the person who
 * fixes the data finds it as the file shows it: `Số liệu!D6 (column "Tỷ lệ … (%)")`.
 */
export class SheetIssues {
  readonly list: DtiIssue[] = [];
  /** The sheet's numbers read as thousands and its decimals of the other convention, judged once it is read. */
  readonly doubts = new DecimalDoubts();
  readonly #sheet: string;
  #header: readonly Cell[];
  readonly #strict: boolean;
  /** Header texts by column, clipped, as first asked for. */
  readonly #headers: (string | undefined)[] = [];
  /**
   * Where the reader's own issues about one value cell are in `list`, by cell: a `cell-error`, and a
   * formula with no saved result (whose formula the issue's `value` holds).
   */
  readonly #readerCellErrors = new Map<string, number>();
  /** Whether the reader found a formula with no saved result: only then is an empty cell looked up. */
  #formulasWithoutValue = false;
  /** The warnings already given for a column, as `kind column indicator`. */
  readonly #once = new Set<string>();
  /**
   * The notes given once per column, as `kind column indicator`: where each is in `list` (a later note
   * may take its place), every cell it covers, and how its message is rewritten for more than one.
   */
  readonly #notes = new Map<string, ColumnNote>();
  /** The issues added of each kind, as `severity code detail`: how many are listed, how many are not. */
  readonly #kinds = new Map<string, Overflow>();

  /** How many issues of one kind are listed; the rest are counted. */
  readonly #ofAKind: number;

  constructor(sheet: string, header: readonly Cell[], strict: boolean, ofAKind = ISSUES_OF_A_KIND) {
    this.#ofAKind = ofAKind;
    this.#sheet = sheet;
    this.#header = header;
    this.#strict = strict;
  }

  /** The header row, once found: the headers named in messages come from it. */
  setHeader(header: readonly Cell[]): void {
    this.#header = header;
    this.#headers.length = 0;
  }

  /** The sheet's name, for messages. */
  get sheetName(): string {
    return this.#sheet;
  }

  /** The header text of a column, trimmed; empty when there is none. */
  header(column: number): string {
    let header = this.#headers[column];
    if (header === undefined) {
      header = clip(cellText(this.#header[column]).trim());
      this.#headers[column] = header;
    }
    return header;
  }

  /** The location of a cell (row and column 0-based), with its column's header. */
  at(row: number, column: number, cell: Cell | undefined): CellLocation {
    const header = this.header(column);
    const location: CellLocation = {
      sheet: this.#sheet,
      row: row + 1,
      column: columnLetter(column),
      // Clipped: every issue about the cell quotes it, and a hostile cell may hold megabytes.
      text: clip(cellText(cell)),
    };
    if (header) location.header = header;
    return location;
  }

  /** `Số liệu!D6`. */
  where(row: number, column: number): string {
    return `${this.#sheet}!${columnLetter(column)}${row + 1}`;
  }

  /** `Số liệu!D6 (column "Tỷ lệ … (%)")`, for the messages that lead with the column. */
  whereWithHeader(row: number, column: number): string {
    const header = this.header(column);
    return header ? `${this.where(row, column)} (column "${header}")` : this.where(row, column);
  }

  /** ` (column "Tỷ lệ … (%)")`, to end a message that already names the cell. */
  columnNote(column: number): string {
    const header = this.header(column);
    return header ? ` (column "${header}")` : '';
  }

  /**
   * Whether this is the first time `kind` is asked about for the column and indicator (a long layout's
   * value column holds several): for warnings given once per column.
   */
  firstInColumn(kind: string, column: number, indicator: string): boolean {
    const key = `${kind} ${column} ${indicator}`;
    if (this.#once.has(key)) return false;
    this.#once.add(key);
    return true;
  }

  /**
   * Adds the issue `make` gives as the column's note of `kind`, unless the column (for this indicator)
   * already has one: the note may later be replaced by {@link replaceNote}. `describe` rewrites its
   * message once the sheet is read, when it covers more than one cell ({@link cover}).
   */
  addNote(kind: string, column: number, indicator: string, make: () => DtiIssue, describe?: Describe): void {
    const key = `${kind} ${column} ${indicator}`;
    if (this.#notes.has(key)) return;
    this.#notes.set(key, { index: this.list.length, cells: [], describe });
    // Never counted away: its place in `list` is kept, and there is one per column at most.
    this.list.push(this.#strictly(make()));
  }

  /** The column's note of `kind` for the indicator, as it stands in `list`, if one was given. */
  note(kind: string, column: number, indicator: string): DtiIssue | undefined {
    const note = this.#notes.get(`${kind} ${column} ${indicator}`);
    return note === undefined ? undefined : this.list[note.index];
  }

  /**
   * Counts a cell (0-based row) toward the column's note of `kind`, so that the note names every cell
   * it covers in its `cells`, not the first alone.
   */
  cover(
    kind: string,
    column: number,
    indicator: string,
    cell: { unit: string; row: number; text: string; value?: number },
  ): void {
    const note = this.#notes.get(`${kind} ${column} ${indicator}`);
    if (!note) return;
    const letters = this.list[note.index]?.cell?.column ?? columnLetter(column);
    const covered: Covered = { unit: cell.unit, row: cell.row + 1, column: letters, text: clip(cell.text) };
    if (cell.value !== undefined) covered.value = cell.value;
    note.cells.push(covered);
  }

  /**
   * Puts `issue` in the place of the column's note of `from`, as its note of `to`: two notes that
   * together say something else ("0.500" a decimal, "1.250" a thousand) become one, where the first was.
   * The cells the first covered are the new one's.
   */
  replaceNote(from: string, to: string, column: number, indicator: string, issue: DtiIssue, describe?: Describe): void {
    const note = this.#notes.get(`${from} ${column} ${indicator}`);
    if (note === undefined) return;
    this.list[note.index] = this.#strictly(issue);
    this.#notes.delete(`${from} ${column} ${indicator}`);
    this.#notes.set(`${to} ${column} ${indicator}`, { index: note.index, cells: note.cells, describe });
  }

  /**
   * Once the sheet is read: each column note gets the cells it covers, and a note that covers more
   * than one has its message rewritten to count them and name the first few.
   */
  settle(): void {
    for (const note of this.#notes.values()) {
      const issue = this.list[note.index];
      if (!issue || note.cells.length === 0) continue;
      issue.cells = note.cells;
      if (note.cells.length > 1) note.describe?.(issue, note.cells);
    }
  }

  /** Under `strict`, codes that warn by default become errors. */
  #strictly(issue: DtiIssue): DtiIssue {
    return this.#strict && isStrictWarning(issue) ? { ...issue, severity: 'error' } : issue;
  }

  /**
   * Adds an issue; under `strict`, codes that warn by default become errors. Past the sheet's number
   * of issues of a kind ({@link ISSUES_OF_A_KIND} by default), it is only counted, for {@link summarise}.
   */
  add(issue: DtiIssue): void {
    this.#listed(this.#strictly(issue));
  }

  /** Lists the issue unless its kind is full, then counts it. */
  #listed(issue: DtiIssue): void {
    const key = `${issue.severity} ${issue.code} ${issue.detail ?? ''}`;
    let kind = this.#kinds.get(key);
    if (!kind) {
      kind = { severity: issue.severity, code: issue.code, detail: issue.detail, listed: 0, more: 0 };
      this.#kinds.set(key, kind);
    }
    if (kind.listed >= this.#ofAKind) {
      kind.more++;
      return;
    }
    kind.listed++;
    this.list.push(issue);
  }

  /**
   * Once every issue is in: adds, for each kind with more issues than are listed, one
   * issue of the same severity and code that says how many more there are (an error stays an error,
   * so the file is still refused).
   */
  summarise(): void {
    for (const kind of this.#kinds.values()) {
      if (kind.more === 0) continue;
      this.list.push(moreIssues(this.#sheet, kind, this.#ofAKind));
      kind.more = 0;
    }
  }

  /**
   * Adds the reader's own issues. A formula-error cell the reader already reported is replaced by the
   * layout's report of the same cell, which also names the unit and the indicator.
   */
  addFromReader(issues: readonly DtiIssue[] | undefined): void {
    for (const issue of issues ?? []) {
      const formula = issue.detail === FORMULA_WITHOUT_VALUE;
      if ((issue.code === 'cell-error' || formula) && issue.cell)
        this.#readerCellErrors.set(`${issue.cell.column}${issue.cell.row}`, this.list.length);
      if (formula) this.#formulasWithoutValue = true;
      this.list.push(issue);
    }
  }

  /**
   * The formula of an empty cell (0-based row and column) that the reader found holding a formula
   * with no saved result, e.g. `C2+40`; undefined for a cell that is simply empty.
   */
  formulaWithoutValue(row: number, column: number): string | undefined {
    if (!this.#formulasWithoutValue) return undefined;
    const at = this.#readerCellErrors.get(`${columnLetter(column)}${row + 1}`);
    const issue = at === undefined ? undefined : this.list[at];
    return issue?.detail === FORMULA_WITHOUT_VALUE ? String(issue.value ?? '') : undefined;
  }

  /**
   * Adds an issue about one value cell (a `cell-error`, a formula with no saved result), replacing the
   * reader's report of the same cell if there is one.
   */
  addCellError(issue: DtiIssue): void {
    const same = issue.cell && this.#readerCellErrors.get(`${issue.cell.column}${issue.cell.row}`);
    if (same !== undefined) this.list[same] = issue;
    else this.#listed(issue);
  }
}

/** The issue that counts the issues of a kind not listed, in vi and en. */
function moreIssues(sheet: string, kind: Overflow, ofAKind: number): DtiIssue {
  // The kind in words, as the CLI counts the issues it leaves out: a code name means nothing to the
  // person fixing the file. The code and detail stay in the issue's fields for a program.
  const error = kind.severity === 'error';
  const en = `${kind.more.toLocaleString('en-US')} more ${error ? 'error' : 'warning'}${kind.more === 1 ? '' : 's'}`;
  const vi = `${kind.more.toLocaleString('vi-VN')} ${error ? 'lỗi' : 'cảnh báo'} khác`;
  const listed = ofAKind.toLocaleString('en-US');
  return {
    severity: kind.severity,
    code: kind.code,
    detail: MORE_ISSUES,
    path: [],
    value: kind.more,
    message: `${sheet}: … and ${en} of the same kind (${ISSUE_KINDS.en[kind.code]}), not listed: only the first ${listed} of each kind are`,
    messageVi: `${sheet}: … và ${vi} cùng loại (${ISSUE_KINDS.vi[kind.code]}) không được liệt kê: mỗi loại chỉ liệt kê ${ofAKind.toLocaleString('vi-VN')} vấn đề đầu tiên`,
  };
}
