import { numberText } from './number-text.js';

/** A cell to write: text, a number (written as a number), a boolean, or empty. */
export type CsvCell = string | number | boolean | null | undefined;

/** Options of {@link writeCsv}. */
export interface WriteCsvOptions {
  /**
   * `vi` (default): semicolons between fields and a decimal comma, as Excel expects in a Vietnamese
   * locale; `en`: commas and a decimal point.
   */
  locale?: 'vi' | 'en';
  /** A UTF-8 byte-order mark first, so Excel reads the diacritics (default true). */
  bom?: boolean;
}

// OWASP "CSV injection": a spreadsheet runs a cell that starts with one of these as a formula. The
// full-width forms are included because some spreadsheet locales treat them alike.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;

function textCell(text: string, delimiter: string): string {
  let t = text.replace(CONTROL, '');
  // A quote makes the spreadsheet show the text as typed instead of evaluating it.
  if (FORMULA_START.test(t)) t = `'${t}`;
  return t.includes(delimiter) || /["\r\n]/u.test(t) || t !== t.trim() ? `"${t.replace(/"/gu, '""')}"` : t;
}

/**
 * Writes rows as CSV that is safe to open: text that a spreadsheet would run as a formula
 * (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(1)`, `-2+3`, a leading tab or carriage return) is prefixed with
 * `'`, control characters and NUL are removed, numbers stay numbers (`-2.5` is written as a number,
 * `"-2+3"` as protected text). Fields holding the delimiter, a quote or a line break are quoted
 * (RFC 4180); lines end with CRLF. The one CSV writer of the CLI and the widgets.
 *
 * @example writeCsv([['Đơn vị', 'Điểm'], ['=HYPERLINK("x")', 97.8]]) // → '\uFEFFĐơn vị;Điểm\r\n\'=HYPERLINK(""x"")…'
 */
export function writeCsv(rows: readonly (readonly CsvCell[])[], options: WriteCsvOptions = {}): string {
  const locale = options.locale ?? 'vi';
  const delimiter = locale === 'vi' ? ';' : ',';
  const point = locale === 'vi' ? ',' : '.';
  const cell = (c: CsvCell): string => {
    if (c === null || c === undefined) return '';
    if (typeof c === 'number') {
      if (!Number.isFinite(c)) return '';
      return numberText(c, point);
    }
    if (typeof c === 'boolean') return c ? '1' : '0';
    return textCell(c, delimiter);
  };
  const body = rows.map((row) => row.map(cell).join(delimiter)).join('\r\n');
  return `${options.bom === false ? '' : '\uFEFF'}${body}\r\n`;
}
