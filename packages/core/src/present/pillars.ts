import type { ScoreTable, ScoreTableNode } from '../explain/table.js';

/**
 * The pillars of a score table: the groups directly under the index that carry points (a 0-point group,
 * such as DTI's smart-city index, is listed in the table but is no pillar). The CLI's league table and
 * the widgets' pillar columns, scorecard bars and what-if weights all show these, in table order.
 *
 * @example pillarsOf(table).map((p) => p.id) // → ['chinh-quyen-so', 'kinh-te-so', 'xa-hoi-so']
 */
export function pillarsOf(table: Pick<ScoreTable, 'nodes'>): ScoreTableNode[] {
  const root = table.nodes.find((n) => n.parent === null);
  return table.nodes.filter((n) => n.parent === root?.id && n.kind === 'group' && n.maxPoints > 0);
}
