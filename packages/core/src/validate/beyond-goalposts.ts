import type { Indicator } from '../schema/framework.js';
import { clip, type DtiIssue, dataIssue } from './issue.js';
import { vi } from './vi-number.js';

/**
 * Names every value of a goalposts indicator that lies beyond its goalposts, whatever its unit: the
 * method caps such a value to full marks or to zero, which changes the unit's score (and the ranks)
 * without a word otherwise. Values are very often points written where a 0–1 score is meant (12 for
 * 0.12) or a count beyond the largest one the goalposts foresaw. Each is a `suspicious-value`
 * warning (an error under `strict`) with `detail` `above-goalposts` or `below-goalposts`, naming the
 * unit, the indicator, the value and what scoring does with it, in English and Vietnamese. A `%`
 * value outside 0–100 is left to the `%` column's own warning, so a cell is named once.
 *
 * @example goalpostIssues(count, Float64Array.of(6000, 2500), ['a', 'b'], (u, id) => ['units', u, 'values', id])
 * // → [{ code: 'suspicious-value', detail: 'above-goalposts', unit: 'a', value: 6000,
 * //      message: 'unit "a", indicator "cnt": value 6000 is above the goalposts 0–5000: it is capped to full marks at 5000' }]
 */
export function goalpostIssues(
  indicator: Indicator,
  column: Float64Array,
  unitIds: readonly string[],
  pathOf: (u: number, id: string) => (string | number)[],
): DtiIssue[] {
  const { method } = indicator;
  if (method.type !== 'goalposts') return [];
  const { min, max } = method;
  const percent = indicator.unit === '%';
  const lower = indicator.direction === 'lower';
  const issues: DtiIssue[] = [];
  for (let u = 0; u < column.length; u++) {
    const v = column[u] as number;
    // NaN (not reported) fails both comparisons, as do values within the posts.
    if (!(v > max || v < min)) continue;
    if (percent && (v < 0 || v > 100)) continue; // the % column's warning names it, with its likely reading
    const above = v > max;
    const bound = above ? max : min;
    const full = above !== lower;
    const outcome = full ? `it is capped to full marks at ${bound}` : 'it is scored 0';
    const issue = dataIssue(
      'suspicious-value',
      unitIds[u] as string,
      indicator.id,
      v,
      pathOf(u, indicator.id),
      `is ${above ? 'above' : 'below'} the goalposts ${min}–${max}: ${outcome}`,
      'warning',
    );
    // Set after, not spread into a copy: a large dataset can give thousands of these warnings.
    issue.detail = above ? 'above-goalposts' : 'below-goalposts';
    issue.messageVi = `đơn vị "${clip(unitIds[u] as string)}", chỉ số "${clip(indicator.id)}": giá trị ${vi(v)} ${above ? 'lớn hơn mốc trên' : 'nhỏ hơn mốc dưới'} ${vi(bound)} (mốc ${vi(min)}–${vi(max)}): ${full ? `được chấm điểm tối đa (tính như ${vi(bound)})` : 'bị chấm 0 điểm'}`;
    issues.push(issue);
  }
  return issues;
}
