/**
 * @dti-kit/core: score, rank and explain digital-transformation indices.
 *
 * Data flows parse → validate → normalise → aggregate → rank → publish → explain. Everything here is pure and
 * runs unchanged in browsers, Node and Web Workers. This entry holds what every use needs: frameworks and
 * datasets (formats, schemas, validation), `score` and its results, publishing and ranks, comparison,
 * roll-up, series and presets. The rest comes in its own entry, as d3 splits its modules:
 *
 * - `@dti-kit/core/sheets`: spreadsheets in and out (CSV, XLSX, Vietnamese cells, wide and long layouts);
 * - `@dti-kit/core/robustness`: uncertainty and sensitivity analysis, the statistical audit;
 * - `@dti-kit/core/methods`: the normalisers, means and missing-value policies as column functions;
 * - `@dti-kit/core/present`: what showing a finished score table needs, without the engine.
 *
 * @example
 * import { defineFramework, score } from '@dti-kit/core';
 * const result = score(defineFramework(json), { units: [{ id: 'gia-lam', values: { online: 97.8 } }] });
 * result.units[0].value; // the unit's score on the framework's scale
 *
 * @packageDocumentation
 * @module @dti-kit/core
 */

// Columnar input from Apache Arrow (DuckDB, Polars, Spark); `apache-arrow` itself is not imported. It
// maps a table already typed into the columnar dataset format, so it sits with the formats, not sheets.
export type {
  ArrowChunkLike,
  ArrowTableLike,
  ArrowTypeLike,
  ArrowVectorLike,
  FromArrowOptions,
} from './arrow/from-arrow.js';
export { fromArrow } from './arrow/from-arrow.js';
export type { CompareOptions, RankedTable, UnitChange } from './compare/compare.js';
// Comparison of two periods, roll-up to a parent level.
export { compare } from './compare/compare.js';
export type { Crosswalk, RolledUpUnit, RollUpOptions, RollUpRow } from './compare/roll-up.js';
export { rollUp } from './compare/roll-up.js';
// Results: rows, explanations, the score table the widgets read, tiers.
export { cssColour } from './explain/css-colour.js';
export { embeddableJson } from './explain/embeddable-json.js';
export type { MissingOutcome, NodeExplanation, TargetsMet, UnitScore, UnitStatus } from './explain/result.js';
export { ScoreResult } from './explain/result.js';
export type { ScoreTable, ScoreTableNode, ScoreTableOptions, ScoreTableUnit } from './explain/table.js';
export { scoreTable } from './explain/table.js';
export { tierOf } from './explain/tier.js';
export type { PresetInfo, PresetStatus } from './presets/catalogue.js';
// Presets shipped as data.
export { presets } from './presets/catalogue.js';
export { loadPreset, presetIds, presetUrl } from './presets/load.js';
export type { Publisher, PublishingRule } from './publish/publisher.js';
// Publishing: 0–1 scores onto the framework's scale, rounded as tables print them.
export { publishedDifference, publisher } from './publish/publisher.js';
export { rounder, roundTo } from './publish/round.js';
export type { RankOptions } from './rank/rank.js';
// Ranks with the framework's tie rules.
export { rank } from './rank/rank.js';
export type { ColumnarDataset, ColumnValues } from './schema/columnar.js';
export { ColumnarDatasetSchema } from './schema/columnar.js';
export type { Dataset, UnitRecord, Value } from './schema/dataset.js';
export { DatasetSchema, UnitRecordSchema, ValueSchema } from './schema/dataset.js';
export type { FormerMissingPolicy } from './schema/former-missing-policy.js';
export type {
  Aggregation,
  Direction,
  Field,
  Formula,
  Framework,
  FrameworkNode,
  Group,
  Indicator,
  LocalisedText,
  MissingPolicy,
  ScoringMethod,
  TieRule,
  Tier,
} from './schema/framework.js';
// Frameworks and datasets: the formats, their schemas and their validation.
export {
  AggregationSchema,
  DirectionSchema,
  FieldSchema,
  FormulaSchema,
  FRAMEWORK_FORMAT_VERSION,
  FrameworkSchema,
  GroupSchema,
  IndicatorSchema,
  LocalisedTextSchema,
  MissingPolicySchema,
  ScoringMethodSchema,
  SourceSchema,
  TieRuleSchema,
  TierSchema,
} from './schema/framework.js';
export { frameworkJsonSchema } from './schema/json-schema.js';
export { missingPolicies } from './schema/missing-policies.js';
// The one walk over a framework tree, for tools that list or check its nodes.
export type { NodePath, WalkFrameworkOptions } from './schema/walk.js';
export { walkFramework } from './schema/walk.js';
export type { ScoreOptions } from './score/score.js';
// Scoring.
export { safeScore, score } from './score/score.js';
export type { FormerUnit, ScoreSeries, SeriesPeriod, SeriesPoint, SeriesUnit } from './series/schema.js';
export {
  FormerUnitSchema,
  ScoreSeriesSchema,
  SeriesPeriodSchema,
  SeriesPointSchema,
  SeriesUnitSchema,
} from './series/schema.js';
export type { ScoreSeriesOptions, SeriesInput } from './series/score-series.js';
// Periods side by side, units carried across a merger.
export { ROLL_UP_NOTE, scoreSeries } from './series/score-series.js';
export { spread } from './series/spread.js';
export type { PreparedDataset, PreparedUnit } from './validate/dataset.js';
export { prepareDataset, validateDataset } from './validate/dataset.js';
export { formatIssue } from './validate/format-issue.js';
export type { FrameworkInput } from './validate/framework.js';
export { defineFramework, validateFramework } from './validate/framework.js';
export type { CellLocation, DtiIssue, IssueCode, SafeResult } from './validate/issue.js';
export { DtiError, DtiValidationError } from './validate/issue.js';
export { ISSUE_KINDS } from './validate/issue-kinds.js';
export { STRICT_CODES, strictly } from './validate/strict.js';
export type { UnitColumns } from './validate/unit-list.js';
