import { type DtiIssue, formatIssue, ISSUE_KINDS, type IssueCode } from '@dti-kit/core';
import { coveredCellLines } from './covered-cells.js';
import type { Locale } from './options.js';
import { printable } from './printable.js';

/** How many issues of each severity were reported, and how many indicators have no column. */
export interface IssueCounts {
  errors: number;
  warnings: number;
  missingColumns: number;
}

const words = {
  vi: {
    counts: (c: IssueCounts) => `${c.errors} lỗi, ${c.warnings} cảnh báo`,
    missing: (n: number, errors: boolean) =>
      `${n} chỉ số của bộ chỉ số không có cột trong tệp; ${errors ? 'lỗi' : 'cảnh báo'} của từng chỉ số nói chỉ số đó được tính 0 điểm hay bị bỏ qua, theo quy tắc thiếu số liệu của bộ chỉ số`,
    // Not "shows all": past the reader's 1,000 of a kind the rest are only counted, on the next line.
    // The kind in words: the code name means nothing to a Vietnamese reader.
    more: (n: number, code: IssueCode) =>
      `… còn ${n} vấn đề cùng loại (${ISSUE_KINDS.vi[code]}) nữa (--verbose liệt kê chúng)`,
    unscored: (path: string, errors: number) => `${path}: ${errors} lỗi; chưa chấm điểm đơn vị nào`,
    units: (n: number) => `${n} đơn vị`,
    period: (p: string) => ` (kỳ ${p})`,
    valid: (id: string) => `hợp lệ với bộ chỉ số ${id}`,
    withWarnings: (n: number) => `, có ${n} cảnh báo`,
  },
  en: {
    counts: (c: IssueCounts) => `${c.errors} error(s), ${c.warnings} warning(s)`,
    missing: (n: number, errors: boolean) =>
      `${n} framework indicator(s) have no column in the file; the ${errors ? 'error' : 'warning'} of each says whether it scores 0 or is left out, by the missing-value rule of the framework`,
    more: (n: number, code: IssueCode) =>
      `… ${n} more of the same kind (${ISSUE_KINDS.en[code]}) (--verbose lists them)`,
    unscored: (path: string, errors: number) => `${path}: ${errors} error(s); nothing was scored`,
    units: (n: number) => `${n} unit(s)`,
    period: (p: string) => ` (period ${p})`,
    valid: (id: string) => `valid for ${id}`,
    withWarnings: (n: number) => `, with ${n} warning(s)`,
  },
};

/**
 * Prints issues in the chosen language, each on one line with control characters from the data made
 * visible. Missing indicator columns come first and are never folded away, since they change every
 * unit's score; then errors, then warnings. Without `verbose`, at most `limit` issues of each other
 * kind are shown and the rest counted, so a file with hundreds of bounds stays readable; with it, a
 * column's note is followed by every cell it covers. Ends with the
 * counts, unless `counts: false` (a report that lists only warnings).
 *
 * @example reportIssues(result.issues, console.error, { locale: 'vi' }) // prints '… 1 lỗi, 3 cảnh báo'
 */
export function reportIssues(
  issues: readonly DtiIssue[],
  write: (line: string) => void,
  options: { verbose?: boolean; limit?: number; locale?: Locale; counts?: boolean } = {},
): IssueCounts {
  const locale = options.locale ?? 'vi';
  const w = words[locale];
  const limit = options.verbose ? Number.POSITIVE_INFINITY : (options.limit ?? 10);
  const mark = (i: DtiIssue) => (i.severity === 'error' ? '✗' : '!');
  const line = (i: DtiIssue) => `${mark(i)} ${printable(formatIssue(i, locale))}`;
  const missing = issues.filter((i) => i.code === 'missing-column');
  const rest = issues.filter((i) => i.code !== 'missing-column' && !counted(i));
  for (const issue of missing) write(line(issue));
  for (const severity of ['error', 'warning'] as const) {
    const shown = new Map<IssueCode, number>();
    for (const issue of rest) {
      if (issue.severity !== severity) continue;
      const n = (shown.get(issue.code) ?? 0) + 1;
      shown.set(issue.code, n);
      if (n > limit) continue;
      write(line(issue));
      if (options.verbose) for (const cell of coveredCellLines(issue, locale)) write(cell);
    }
    for (const [code, n] of shown)
      if (n > limit) write(`${severity === 'error' ? '✗' : '!'} ${w.more(n - limit, code)}`);
    for (const issue of issues) if (issue.severity === severity && counted(issue)) write(line(issue));
  }
  const counts: IssueCounts = {
    errors: total(issues, 'error'),
    warnings: total(issues, 'warning'),
    missingColumns: missing.length,
  };
  if (issues.length > 0 && options.counts !== false) write(w.counts(counts));
  if (counts.missingColumns > 0) {
    // Under --strict the columns' warnings are errors: the line says which the reader is to look for.
    const errors = missing.some((i) => i.severity === 'error');
    write(`${errors ? '✗' : '!'} ${w.missing(counts.missingColumns, errors)}`);
  }
  return counts;
}

/** Whether the issue counts the issues of a kind past those the reader listed (core's `MORE_ISSUES`). */
function counted(issue: DtiIssue): boolean {
  return issue.detail === 'more-issues' && typeof issue.value === 'number';
}

/** How many issues of the severity the file has, those only counted by the reader included. */
function total(issues: readonly DtiIssue[], severity: DtiIssue['severity']): number {
  let n = 0;
  for (const issue of issues) if (issue.severity === severity) n += counted(issue) ? (issue.value as number) : 1;
  return n;
}

/**
 * The message when a file had errors and nothing was scored.
 *
 * @example unscoredMessage('so-lieu.xlsx', 2, 'vi') // → 'so-lieu.xlsx: 2 lỗi; chưa chấm điểm đơn vị nào'
 */
export function unscoredMessage(path: string, errors: number, locale: Locale): string {
  return printable(words[locale].unscored(path, errors));
}

/**
 * The last line of `dti validate` for a file without errors. A bare ✓ only when there is nothing to
 * say; with warnings (a missing column above all) the line says so and starts with `!`.
 *
 * @example validationLine({ path: 'a.csv', units: 2, framework: 'x', warnings: 1 }, 'en') // → '! a.csv: 2 unit(s), valid for x, with 1 warning(s)'
 */
export function validationLine(
  summary: { path: string; units: number; period?: string | undefined; framework: string; warnings: number },
  locale: Locale,
): string {
  const w = words[locale];
  const text = `${summary.path}: ${w.units(summary.units)}${summary.period ? w.period(summary.period) : ''}, ${w.valid(summary.framework)}${summary.warnings > 0 ? w.withWarnings(summary.warnings) : ''}`;
  return `${summary.warnings > 0 ? '!' : '✓'} ${printable(text)}`;
}
