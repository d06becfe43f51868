/**
 * @dti-kit/core/methods: the scoring methods as small pure functions on columns.
 *
 * What a framework's `method`, `aggregation` and `missing` entries do, one function each, for a reader
 * who wants to check a number by hand or use one method alone: a column is an array of raw values with
 * `NaN` for missing, and comes back as 0–1 scores (`NaN` stays missing). `score` runs the same functions.
 *
 * @example
 * import { goalposts, weightedArithmeticMean } from '@dti-kit/core/methods';
 * goalposts([20, 65, 110], { min: 20, max: 100 }); // Float64Array [0, 0.5625, 1]
 * weightedArithmeticMean([0.5, 1], [1, 3]); // 0.875
 *
 * @packageDocumentation
 * @module @dti-kit/core/methods
 */

// Means of sibling scores.
export { weightedArithmeticMean } from './aggregate/arithmetic-mean.js';
export { weightedGeometricMean } from './aggregate/geometric-mean.js';
export { weightedHarmonicMean } from './aggregate/harmonic-mean.js';
export { weightedMean } from './aggregate/mean-kernel.js';
export type { Imputed, ImputeOptions } from './missing/impute.js';
// Missing values, filled in before normalisation.
export { imputeMissing } from './missing/impute.js';
// Normalisers: raw values to 0–1.
export type { GoalpostsOptions } from './normalise/goalposts.js';
export { goalposts } from './normalise/goalposts.js';
export type { MinMaxOptions } from './normalise/min-max.js';
export { minMax } from './normalise/min-max.js';
export type { PercentileRankOptions } from './normalise/percentile-rank.js';
export { percentileRank } from './normalise/percentile-rank.js';
export type { RatioToBestOptions } from './normalise/ratio-to-best.js';
export { ratioToBest } from './normalise/ratio-to-best.js';
export type { Step, StepsOptions } from './normalise/steps.js';
export { steps } from './normalise/steps.js';
export type { DistanceToTargetOptions } from './normalise/target.js';
export { distanceToTarget } from './normalise/target.js';
export { logTransform } from './normalise/transform.js';
export type { YesNoOptions } from './normalise/yes-no.js';
export { yesNo } from './normalise/yes-no.js';
export type { ZScoreOptions } from './normalise/z-score.js';
export { normalCdf, zScore } from './normalise/z-score.js';
