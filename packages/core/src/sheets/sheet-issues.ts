import { type CellLocation, clip, type DtiIssue } from '../validate/issue.js';
import { isStrictWarning } from '../validate/strict.js';
import { cellText } from './headers.js';
import { type Cell, columnLetter } from './sheet.js';

/** The `detail` of a formula cell with no saved result, as the workbook reader reports it. */
export const FORMULA_WITHOUT_VALUE = 'formula-without-value';

/**
 * Collects the issues of one sheet, each located at its cell and column header, so the person who
 * fixes the data finds it as the file shows it: `Số liệu!D6 (column "Tỷ lệ … (%)")`.
 */
export class SheetIssues {
  readonly list: DtiIssue[] = [];
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
  /** Where in `list` the notes given once per column are, as `kind column indicator`: a later note may take their place. */
  readonly #notes = new Map<string, number>();
  /** The issues that count cells in a column, as `kind column indicator`, with their count so far. */
  readonly #tallies = new Map<
    string,
    { issue: DtiIssue; count: number; recount: (issue: DtiIssue, count: number) => void }
  >();

  constructor(sheet: string, header: readonly Cell[], strict: boolean) {
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
   * already has one: the note may later be replaced by {@link replaceNote}.
   */
  addNote(kind: string, column: number, indicator: string, make: () => DtiIssue): void {
    const key = `${kind} ${column} ${indicator}`;
    if (this.#notes.has(key)) return;
    this.#notes.set(key, this.list.length);
    this.add(make());
  }

  /** The column's note of `kind` for the indicator, as it stands in `list`, if one was given. */
  note(kind: string, column: number, indicator: string): DtiIssue | undefined {
    const index = this.#notes.get(`${kind} ${column} ${indicator}`);
    return index === undefined ? undefined : this.list[index];
  }

  /**
   * Puts `issue` in the place of the column's note of `from`, as its note of `to`: two notes that
   * together say something else ("0.500" a decimal, "1.250" a thousand) become one, where the first was.
   */
  replaceNote(from: string, to: string, column: number, indicator: string, issue: DtiIssue): void {
    const index = this.#notes.get(`${from} ${column} ${indicator}`);
    if (index === undefined) return;
    this.list[index] = this.#strict && isStrictWarning(issue) ? { ...issue, severity: 'error' } : issue;
    this.#notes.set(`${to} ${column} ${indicator}`, index);
  }

  /**
   * Counts a cell toward an issue given once per column and indicator: the first cell's issue is made
   * by `first` and added; each further cell gives the issue to the first cell's `recount` with the new
   * count, which rewrites what depends on it (the first cell's `recount`: it knows the first cell).
   */
  tally(
    kind: string,
    column: number,
    indicator: string,
    first: () => DtiIssue,
    recount: (issue: DtiIssue, count: number) => void,
  ): void {
    const key = `${kind} ${column} ${indicator}`;
    const known = this.#tallies.get(key);
    if (known) {
      known.count++;
      known.recount(known.issue, known.count);
      return;
    }
    this.add(first());
    this.#tallies.set(key, { issue: this.list[this.list.length - 1] as DtiIssue, count: 1, recount });
  }

  /** Adds an issue; under `strict`, codes that warn by default become errors. */
  add(issue: DtiIssue): void {
    this.list.push(this.#strict && isStrictWarning(issue) ? { ...issue, severity: 'error' } : issue);
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
    else this.list.push(issue);
  }
}
