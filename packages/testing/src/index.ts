/**
 * @dti-kit/testing: the fixtures the packages' tests, stories and benchmarks share (not published).
 *
 * Each builder gives the smallest valid value and takes overrides for what a test is about, so a test
 * reads as its point rather than as forty lines of JSON:
 *
 * - frameworks: {@link framework}, {@link group}, {@link indicator}, {@link percentIndicator}, {@link goalposts};
 * - tiers: {@link tiers}, {@link commonTiers};
 * - score tables: {@link scoreTableOf}, {@link tableUnit}, {@link tableNode}, {@link publishedTable};
 * - series: {@link seriesPeriod};
 * - Vietnamese names: {@link communeName}, {@link communeNames}, {@link PROVINCES_34}, {@link PROVINCES_63}.
 *
 * @example
 * import { framework, percentIndicator } from '@dti-kit/testing';
 * const fw = defineFramework(framework({ children: [percentIndicator('a'), percentIndicator('b')] }));
 *
 * @packageDocumentation
 */

export {
  type FrameworkOptions,
  framework,
  type GroupOptions,
  goalposts,
  group,
  type IndicatorOptions,
  indicator,
  percentIndicator,
} from './framework.js';
export { type Label, text } from './label.js';
export { communeName, communeNames, FIRST_SYLLABLES, PROVINCES_34, PROVINCES_63, SECOND_SYLLABLES } from './names.js';
export {
  type PublishedRow,
  publishedTable,
  type ScoreTableOptions,
  scoreTableOf,
  statusOf,
  type TableUnitOptions,
  tableNode,
  tableUnit,
} from './score-table.js';
export { type SeriesPeriodOptions, seriesPeriod } from './series.js';
export { commonTiers, TIER_LOOKS, type TierId, type TierOptions, tiers } from './tiers.js';
