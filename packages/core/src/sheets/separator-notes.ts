import { coveredCells, readAlike } from '../validate/covered-cells.js';
import { type CellLocation, clip, type DtiIssue } from '../validate/issue.js';
import { NUMBER_CONVENTION } from '../validate/number-convention.js';
import { vi } from '../validate/vi-number.js';
import { type NumberLocale, readAsThousands } from './parse-value.js';
import type { Describe, SheetIssues } from './sheet-issues.js';

/*
 * The notes on how a number's separator was read: a mark the two conventions read differently
 * ("2.528", "1,000"), a decimal mark of the other convention ("0.500" in a Vietnamese file), and a
 * column that holds both kinds, where one of the two readings is likely wrong.
 */

/** A number as read from its cell, for the notes on how it was read: where, its text, the value, the convention. */
export interface NumberRead {
  about: Pick<DtiIssue, 'path' | 'unit' | 'indicator' | 'cell'>;
  value: number;
  text: string;
  locale: NumberLocale;
  /** The cell with its column's header, as the sentences name it. */
  where: string;
}

/**
 * The warning for a number the two locales read differently. "1,000" read as 1 in Vietnamese (or
 * "1.000" in English) is the other locale's way of writing a thousand, which a count column read the
 * locale's way would score a thousand times too low (`ambiguous-separator`). "2.528" read as 2528 in
 * Vietnamese (or "2,528" in English) is the other locale's decimal 2.528, a thousand times too high
 * (`ambiguous-thousands`).
 */
export function ambiguousSeparator({ about, value, text, locale, where }: NumberRead): DtiIssue {
  const t = text.trim();
  const mark = locale === 'vi' ? ',' : '.';
  const group = locale === 'vi' ? '.' : ',';
  if (readAsThousands(t, locale))
    return {
      ...about,
      severity: 'warning',
      code: 'suspicious-value',
      detail: 'ambiguous-thousands',
      value,
      message: `${where}: "${t}" for unit "${clip(about.unit ?? '')}", indicator "${about.indicator}" is read as ${value} (${locale === 'vi' ? 'dot as the thousands separator, as Vietnamese writes numbers' : 'comma as the thousands separator, as English writes numbers'}); if a decimal was meant, write ${t.replace(group, mark)}; the column's other values written this way are read alike and not listed`,
    };
  const meant = t.replace(mark, '');
  return {
    ...about,
    severity: 'warning',
    code: 'suspicious-value',
    detail: 'ambiguous-separator',
    value,
    message: `${where}: "${t}" for unit "${clip(about.unit ?? '')}", indicator "${about.indicator}" is read as ${value} (${locale === 'vi' ? 'comma as the decimal mark, as Vietnamese writes numbers' : 'dot as the decimal mark, as English writes numbers'}); if ${meant} was meant, write ${t.replace(mark, group)} or ${meant}`,
  };
}

/**
 * The note, once per column, that a decimal mark of the other convention was read as one: "0.500" in
 * a Vietnamese-convention file is 0.5, "1,5" in an English one 1.5. Each is certain alone, but a column
 * that holds them may follow the other convention, so that its "2.528" means 2.528, not 2528.
 */
export function otherDecimalMark({ about, value, text, locale, where }: NumberRead): DtiIssue {
  const t = text.trim();
  const mark = locale === 'vi' ? 'dot' : 'comma';
  return {
    ...about,
    severity: 'warning',
    code: 'reading-note',
    detail: 'other-decimal-mark',
    value,
    message: `${where}: "${t}" for unit "${clip(about.unit ?? '')}", indicator "${about.indicator}" is read as ${value}, its ${mark} taken as the decimal mark, against ${NUMBER_CONVENTION[locale].en} the file is read under; the column's other values with a decimal ${mark} are read alike and not listed`,
  };
}

/** The kinds of column note about separators; `mixed-marks` takes the place of the other two together. */
type SeparatorNote = 'ambiguous-thousands' | 'other-decimal-mark';

/**
 * Gives the column's note of `kind` once. A column that already has the other kind's note holds both a
 * decimal of the other convention ("0.500") and thousands in this one ("1.250"): that note is replaced
 * by one warning for the column that names both ({@link mixedMarks}), since neither "read alike" is
 * true of such a column. Every cell is counted toward the note, which names them all in its `cells`.
 *
 * @example separatorNote('other-decimal-mark', () => read, issues, 3, 'so-ho-so')
 */
export function separatorNote(
  kind: SeparatorNote,
  read: () => NumberRead,
  issues: SheetIssues,
  column: number,
  indicator: string,
): void {
  const now = read();
  const cell = {
    unit: now.about.unit ?? '',
    row: (now.about.cell?.row ?? 1) - 1,
    text: now.text.trim(),
    value: now.value,
  };
  if (issues.note('mixed-marks', column, indicator)) {
    issues.cover('mixed-marks', column, indicator, cell);
    return;
  }
  const other: SeparatorNote = kind === 'ambiguous-thousands' ? 'other-decimal-mark' : 'ambiguous-thousands';
  const first = issues.note(other, column, indicator);
  if (first?.cell === undefined) {
    issues.addNote(
      kind,
      column,
      indicator,
      () => (kind === 'ambiguous-thousands' ? ambiguousSeparator(now) : otherDecimalMark(now)),
      readAlikeCells,
    );
    issues.cover(kind, column, indicator, cell);
    return;
  }
  const earlier: Reading = { cell: first.cell, unit: first.unit ?? '', value: Number(first.value) };
  const later: Reading = { cell: now.about.cell as CellLocation, unit: now.about.unit ?? '', value: now.value };
  const [decimal, thousands] = kind === 'other-decimal-mark' ? [later, earlier] : [earlier, later];
  const mixed = mixedMarks(first, decimal, thousands, now.locale);
  issues.replaceNote(other, 'mixed-marks', column, indicator, mixed, mixedCells);
  issues.cover('mixed-marks', column, indicator, cell);
}

/** A note whose other cells "are read alike", counting and naming them. */
const readAlikeCells: Describe = (issue, cells) => {
  issue.message = readAlike(issue.message, cells, 'en');
};

/** The mixed-marks warning, counting and naming every cell of the column read one way or the other. */
const mixedCells: Describe = (issue, cells) => {
  issue.message += `; such numbers are ${coveredCells(cells, 'en')}`;
  if (issue.messageVi !== undefined) issue.messageVi += `; các số như vậy nằm ${coveredCells(cells, 'vi')}`;
};

/** One cell of a column that mixes conventions: where it is, its unit and the value read. */
interface Reading {
  cell: CellLocation;
  unit: string;
  value: number;
}

/** `D2, unit "A"` / `D2, đơn vị "A"`: a reading's cell within its column, and its unit. */
const at = (r: Reading, unit: string) => `${r.cell.column}${r.cell.row}, ${unit} "${clip(r.unit)}"`;

/**
 * One warning for a column holding a decimal of the other convention ("0.500", read as 0.5) and a
 * number whose one mark was read as a thousands separator ("1.250", read as 1250): both read as their
 * text allows, and one of the two is likely wrong. Said at the first cell of the two, naming both.
 */
function mixedMarks(first: DtiIssue, decimal: Reading, thousands: Reading, locale: NumberLocale): DtiIssue {
  const cell = first.cell as CellLocation;
  const header = cell.header;
  const place = `${cell.sheet}!${cell.column}${cell.row}`;
  const id = clip(first.indicator ?? '');
  const dot = locale === 'vi';
  const d = { text: decimal.cell.text.trim(), value: decimal.value };
  const t = { text: thousands.cell.text.trim(), value: thousands.value };
  const convention = NUMBER_CONVENTION[locale];
  const mark = { en: dot ? 'dot' : 'comma', vi: dot ? 'dấu chấm' : 'dấu phẩy' };
  return {
    path: first.path,
    unit: first.unit,
    indicator: first.indicator,
    cell,
    severity: 'warning',
    code: 'suspicious-value',
    detail: 'mixed-decimal-marks',
    value: {
      decimal: { cell: `${decimal.cell.column}${decimal.cell.row}`, text: d.text, value: d.value },
      thousands: { cell: `${thousands.cell.column}${thousands.cell.row}`, text: t.text, value: t.value },
    },
    message: `${place}${header ? ` (column "${header}")` : ''}: the column for indicator "${id}" mixes a decimal ${mark.en} with a ${mark.en} grouping thousands: "${d.text}" (${at(decimal, 'unit')}) is read as ${d.value}, its ${mark.en} taken as the decimal mark, and "${t.text}" (${at(thousands, 'unit')}) is read as ${t.value}, its ${mark.en} taken as the thousands separator of ${convention.en} the file is read under; one of the two readings is likely wrong: write every number of the column the same way`,
    messageVi: `${place}${header ? ` (cột "${header}")` : ''}: cột của chỉ số "${id}" dùng lẫn ${mark.vi} thập phân và ${mark.vi} phân cách hàng nghìn: "${d.text}" (${at(decimal, 'đơn vị')}) được đọc là ${vi(d.value)}, ${mark.vi} được hiểu là dấu thập phân, còn "${t.text}" (${at(thousands, 'đơn vị')}) được đọc là ${vi(t.value)}, ${mark.vi} được hiểu là dấu phân cách hàng nghìn theo ${convention.vi} dùng để đọc tệp; một trong hai cách đọc có thể sai: hãy viết mọi số của cột theo cùng một cách`,
  };
}
