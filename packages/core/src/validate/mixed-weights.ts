import type { FrameworkNode, Group } from '../schema/framework.js';
import type { DtiIssue } from './issue.js';

type Path = (string | number)[];

/** A number as each language writes it: 0.5 → "0,5" in Vietnamese. */
const vi = (n: number) => String(n).replace('.', ',');

/** What a child brings to its group's mean: its weight, else its points, else 1. */
const brought = (c: FrameworkNode) => c.weight ?? c.points ?? 1;

/**
 * A group whose children weigh on two scales: some by `points`, a sibling by a `weight` (or by
 * nothing, so 1). The mean compares the numbers as they are, so a child given `weight: 2` beside
 * siblings of 30 and 20 points counts 2 of 52 where its own 50 points were meant; refused, with the
 * share it would have. Siblings that all give a weight and points whose shares differ are refused
 * too: the weights would score and the points would be shown.
 *
 * @example mixedWeights(group('r', [indicator('a', { weight: 2, points: 50 }), indicator('b', { points: 50 })]), ['root'])?.code // → 'points-mismatch'
 */
export function mixedWeights(group: Group, path: Path): DtiIssue | undefined {
  const { children } = group;
  // A child that weighs 0 and claims no points counts for nothing on either scale.
  const free = (c: FrameworkNode) => brought(c) === 0 && !((c.points ?? 0) > 0);
  const byPoints = children.filter((c) => c.points !== undefined && c.weight === undefined && !free(c));
  // A summing group that lacks points is told so already ('missing-points').
  const sums = group.aggregation?.type === 'sum';
  const k = children.findIndex((c) => !free(c) && ((c.points === undefined && !sums) || c.weight !== undefined));
  const odd = children[k];
  const total = children.reduce((acc, c) => acc + brought(c), 0);
  if (byPoints.length > 0 && odd) {
    const listed = byPoints.slice(0, 3);
    const more = byPoints.length > listed.length ? ', …' : '';
    const names = listed.map((c) => `"${c.id}" ${c.points}`).join(', ') + more;
    const namesVi = listed.map((c) => `"${c.id}" ${vi(c.points as number)}`).join(', ') + more;
    const has = odd.weight === undefined ? 'neither points nor a weight (so it weighs 1)' : `weight ${odd.weight}`;
    const hasVi =
      odd.weight === undefined ? 'không có điểm cũng không có trọng số (nên nặng 1)' : `trọng số ${vi(odd.weight)}`;
    const at = [...path, 'children', k, odd.weight === undefined ? 'points' : 'weight'];
    return {
      severity: 'error',
      code: 'points-mismatch',
      path: at,
      value: brought(odd),
      message: `${at.join('.')}: "${odd.id}" has ${has} while its siblings have points (${names}): the mean would compare them as one number, so "${odd.id}" would count ${brought(odd)} of ${total}; give every child of "${group.id}" points, or every child a weight`,
      messageVi: `${at.join('.')}: "${odd.id}" có ${hasVi} trong khi các mục cùng cấp có điểm (${namesVi}): phép tính trung bình sẽ so các số này như nhau, nên "${odd.id}" chỉ chiếm ${vi(brought(odd))} trên ${vi(total)}; hãy cho mọi mục con của "${group.id}" điểm, hoặc mọi mục con trọng số`,
    };
  }
  return unequalShares(group, path);
}

/** Every child gives a weight and points, and the two share the group out differently. */
function unequalShares(group: Group, path: Path): DtiIssue | undefined {
  const { children } = group;
  if (!children.every((c) => c.weight !== undefined && c.points !== undefined)) return undefined;
  const weights = children.reduce((acc, c) => acc + (c.weight as number), 0);
  const points = children.reduce((acc, c) => acc + (c.points as number), 0);
  if (!(weights > 0 && points > 0)) return undefined;
  const k = children.findIndex((c) => Math.abs((c.weight as number) / weights - (c.points as number) / points) > 1e-9);
  const odd = children[k];
  if (!odd) return undefined;
  const pct = (x: number) => Math.round(x * 1000) / 10;
  const w = pct((odd.weight as number) / weights);
  const p = pct((odd.points as number) / points);
  const at = [...path, 'children', k, 'weight'];
  return {
    severity: 'error',
    code: 'points-mismatch',
    path: at,
    value: odd.weight,
    message: `${at.join('.')}: "${odd.id}" would score with weight ${odd.weight} (${w}% of "${group.id}") but shows ${odd.points} points (${p}%); keep one of the two`,
    messageVi: `${at.join('.')}: "${odd.id}" được tính với trọng số ${vi(odd.weight as number)} (${vi(w)}% của "${group.id}") nhưng hiện ${vi(odd.points as number)} điểm (${vi(p)}%); hãy giữ một trong hai`,
  };
}
