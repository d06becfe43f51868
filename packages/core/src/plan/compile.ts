import type { Aggregation, Framework, FrameworkNode, Group, Indicator, MissingPolicy } from '../schema/framework.js';
import { ownValue } from '../schema/keyed-by-id.js';
import { missingPolicies } from '../schema/missing-policies.js';
import { type NodePath, walkFramework } from '../schema/walk.js';

/** A node of the framework flattened for computation and display, in pre-order (the index first). */
export interface NodeInfo {
  id: string;
  kind: 'group' | 'indicator';
  /** Position in `nodes`. */
  index: number;
  /** Position of the parent in `nodes`; −1 for the index itself. */
  parent: number;
  depth: number;
  /** Positions of the children in `nodes` (groups only). */
  children: number[];
  /** Share of the parent's weight, 0–1, after re-normalisation. */
  share: number;
  /** Maximum points of the node on the framework's points scale (root points, or the scale's span). */
  maxPoints: number;
  node: FrameworkNode;
}

/** An indicator ready for scoring. */
export interface PlanIndicator {
  node: Indicator;
  /** Position in `nodes`. */
  nodeIndex: number;
  missing: MissingPolicy;
  /**
   * Whether the indicator counts in a unit's coverage: it carries points (`maxPoints > 0`). An
   * indicator worth 0 points (DTI 2022's smart-city index: reported, not scored) changes no score, so
   * leaving it blank must not mark a unit's data as incomplete. (A framework always has one that
   * does: `validateFramework` refuses an index whose children all weigh 0.)
   */
  counted: boolean;
}

/** A group ready for aggregation. */
export interface PlanGroup {
  node: Group;
  nodeIndex: number;
  aggregation: Aggregation;
  /** Raw (not yet re-normalised) weights of the children, in `children` order. */
  weights: Float64Array;
}

/** A framework compiled for fast, repeated scoring. Internal. */
export interface Plan {
  framework: Framework;
  nodes: NodeInfo[];
  nodeById: Map<string, number>;
  indicators: PlanIndicator[];
  indicatorById: Map<string, number>;
  /** Groups children-first, so a single pass aggregates the tree; the index is last. */
  groups: PlanGroup[];
  /** Ids the dataset may use: indicators and raw fields. */
  fieldIds: Set<string>;
}

/** The weight a node brings to its parent before re-normalisation: `weight`, else `points`, else 1. */
export function rawWeight(node: FrameworkNode, overrides?: Readonly<Record<string, number>>): number {
  return ownValue(overrides, node.id) ?? node.weight ?? node.points ?? 1;
}

/**
 * Makes a group's raw child weights ready for aggregation, in place, and returns their total before
 * any fill: weights near 1e308 that add up past the largest double are divided by the largest (only
 * their ratios matter); children that all weigh 0 get equal weights of 1 (the group still gets a score
 * of its own; its points stay 0). `compile` and the analyses' re-weighting both go through here.
 *
 * @example const w = Float64Array.of(0, 0); groupWeights(w); // → 0, and w is now [1, 1]
 */
export function groupWeights(raw: Float64Array): number {
  let total = 0;
  for (const w of raw) total += w;
  if (total === Number.POSITIVE_INFINITY) {
    let largest = 0;
    for (const w of raw) if (w > largest) largest = w;
    for (let k = 0; k < raw.length; k++) raw[k] = (raw[k] as number) / largest;
    total = 0;
    for (const w of raw) total += w;
  }
  if (!(total > 0)) raw.fill(1);
  return total;
}

const ARITHMETIC: Aggregation = { type: 'arithmetic' };

/** A group's raw child weights (filled by {@link groupWeights}) and their total. */
interface ChildWeights {
  index: number;
  raw: Float64Array;
  total: number;
}

/**
 * A node's entry in the plan: under a group (`above`, its weights `up`), its share of the group's
 * weight and of its points come from its position `path[path.length − 1]` among the children; the
 * index takes the whole weight and `rootPoints`. The parent learns the child's position.
 */
function placed(
  node: FrameworkNode,
  index: number,
  above: NodeInfo | undefined,
  up: ChildWeights | undefined,
  path: NodePath,
  rootPoints: number,
): NodeInfo {
  let share = 1;
  let maxPoints = rootPoints;
  if (above && up) {
    const k = path[path.length - 1] as number;
    // A group whose children all weigh 0 (DTI's smart-city index: reported, not scored) still gets
    // a score of its own, from equal weights; its points stay 0.
    share = up.total > 0 ? (up.raw[k] as number) / up.total : 1 / up.raw.length;
    maxPoints = up.total > 0 ? above.maxPoints * share : 0;
    above.children.push(index);
  }
  const parent = above ? above.index : -1;
  const depth = above ? above.depth + 1 : 0;
  return { id: node.id, kind: node.kind, index, parent, depth, children: [], share, maxPoints, node };
}

/**
 * Flattens a framework into arrays: nodes in pre-order, indicators in order, groups children-first.
 * `weights` overrides node weights by id (what-if analysis, sensitivity).
 */
export function compile(framework: Framework, weights?: Readonly<Record<string, number>>): Plan {
  const nodes: NodeInfo[] = [];
  const nodeById = new Map<string, number>();
  const indicators: PlanIndicator[] = [];
  const indicatorById = new Map<string, number>();
  const groups: PlanGroup[] = [];
  const fieldIds = new Set<string>(framework.fields?.map((f) => f.id) ?? []);
  const rootPoints = framework.root.points ?? framework.scale.max - framework.scale.min;

  const below = new Map<Group, ChildWeights>();
  const policies = missingPolicies(framework);

  walkFramework(
    framework.root,
    (node, path, parent) => {
      const up = parent && below.get(parent);
      const info = placed(node, nodes.length, up && (nodes[up.index] as NodeInfo), up, path, rootPoints);
      nodes.push(info);
      nodeById.set(node.id, info.index);
      if (node.kind === 'indicator') {
        indicatorById.set(node.id, indicators.length);
        indicators.push({
          node,
          nodeIndex: info.index,
          missing: policies.get(node.id) as MissingPolicy,
          counted: info.maxPoints > 0,
        });
        fieldIds.add(node.id);
        return;
      }
      const raw = Float64Array.from(node.children, (c) => rawWeight(c, weights));
      below.set(node, { index: info.index, raw, total: groupWeights(raw) });
    },
    {
      // Groups children-first, so that one pass over `groups` aggregates the tree.
      leave: (group) => {
        const { index, raw } = below.get(group) as ChildWeights;
        groups.push({ node: group, nodeIndex: index, aggregation: group.aggregation ?? ARITHMETIC, weights: raw });
      },
    },
  );
  return { framework, nodes, nodeById, indicators, indicatorById, groups, fieldIds };
}
