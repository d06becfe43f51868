import { type DtiIssue, type Framework, type MissingPolicy, missingPolicies, type ScoreTableUnit } from '@dti-kit/core';
import type { Locale } from './options.js';

/**
 * What a framework's missing-value rule does with an indicator a unit did not report: leave it out
 * (`skip`), score it 0 points (`zero`), estimate it from the mean or the median of the units that
 * reported it, or take the previous period's value (`previous`, with its fallback for a unit without one).
 */
export type MissingRule = 'skip' | 'zero' | 'mean' | 'median' | 'previous';

// `previous` first: its fallback, said after it, is what a unit without a previous value gets.
const RULE_ORDER: readonly MissingRule[] = ['previous', 'skip', 'zero', 'mean', 'median'];

const policyRules = (policy: MissingPolicy): MissingRule[] =>
  policy.type === 'previous' ? ['previous', policy.fallback ?? 'skip'] : [policy.type];

// An indicator no unit reported has nothing to estimate from: what the rule did is what the reader said.
const OUTCOME_RULES: Record<NonNullable<DtiIssue['outcome']>, MissingRule[]> = {
  zero: ['zero'],
  skip: ['skip'],
  'previous-zero': ['previous', 'zero'],
  'previous-skip': ['previous', 'skip'],
};

/**
 * The missing-value rules a framework applied to its indicators, each indicator's policy as the core
 * inherits it (`missingPolicies`: from the nearest group that sets one, skip when none does), in a fixed order. An indicator that a
 * `missing-column` issue names takes the outcome the issue carries instead: `mean` over a column
 * nobody filled in left it out, it estimated nothing. A `nothing-to-estimate` warning adds its outcome
 * (`skip`): a unit alone in its parent had its value left out, not estimated.
 *
 * `only`, when given, keeps the rules of those indicators alone (the ones a file left values out of).
 *
 * @example missingRules(framework) // → ['skip'] for a framework that never sets `missing`
 */
export function missingRules(
  framework: Framework,
  issues: readonly DtiIssue[] = [],
  only?: ReadonlySet<string>,
): MissingRule[] {
  const outcomes = new Map<string, NonNullable<DtiIssue['outcome']>>();
  for (const issue of issues)
    if (issue.code === 'missing-column' && issue.indicator !== undefined && issue.outcome !== undefined)
      outcomes.set(issue.indicator, issue.outcome);
  const found = new Set<MissingRule>();
  // A mean within a parent no other unit shares left that unit's value out: the legend says so too.
  for (const issue of issues)
    if (issue.detail === 'nothing-to-estimate' && issue.outcome !== undefined)
      for (const rule of OUTCOME_RULES[issue.outcome]) found.add(rule);
  for (const [id, policy] of missingPolicies(framework)) {
    if (only && !only.has(id)) continue;
    const outcome = outcomes.get(id);
    for (const rule of outcome ? OUTCOME_RULES[outcome] : policyRules(policy)) found.add(rule);
  }
  return RULE_ORDER.filter((r) => found.has(r));
}

const phrases: Record<Locale, Record<MissingRule, string>> = {
  vi: {
    skip: 'bị bỏ qua (điểm được tính lại trên các chỉ số có số liệu)',
    zero: 'được tính 0 điểm',
    mean: 'được ước tính bằng giá trị trung bình của các đơn vị có số liệu',
    median: 'được ước tính bằng trung vị của các đơn vị có số liệu',
    previous: 'lấy giá trị của kỳ trước nếu có',
  },
  en: {
    skip: 'left out (the score is re-weighted over the indicators reported)',
    zero: 'scored 0',
    mean: 'estimated from the mean of the units that reported them',
    median: 'estimated from the median of the units that reported them',
    previous: "given the previous period's value where there is one",
  },
};

/**
 * The legend of the partial-coverage mark, naming what the framework does with missing values.
 *
 * @example partialNote(['skip'], 'en') // → 'partial data (coverage below 100%): indicators not reported are left out (…), as the framework says.'
 */
export function partialNote(rules: readonly MissingRule[], locale: Locale): string {
  const list = rules.map((r) => phrases[locale][r]);
  return locale === 'vi'
    ? `thiếu số liệu (độ phủ dưới 100%): chỉ số không có số liệu ${list.join(' hoặc ')} theo quy tắc của bộ chỉ số; thứ hạng của các đơn vị này không dựa trên đủ số liệu.`
    : `partial data (coverage below 100%): indicators not reported are ${list.join(' or ')}, as the framework says; the ranks of these units do not rest on complete data.`;
}

// What the rules that fill a value in did, after "n value(s)": `skip` fills none in, so it is not said.
const filledPhrases: Record<Locale, Record<Exclude<MissingRule, 'skip'>, string>> = {
  vi: {
    zero: 'thiếu được tính 0 điểm',
    mean: 'được ước tính bằng giá trị trung bình',
    median: 'được ước tính bằng trung vị',
    previous: 'lấy giá trị của kỳ trước',
  },
  en: {
    zero: 'missing, scored 0',
    mean: 'estimated from the mean',
    median: 'estimated from the median',
    previous: "given the previous period's value",
  },
};

/**
 * One unit's coverage in words, for the title of its mark: how many of the indicators coverage counts
 * (those worth points) it lacks, and how many missing values the framework's rules filled in, said as
 * what they did: scored 0 (`zero`), estimated from the mean or the median, the previous period's
 * value, or each of them that applies, joined by "or".
 *
 * @example unitCoverageNote({ coverage: 0.5, imputed: 1, … }, 4, '50%', ['zero'], 'en') // → 'Coverage 50%: 2 of 4 indicators not reported, 1 value(s) missing, scored 0'
 */
export function unitCoverageNote(
  unit: Pick<ScoreTableUnit, 'coverage' | 'imputed'>,
  indicators: number,
  coverage: string,
  rules: readonly MissingRule[],
  locale: Locale,
): string {
  const missing = Math.round((1 - unit.coverage) * indicators);
  const how = rules.flatMap((r) => (r === 'skip' ? [] : [filledPhrases[locale][r]]));
  const filled = unit.imputed > 0 && how.length > 0;
  if (locale === 'vi')
    return `Độ phủ ${coverage}: thiếu số liệu ${missing}/${indicators} chỉ số${filled ? `, ${unit.imputed} giá trị ${how.join(' hoặc ')}` : ''}`;
  return `Coverage ${coverage}: ${missing} of ${indicators} indicators not reported${filled ? `, ${unit.imputed} value(s) ${how.join(' or ')}` : ''}`;
}

/**
 * The line `dti validate` adds after its verdict when values are missing: how many values were not
 * reported (a blank cell or a placeholder), in how many units, and what the framework's rule does with them.
 *
 * @example missingValuesNote(1, 1, ['zero'], 'vi') // → '1 giá trị chưa có số liệu (ở 1 đơn vị): được tính 0 điểm theo quy tắc của bộ chỉ số'
 */
export function missingValuesNote(
  values: number,
  units: number,
  rules: readonly MissingRule[],
  locale: Locale,
): string {
  const list = rules.map((r) => phrases[locale][r]);
  return locale === 'vi'
    ? `${values} giá trị chưa có số liệu (ở ${units} đơn vị): ${list.join(' hoặc ')} theo quy tắc của bộ chỉ số`
    : `${values} value(s) not reported (in ${units} unit(s)): ${list.join(' or ')}, by the framework's rule`;
}
