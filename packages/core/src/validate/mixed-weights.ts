import type { FrameworkNode, Group } from '../schema/framework.js';
import type { DtiIssue } from './issue.js';

/** What a child brings to its group's mean: its weight, else its points, else 1. */
const brought = (c: FrameworkNode) => c.weight ?? c.points ?? 1;

/**
 * A group whose children weigh on two scales: some by `points` alone, a sibling by a `weight` (or by
 * nothing, so 1). The mean compares the numbers as they are, so a child given `weight: 2` beside
 * siblings of 30 and 20 points counts 2 of 52 where its own 50 points were meant: refused, with the
 * share it would have. A child worth 0 counts for nothing on either scale.
 *
 * @example mixedWeights(group('r', [indicator('a', { weight: 2, points: 50 }), indicator('b', { points: 50 })]), ['root'])?.code // → 'points-mismatch'
 */
export function mixedWeights(group: Group, path: (string | number)[]): DtiIssue | undefined {
  const { children, id } = group;
  const free = (c: FrameworkNode) => brought(c) === 0 && !((c.points ?? 0) > 0);
  // A summing group that lacks points is told so already ('missing-points').
  const sums = group.aggregation?.type === 'sum';
  const by = children.find((c) => c.points !== undefined && c.weight === undefined && !free(c));
  const k = children.findIndex((c) => !free(c) && ((c.points === undefined && !sums) || c.weight !== undefined));
  const odd = children[k];
  if (!by || !odd) return undefined;
  const where = [...path, 'children', k, odd.points === undefined ? 'points' : 'weight'];
  const at = where.join('.');
  const w = brought(odd);
  const of = children.reduce((acc, c) => acc + brought(c), 0);
  return {
    severity: 'error',
    code: 'points-mismatch',
    path: where,
    value: w,
    message: `${at}: "${odd.id}" weighs ${w} beside "${by.id}" of ${by.points} points: it would count ${w} of ${of}; give every child of "${id}" points, or every child a weight`,
    messageVi: `${at}: "${odd.id}" nặng ${w} bên cạnh "${by.id}" ${by.points} điểm: mục này sẽ chỉ chiếm ${w} trên ${of}; hãy cho mọi mục con của "${id}" điểm, hoặc mọi mục con trọng số`,
  };
}

/**
 * A group whose every child has both a `weight` and `points` not in proportion (weights 1 and 1 beside
 * points 30 and 70): scoring means the weights, while explanations show the points, so one of the two
 * would be wrong on the page. Refused, naming the group and the two children that disagree.
 *
 * @example disproportionalWeights(group('r', [indicator('a', { weight: 1, points: 30 }), indicator('b', { weight: 1, points: 70 })]), ['root'])?.code // → 'points-mismatch'
 */
export function disproportionalWeights(group: Group, path: (string | number)[]): DtiIssue | undefined {
  const { children, id } = group;
  if (children.length < 2 || !children.every((c) => c.weight !== undefined && c.points !== undefined)) return undefined;
  const ratio = (c: FrameworkNode) => (c.points ?? 0) / (c.weight ?? 0);
  const first = children[0];
  if (!first) return undefined;
  const k = children.findIndex((c) => !sameRatio(ratio(c), ratio(first)));
  const odd = children[k];
  if (!odd) return undefined;
  const at = [...path, 'children', k, 'weight'];
  const both = (c: FrameworkNode, w: string, p: string) => `"${c.id}" (${w} ${c.weight}, ${p} ${c.points})`;
  return {
    severity: 'error',
    code: 'points-mismatch',
    path: at,
    value: odd.weight,
    message: `${at.join('.')}: the children of "${id}" have both weights and points, not in proportion: ${both(first, 'weight', 'points')} and ${both(odd, 'weight', 'points')}; scoring would use the weights while explanations show the points: give the children of "${id}" points only, or weights only`,
    messageVi: `${at.join('.')}: các mục con của "${id}" có cả trọng số và điểm, không tỷ lệ với nhau: ${both(first, 'trọng số', 'điểm')} và ${both(odd, 'trọng số', 'điểm')}; điểm tính theo trọng số còn phần giải thích lại hiện điểm: hãy chỉ cho các mục con của "${id}" điểm, hoặc chỉ trọng số`,
  };
}

/** Whether two ratios are equal but for rounding (0.1 + 0.2 against 0.3), or both undefined (0 / 0). */
function sameRatio(a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}
