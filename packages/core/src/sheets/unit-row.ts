import type { UnitRecord } from '../schema/dataset.js';
import { clip } from '../validate/issue.js';
import { toNfc } from '../validate/nfc.js';
import { type CaseTwins, caseTwinIssue, unicodeForm } from '../validate/unit-ids.js';
import { readCell } from './cell-value.js';
import { foldText, slugify } from './fold.js';
import { type ColumnRole, cellText, type Meta, metaColumn } from './headers.js';
import { type NumberLocale, type ParsedValue, readAsThousands, spreadsheetError } from './parse-value.js';
import { type Cell, columnLetter } from './sheet.js';
import type { SheetIssues } from './sheet-issues.js';
import type { UnitIndex } from './unit-index.js';

/**
 * The one list of what a row of sums or averages is called in the unit column, Vietnamese and
 * English, folded (no diacritics, lower case): "Tổng cộng", "Bình quân", "Sum", "Average".
 */
const TOTAL_ROWS = new Set([
  'tong',
  'tong cong',
  'tong so',
  'cong',
  'toan tinh',
  'toan huyen',
  'toan thanh pho',
  'binh quan',
  'trung binh',
  'total',
  'grand total',
  'sum',
  'average',
  'mean',
]);

/** The first letters the words of {@link TOTAL_ROWS} fold to, lower case, as char codes. */
const TOTAL_INITIALS = new Set([...TOTAL_ROWS].map((word) => word.charCodeAt(0)));

/**
 * "Tổng cộng", "Bình quân", "Total": a row of sums or averages, not a unit. Long text is no such word,
 * and is not folded; nor is text whose first letter or digit is plain ASCII and no initial of those
 * words (most names, all ids), since folding is the costly part of reading a row.
 *
 * @example isTotal('Bình quân') // → true; isTotal('Gia Lâm') // → false
 */
export function isTotal(text: string): boolean {
  if (text.length > 40) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) break;
    const alphanumeric =
      (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
    if (!alphanumeric) continue;
    if (!TOTAL_INITIALS.has(code | 0x20)) return false;
    break;
  }
  return TOTAL_ROWS.has(foldText(text));
}

const MISSING: ParsedValue = { kind: 'missing' };

/** The unit columns of a header, by role: -1 for none. */
type UnitColumns = Record<'id' | 'name' | 'parent' | 'peerGroup' | 'population' | 'ranked', number>;
const unitColumnsOf = new WeakMap<readonly ColumnRole[], UnitColumns>();

/** The unit columns of a header, found once for all its rows. */
function unitColumns(roles: readonly ColumnRole[]): UnitColumns {
  let columns = unitColumnsOf.get(roles);
  if (!columns) {
    const at = (meta: Meta) => metaColumn(roles, meta);
    columns = {
      id: at('id'),
      name: at('name'),
      parent: at('parent'),
      peerGroup: at('peerGroup'),
      population: at('population'),
      ranked: at('ranked'),
    };
    unitColumnsOf.set(roles, columns);
  }
  return columns;
}

/** The units read so far, by id, with the sheet row each came from. */
export interface UnitRows {
  /** Position of each unit in sheet order, by id. */
  byId: UnitIndex;
  /** The 1-based sheet row of each unit, in the same order. */
  rows: number[];
  /**
   * Each unit's record, in the same order, when values are kept in records (a long sheet, whose rows
   * add to a unit); `undefined` when the caller copies each record into columns and lets it go.
   */
  records: UnitRecord[] | undefined;
  /** The ids that differ only in case from one before them are found here. */
  twins: CaseTwins;
  /** The id as its cell wrote it, by position, for the ids not written in NFC (typed on a Mac). */
  written: Map<number, string>;
}

/**
 * Reads the unit a row is about. In wide layout a row is a new unit (a second row for the same unit is
 * an error); in long layout rows of the same unit add to it. Ids and names are read in Unicode NFC, so
 * an id typed on a Mac is the id typed on Windows; an id that differs from another only in case is an
 * error in either layout. Total rows ("Tổng cộng") are skipped with a warning, a row with neither id nor
 * name is an error, and a formula error in the id or name column is never taken for a name.
 *
 * @example unitOfRow(units, 3, row, roles, issues, { long: false, locale: 'vi' })?.id // → 'phuc-tho'
 */
export function unitOfRow(
  units: UnitRows,
  r: number,
  row: readonly Cell[],
  roles: readonly ColumnRole[],
  issues: SheetIssues,
  options: { long: boolean; locale: NumberLocale; sheet: string },
): UnitRecord | undefined {
  const columns = unitColumns(roles);
  const idCol = columns.id;
  const nameCol = columns.name;
  const name = toNfc(identity(row, nameCol, r, issues));
  const written = identity(row, idCol, r, issues);
  const rawId = toNfc(written);
  if (isTotal(name) || isTotal(rawId)) {
    // The cell that says "Tổng cộng", whichever of the two it is: a total written in the id column
    // leaves the name cell blank, and a message quoting that would name nothing.
    const labelCol = isTotal(name) ? nameCol : idCol;
    issues.add({
      severity: 'warning',
      code: 'skipped-row',
      path: [],
      message: `${issues.where(r, labelCol)}: "${clip(isTotal(name) ? name : rawId)}" looks like a total, not a unit; the row is skipped`,
      cell: issues.at(r, labelCol, row[labelCol]),
    });
    return undefined;
  }
  const id = rawId || (name ? slugify(name) : '');
  if (!id) {
    issues.add({
      severity: 'error',
      code: 'missing-unit-id',
      path: [],
      message: `${options.sheet} row ${r + 1}: the row has values but neither a unit id nor a name`,
      cell: issues.at(r, 0, row[0]),
    });
    return undefined;
  }
  const at: RowAt = { row, r, issues, locale: options.locale };
  const known = units.byId.get(id);
  if (known !== undefined)
    return options.long
      ? sameUnit(units, known, name, at, columns.name, options.sheet)
      : duplicateUnit(units, known, { id, written }, at, columns, options.sheet);
  const twin = units.twins.check(id, units.byId.size, units.byId);
  if (twin !== undefined) return caseTwin(units, twin, id, at, columns, options.sheet);
  if (written && written !== rawId) units.written.set(units.byId.size, written);
  return addUnit(units, id, name, columns, at);
}

/** A new unit from its row: its record, with parent, group, population and "ranked" read, added to `units`. */
function addUnit(units: UnitRows, id: string, name: string, columns: UnitColumns, at: RowAt): UnitRecord {
  const { row, r, issues } = at;
  const record: UnitRecord = { id, values: {} };
  if (name) record.name = name;
  const parent = toNfc(identity(row, columns.parent, r, issues));
  if (parent) record.parent = parent;
  const peerGroup = toNfc(identity(row, columns.peerGroup, r, issues));
  if (peerGroup) record.peerGroup = peerGroup;
  readPopulation(record, columns.population, at);
  readRanked(record, columns.ranked, at);
  units.byId.add(id);
  units.rows.push(r + 1);
  units.records?.push(record);
  return record;
}

/**
 * A later row of a unit in long layout, its record; when the row names the unit otherwise ("Bê" where
 * the first row said "B"), rows of two units may share one id and their values would be added up as
 * one unit's: an error naming both cells and both names, once per unit.
 */
function sameUnit(units: UnitRows, known: number, name: string, at: RowAt, c: number, sheet: string) {
  const record = units.records?.[known];
  const { row, r, issues } = at;
  // One name typed with two spaces on one row ("Xã  Một") is the same unit, not an error.
  const key = (a: string) => a.replace(/\s+/gu, ' ').toLocaleLowerCase('vi');
  const same = (a: string, b: string) => key(a) === key(b);
  if (!record || !name || !record.name || same(name, record.name) || !issues.firstInColumn('other-name', c, record.id))
    return record;
  const first = `${sheet}!${columnLetter(c)}${units.rows[known]}`;
  const [id, was, now] = [clip(record.id), clip(record.name), clip(name)];
  issues.add({
    severity: 'error',
    code: 'duplicate-unit',
    path: [],
    unit: record.id,
    value: { first: record.name, second: name },
    message: `${issues.whereWithHeader(r, c)}: unit "${id}" is named "${now}" here and "${was}" in ${first}: rows of two units may share one id, and their values would be read as one unit's; give each unit its own id, or one name`,
    messageVi: `${whereVi(issues, r, c)}: đơn vị "${id}" ở đây tên là "${now}", còn ở ${first} là "${was}": dòng của hai đơn vị có thể đang dùng chung một mã, và số liệu của chúng sẽ bị đọc như của một đơn vị; hãy cho mỗi đơn vị một mã riêng, hoặc dùng một tên`,
    cell: issues.at(r, c, row[c]),
  });
  return record;
}

/**
 * A second row for a unit in wide layout: an error at its id (or name) cell; the row is not read. When
 * the two ids are written in different Unicode forms (one typed on a Mac), the error says so, naming
 * both cells and both forms: the two look alike on screen.
 */
function duplicateUnit(
  units: UnitRows,
  known: number,
  { id, written }: { id: string; written: string },
  { row, r, issues }: RowAt,
  columns: { id: number; name: number },
  sheet: string,
): undefined {
  const c = columns.id >= 0 ? columns.id : columns.name;
  const firstRow = units.rows[known] as number;
  const firstCell = `${sheet}!${columnLetter(c)}${firstRow}`;
  const firstWritten = units.written.get(known) ?? id;
  const differ = written !== '' && written !== firstWritten;
  // The unicode-form message names both cells itself.
  const message = `${issues.whereWithHeader(r, c)}: unit "${clip(id)}" already appears in row ${firstRow}${differ ? '' : ` (${firstCell})`}`;
  const first = { id: firstWritten, cell: firstCell, form: unicodeForm(firstWritten) };
  const second = { id: written, cell: issues.where(r, c), form: unicodeForm(written) };
  issues.add({
    severity: 'error',
    code: 'duplicate-unit',
    path: [],
    unit: id,
    message: differ
      ? `${message}: the ids "${clip(first.id)}" (${first.cell}, ${first.form}) and "${clip(second.id)}" (${second.cell}, ${second.form}) differ only in Unicode form, so they are the same id; keep one row`
      : message,
    cell: issues.at(r, c, row[c]),
    ...(differ
      ? { detail: 'unicode-form', value: { first, second } }
      : {
          value: { first, second },
          messageVi: `${whereVi(issues, r, c)}: đơn vị "${clip(id)}" xuất hiện hai lần, lần đầu ở dòng ${firstRow} (${firstCell})`,
        }),
  });
  return undefined;
}

/**
 * A unit whose id differs from an earlier one's only in case ("b" after "B"): an error naming both
 * cells and both ids, said once per id; the row is not read.
 */
function caseTwin(
  units: UnitRows,
  twin: { u: number; id: string },
  id: string,
  { row, r, issues }: RowAt,
  columns: { id: number; name: number },
  sheet: string,
): undefined {
  const c = columns.id >= 0 ? columns.id : columns.name;
  if (!issues.firstInColumn('case-twin', c, id)) return undefined;
  const first = { id: units.written.get(twin.u) ?? twin.id, cell: `${sheet}!${columnLetter(c)}${units.rows[twin.u]}` };
  const issue = caseTwinIssue(first, { id, cell: issues.where(r, c) }, []);
  issues.add({ ...issue, message: `${issues.whereWithHeader(r, c)}: ${issue.message}`, cell: issues.at(r, c, row[c]) });
  return undefined;
}

/** `d.csv!A3 (cột "Mã")`: a cell and its column, as the Vietnamese messages lead with it. */
function whereVi(issues: SheetIssues, r: number, c: number): string {
  const header = issues.header(c);
  return `${issues.where(r, c)}${header ? ` (cột "${header}")` : ''}`;
}

/** A row being read: its cells, its 0-based index, where issues go and how numbers are written. */
interface RowAt {
  row: readonly Cell[];
  r: number;
  issues: SheetIssues;
  locale: NumberLocale;
}

/** The unit's population, when its column holds a plain number; anything else read there is reported. */
function readPopulation(record: UnitRecord, col: number, { row, r, issues, locale }: RowAt): void {
  const population = col < 0 ? MISSING : readCell(row[col], locale);
  // Population divides per-capita formulas: a value read any less than plainly is said, never kept quietly.
  // "25.501" read as 25501 people is plain: a number of people has no decimals, so only "1,000" read as 1 is doubtful.
  const doubtful = population.kind === 'number' && population.ambiguous && !readAsThousands(cellText(row[col]), locale);
  if (population.kind === 'number' && !population.bound && !doubtful && !population.share)
    record.population = population.value;
  else if (population.kind !== 'missing')
    metaProblem(issues, r, col, row[col], record.id, 'population', 'is not a plain number of people');
}

/** Whether the unit is ranked: no (or 0) in its "ranked" column leaves it unranked; what is not yes/no is reported. */
function readRanked(record: UnitRecord, col: number, { row, r, issues, locale }: RowAt): void {
  const ranked = col < 0 ? MISSING : readCell(row[col], locale);
  if ((ranked.kind === 'boolean' && !ranked.value) || (ranked.kind === 'number' && ranked.value === 0))
    record.ranked = false;
  else if (
    !(
      ranked.kind === 'missing' ||
      (ranked.kind === 'boolean' && ranked.value) ||
      (ranked.kind === 'number' && ranked.value === 1)
    )
  )
    metaProblem(issues, r, col, row[col], record.id, 'ranked', 'is not yes/no (có/không, 1/0)');
}

/** An unreadable population or "ranked" cell: an error naming the cell, the unit and what was expected. */
function metaProblem(
  issues: SheetIssues,
  r: number,
  column: number,
  cell: Cell | undefined,
  unit: string,
  field: 'population' | 'ranked',
  problem: string,
): void {
  const location = issues.at(r, column, cell ?? null);
  const { text } = location;
  issues.add({
    severity: 'error',
    code: 'unreadable-cell',
    detail: field,
    path: [],
    unit,
    value: text,
    cell: location,
    message: `${issues.whereWithHeader(r, column)}: "${text}" for unit "${clip(unit)}" ${problem}`,
  });
}

/** The text of an id, name, parent or group cell; a formula error there is reported and read as empty. */
function identity(row: readonly Cell[], column: number, r: number, issues: SheetIssues): string {
  if (column < 0) return '';
  const text = cellText(row[column]).trim();
  const error = spreadsheetError(text);
  if (!error) return detached(text);
  issues.addCellError({
    severity: 'warning',
    code: 'cell-error',
    path: [],
    detail: error,
    value: error,
    cell: issues.at(r, column, row[column]),
    message: `${issues.whereWithHeader(r, column)}: the formula error ${error} is read as an empty cell`,
  });
  return '';
}

/**
 * A copy of a text kept for as long as its unit, no longer a view into the chunk of the file it was
 * cut from: V8 cuts texts of 13 characters or more out of their source without copying, and one
 * name kept that way would keep a whole chunk of the file alive (a megabyte per chunk read).
 */
function detached(text: string): string {
  // Joining two pieces writes the text (lone surrogates included) into a string of its own: the
  // first piece, shorter than 13, is a copy, and a join copies its parts. Slicing a copy would keep a
  // view (32 bytes) beside the copy: 19 MB for 617,000 names. A round trip through JSON does the same
  // as the join at two and a half times its cost.
  return text.length < 13 ? text : [text.slice(0, 12), text.slice(12)].join('');
}
