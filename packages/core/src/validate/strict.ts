import type { DtiIssue, IssueCode } from './issue.js';

/**
 * The warnings that `strict` reading turns into errors: those that change every unit's score or one
 * unit's score by a likely slip — an indicator with no column or no value anywhere, a `%` value out of
 * range, a value beyond its goalposts (capped to full marks or to zero), a `%` column written as fractions or one fraction among percentages, a number whose one
 * separator may be a thousands mark ("1,000"), a column mixing a decimal dot with thousands dots
 * ("0.500" and "1.250"), a word after a number in a % indicator ("30 người"), a workbook with several
 * sheets matching the framework, of which only one is read, and a spreadsheet error cell (`#REF!`,
 * `#DIV/0!`) read as a missing value. A formula cell with no saved result is one too, by its `detail`
 * (see {@link strictly}).
 */
export const STRICT_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'missing-column',
  'suspicious-value',
  'several-sheets',
  'cell-error',
]);

/**
 * Warnings made errors by their `detail`, whose code also names warnings `strict` leaves alone: a
 * formula cell with no saved result (`unreadable-cell`), read as missing though the file shows a value.
 */
const STRICT_DETAILS: ReadonlySet<string> = new Set(['formula-without-value']);

/**
 * Whether `strict` reading makes this warning an error. Internal: {@link strictly} and the sheet
 * reader ask it.
 *
 * @example isStrictWarning({ severity: 'warning', code: 'cell-error', … }) // → true
 */
export function isStrictWarning(issue: DtiIssue): boolean {
  return issue.severity === 'warning' && isStrictKind(issue);
}

/**
 * Whether an issue is of a kind `strict` makes an error, whatever its severity now: a reader that
 * made one an error under `strict` still validates the data, so `strict` never says less than the
 * default does. Internal.
 *
 * @example isStrictKind({ severity: 'error', code: 'missing-column', … }) // → true
 */
export function isStrictKind(issue: DtiIssue): boolean {
  return STRICT_CODES.has(issue.code) || (issue.detail !== undefined && STRICT_DETAILS.has(issue.detail));
}

/**
 * The issues with {@link STRICT_CODES} warnings made errors, and formula cells with no saved result.
 *
 * @example strictly([{ severity: 'warning', code: 'missing-column', … }])[0].severity // → 'error'
 */
export function strictly(issues: readonly DtiIssue[]): DtiIssue[] {
  return issues.map((i) => (isStrictWarning(i) ? { ...i, severity: 'error' } : i));
}
