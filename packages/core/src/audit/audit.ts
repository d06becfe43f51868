import { deviation } from 'd3-array';
import type { ScoreResult } from '../explain/result.js';
import type { NodeInfo } from '../plan/compile.js';
import { covariance, cronbachAlpha, pearson, spearman } from './correlation.js';

/** One indicator's statistics in the audit. */
export interface IndicatorAudit {
  id: string;
  /** The group it belongs to. */
  group: string;
  /** Correlation of its 0–1 scores with its group's and with the index's, Pearson and Spearman. */
  withGroup: { pearson: number; spearman: number };
  withIndex: { pearson: number; spearman: number };
  /** Its weight in the index as declared: the product of its shares down the tree. */
  nominalWeight: number;
  /**
   * Its actual influence: cov(nominal weight × score, index) / var(index). Under arithmetic aggregation
   * without missing values the effective weights add up to 1.
   */
  effectiveWeight: number;
  /** Standard deviation of its scores across units. */
  spread: number;
  flags: ('negative-with-group' | 'near-duplicate' | 'little-variance')[];
  /** For `near-duplicate`: the indicator it nearly repeats. */
  duplicateOf?: string;
}

/** The statistical audit of a scored framework (OECD/JRC handbook step 4). */
export interface Audit {
  indicators: IndicatorAudit[];
  /** Cronbach's alpha of each group's children. */
  groups: { id: string; alpha: number; children: number }[];
  /** Correlations between indicators, in indicator order: Pearson and Spearman. */
  correlations: {
    ids: string[];
    /** Pearson's r of each pair of indicators, `pearson[i][j]` for `ids[i]` and `ids[j]`. */
    pearson: number[][];
    /**
     * The Pearson matrix under its former name (the same array as `pearson`).
     *
     * @deprecated Use `pearson`: both correlations are matrices.
     */
    matrix: number[][];
    /** Spearman's rank correlation of each pair of indicators, as `pearson`. */
    spearman: number[][];
  };
}

// Sample standard deviation over the units with a value (d3 skips NaN); 0 with fewer than two.
const sd = (xs: ArrayLike<number>) => deviation(Array.from(xs)) ?? 0;

/** Options of {@link audit}: the |r| from which two indicators of a group are near-duplicates (default 0.95), and the standard deviation of scores (0–1) below which an indicator barely varies (default 0.01). */
export interface AuditOptions {
  duplicate?: number;
  minSpread?: number;
}

/**
 * Audits a score result: correlations between indicators and with their group and the index, Cronbach's
 * alpha per group, flags for indicators negatively correlated with their own group (|r| tested at
 * r < 0), near-duplicates (|r| ≥ `duplicate`, default 0.95, within a group), and indicators whose scores
 * barely vary (sd < `minSpread`, default 0.01 on 0–1); the effective weight of each indicator next to its
 * nominal weight.
 *
 * @example audit(score(framework, data)).indicators.filter((i) => i.flags.length)
 */
export function audit(result: ScoreResult, options: AuditOptions = {}): Audit {
  const duplicate = options.duplicate ?? 0.95;
  const minSpread = options.minSpread ?? 0.01;
  const nodes = result.nodes;
  const index = result.scores(nodes[0]?.id as string);
  const indicators = nodes.filter((n) => n.kind === 'indicator');
  const indexVariance = covariance(index, index);
  const ids = indicators.map((n) => n.id);
  const columns = ids.map((id) => result.scores(id));
  const matrix = columns.map((a) => columns.map((b) => pearson(a, b)));
  const audits: IndicatorAudit[] = indicators.map((node, i) => {
    const scores = columns[i] as Float64Array;
    const group = nodes[node.parent] as NodeInfo;
    const groupScores = result.scores(group.id);
    const w = pathWeight(nodes, node);
    const spread = sd(scores);
    const flags: IndicatorAudit['flags'] = [];
    const withGroup = { pearson: pearson(scores, groupScores), spearman: spearman(scores, groupScores) };
    if (withGroup.pearson < 0) flags.push('negative-with-group');
    if (spread < minSpread) flags.push('little-variance');
    const duplicateOf = nearDuplicateOf(indicators, i, matrix[i] ?? [], duplicate);
    if (duplicateOf) flags.push('near-duplicate');
    const weighted = scores.map((s) => w * s);
    return {
      id: node.id,
      group: group.id,
      withGroup,
      withIndex: { pearson: pearson(scores, index), spearman: spearman(scores, index) },
      nominalWeight: w,
      effectiveWeight: indexVariance > 0 ? covariance(weighted, index) / indexVariance : Number.NaN,
      spread,
      flags,
      ...(duplicateOf && { duplicateOf }),
    };
  });
  const groups = nodes
    .filter((n) => n.kind === 'group')
    .map((g) => ({
      id: g.id,
      alpha: cronbachAlpha(g.children.map((c) => result.scores(nodes[c]?.id as string))),
      children: g.children.length,
    }));
  const spearmanMatrix = columns.map((a) => columns.map((b) => spearman(a, b)));
  return { indicators: audits, groups, correlations: { ids, pearson: matrix, matrix, spearman: spearmanMatrix } };
}

/** An indicator's nominal weight in the index: the product of its and its ancestors' shares. */
function pathWeight(nodes: readonly NodeInfo[], node: NodeInfo): number {
  let w = 1;
  for (let here: NodeInfo | undefined = node; here && here.parent >= 0; here = nodes[here.parent]) w *= here.share;
  return w;
}

/** The first other indicator of the same group whose correlation with indicator `i` reaches `duplicate` in size. */
function nearDuplicateOf(
  indicators: readonly NodeInfo[],
  i: number,
  correlations: readonly number[],
  duplicate: number,
): string | undefined {
  const node = indicators[i] as NodeInfo;
  return indicators.find(
    (other, j) => j !== i && other.parent === node.parent && Math.abs(correlations[j] ?? 0) >= duplicate,
  )?.id;
}
