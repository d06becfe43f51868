/**
 * @dti-kit/core/robustness: how far a ranking can be trusted.
 *
 * Uncertainty analysis (Monte Carlo over weights, normalisation, aggregation and missing-data choices:
 * each unit's rank interval), sensitivity analysis (Sobol indices: which choice moves the ranks), the
 * statistical audit of the OECD/JRC handbook (correlations, Cronbach's alpha, duplicate and flat
 * indicators), and a seeded random source so every run can be repeated.
 *
 * @example
 * import { analyseUncertainty } from '@dti-kit/core/robustness';
 * const u = await analyseUncertainty(framework, prepared, { weights: { type: 'uniform', share: 0.25 }, runs: 1000 });
 * [u.units[0].low, u.units[0].high]; // its rank interval: 5th and 95th percentile of its rank over the runs
 *
 * @packageDocumentation
 * @module @dti-kit/core/robustness
 */

export type { Audit, AuditOptions, IndicatorAudit } from './audit/audit.js';
// The statistical audit of a result.
export { audit } from './audit/audit.js';
export { cronbachAlpha, pearson, spearman } from './audit/correlation.js';
export type { UncertaintyInWorkerOptions, WorkerLike } from './sensitivity/in-worker.js';
export { analyseUncertaintyInWorker } from './sensitivity/in-worker.js';
export { seededRandom } from './sensitivity/random.js';
export type {
  AggregationChoice,
  Assumptions,
  FormerWeightPerturbation,
  MissingChoice,
  NormalisationChoice,
  WeightPerturbation,
} from './sensitivity/scenarios.js';
export type { SobolIndices } from './sensitivity/sobol.js';
export { sobolFromOutputs, sobolIndices } from './sensitivity/sobol.js';
export type {
  SensitivityOptions,
  SensitivityResult,
  UncertaintyOptions,
  UncertaintyResult,
  UnitUncertainty,
} from './sensitivity/uncertainty.js';
// Uncertainty and sensitivity analysis of a framework's scoring choices.
export { analyseSensitivity, analyseUncertainty } from './sensitivity/uncertainty.js';
