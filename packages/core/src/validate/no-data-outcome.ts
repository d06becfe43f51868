import type { Plan } from '../plan/compile.js';
import type { MissingPolicy } from '../schema/framework.js';
import { missingPolicies } from '../schema/missing-policies.js';
import type { PreparedUnit } from './dataset.js';
import type { UnitList } from './unit-list.js';

/** What the rule in force did with one indicator a unit did not report. */
type Outcome = 'zero' | 'skip' | 'mean' | 'median' | 'previous-zero' | 'previous-skip' | 'previous-estimate';

const PHRASES: Record<Outcome, { en: string; vi: string }> = {
  zero: { en: 'scored 0 points', vi: 'được tính 0 điểm' },
  skip: { en: 'left out', vi: 'bị bỏ qua' },
  mean: {
    en: 'estimated from the mean of the units that reported',
    vi: 'được ước tính bằng giá trị trung bình của các đơn vị có số liệu',
  },
  median: {
    en: 'estimated from the median of the units that reported',
    vi: 'được ước tính bằng trung vị của các đơn vị có số liệu',
  },
  'previous-zero': {
    en: 'taken from the previous period where there is one, else scored 0 points',
    vi: 'lấy giá trị kỳ trước nếu có, nếu không được tính 0 điểm',
  },
  'previous-skip': {
    en: 'taken from the previous period where there is one, else left out',
    vi: 'lấy giá trị kỳ trước nếu có, nếu không bị bỏ qua',
  },
  'previous-estimate': {
    en: 'taken from the previous period where there is one, else estimated from the other units',
    vi: 'lấy giá trị kỳ trước nếu có, nếu không được ước tính từ các đơn vị khác',
  },
};

/** Whether a unit other than `u` of the same group (`within`) has a value in `column`. */
function othersReported(column: Float64Array, units: UnitList, u: number, within: MissingPolicy): boolean {
  const group = (unit: PreparedUnit) =>
    'within' in within
      ? within.within === 'parent'
        ? unit.parent
        : within.within === 'peerGroup'
          ? unit.peerGroup
          : ''
      : '';
  const own = group(units.at(u) as PreparedUnit);
  for (let v = 0; v < column.length; v++)
    if (v !== u && !Number.isNaN(column[v]) && group(units.at(v) as PreparedUnit) === own) return true;
  return false;
}

function outcomeOf(policy: MissingPolicy, column: Float64Array, units: UnitList, u: number): Outcome {
  if (policy.type === 'zero' || policy.type === 'skip') return policy.type;
  if (policy.type === 'previous') {
    const fallback = policy.fallback ?? 'skip';
    return fallback === 'zero' || fallback === 'skip' ? `previous-${fallback}` : 'previous-estimate';
  }
  // A mean of nothing is nothing: the value is then left out, as scoring does.
  return othersReported(column, units, u, policy) ? policy.type : 'skip';
}

/**
 * What the framework's missing-value rules (`missingPolicies`, each indicator's own) did for unit `u`,
 * which reported no indicator worth points, as the end of a sentence in English and Vietnamese: scored
 * 0, left out (and so not ranked), estimated from the mean or median of the others, or a mix, counted;
 * and, under a minimum coverage, that it is left unscored.
 *
 * @example noDataOutcome(plan, units, values, 1).en // → 'each is scored 0 points, so the unit gets 0 points'
 */
export function noDataOutcome(
  plan: Plan,
  units: UnitList,
  values: readonly Float64Array[],
  u: number,
): { en: string; vi: string } {
  const policies = missingPolicies(plan.framework);
  const counts = new Map<Outcome, number>();
  plan.indicators.forEach(({ node, counted }, i) => {
    if (!counted) return;
    const policy = policies.get(node.id) ?? { type: 'skip' };
    const outcome = outcomeOf(policy, values[i] as Float64Array, units, u);
    counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  });
  const min = plan.framework.minCoverage ?? 0;
  if (min > 0)
    return {
      en: `its coverage, 0, is below the framework's minimum coverage, so it is left unscored and not ranked`,
      vi: `độ phủ của đơn vị là 0, dưới mức độ phủ tối thiểu của bộ chỉ số, nên đơn vị không được chấm điểm và không xếp hạng`,
    };
  const said = ruled(counts);
  return {
    en: `under the framework's missing-value rule ${said.en}`,
    vi: `theo quy tắc thiếu số liệu của bộ chỉ số, ${said.vi}`,
  };
}

/** What the rules did with the unit's indicators, by how many took each outcome. */
function ruled(counts: ReadonlyMap<Outcome, number>): { en: string; vi: string } {
  const [only] = counts.keys();
  if (counts.size === 1 && only === 'zero')
    return {
      en: 'each is scored 0 points, so the unit gets 0 points',
      vi: 'mỗi chỉ số được tính 0 điểm, nên đơn vị được 0 điểm',
    };
  if (counts.size === 1 && only === 'skip')
    return {
      en: 'each is left out, so the unit has no score and is not ranked',
      vi: 'mỗi chỉ số bị bỏ qua, nên đơn vị không có điểm và không xếp hạng',
    };
  if (counts.size === 1 && (only === 'mean' || only === 'median'))
    return {
      en: `each is ${PHRASES[only].en}, so its score and rank are the others', not a result of its own`,
      vi: `mỗi chỉ số ${PHRASES[only].vi}, nên điểm và thứ hạng của đơn vị là của các đơn vị khác, không phải kết quả của chính đơn vị`,
    };
  const list = (locale: 'en' | 'vi') =>
    [...counts].map(([o, n]) => `${PHRASES[o][locale]} (${n} ${locale === 'en' ? 'indicators' : 'chỉ số'})`);
  return {
    en: `its indicators are ${list('en').join(', ')}`,
    vi: `các chỉ số của đơn vị ${list('vi').join(', ')}`,
  };
}
