import { scoreTree } from '../aggregate/pipeline.js';
import { planFor, prepared } from '../engine/inputs.js';
import { scoringSetup } from '../engine/setup.js';
import { ScoreResult } from '../explain/result.js';
import type { Plan } from '../plan/compile.js';
import type { Framework } from '../schema/framework.js';
import type { PreparedDataset } from '../validate/dataset.js';
import { ensureFramework } from '../validate/ensure.js';
import { type DtiIssue, DtiValidationError, type SafeResult } from '../validate/issue.js';

/** Options of {@link score}. */
export interface ScoreOptions {
  /**
   * The previous period, for the `previous` missing-value policy: a prepared dataset or a raw one
   * (validated against the same framework).
   */
  previous?: PreparedDataset | unknown;
  /** Rank within each unit's `peerGroup` (default) or all units together. */
  rankWithin?: 'peerGroup' | 'all';
  /** Weights to use instead of the framework's, by node id (what-if analysis). */
  weights?: Readonly<Record<string, number>>;
}

function checkWeights(plan: Plan, weights: ScoreOptions['weights']): DtiIssue[] {
  if (!weights) return [];
  const issues: DtiIssue[] = [];
  for (const [id, w] of Object.entries(weights)) {
    if (!plan.nodeById.has(id))
      issues.push({
        severity: 'error',
        code: 'unknown-reference',
        path: ['weights', id],
        message: `weights: framework "${plan.framework.id}" has no node "${id}"`,
        value: w,
      });
    else if (!(Number.isFinite(w) && w >= 0))
      issues.push({
        severity: 'error',
        code: 'invalid-value',
        path: ['weights', id],
        message: `weights: the weight of "${id}" must be a finite number ≥ 0, not ${w}`,
        value: w,
      });
  }
  return issues;
}

/**
 * Scores a dataset with a framework, without throwing: validation problems come back as issues.
 *
 * @example
 * const r = safeScore(framework, rows);
 * if (r.success) show(r.data.units); else showErrors(r.issues);
 */
export function safeScore(framework: Framework, data: unknown, options: ScoreOptions = {}): SafeResult<ScoreResult> {
  const fw = ensureFramework(framework);
  if (!fw.success) return fw;
  const weightIssues = checkWeights(planFor(fw.data), options.weights);
  if (weightIssues.length > 0) return { success: false, issues: weightIssues };
  const current = prepared(fw.data, data);
  if (!current.success) return current;
  let previous: PreparedDataset | undefined;
  if (options.previous !== undefined) {
    const p = prepared(fw.data, options.previous);
    if (!p.success)
      return { success: false, issues: p.issues.map((i) => ({ ...i, message: `previous period: ${i.message}` })) };
    previous = p.data;
  }
  return {
    success: true,
    data: scorePrepared(fw.data, current.data, previous, options),
    warnings: [...current.data.warnings],
  };
}

/**
 * Scores units with a framework: imputes missing values, normalises each indicator, aggregates the
 * groups up to the index, ranks, assigns tiers and counts targets met. Accepts a raw dataset (validated
 * first; a `DtiValidationError` lists every problem) or a {@link PreparedDataset} (no validation cost
 * when prepared against this very framework object; against another, its values are checked again).
 *
 * A checked framework is frozen: to change one (a weight, goalposts, a missing-value policy), make a
 * new object, e.g. `structuredClone(fw)`, change the copy and pass it; assigning into `fw` throws a
 * `TypeError`. For what-if weights, `options.weights` needs no new framework.
 *
 * @example
 * const result = score(framework, {
 *   units: [
 *     { id: 'gia-lam', name: 'Gia Lâm', values: { online: 100 } },
 *     { id: 'phuc-tho', name: 'Phúc Thọ', values: { online: 62.5 } },
 *   ],
 * });
 * result.units.map((u) => [u.name, u.value, u.rank]); // → [['Gia Lâm', 100, 1], ['Phúc Thọ', 62.5, 2]]
 */
export function score(framework: Framework, data: unknown, options: ScoreOptions = {}): ScoreResult {
  const result = safeScore(framework, data, options);
  if (!result.success) throw new DtiValidationError('Cannot score', result.issues);
  return result.data;
}

function scorePrepared(
  framework: Framework,
  data: PreparedDataset,
  previous: PreparedDataset | undefined,
  options: ScoreOptions,
): ScoreResult {
  const plan = planFor(framework, options.weights);
  const setup = scoringSetup(framework, data, { rankWithin: options.rankWithin });
  const tree = scoreTree(plan, data, previous, setup.scored);
  return new ScoreResult({
    framework,
    plan,
    period: data.period,
    data,
    column: tree.column,
    imputedFlags: tree.imputedFlags,
    usedValues: tree.usedValues,
    available: tree.available,
    coverage: setup.coverage,
    reported: data.reported,
    include: setup.include,
    publisher: setup.publisher,
    rankNode: (nodeIndex) => setup.rankScores(tree.column(nodeIndex)),
  });
}
