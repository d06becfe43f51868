import type { Plan } from '../plan/compile.js';
import type { PreparedUnit } from './dataset.js';
import { clip, type DtiIssue } from './issue.js';
import type { UnitList } from './unit-list.js';

/** The group a `within` rule pools a unit with, and its name in a message. */
const WITHIN = {
  parent: { of: (unit: PreparedUnit) => unit.parent, en: 'parent', vi: 'đơn vị cấp trên' },
  peerGroup: { of: (unit: PreparedUnit) => unit.peerGroup, en: 'peer group', vi: 'nhóm' },
} as const;

/**
 * Units that a mean or median rule `within` their parent (or peer group) cannot estimate: no other unit
 * of that parent reported the indicator, so the missing value is left out, not estimated, and the
 * unit's score rests on its other indicators. A warning per unit names it, its parent, the indicators
 * and what happened, and suggests a parent that differs only in case ("p" for "P"), the likely slip.
 * Its `outcome` is `skip`: what a reader says about the rule must not claim an estimate for it.
 *
 * @example nothingToEstimate(plan, units, values)[0].message
 * // → 'unit "P3" (Xã P3): no other unit of parent "p" reported indicator "a", so the mean within the parent estimates nothing: …'
 */
export function nothingToEstimate(plan: Plan, units: UnitList, values: readonly Float64Array[]): DtiIssue[] {
  const alone = new Map<number, string[]>();
  let rule: { statistic: 'mean' | 'median'; within: keyof typeof WITHIN } | undefined;
  plan.indicators.forEach(({ node, missing, counted }, i) => {
    if (!counted || (missing.type !== 'mean' && missing.type !== 'median')) return;
    if (missing.within !== 'parent' && missing.within !== 'peerGroup') return;
    const within = WITHIN[missing.within];
    const column = values[i] as Float64Array;
    const pooled = new Set<string | undefined>();
    for (let u = 0; u < column.length; u++)
      if (!Number.isNaN(column[u])) pooled.add(within.of(units.at(u) as PreparedUnit));
    // An indicator nobody reported is said once, for every unit, by its missing-column warning.
    if (pooled.size === 0) return;
    for (let u = 0; u < column.length; u++) {
      if (!Number.isNaN(column[u]) || pooled.has(within.of(units.at(u) as PreparedUnit))) continue;
      rule = { statistic: missing.type, within: missing.within };
      const list = alone.get(u);
      if (list) list.push(node.id);
      else alone.set(u, [node.id]);
    }
  });
  if (rule === undefined) return [];
  const groups = new Map<string, string>();
  for (let u = 0; u < units.length; u++) {
    const key = WITHIN[rule.within].of(units.at(u) as PreparedUnit);
    if (key !== undefined) groups.set(key, key);
  }
  const found = rule;
  return [...alone].map(([u, indicators]) =>
    aloneIssue(units.at(u) as PreparedUnit, u, indicators, found, [...groups.keys()]),
  );
}

function aloneIssue(
  unit: PreparedUnit,
  u: number,
  indicators: string[],
  rule: { statistic: 'mean' | 'median'; within: keyof typeof WITHIN },
  groups: readonly string[],
): DtiIssue {
  const within = WITHIN[rule.within];
  const group = within.of(unit);
  const twin =
    group === undefined ? undefined : groups.find((g) => g !== group && g.toLowerCase() === group.toLowerCase());
  const name = unit.name !== unit.id ? ` (${clip(unit.name)})` : '';
  const list = indicators.map((id) => `"${clip(id)}"`).join(', ');
  const statistic = { en: rule.statistic, vi: rule.statistic === 'mean' ? 'giá trị trung bình' : 'trung vị' };
  const of = group === undefined ? `without a ${within.en}` : `of ${within.en} "${clip(group)}"`;
  const ofVi = group === undefined ? `không có ${within.vi}` : `thuộc ${within.vi} "${clip(group)}"`;
  const hint = twin === undefined ? '' : `; did you mean "${clip(twin)}", which differs only in case?`;
  const hintVi = twin === undefined ? '' : `; có phải là "${clip(twin)}", chỉ khác ở chữ hoa, chữ thường?`;
  return {
    severity: 'warning',
    code: 'suspicious-value',
    detail: 'nothing-to-estimate',
    path: ['units', u],
    unit: unit.id,
    indicator: indicators[0],
    value: group ?? null,
    outcome: 'skip',
    message: `unit "${clip(unit.id)}"${name}: no other unit ${of} reported indicator ${list}, so the ${statistic.en} within the ${within.en} estimates nothing: the missing value is left out (the score is re-weighted over the indicators reported), not estimated${hint}`,
    messageVi: `đơn vị "${clip(unit.id)}"${name}: không đơn vị nào khác ${ofVi} có số liệu chỉ số ${list}, nên ${statistic.vi} trong ${within.vi} không ước tính được gì: giá trị thiếu bị bỏ qua (điểm được tính lại trên các chỉ số có số liệu), không được ước tính${hintVi}`,
  };
}
