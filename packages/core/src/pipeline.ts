import { meanKernel } from './aggregate/mean-kernel.js';
import type { NodeInfo, Plan } from './compile.js';
import { type ImputeContext, imputeMissing } from './missing/impute.js';
import { scoreIndicator } from './normalise/score-indicator.js';
import type { PreparedDataset } from './validate/dataset.js';

/** Indicator scores of every unit, with what imputation did. Internal. */
export interface IndicatorScores {
  /** By node position: filled for indicators here, for groups by {@link aggregateGroups}. */
  nodeScores: Float64Array[];
  imputedFlags: (Uint8Array | undefined)[];
  usedValues: Float64Array[];
}

/**
 * Imputes and normalises every indicator of a plan: the steps that do not depend on weights or
 * aggregation, so uncertainty analysis can reuse them across runs.
 */
export function scoreIndicators(plan: Plan, data: PreparedDataset, previous?: PreparedDataset): IndicatorScores {
  const { units } = data;
  const n = units.length;
  const m = plan.indicators.length;
  const nodeScores: Float64Array[] = new Array(plan.nodes.length);
  const imputedFlags: (Uint8Array | undefined)[] = new Array(m);
  const usedValues: Float64Array[] = new Array(m);
  const previousIndex = previous ? Int32Array.from(units, (unit) => previous.unitIndex.get(unit.id) ?? -1) : undefined;
  for (let i = 0; i < m; i++) {
    const indicator = plan.indicators[i] as Plan['indicators'][number];
    const raw = data.values[i] as Float64Array;
    const context: ImputeContext = {
      peerGroup: (u) => units[u]?.peerGroup,
      parent: (u) => units[u]?.parent,
      previous:
        previous && previousIndex
          ? (u) => {
              const p = previousIndex[u] as number;
              return p < 0 ? Number.NaN : ((previous.values[i] as Float64Array)[p] as number);
            }
          : undefined,
    };
    const { values, imputed, zeroed } = imputeMissing(raw, indicator.missing, context);
    const scores = scoreIndicator(indicator.node, values);
    if (zeroed) for (let u = 0; u < n; u++) if (zeroed[u]) scores[u] = 0;
    nodeScores[indicator.nodeIndex] = scores;
    imputedFlags[i] = imputed;
    usedValues[i] = values;
  }
  return { nodeScores, imputedFlags, usedValues };
}

/**
 * Aggregates the groups children-first, writing each group's 0–1 scores into `nodeScores`. Units with
 * `scored[u] === 0` get no group score. Returns, per group, the total weight of the children each unit
 * had a score for (for explanations).
 */
export function aggregateGroups(plan: Plan, nodeScores: Float64Array[], scored: Uint8Array): Map<number, Float64Array> {
  const n = scored.length;
  const available = new Map<number, Float64Array>();
  for (const group of plan.groups) {
    const info = plan.nodes[group.nodeIndex] as NodeInfo;
    const acc = new Float64Array(n);
    const total = new Float64Array(n);
    const { forward, inverse } = meanKernel(group.aggregation);
    const linear = group.aggregation.type === 'arithmetic' || group.aggregation.type === 'sum';
    info.children.forEach((child, k) => {
      const w = group.weights[k] as number;
      if (!(w > 0)) return;
      const col = nodeScores[child] as Float64Array;
      // Two loops rather than a test per value: this is the engine's innermost loop.
      if (linear)
        for (let u = 0; u < n; u++) {
          const x = col[u] as number;
          if (Number.isNaN(x)) continue;
          acc[u] = (acc[u] as number) + w * x;
          total[u] = (total[u] as number) + w;
        }
      else
        for (let u = 0; u < n; u++) {
          const x = col[u] as number;
          if (Number.isNaN(x)) continue;
          acc[u] = (acc[u] as number) + w * forward(x);
          total[u] = (total[u] as number) + w;
        }
    });
    const out = new Float64Array(n);
    for (let u = 0; u < n; u++) {
      const t = total[u] as number;
      if (t > 0 && scored[u]) {
        const mean = (acc[u] as number) / t;
        out[u] = linear ? mean : inverse(mean);
      } else out[u] = Number.NaN;
    }
    nodeScores[group.nodeIndex] = out;
    available.set(group.nodeIndex, total);
  }
  return available;
}
