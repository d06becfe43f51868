import type { MissingPolicy } from '../schema/framework.js';

/**
 * What scoring does with an indicator that no unit has a value for, by its missing-value policy:
 * `zero` (every unit scores 0 on it, its weight stays), `skip` (left out, its weight shared among its
 * siblings: `skip`, and `mean`/`median`, which have no value to impute from), or `previous-zero` /
 * `previous-skip` (the previous period's value where one is given, else the fallback).
 *
 * @example unreportedOutcome({ type: 'median' }) // → 'skip'
 */
export type UnreportedOutcome = 'zero' | 'skip' | 'previous-zero' | 'previous-skip';

/** The {@link UnreportedOutcome} of a policy. Internal. */
export function unreportedOutcome(policy: MissingPolicy): UnreportedOutcome {
  if (policy.type === 'zero') return 'zero';
  // The statistic of no value is no value: left out, as `skip`.
  if (policy.type !== 'previous') return 'skip';
  return policy.fallback === 'zero' ? 'previous-zero' : 'previous-skip';
}

// An issue may come from a reader that knew no policy: it then says what the default (`skip`) does.
const SENTENCES: Record<'en' | 'vi', Record<UnreportedOutcome, string>> = {
  en: {
    zero: 'every unit scores 0 on it (the framework counts a missing value as 0 points)',
    skip: 'every unit is scored without it',
    'previous-zero':
      "each unit takes its value from the previous period; a unit without one scores 0 on it (the framework's rule)",
    'previous-skip': 'each unit takes its value from the previous period; a unit without one is scored without it',
  },
  vi: {
    zero: 'mọi đơn vị được tính 0 điểm ở chỉ số này (bộ chỉ số tính giá trị thiếu là 0 điểm)',
    skip: 'mọi đơn vị được chấm điểm mà không có chỉ số này',
    'previous-zero':
      'mỗi đơn vị lấy giá trị của kỳ trước; đơn vị không có giá trị kỳ trước được tính 0 điểm ở chỉ số này (quy tắc của bộ chỉ số)',
    'previous-skip':
      'mỗi đơn vị lấy giá trị của kỳ trước; đơn vị không có giá trị kỳ trước được chấm điểm mà không có chỉ số này',
  },
};

/**
 * What happened to an indicator nobody reported, as the end of a sentence in `locale`. Internal.
 *
 * @example unreportedSentence('zero', 'en') // → 'every unit scores 0 on it (the framework counts a missing value as 0 points)'
 */
export function unreportedSentence(outcome: UnreportedOutcome | undefined, locale: 'en' | 'vi'): string {
  return SENTENCES[locale][outcome ?? 'skip'];
}
