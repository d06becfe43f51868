import type { Framework, FrameworkNode, MissingPolicy, ScoreTableUnit } from '@dti-kit/core';
import type { Locale } from './options.js';

/** What happens to an indicator a unit did not report: left out, scored 0, or estimated. */
export type MissingRule = 'skip' | 'zero' | 'impute';

const ruleOf = (policy: MissingPolicy): MissingRule =>
  policy.type === 'skip' || policy.type === 'zero' ? policy.type : 'impute';

/**
 * The missing-value rules a framework applies to its indicators, each policy inherited from the
 * nearest group that sets one (skip when none does), in a fixed order.
 *
 * @example missingRules(framework) // → ['skip'] for a framework that never sets `missing`
 */
export function missingRules(framework: Framework): MissingRule[] {
  const found = new Set<MissingRule>();
  const walk = (node: FrameworkNode, inherited: MissingPolicy) => {
    const policy = node.missing ?? inherited;
    if (node.kind === 'indicator') found.add(ruleOf(policy));
    else for (const child of node.children) walk(child, policy);
  };
  walk(framework.root, framework.missing ?? { type: 'skip' });
  return (['skip', 'zero', 'impute'] as const).filter((r) => found.has(r));
}

const phrases: Record<Locale, Record<MissingRule, string>> = {
  vi: {
    skip: 'bị bỏ qua (điểm được tính lại trên các chỉ số có số liệu)',
    zero: 'được tính 0 điểm',
    impute: 'được ước tính từ số liệu khác',
  },
  en: {
    skip: 'left out (the score is re-weighted over the indicators reported)',
    zero: 'scored 0',
    impute: 'imputed from other data',
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

/**
 * One unit's coverage in words, for the title of its mark: how many of the indicators coverage counts
 * (those worth points) it lacks, and how many missing values the framework's rules filled, said as
 * what they did: scored 0 (`zero`), estimated (`mean`, `median`, `previous`), or either.
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
  const zero = rules.includes('zero');
  const impute = rules.includes('impute');
  const filled = zero && impute ? 'mixed' : zero ? 'zero' : 'impute';
  if (locale === 'vi') {
    const how = {
      zero: 'thiếu được tính 0 điểm',
      impute: 'được ước tính',
      mixed: 'thiếu được tính 0 điểm hoặc ước tính',
    }[filled];
    return `Độ phủ ${coverage}: thiếu số liệu ${missing}/${indicators} chỉ số${unit.imputed > 0 ? `, ${unit.imputed} giá trị ${how}` : ''}`;
  }
  const how = { zero: 'missing, scored 0', impute: 'imputed', mixed: 'missing, scored 0 or imputed' }[filled];
  return `Coverage ${coverage}: ${missing} of ${indicators} indicators not reported${unit.imputed > 0 ? `, ${unit.imputed} value(s) ${how}` : ''}`;
}
