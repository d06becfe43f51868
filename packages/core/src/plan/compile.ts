import type { Aggregation, Framework, FrameworkNode, Group, Indicator, MissingPolicy } from '../schema/framework.js';
import { ownValue } from '../schema/keyed-by-id.js';

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

const DEFAULT_MISSING: MissingPolicy = { method: 'skip' };
const ARITHMETIC: Aggregation = { type: 'arithmetic' };

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

  const visit = (
    node: FrameworkNode,
    parent: number,
    depth: number,
    share: number,
    maxPoints: number,
    inherited: MissingPolicy,
  ): number => {
    const index = nodes.length;
    const info: NodeInfo = { id: node.id, kind: node.kind, index, parent, depth, children: [], share, maxPoints, node };
    nodes.push(info);
    nodeById.set(node.id, index);
    if (node.kind === 'indicator') {
      indicatorById.set(node.id, indicators.length);
      indicators.push({ node, nodeIndex: index, missing: node.missing ?? inherited });
      fieldIds.add(node.id);
      return index;
    }
    const raw = Float64Array.from(node.children, (c) => rawWeight(c, weights));
    const total = groupWeights(raw);
    const policy = node.missing ?? inherited;
    node.children.forEach((child, k) => {
      // A group whose children all weigh 0 (DTI's smart-city index: reported, not scored) still gets
      // a score of its own, from equal weights; its points stay 0.
      const childShare = total > 0 ? (raw[k] as number) / total : 1 / node.children.length;
      const childPoints = total > 0 ? maxPoints * childShare : 0;
      info.children.push(visit(child, index, depth + 1, childShare, childPoints, policy));
    });
    groups.push({
      node,
      nodeIndex: index,
      aggregation: node.aggregation ?? ARITHMETIC,
      weights: raw,
    });
    return index;
  };
  visit(framework.root, -1, 0, 1, rootPoints, framework.missing ?? DEFAULT_MISSING);
  return { framework, nodes, nodeById, indicators, indicatorById, groups, fieldIds };
}
