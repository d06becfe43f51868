import { missingValueRule } from '../missing/missing-value-rule.js';
import { readAlike } from '../validate/covered-cells.js';
import { type CellLocation, clip, type DtiIssue } from '../validate/issue.js';
import { outOfRangePercent } from '../validate/suspicious-value.js';
import { vi } from '../validate/vi-number.js';
import type { ColumnDestination } from './headers.js';
import { percentWords } from './multiplier-words.js';
import {
  type NumberLocale,
  type ParsedValue,
  PLAIN,
  parseValue,
  plainVietnameseNumber,
  readAsThousands,
} from './parse-value.js';
import { percentFormatInDoubt, percentFormatWarning } from './percent-format.js';
import { placeholderNote } from './placeholder-note.js';
import { ambiguousSeparator, type NumberRead, separatorNote } from './separator-notes.js';
import { isShareIndicator } from './share-indicator.js';
import type { Cell } from './sheet.js';
import { type Describe, FORMULA_WITHOUT_VALUE, type SheetIssues } from './sheet-issues.js';

/**
 * A cell read as a value: numbers and booleans stored as such by a workbook pass through, text goes
 * through {@link parseValue}.
 *
 * @example readCell('97,8%', 'vi') // → { kind: 'number', value: 97.8, percent: true }
 */
export function readCell(cell: Cell | undefined, locale: NumberLocale): ParsedValue {
  if (cell === null || cell === undefined) return { kind: 'missing' };
  if (typeof cell === 'number') return { kind: 'number', value: cell, percent: false };
  if (typeof cell === 'boolean') return { kind: 'boolean', value: cell };
  return parseValue(cell, { locale, otherMark: true, words: true });
}

/** Where a value is read from and where it goes. */
export interface CellTarget {
  /** The id of the unit the row is about, for the issues. */
  unit: string;
  target: ColumnDestination;
  cell: Cell | undefined;
  /** 0-based row and column in the sheet. */
  row: number;
  column: number;
  /**
   * For a workbook cell formatted as a percentage: the number it stores (0.85 for a cell showing 85%),
   * which `cell` gives as the percentage shown (85). An indicator not measured in % reads this one.
   */
  stored?: number;
}

/**
 * Reads one value cell. Every cell that does not give a plain value is reported, at
 * its cell and column header: unreadable text (error), a formula error such as `#DIV/0!` (warning,
 * read as missing), a bound such as "trên 75%" (warning), a `%` value outside 0–100 (warning, error
 * under `strict`). Returns the value read, or `undefined` for none: the caller stores it in a unit's
 * values or in a column.
 *
 * @example valueOfCell({ unit: 'a', target, cell: '97,8', row: 3, column: 4 }, issues, 'vi') // → 97.8
 */
export function valueOfCell(at: CellTarget, issues: SheetIssues, locale: NumberLocale): number | boolean | undefined {
  if (at.cell === null || at.cell === undefined) {
    const formula = issues.formulaWithoutValue(at.row, at.column);
    if (formula !== undefined) formulaWithoutValue(at, formula, issues);
    return undefined;
  }
  const stored = at.stored;
  // 0.5 formatted "0%" in a count shows 50%: 50 or 0.5? Read by the column's rule, and said.
  if (stored !== undefined && percentFormatInDoubt(at)) {
    const used = readsPercentage(at.target) && typeof at.cell === 'number' ? at.cell : stored;
    issues.add(percentFormatWarning(at, used, issues));
    return used;
  }
  // 0.85 formatted "0%" shows 85%: a 0–1 share (or a raw field's count) means the 0.85 the cell holds.
  if (stored !== undefined && !readsPercentage(at.target)) return stored;
  // The common case, a plain number in range, needs nothing else: read without allocating.
  const plain = typeof at.cell === 'string' && locale === 'vi' ? plainVietnameseValue(at.cell, at.target) : undefined;
  if (plain !== undefined) return plain;
  const parsed = readCell(at.cell, locale);
  const location = issues.at(at.row, at.column, at.cell);
  if (parsed.kind === 'number' && needsNoWord(parsed, at.target)) return parsed.value;
  // Built only for an issue: most cells have none, and a sheet may have millions.
  const about: CellAbout = { path: [], unit: at.unit, indicator: at.target.id, cell: location };
  if (parsed.kind === 'missing') {
    if (parsed.error) formulaError(at, parsed.error, about, issues);
    // Not blank, yet missing: "N/A", "-", "không có số liệu". Counted, and said once for the column.
    else if (typeof at.cell === 'string' && at.cell.trim() !== '') placeholderNote(at, about, issues);
    return undefined;
  }
  if (parsed.kind === 'error') {
    // The Vietnamese message names the convention from `detail`: the issue carries no locale.
    const detail = parsed.problem === 'number-format' && locale === 'en' ? 'number-format-en' : parsed.problem;
    unreadable(at, parsed.reason, detail, about, issues, parsed.multiplier && multiplierVi(parsed.multiplier, locale));
    return undefined;
  }
  if (parsed.kind === 'boolean') {
    if (!at.target.indicator || at.target.indicator.method.type === 'yesNo') return parsed.value;
    unreadable(at, 'yes/no in a column that needs a number', 'yes-no-in-number', about, issues);
    return undefined;
  }
  return numberWithNotes(at, parsed, about, issues, locale);
}

/** What every issue about a value cell says: the unit, the indicator and the cell. */
type CellAbout = Pick<DtiIssue, 'path' | 'unit' | 'indicator'> & { cell: CellLocation };

/** A reading of a number cell that is not a plain number in range: a share, a bound, an ambiguous separator, an odd percentage. */
type NumberReading = Extract<ParsedValue, { kind: 'number' }>;

/**
 * A Vietnamese plain number read without allocating, when it needs no word (in range, and a `%` only
 * in a % column); undefined otherwise, for the full reading ({@link valueOfCell} reads it first too).
 *
 * @example plainVietnameseValue('97,8', target) // → 97.8 (for an indicator in %)
 */
export function plainVietnameseValue(text: string, target: ColumnDestination): number | undefined {
  if (!plainVietnameseNumber(text) || PLAIN.ambiguous) return undefined;
  const measure = target.indicator?.unit;
  const { value } = PLAIN;
  const percentFits = !PLAIN.percent || (target.indicator ? measure === '%' : percentFitsField(target));
  return percentFits && (measure !== '%' || (value >= 0 && value <= 100)) ? value : undefined;
}

/** Whether a raw field may hold a percentage as it is: one declared in %, or with no unit to say otherwise. */
const percentFitsField = (target: ColumnDestination) => target.unit === undefined || target.unit === '%';

/** Whether a number read from a cell goes in as it is: no share, bound or ambiguity, a `%` only where % is meant, in range. */
function needsNoWord(parsed: NumberReading, target: ColumnDestination): boolean {
  return (
    !parsed.share &&
    !parsed.bound &&
    !parsed.ambiguous &&
    !parsed.otherMark &&
    !wordInPercent(parsed, target) &&
    (parsed.percent ? (target.indicator ? target.indicator.unit === '%' : percentFitsField(target)) : true) &&
    (target.indicator?.unit !== '%' || (parsed.value >= 0 && parsed.value <= 100))
  );
}

/** Words after a number in a % indicator that do not say "percent" ("30 người"): the number may not be one. */
function wordInPercent(parsed: NumberReading, target: ColumnDestination): boolean {
  return parsed.words !== undefined && target.indicator?.unit === '%' && !percentWords(parsed.words);
}

/**
 * A cell that cannot be read as a value (an error: the unit is not scored on a guess). `reasonVi`, for
 * a reason that quotes the cell ("2 triệu"), gives the Vietnamese message here; others are translated
 * from `detail`.
 */
function unreadable(
  at: CellTarget,
  reason: string,
  detail: string,
  about: CellAbout,
  issues: SheetIssues,
  reasonVi?: string,
): void {
  const { text } = about.cell;
  const where = issues.where(at.row, at.column);
  const header = issues.header(at.column);
  issues.add({
    ...about,
    severity: 'error',
    code: 'unreadable-cell',
    detail,
    value: text,
    message: `${where}: "${text}" for unit "${clip(at.unit)}", indicator "${at.target.id}": ${reason}${issues.columnNote(at.column)}`,
    ...(reasonVi !== undefined && {
      messageVi: `${where}: "${text}" của đơn vị "${clip(at.unit)}", chỉ số "${clip(at.target.id)}" ${reasonVi}${header ? ` (cột "${header}")` : ''}`,
    }),
  });
}

/** Why "2 triệu" is refused, in Vietnamese: the word, and the whole number to write in the file's convention. */
function multiplierVi({ word, whole }: { word: string; whole: number }, locale: NumberLocale): string {
  const written = locale === 'vi' ? vi(whole) : String(whole);
  return `có chữ "${word}" nhân con số lên, mà chữ không được đọc thành số: hãy viết cả số, ${written}`;
}

/**
 * A spreadsheet's formula error (`#DIV/0!`) is read as a missing value, with a warning that says what
 * the missing-value rule did with it (an error under `strict`).
 */
function formulaError(at: CellTarget, error: string, about: CellAbout, issues: SheetIssues): void {
  const unit = clip(at.unit);
  issues.addCellError({
    ...about,
    severity: 'warning',
    code: 'cell-error',
    detail: error,
    value: error,
    message: `${issues.whereWithHeader(at.row, at.column)}: the formula error ${error} for unit "${unit}", indicator "${at.target.id}" is read as a missing value, so ${missingValueRule(at.target.missing, 'en')}`,
    messageVi: `${whereVi(at, issues)}: lỗi công thức ${error} của đơn vị "${unit}", chỉ số "${at.target.id}" được coi là chưa có số liệu, nên ${missingValueRule(at.target.missing, 'vi')}`,
  });
}

/**
 * A formula cell with no saved result (a workbook written by a program that does not calculate, such
 * as openpyxl) is read as missing: the reader's warning about the cell is replaced by one naming the
 * unit, the indicator, the formula and what the missing-value rule did (an error under `strict`).
 */
function formulaWithoutValue(at: CellTarget, formula: string, issues: SheetIssues): void {
  const unit = clip(at.unit);
  const shown = formula ? ` =${formula}` : '';
  issues.addCellError({
    severity: 'warning',
    code: 'unreadable-cell',
    detail: FORMULA_WITHOUT_VALUE,
    path: [],
    unit: at.unit,
    indicator: at.target.id,
    cell: issues.at(at.row, at.column, null),
    value: formula,
    message: `${issues.whereWithHeader(at.row, at.column)}: the formula${shown} for unit "${unit}", indicator "${at.target.id}" has no saved result (the program that wrote the file did not calculate it), so it is read as a missing value: ${missingValueRule(at.target.missing, 'en')}; open the file in Excel or LibreOffice and save it, so that the results are stored`,
    messageVi: `${whereVi(at, issues)}: công thức${shown} của đơn vị "${unit}", chỉ số "${at.target.id}" chưa có kết quả được lưu (chương trình ghi tệp không tính công thức), nên được coi là chưa có số liệu: ${missingValueRule(at.target.missing, 'vi')}; hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại để kết quả được lưu trong tệp`,
  });
}

/** `Số liệu!D6 (cột "Tỷ lệ … (%)")`, as the Vietnamese messages lead with the cell. */
function whereVi(at: CellTarget, issues: SheetIssues): string {
  const header = issues.header(at.column);
  return `${issues.where(at.row, at.column)}${header ? ` (cột "${header}")` : ''}`;
}

/**
 * Whether a column takes a percentage as the percentage shown (97.8 for 97,8%): one measured in %,
 * and a field or indicator that declares no unit and is no 0–1 share, as the reader always did.
 */
function readsPercentage(target: ColumnDestination): boolean {
  if (target.unit === '%') return true;
  if (target.indicator) return target.unit === undefined && !isShareIndicator(target.indicator);
  return target.unit === undefined;
}

/**
 * The value of a number that needs a word, with its warnings: a share in a % column is taken in
 * percent; a bound, an ambiguous separator, a percentage where no % is meant and an odd percentage
 * are reported.
 */
function numberWithNotes(
  at: CellTarget,
  parsed: NumberReading,
  about: CellAbout,
  issues: SheetIssues,
  locale: NumberLocale,
): number {
  const { target, row, column, unit } = at;
  const { text } = about.cell;
  const share = parsed.percent && target.indicator !== undefined && isShareIndicator(target.indicator);
  // "85%" in a 0–1 indicator is 0.85: to 15 digits, as 97.8 / 100 gives 0.9779999999999999.
  const value = share
    ? Number((parsed.value / 100).toPrecision(15))
    : parsed.share && target.indicator?.unit === '%'
      ? parsed.value * 100
      : parsed.value;
  if (parsed.bound)
    issues.add({
      ...about,
      severity: 'warning',
      code: 'bound-value',
      detail: parsed.bound,
      value: text,
      message: `${issues.where(row, column)}: "${text}" is ${parsed.bound === 'lower' ? 'a lower' : 'an upper'} bound; ${value} is used as the value${issues.columnNote(column)}`,
      // Written here, not from the issue's fields: the number used is not among them.
      messageVi: `${issues.where(row, column)}: "${text}" là ngưỡng ${parsed.bound === 'lower' ? 'dưới' : 'trên'}; ${vi(value)} được dùng như số liệu${issues.header(column) ? ` (cột "${issues.header(column)}")` : ''}`,
    });
  const odd = outOfRangePercent(target.indicator, value, text, locale);
  const read = (): NumberRead => ({ about, value, text, locale, where: issues.whereWithHeader(row, column) });
  const thousands = parsed.ambiguous === true && readAsThousands(text, locale);
  if (parsed.ambiguous && !thousands) issues.add(ambiguousSeparator(read()));
  // "2.528" read as 2528: said once per column, since a column of counts written the Vietnamese way
  // holds many, all read alike (per indicator: a long layout's value column holds several). In a % column the out-of-range warning already names both readings.
  // A column that also holds "0.500" gets one warning naming both instead.
  else if (thousands && !odd) separatorNote('ambiguous-thousands', read, issues, column, target.id);
  if (parsed.otherMark) separatorNote('other-decimal-mark', read, issues, column, target.id);
  // Judged once the sheet is read: "98.123" is 98123 only if no cell writes "97.8".
  if (thousands) issues.doubts.thousands(read(), column);
  if (parsed.otherMark) issues.doubts.decimal(read(), column);
  if (wordInPercent(parsed, target)) issues.add(wordInPercentWarning(at, parsed.words ?? '', value, about, issues));
  if (parsed.percent) percentNotes(at, share, read, about, issues);
  if (odd)
    issues.add({
      ...about,
      severity: 'warning',
      code: 'suspicious-value',
      detail: odd.outcome,
      value,
      message: `${issues.whereWithHeader(row, column)}: "${text}" for unit "${clip(unit)}", indicator "${target.id}" is read as ${value} %, ${value < 0 ? 'below 0 %' : 'outside 0–100 %'}${odd.reading ? ` (${odd.reading})` : ''}; ${odd.consequence}`,
    });
  return value;
}

/**
 * A percentage where the column measures something else. In a 0–1 indicator it is read as its
 * hundredth, said once per column; in a raw field or an indicator measured in another unit ("97,8%"
 * in a count) it is read as written, which is almost never what the cell means, and said.
 */
function percentNotes(
  at: CellTarget,
  share: boolean,
  read: () => NumberRead,
  about: CellAbout,
  issues: SheetIssues,
): void {
  const { target, column, unit } = at;
  const { value } = read();
  if (share) {
    const now = read();
    issues.addNote('percent-as-share', column, target.id, () => percentAsShare(now, whereVi(at, issues)), shareCells);
    issues.cover('percent-as-share', column, target.id, { unit, row: at.row, text: now.text.trim(), value });
  } else if (!target.indicator && target.unit !== undefined && target.unit !== '%')
    issues.add(percentInField(at, value, about, issues));
  else if (!share && target.indicator && target.indicator.unit !== '%')
    issues.add({
      ...about,
      severity: 'warning',
      code: 'suspicious-value',
      detail: 'percent-in-non-percent',
      value,
      message: `${read().where}: "${about.cell.text}" for unit "${clip(unit)}", indicator "${target.id}" is a percentage, but the indicator is ${target.indicator.unit ? `measured in ${target.indicator.unit}` : 'not measured in %'}: it is read as ${value}`,
    });
}

/** The note on percentages read as shares, counting and naming every cell of the column read so. */
const shareCells: Describe = (issue, cells) => {
  issue.message = readAlike(issue.message, cells, 'en');
  if (issue.messageVi !== undefined) issue.messageVi = readAlike(issue.messageVi, cells, 'vi');
};

/**
 * The note, once per column, that a percentage in a 0–1 indicator was read as its hundredth ("85%" as
 * 0.85), which is what the cell means: neither 85, capped to full marks, nor a refusal of a clear value.
 */
function percentAsShare({ about, value, text, where }: NumberRead, whereVi: string): DtiIssue {
  const t = text.trim();
  const unit = clip(about.unit ?? '');
  return {
    ...about,
    severity: 'warning',
    code: 'reading-note',
    detail: 'percent-as-share',
    value,
    message: `${where}: "${t}" for unit "${unit}", indicator "${about.indicator}" is a percentage, and the indicator is a 0–1 share: it is read as ${value} (${t} = ${value}), not ${Number((value * 100).toPrecision(15))}; the column's other percentages are read alike and not listed`,
    messageVi: `${whereVi}: "${t}" của đơn vị "${unit}", chỉ số "${about.indicator}" là một tỷ lệ phần trăm, và chỉ số này là tỷ lệ 0–1: được đọc là ${vi(value)} (${t} = ${vi(value)}), không phải ${vi(Number((value * 100).toPrecision(15)))}; các giá trị phần trăm khác của cột cũng được đọc như vậy và không được liệt kê`,
  };
}

/**
 * "95%" in a raw field that counts something else ("thủ tục"): read as 95, the count a formula then
 * divides, which is almost never what the cell means; said as for an indicator (an error under `strict`).
 */
function percentInField(at: CellTarget, value: number, about: CellAbout, issues: SheetIssues): DtiIssue {
  const { text } = about.cell;
  return {
    ...about,
    severity: 'warning',
    code: 'suspicious-value',
    detail: 'percent-in-field',
    value,
    message: `${issues.whereWithHeader(at.row, at.column)}: "${text}" for unit "${clip(at.unit)}", field "${at.target.id}" is a percentage, but the field counts ${at.target.unit}: it is read as ${value}, the count its formula uses`,
    messageVi: `${whereVi(at, issues)}: "${text}" của đơn vị "${clip(at.unit)}", số liệu gốc "${at.target.id}" là một tỷ lệ phần trăm, nhưng số liệu này tính bằng ${at.target.unit}: được đọc là ${vi(value)}, con số mà công thức dùng`,
  };
}

/**
 * "30 người" in an indicator measured in %: read as 30 %, as before, with a warning naming the word and
 * the unit expected, since a count written where a percentage belongs would score as one.
 */
function wordInPercentWarning(
  at: CellTarget,
  words: string,
  value: number,
  about: CellAbout,
  issues: SheetIssues,
): DtiIssue {
  const { text } = about.cell;
  const unit = clip(at.unit);
  const id = clip(at.target.id);
  const header = issues.header(at.column);
  const where = issues.where(at.row, at.column);
  return {
    ...about,
    severity: 'warning',
    code: 'suspicious-value',
    detail: 'word-in-percent',
    value,
    message: `${issues.whereWithHeader(at.row, at.column)}: "${text}" for unit "${unit}", indicator "${id}" has the word "${words}" after the number, but the indicator is measured in %: it is read as ${value} %; check that the value is a percentage`,
    messageVi: `${where}${header ? ` (cột "${header}")` : ''}: "${text}" của đơn vị "${unit}", chỉ số "${id}" có chữ "${words}" sau con số, nhưng chỉ số này tính bằng %: được đọc là ${vi(value)} %; hãy kiểm tra giá trị này có phải là tỷ lệ phần trăm không`,
  };
}
