import type { DtiIssue, IssueCode } from './issue.js';

/**
 * The warnings that `strict` reading turns into errors: those that change every unit's score or one
 * unit's score by a likely slip — an indicator with no column or no value anywhere, a `%` value out of
 * range, a value beyond its goalposts (capped to full marks or to zero), a `%` column written as fractions or one fraction among percentages, a number whose one
 * separator may be a thousands mark ("1,000"), a column mixing a decimal dot with thousands dots
 * ("0.500" and "1.250"), a word after a number in a % indicator ("30 người"), and a workbook with several sheets matching the
 * framework, of which only one is read.
 */
export const STRICT_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'missing-column',
  'suspicious-value',
  'several-sheets',
]);

/**
 * The issues with {@link STRICT_CODES} warnings made errors.
 *
 * @example strictly([{ severity: 'warning', code: 'missing-column', … }])[0].severity // → 'error'
 */
export function strictly(issues: readonly DtiIssue[]): DtiIssue[] {
  return issues.map((i) => (i.severity === 'warning' && STRICT_CODES.has(i.code) ? { ...i, severity: 'error' } : i));
}
