import type { MissingPolicy } from '../schema/framework.js';

type Rule = MissingPolicy['type'] | NonNullable<Extract<MissingPolicy, { type: 'previous' }>['fallback']>;

// What the rule does with one unit's missing value, after "so" / "nên".
const DID: Record<'en' | 'vi', Record<Rule, string>> = {
  en: {
    zero: 'the unit scores 0 on this indicator',
    skip: 'the unit is scored without this indicator (left out: its weight goes to the other indicators)',
    mean: "the unit's value is estimated with the mean of the units that reported it",
    median: "the unit's value is estimated with the median of the units that reported it",
    previous: 'the unit takes its value from the previous period',
  },
  vi: {
    zero: 'đơn vị được tính 0 điểm ở chỉ số này',
    skip: 'đơn vị được chấm điểm mà không có chỉ số này (bỏ qua: trọng số được chia cho các chỉ số khác)',
    mean: 'giá trị của đơn vị được ước tính bằng trung bình của các đơn vị có số liệu',
    median: 'giá trị của đơn vị được ước tính bằng trung vị của các đơn vị có số liệu',
    previous: 'đơn vị lấy giá trị của kỳ trước',
  },
};

const WITHIN: Record<'en' | 'vi', Record<'peerGroup' | 'parent', string>> = {
  en: { peerGroup: ' in its peer group', parent: ' under the same parent' },
  vi: { peerGroup: ' cùng nhóm', parent: ' cùng cấp trên' },
};

/**
 * What a framework's missing-value rule does with one unit's missing value of an indicator, as the
 * end of a sentence with the rule named, in `locale`; for a field (no policy), that the indicators
 * computed from it count as missing. Internal: the cell warnings of a sheet say it.
 *
 * @example missingValueRule({ type: 'zero' }, 'en') // → "the unit scores 0 on this indicator, as the framework's missing-value rule says"
 * @example missingValueRule({ type: 'previous', fallback: 'skip' }, 'vi') // → 'đơn vị lấy giá trị của kỳ trước; nếu không có, đơn vị được chấm điểm mà không có chỉ số này (…), theo quy tắc thiếu số liệu của bộ chỉ số'
 */
export function missingValueRule(policy: MissingPolicy | undefined, locale: 'en' | 'vi'): string {
  const rule =
    locale === 'en' ? ", as the framework's missing-value rule says" : ', theo quy tắc thiếu số liệu của bộ chỉ số';
  if (!policy)
    return locale === 'en'
      ? "the indicators computed from this field have no value for the unit, and the framework's missing-value rule applies to them"
      : 'các chỉ số tính từ số liệu gốc này không có giá trị cho đơn vị, và quy tắc thiếu số liệu của bộ chỉ số được áp dụng';
  const said = DID[locale][policy.type];
  if (policy.type === 'previous') {
    const fallback = DID[locale][policy.fallback ?? 'skip'];
    return `${said}; ${locale === 'en' ? 'without one,' : 'nếu không có,'} ${fallback}${rule}`;
  }
  if ((policy.type === 'mean' || policy.type === 'median') && policy.within && policy.within !== 'all')
    return `${said}${WITHIN[locale][policy.within]}${rule}`;
  return `${said}${rule}`;
}
