// What-if weights: a score table re-ranked as if some groups weighed differently, from the group values
// the table publishes. No raw data, no scoring engine: what a portal has is the published table.
//
// What it reproduces and what it cannot:
// - The weighed groups' parent (the index, for pillars) is recomputed as the weighted arithmetic mean of
//   its children's shares of the scale, `Σ wᵢ·sᵢ / Σ wᵢ`, the official weights being proportional to each
//   child's points (`maxPoints`). This is what a points framework (`sum`, or the weighted mean) computes.
//   Frameworks that aggregate otherwise (geometric mean, a formula) are not reproduced.
// - The children's values in a score table are rounded to the published precision, so even at the
//   official weights the recomputed index can differ from the published one by one unit of the last
//   digit (test: `what-if.unit.test.ts`). The weights element therefore shows the official table, not a
//   recomputed one, whenever the weights are the official ones.
// - When the weighed groups sit below the index (a group inside a pillar), the index moves by the
//   group's change times its share of the points: the rest of the index is the published value.
// - A ranked unit without a value for one of the children has no what-if value and no what-if rank.
// - Ranks follow the table's own tie rule (stated, else read from its ranks) within peer groups, on the rounded
//   values, as Vietnam's tables rank; tiers are re-read from the tiers' thresholds.
import {
  pillarsOf,
  rounder,
  type ScoreTable,
  type ScoreTableNode,
  type ScoreTableUnit,
  tierOf,
} from '@dti-kit/core/present';
import { nameKeys } from '../league-table/parent-rank.js';
import { rankCounts, tiesOf } from '../league-table/tie-rule.js';
import { rankValues } from './rank-values.js';

/** A node what-if weights can move, with its official weight in percent of its parent (0–100). */
export interface WeighedNode {
  node: ScoreTableNode;
  /** The node's official share of its parent's points, in percent. */
  official: number;
}

/** Why a table cannot be re-weighed: `code` and what it names, for a sentence in the page's language. */
export type WhatIfProblem =
  | { code: 'no-groups' }
  | { code: 'unknown-group'; id: string; known: string[] }
  | { code: 'mixed-parents'; ids: string[] }
  | { code: 'unlisted-children'; parent: string; listed: number; points: number };

/**
 * The nodes the weights move: the groups named in `groups` (ids, in the editor's order), else the
 * pillars (groups with points directly under the index), with their official weights; or the problem
 * that stops a what-if (a name the table does not list, groups under different parents, a parent whose
 * children the table does not all list).
 *
 * @example weighable(table).nodes?.map((n) => n.official) // → [40, 30, 30]
 */
export function weighable(
  table: ScoreTable,
  groups?: readonly string[],
): { nodes: WeighedNode[]; problem?: undefined } | { nodes?: undefined; problem: WhatIfProblem } {
  let chosen: ScoreTableNode[];
  if (groups && groups.length > 0) {
    chosen = [];
    for (const id of groups) {
      const node = table.nodes.find((n) => n.id === id && n.kind === 'group' && n.parent !== null);
      if (!node)
        return {
          problem: {
            code: 'unknown-group',
            id,
            known: table.nodes.filter((n) => n.kind === 'group' && n.parent !== null).map((n) => n.id),
          },
        };
      chosen.push(node);
    }
  } else chosen = pillarsOf(table);
  if (chosen.length === 0) return { problem: { code: 'no-groups' } };
  const parentId = chosen[0]?.parent;
  if (chosen.some((n) => n.parent !== parentId))
    return { problem: { code: 'mixed-parents', ids: chosen.map((n) => n.id) } };
  const parent = table.nodes.find((n) => n.id === parentId) as ScoreTableNode;
  const listed = childPoints(table, parent.id);
  // The parent's points must all come from children the table lists, or the mean leaves some out.
  if (Math.abs(listed - parent.maxPoints) > 1e-9 * Math.max(1, parent.maxPoints))
    return { problem: { code: 'unlisted-children', parent: parent.id, listed, points: parent.maxPoints } };
  return { nodes: chosen.map((node) => ({ node, official: (100 * node.maxPoints) / listed })) };
}

function childPoints(table: ScoreTable, parent: string): number {
  let sum = 0;
  for (const n of table.nodes) if (n.parent === parent) sum += n.maxPoints;
  return sum;
}

/**
 * The table as if the groups in `weights` (node id → weight in percent of their parent; relative, so
 * re-normalised over the parent's children; children not named keep their official weight) weighed
 * so: each unit's value recomputed on the framework's scale at its published precision, re-ranked with
 * the core's `rank` under the table's tie rule, tiers re-read. See the notes at the top of this file for
 * what it can and cannot reproduce. Throws when `weighable` names a problem.
 *
 * @example whatIf(table, { 'chinh-quyen-so': 70, 'kinh-te-so': 30, 'xa-hoi-so': 0 }).units[0]?.rank
 */
export function whatIf(table: ScoreTable, weights: Readonly<Record<string, number>>): ScoreTable {
  const ids = Object.keys(weights);
  const found = weighable(table, ids);
  if (found.problem) throw new Error(`what-if weights: ${JSON.stringify(found.problem)}`);
  for (const id of ids) {
    const w = weights[id] as number;
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`what-if weight of "${id}" is ${w}: expected a number ≥ 0`);
  }
  const parentId = found.nodes[0]?.node.parent as string;
  const children = table.nodes.filter((n) => n.parent === parentId);
  const listed = childPoints(table, parentId);
  const w = children.map((c) => weights[c.id] ?? (100 * c.maxPoints) / listed);
  const total = w.reduce((a, b) => a + b, 0);
  const { min, max } = table.framework.scale;
  const span = max - min;
  const publish = table.framework.precision === undefined ? (x: number) => x : rounder(table.framework.precision);
  // Each ancestor's part of the index: the fraction of the index's points that flows through the parent.
  const chain = ancestry(table, parentId);
  const values = table.units.map((u) => {
    if (u.value === null) return null;
    let share = 0;
    for (let k = 0; k < children.length; k++) {
      const v = u.nodes[(children[k] as ScoreTableNode).id]?.value;
      if (v === null || v === undefined) return null;
      share += (total > 0 ? (w[k] as number) / total : 0) * ((v - min) / span);
    }
    if (chain.length === 0) return publish(min + share * span);
    // A parent below the index: the index moves by the parent's change times its part.
    const before = u.nodes[parentId]?.value;
    if (before === null || before === undefined) return null;
    return publish(u.value + (share * span + min - before) * chain.reduce((a, b) => a * b, 1));
  });
  return reranked(table, values);
}

/** For a node below the index, each step's share of its parent's points, from the node up to the index. */
function ancestry(table: ScoreTable, id: string): number[] {
  const parts: number[] = [];
  let node = table.nodes.find((n) => n.id === id);
  while (node && node.parent !== null) {
    const up = node.parent;
    parts.push(node.maxPoints / childPoints(table, up));
    node = table.nodes.find((n) => n.id === up);
  }
  return parts;
}

/** What ranking a table again needs from the table itself: its peer groups, tie rule and ranked units. */
interface Ranking {
  /** What it was read from, unit by unit: a table changed in place since is read again. */
  from: { rank: number | null; status: string; peerGroup: string | undefined }[];
  /** The rule the table stated then (`framework.ties`). */
  stated: ScoreTable['framework']['ties'];
  groups: string[];
  ties: NonNullable<ScoreTable['framework']['ties']>;
  include: boolean[];
}

// Read once per official table: every move of a weight re-ranks the same table. Checked against the
// units' ranks, statuses and groups and the stated tie rule (a pass without look-ups), so a table
// edited in place is read again.
const rankings = new WeakMap<ScoreTable, Ranking>();

function rankingOf(table: ScoreTable): Ranking {
  const known = rankings.get(table);
  if (
    known?.from.length === table.units.length &&
    known.stated === table.framework.ties &&
    table.units.every((u, i) => {
      const was = known.from[i];
      return was?.rank === u.rank && was.status === u.status && was.peerGroup === u.peerGroup;
    })
  )
    return known;
  const key = nameKeys();
  const groups = table.units.map((u) => key(u.peerGroup));
  // The rule the table states (`ordinal` too), else the one its ranks follow.
  const ties =
    table.framework.ties ??
    tiesOf(
      rankCounts(
        table.units.map((u) => u.rank),
        groups,
      ),
    );
  const include = table.units.map((u) => u.status === 'ranked');
  const from = table.units.map(({ rank, status, peerGroup }) => ({ rank, status, peerGroup }));
  const ranking = { from, stated: table.framework.ties, groups, ties, include };
  rankings.set(table, ranking);
  return ranking;
}

/** The table with new index values: ranks within peer groups by the table's tie rule, tiers re-read. */
function reranked(table: ScoreTable, values: (number | null)[]): ScoreTable {
  const { groups, ties, include } = rankingOf(table);
  const ranks = rankValues(values, groups, include, ties);
  const root = table.nodes.find((n) => n.parent === null)?.id;
  let ranked = 0;
  const units = table.units.map((u, i): ScoreTableUnit => {
    const value = values[i] as number | null;
    const r = ranks[i] as number;
    const at = Number.isNaN(r) ? null : r;
    if (at !== null) ranked++;
    const nodes = root && u.nodes[root] ? { ...u.nodes, [root]: { value, rank: at } } : u.nodes;
    return {
      ...u,
      // A unit ranked by a published rank alone has no value to re-rank: here it is not ranked, and
      // says so (a "ranked" status without a rank is a table that contradicts itself).
      status: at === null && u.status === 'ranked' ? 'not-ranked' : u.status,
      value,
      rank: at,
      tier: value === null ? null : (tierOf(table.framework.tiers, value)?.id ?? null),
      nodes,
    };
  });
  // Re-ranked here among exactly these units: the field is their count, not the published one.
  return { ...table, rankedAmong: ranked || undefined, units };
}
