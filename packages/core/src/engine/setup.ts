import { type Publisher, publisher } from '../publish/publisher.js';
import { ranker } from '../rank/rank.js';
import type { Framework, TieRule } from '../schema/framework.js';
import type { PreparedDataset } from '../validate/dataset.js';

/** Options of {@link scoringSetup}. */
export interface ScoringSetupOptions {
  /** Rank within each unit's `peerGroup` (default) or all units together. */
  rankWithin?: 'peerGroup' | 'all' | undefined;
}

/**
 * The rules that turn 0–1 scores into a published league table: who is scored (coverage against
 * `minCoverage`), who is ranked (`ranked` and scored), within which peer groups, how values are
 * published (scale and rounding) and ranked (`rankOn`, tie rule). `score` and the robustness analyses
 * (`engine/replications`) build it here, so an analysis that varies nothing reproduces the official ranks exactly.
 */
export interface ScoringSetup {
  /** Share of the framework's indicators worth points that each unit reported, 0–1. */
  readonly coverage: Float64Array;
  /** 1 where the unit's coverage reaches the framework's `minCoverage`. */
  readonly scored: Uint8Array;
  /** 1 where the unit is scored and not excluded by `ranked: false`. */
  readonly include: Uint8Array;
  /** Each unit's peer group, or `undefined` when ranking all units together. */
  readonly peerGroups: readonly (string | undefined)[] | undefined;
  readonly ties: TieRule;
  /** The framework's publishing rule (scale and precision). */
  readonly publisher: Publisher;
  /** A 0–1 score on the published scale, rounded to the framework's precision. */
  published(score: number): number;
  /** Ranks of a column of 0–1 scores: on the published value or the exact one (`rankOn`), by the tie rule. */
  rankScores(scores: Float64Array): Float64Array;
  /**
   * {@link rankScores} into `out`, reusing the set-up's buffers: what a replication of an analysis
   * calls, thousands of times. Not reentrant: one call at a time.
   */
  rankScoresInto(scores: Float64Array, out: Float64Array): Float64Array;
}

/**
 * Builds the publication and ranking rules of a framework for a prepared dataset.
 *
 * @example
 * const setup = scoringSetup(framework, prepared);
 * setup.rankScores(Float64Array.of(0.9, 0.9, 0.5)); // ties "dense" → [1, 1, 2]
 */
export function scoringSetup(
  framework: Framework,
  data: PreparedDataset,
  options: ScoringSetupOptions = {},
): ScoringSetup {
  const { reported, ranked } = data;
  const n = data.ids.length;
  // Indicators worth 0 points count in neither part of the share: leaving one blank changes no score.
  const m = data.counted;
  const minCoverage = framework.minCoverage ?? 0;
  const coverage = new Float64Array(n);
  const scored = new Uint8Array(n);
  for (let u = 0; u < n; u++) {
    coverage[u] = m > 0 ? (reported[u] as number) / m : 0;
    scored[u] = (coverage[u] as number) >= minCoverage ? 1 : 0;
  }
  const include = new Uint8Array(n);
  for (let u = 0; u < n; u++) include[u] = ranked?.[u] !== false && scored[u] ? 1 : 0;
  const grouped = data.peerGroups?.some((group) => group !== undefined) === true;
  const peerGroups = options.rankWithin === 'all' || !grouped ? undefined : data.peerGroups;
  const publish = publisher(framework);
  const rankOnRounded = framework.precision !== undefined && framework.rankOn !== 'exact';
  const ties = framework.ties ?? 'competition';
  const rankInto = ranker(n, { ties, include, ...(peerGroups && { groups: peerGroups }) });
  const keys = rankOnRounded ? new Float64Array(n) : undefined;
  const rankScoresInto = (scores: Float64Array, out: Float64Array): Float64Array => {
    if (!keys) return rankInto(scores, out);
    for (let u = 0; u < n; u++) keys[u] = publish.publish(scores[u] as number);
    return rankInto(keys, out);
  };
  return {
    coverage,
    scored,
    include,
    peerGroups,
    ties,
    publisher: publish,
    published: publish.publish,
    rankScores: (scores) => rankScoresInto(scores, new Float64Array(n)),
    rankScoresInto,
  };
}
