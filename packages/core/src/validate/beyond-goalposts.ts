import type { Indicator } from '../schema/framework.js';
import { clip, type DtiIssue, dataIssue } from './issue.js';
import { vi } from './vi-number.js';

/**
 * Names a value of a goalposts indicator that lies beyond its goalposts, whatever its unit: the method
 * caps such a value to full marks or to zero, which changes the unit's score (and the ranks) without a
 * word otherwise. Values are very often points written where a 0–1 score is meant (12 for 0.12) or a
 * count beyond the largest one the goalposts foresaw. It is a `suspicious-value` warning (an error
 * under `strict`) with `detail` `above-goalposts` or `below-goalposts`, naming the unit, the indicator,
 * the value and what scoring does with it, in English and Vietnamese. `undefined` for a value within
 * the posts (or not reported), and for a `%` value outside 0–100, left to the `%` column's own warning
 * so that a cell is named once. Called by validation's one pass over each column.
 *
 * @example beyondGoalposts(count, 'a', 6000, ['units', 0, 'values', 'cnt'])
 * // → { code: 'suspicious-value', detail: 'above-goalposts', unit: 'a', value: 6000,
 * //     message: 'unit "a", indicator "cnt": value 6000 is above the goalposts 0–5000: it is capped to full marks at 5000' }
 */
export function beyondGoalposts(
  indicator: Indicator,
  unitId: string,
  v: number,
  path: (string | number)[],
): DtiIssue | undefined {
  const { method } = indicator;
  if (method.type !== 'goalposts') return undefined;
  const { min, max } = method;
  // NaN (not reported) fails both comparisons, as do values within the posts.
  if (!(v > max || v < min)) return undefined;
  if (indicator.unit === '%' && (v < 0 || v > 100)) return undefined; // the % column's warning names it
  const above = v > max;
  const bound = above ? max : min;
  const full = above !== (indicator.direction === 'lower');
  const outcome = full ? `it is capped to full marks at ${bound}` : 'it is scored 0';
  const issue = dataIssue(
    'suspicious-value',
    unitId,
    indicator.id,
    v,
    path,
    `is ${above ? 'above' : 'below'} the goalposts ${min}–${max}: ${outcome}`,
    'warning',
  );
  // Set after, not spread into a copy: a large dataset can give thousands of these warnings.
  issue.detail = above ? 'above-goalposts' : 'below-goalposts';
  issue.messageVi = `đơn vị "${clip(unitId)}", chỉ số "${clip(indicator.id)}": giá trị ${vi(v)} ${above ? 'lớn hơn mốc trên' : 'nhỏ hơn mốc dưới'} ${vi(bound)} (mốc ${vi(min)}–${vi(max)}): ${full ? `được chấm điểm tối đa (tính như ${vi(bound)})` : 'bị chấm 0 điểm'}`;
  return issue;
}
