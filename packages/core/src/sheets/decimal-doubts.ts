import { clip, type DtiIssue } from '../validate/issue.js';
import { NUMBER_CONVENTION } from '../validate/number-convention.js';
import { vi } from '../validate/vi-number.js';
import type { NumberRead } from './separator-notes.js';

/*
 * One reading of the dot (or, under the English convention, the comma) per sheet. "97.8" can only be a
 * decimal dot, so a file that holds it writes decimals with a dot; its "98.123" may then be 98.123 as
 * well as the 98123 the Vietnamese convention reads. Neither is scored on a guess: each such cell is an
 * error naming both readings.
 */

/** A cell read with its one mark as the thousands separator ("98.123" as 98123), kept until the sheet is read. */
interface Doubt {
  read: NumberRead;
  /** 0-based column, to name a decimal of the same column first. */
  column: number;
}

/** A cell whose mark can only be the other convention's decimal one ("97.8" in a Vietnamese file). */
interface Shown {
  cell: string;
  text: string;
}

/** The issue kinds a doubt takes the place of: they say how the cell was read, and it is not read. */
const REPLACED = new Set(['ambiguous-thousands', 'mixed-decimal-marks']);

/**
 * The readings of the sheet's single-mark numbers, gathered while it is read and judged once it is:
 * a number read as thousands in a sheet that shows the other convention's decimal mark is an error.
 *
 * @example doubts.decimal(read, 2); doubts.thousands(read2, 2); doubts.finish(issues)
 */
export class DecimalDoubts {
  /** The first decimal of the other convention, per column (0-based), and the sheet's first. */
  readonly #shown = new Map<number, Shown>();
  #first: Shown | undefined;
  readonly #doubts: Doubt[] = [];

  /** Counts a number whose mark was read as the other convention's decimal mark ("97.8", "0.500"). */
  decimal(read: NumberRead, column: number): void {
    const at = read.about.cell;
    if (!at || this.#shown.has(column)) return;
    const shown = { cell: `${at.column}${at.row}`, text: read.text.trim() };
    this.#shown.set(column, shown);
    this.#first ??= shown;
  }

  /** Counts a number whose one mark was read as the thousands separator ("98.123" as 98123). */
  thousands(read: NumberRead, column: number): void {
    this.#doubts.push({ read, column });
  }

  /**
   * Once the sheet is read: each number read as thousands in a sheet that also shows a decimal of the
   * other convention becomes an error naming both readings, in the place of the warnings that said how
   * it was read (and of the column notes on such readings); and a note on one decimal says it is the
   * column's only one.
   */
  finish(issues: { readonly list: DtiIssue[]; add(issue: DtiIssue): void }): void {
    const { list } = issues;
    for (const issue of list) if (issue.detail === 'other-decimal-mark' && issue.cells?.length === 1) onlyOne(issue);
    const first = this.#first;
    if (first === undefined || this.#doubts.length === 0) return;
    const doubted = new Set(this.#doubts.map((d) => key(d.read.about.cell)));
    const kept = list.filter(
      (issue) =>
        !REPLACED.has(issue.detail ?? '') && !(issue.code === 'suspicious-value' && doubted.has(key(issue.cell))),
    );
    list.length = 0;
    for (const issue of kept) list.push(issue);
    for (const doubt of this.#doubts) issues.add(doubtIssue(doubt, this.#shown.get(doubt.column) ?? first));
  }
}

const key = (cell: DtiIssue['cell']) => (cell ? `${cell.sheet}!${cell.column}${cell.row}` : '');

/** The note on a column's one decimal of the other convention, saying so rather than that others are read alike. */
function onlyOne(issue: DtiIssue): void {
  const dot = issue.message.includes('its dot taken');
  issue.message = issue.message.replace(
    /; the column's other values with a decimal (dot|comma) are read alike and not listed$/u,
    (_all, mark: string) => `; no other value of the column is read with a decimal ${mark}`,
  );
  const text = String(issue.cell?.text ?? '').trim();
  const header = issue.cell?.header;
  const place = `${issue.cell?.sheet}!${issue.cell?.column}${issue.cell?.row}${header ? ` (cột "${header}")` : ''}`;
  const mark = dot ? 'dấu chấm' : 'dấu phẩy';
  issue.messageVi = `${place}: "${text}" của đơn vị "${clip(issue.unit ?? '')}", chỉ số "${issue.indicator ?? ''}" được đọc là ${vi(Number(issue.value))}, ${mark} được hiểu là dấu thập phân, khác với ${NUMBER_CONVENTION[dot ? 'vi' : 'en'].vi} dùng để đọc tệp; không có giá trị nào khác của cột được đọc với ${mark} thập phân`;
}

/**
 * "98.123" in a Vietnamese-convention file that writes "97.8": 98,123 or 98123, an error naming the
 * cell, the unit, the indicator, the text, both readings and the decimal that makes the doubt.
 */
function doubtIssue({ read }: Doubt, shown: Shown): DtiIssue {
  const { about, text, value, locale, where } = read;
  const t = text.trim();
  const dot = locale === 'vi';
  const decimal = Number(t.replace(dot ? '.' : ',', '.'));
  const unit = clip(about.unit ?? '');
  const id = clip(about.indicator ?? '');
  const header = about.cell?.header;
  const placeVi = `${about.cell?.sheet}!${about.cell?.column}${about.cell?.row}${header ? ` (cột "${header}")` : ''}`;
  // The decimal as the file's convention writes it, so that it is read one way only.
  const written = dot ? vi(decimal) : String(decimal);
  const mark = dot ? { en: 'dot', vi: 'dấu chấm' } : { en: 'comma', vi: 'dấu phẩy' };
  return {
    ...about,
    severity: 'error',
    code: 'unreadable-cell',
    detail: 'ambiguous-decimal-mark',
    value: t,
    message: `${where}: "${t}" for unit "${unit}", indicator "${id}" could be ${decimal} or ${value}: the file writes decimals with a ${mark.en} ("${shown.text}" in ${shown.cell}), so this ${mark.en} may be a decimal mark as well as the thousands separator of ${NUMBER_CONVENTION[locale].en} the file is read under; nothing is scored on a guess: write ${written} or ${value}`,
    messageVi: `${placeVi}: "${t}" của đơn vị "${unit}", chỉ số "${id}" có thể là ${vi(decimal)} hoặc ${value}: tệp viết số thập phân bằng ${mark.vi} ("${shown.text}" ở ${shown.cell}), nên ${mark.vi} này có thể là dấu thập phân cũng như dấu phân cách hàng nghìn theo ${NUMBER_CONVENTION[locale].vi} dùng để đọc tệp; không chấm điểm theo phỏng đoán: hãy viết rõ ${written} hoặc ${value}`,
  };
}
