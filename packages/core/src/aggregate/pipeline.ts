import { type ImputeContext, type Imputed, imputeWith } from '../missing/impute.js';
import { scoreIndicator } from '../normalise/score-indicator.js';
import type { NodeInfo, Plan } from '../plan/compile.js';
import type { PreparedDataset } from '../validate/dataset.js';
import { addNormalised } from './add-normalised.js';
import { meanKernel } from './mean-kernel.js';
import { addWeighted, addZeroes, finishMeans } from './weighted-sums.js';

/** Indicator scores of every unit, with what imputation did. Internal. */
export interface IndicatorScores {
  /** By node position: filled for indicators here, for groups by {@link aggregateGroups}. */
  nodeScores: Float64Array[];
  imputedFlags: (Uint8Array | undefined)[];
  usedValues: Float64Array[];
}

/** One indicator's column after its missing-value policy, with what the policy did. */
function imputeIndicator(
  plan: Plan,
  i: number,
  data: PreparedDataset,
  previous: PreparedDataset | undefined,
  previousIndex: Int32Array | undefined,
): Imputed {
  const { parents, peerGroups } = data;
  const indicator = plan.indicators[i] as Plan['indicators'][number];
  const raw = data.values[i] as Float64Array;
  // Nothing to fill in: skip the context, whose closures would cost more than the check.
  if (indicator.missing.type === 'skip') return { values: raw, imputed: undefined, zeroed: undefined };
  const context: ImputeContext = {
    peerGroup: (u) => peerGroups?.[u],
    parent: (u) => parents?.[u],
    previous:
      previous && previousIndex
        ? (u) => {
            const p = previousIndex[u] as number;
            return p < 0 ? Number.NaN : ((previous.values[i] as Float64Array)[p] as number);
          }
        : undefined,
  };
  return imputeWith(raw, indicator.missing, context);
}

/** An indicator's 0–1 scores: its method on the values used, 0 where the policy says so. */
function indicatorColumn(plan: Plan, i: number, values: Float64Array, zeroed: Uint8Array | undefined): Float64Array {
  const scores = scoreIndicator((plan.indicators[i] as Plan['indicators'][number]).node, values);
  if (zeroed) for (let u = 0; u < scores.length; u++) if (zeroed[u]) scores[u] = 0;
  return scores;
}

function previousPositions(data: PreparedDataset, previous: PreparedDataset | undefined): Int32Array | undefined {
  if (!previous) return undefined;
  const { ids } = data;
  const out = new Int32Array(ids.length);
  for (let u = 0; u < ids.length; u++) out[u] = previous.unitIndex.get(ids[u] as string) ?? -1;
  return out;
}

/**
 * Imputes and normalises every indicator of a plan: the steps that do not depend on weights or
 * aggregation, so uncertainty analysis can reuse them across runs.
 */
export function scoreIndicators(plan: Plan, data: PreparedDataset, previous?: PreparedDataset): IndicatorScores {
  const m = plan.indicators.length;
  const nodeScores: Float64Array[] = new Array(plan.nodes.length);
  const imputedFlags: (Uint8Array | undefined)[] = new Array(m);
  const usedValues: Float64Array[] = new Array(m);
  const previousIndex = previousPositions(data, previous);
  for (let i = 0; i < m; i++) {
    const { values, imputed, zeroed } = imputeIndicator(plan, i, data, previous, previousIndex);
    nodeScores[(plan.indicators[i] as Plan['indicators'][number]).nodeIndex] = indicatorColumn(plan, i, values, zeroed);
    imputedFlags[i] = imputed;
    usedValues[i] = values;
  }
  return { nodeScores, imputedFlags, usedValues };
}

/** Every node's scores for one call of `score`. Internal. */
export interface TreeScores {
  /**
   * 0–1 scores of every unit on a node, in unit order (`NaN` = no score). Groups are computed up
   * front; an indicator's column is built on first use and kept.
   */
  column(nodeIndex: number): Float64Array;
  imputedFlags: (Uint8Array | undefined)[];
  /** Values scored per indicator: the raw column, or its copy with imputed values filled in. */
  usedValues: Float64Array[];
  /** Per group, the total weight of the children each unit had a score for (for explanations). */
  available: Map<number, Float64Array>;
}

/**
 * Imputes, normalises and aggregates the whole tree, children first, adding min-max and goalposts
 * scores straight into their group's sums: memory written per call is one column per group (and per
 * indicator under another method, a log transform or a geometric or harmonic mean),
 * not one per indicator, so scoring a large dataset allocates little and stays linear. Gives the very
 * numbers of {@link scoreIndicators} then {@link aggregateGroups}: same expressions, same order.
 */
export function scoreTree(
  plan: Plan,
  data: PreparedDataset,
  previous: PreparedDataset | undefined,
  scored: Uint8Array,
): TreeScores {
  const m = plan.indicators.length;
  const nodeScores: (Float64Array | undefined)[] = new Array(plan.nodes.length);
  const imputedFlags: (Uint8Array | undefined)[] = new Array(m);
  const usedValues: Float64Array[] = new Array(m);
  const zeroedFlags: (Uint8Array | undefined)[] = new Array(m);
  const previousIndex = previousPositions(data, previous);
  for (let i = 0; i < m; i++) {
    const { values, imputed, zeroed } = imputeIndicator(plan, i, data, previous, previousIndex);
    imputedFlags[i] = imputed;
    usedValues[i] = values;
    zeroedFlags[i] = zeroed;
  }
  const indicatorColumnAt = (nodeIndex: number): Float64Array => {
    let column = nodeScores[nodeIndex];
    if (!column) {
      const i = plan.indicatorById.get((plan.nodes[nodeIndex] as NodeInfo).id) as number;
      column = indicatorColumn(plan, i, usedValues[i] as Float64Array, zeroedFlags[i]);
      nodeScores[nodeIndex] = column;
    }
    return column;
  };
  const available = new Map<number, Float64Array>();
  for (const group of plan.groups) {
    const linear = isLinear(group);
    const { scores, total } = aggregateGroup(plan, group, scored, (child, w, acc, total, forward) => {
      const childInfo = plan.nodes[child] as NodeInfo;
      if (linear && childInfo.kind === 'indicator' && !nodeScores[child]) {
        const i = plan.indicatorById.get(childInfo.id) as number;
        const node = (plan.indicators[i] as Plan['indicators'][number]).node;
        if (addNormalised(node, usedValues[i] as Float64Array, w, acc, total)) {
          // The units the zero policy scores 0 (they gave no value, so nothing was added for them):
          // what adding their column of scores would add, without building it.
          const zeroed = zeroedFlags[i];
          if (zeroed) addZeroes(zeroed, w, acc, total);
          return;
        }
      }
      const col = childInfo.kind === 'indicator' ? indicatorColumnAt(child) : (nodeScores[child] as Float64Array);
      addWeighted(col, w, acc, total, forward);
    });
    nodeScores[group.nodeIndex] = scores;
    available.set(group.nodeIndex, total);
  }
  return {
    column: (nodeIndex) =>
      (plan.nodes[nodeIndex] as NodeInfo).kind === 'indicator'
        ? indicatorColumnAt(nodeIndex)
        : (nodeScores[nodeIndex] as Float64Array),
    imputedFlags,
    usedValues,
    available,
  };
}

/**
 * Aggregates the groups children-first, writing each group's 0–1 scores into `nodeScores`. Units with
 * `scored[u] === 0` get no group score. Returns, per group, the total weight of the children each unit
 * had a score for (for explanations).
 */
export function aggregateGroups(plan: Plan, nodeScores: Float64Array[], scored: Uint8Array): Map<number, Float64Array> {
  const available = new Map<number, Float64Array>();
  for (const group of plan.groups) {
    const { scores, total } = aggregateGroup(plan, group, scored, (child, w, acc, total, forward) =>
      addWeighted(nodeScores[child] as Float64Array, w, acc, total, forward),
    );
    nodeScores[group.nodeIndex] = scores;
    available.set(group.nodeIndex, total);
  }
  return available;
}

/** Whether a group's mean is taken on the scores themselves (arithmetic mean, sum), with no transform before and after. */
const isLinear = (group: Plan['groups'][number]) =>
  group.aggregation.type === 'arithmetic' || group.aggregation.type === 'sum';

/**
 * One group's 0–1 scores from its children of positive weight, under its aggregation: `addChild`
 * adds a child's weighted (and, for a non-linear mean, transformed) scores to the sums; the sums then
 * become the scores in place. Returns them with the total weight each unit had a score for.
 */
function aggregateGroup(
  plan: Plan,
  group: Plan['groups'][number],
  scored: Uint8Array,
  addChild: (
    child: number,
    w: number,
    acc: Float64Array,
    total: Float64Array,
    forward: ((x: number) => number) | undefined,
  ) => void,
): { scores: Float64Array; total: Float64Array } {
  const n = scored.length;
  const info = plan.nodes[group.nodeIndex] as NodeInfo;
  const acc = new Float64Array(n);
  const total = new Float64Array(n);
  const { forward, inverse } = meanKernel(group.aggregation);
  const linear = isLinear(group);
  info.children.forEach((child, k) => {
    const w = group.weights[k] as number;
    if (w > 0) addChild(child, w, acc, total, linear ? undefined : forward);
  });
  return { scores: finishMeans(acc, total, scored, linear ? undefined : inverse, acc), total };
}
