/**
 * @dti-kit/core: score, rank and explain digital-transformation indices.
 *
 * Data flows parse → validate → normalise → aggregate → rank → publish → explain. Everything here is pure and
 * runs unchanged in browsers, Node and Web Workers.
 *
 * @packageDocumentation
 */

export { weightedArithmeticMean } from './aggregate/arithmetic-mean.js';
export { weightedGeometricMean } from './aggregate/geometric-mean.js';
export { weightedHarmonicMean } from './aggregate/harmonic-mean.js';
export { weightedMean } from './aggregate/mean-kernel.js';
export { sumOfPoints } from './aggregate/sum-of-points.js';
// Columnar input from Apache Arrow (DuckDB, Polars, Spark); `apache-arrow` itself is not imported.
export type {
  ArrowChunkLike,
  ArrowTableLike,
  ArrowTypeLike,
  ArrowVectorLike,
  FromArrowOptions,
} from './arrow/from-arrow.js';
export { fromArrow } from './arrow/from-arrow.js';
export type { Audit, IndicatorAudit } from './audit/audit.js';
export { audit } from './audit/audit.js';
export { cronbachAlpha, pearson, spearman } from './audit/correlation.js';
export type { CompareOptions, RankedTable, UnitChange } from './compare/compare.js';
export { compare } from './compare/compare.js';
export type { Crosswalk, RolledUpUnit, RollUpOptions, RollUpRow } from './compare/roll-up.js';
export { rollUp } from './compare/roll-up.js';
export type { NodeInfo } from './compile.js';
export { cssColour } from './explain/css-colour.js';
export { embeddableJson } from './explain/embeddable-json.js';
export type { NodeExplanation, TargetsMet, UnitScore, UnitStatus } from './explain/result.js';
export { ScoreResult } from './explain/result.js';
export type { ScoreTable, ScoreTableNode, ScoreTableUnit } from './explain/table.js';
export { scoreTable } from './explain/table.js';
export { tierOf } from './explain/tier.js';
export { evaluateFormula, formulaInputs } from './formula.js';
export type { ImputeContext, Imputed } from './missing/impute.js';
export { imputeMissing } from './missing/impute.js';
// The methods, as small pure functions on columns (NaN = missing).
export { goalposts } from './normalise/goalposts.js';
export type { MinMaxOptions } from './normalise/min-max.js';
export { minMax } from './normalise/min-max.js';
export { percentileRank } from './normalise/percentile-rank.js';
export { ratioToBest } from './normalise/ratio-to-best.js';
export type { Step } from './normalise/steps.js';
export { steps } from './normalise/steps.js';
export { distanceToTarget } from './normalise/target.js';
export { logTransform } from './normalise/transform.js';
export { yesNo } from './normalise/yes-no.js';
export type { ZScoreOptions } from './normalise/z-score.js';
export { normalCdf, zScore } from './normalise/z-score.js';
export type { PresetInfo, PresetStatus } from './presets/catalogue.js';
// Presets shipped as data.
export { presets } from './presets/catalogue.js';
export { loadPreset, presetIds, presetUrl } from './presets/load.js';
export type { Publisher, PublishingRule } from './publish/publisher.js';
// Publishing: 0–1 scores onto the framework's scale, rounded as tables print them.
export { publishedDifference, publisher } from './publish/publisher.js';
export { rounder, roundTo } from './publish/round.js';
export type { RankOptions } from './rank/rank.js';
// Ranks, comparison, roll-up.
export { rank } from './rank/rank.js';
export type { ColumnarDataset, ColumnValues } from './schema/columnar.js';
export { ColumnarDatasetSchema } from './schema/columnar.js';
export type { Dataset, UnitRecord, Value } from './schema/dataset.js';
export { DatasetSchema, UnitRecordSchema, ValueSchema } from './schema/dataset.js';
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
export type { ScoreOptions } from './score.js';
// Scoring.
export { safeScore, score } from './score.js';
export type { WorkerLike } from './sensitivity/in-worker.js';
export { analyseUncertaintyInWorker } from './sensitivity/in-worker.js';
// How robust is a ranking: uncertainty and sensitivity analysis, statistical audit.
export { dirichlet, seededRandom } from './sensitivity/random.js';
export type { AggregationChoice, Assumptions, MissingChoice, NormalisationChoice } from './sensitivity/scenarios.js';
export type { SobolIndices } from './sensitivity/sobol.js';
export { saltelliDesign, sobolFromOutputs, sobolIndices } from './sensitivity/sobol.js';
export type {
  SensitivityOptions,
  SensitivityResult,
  UncertaintyOptions,
  UncertaintyResult,
  UnitUncertainty,
} from './sensitivity/uncertainty.js';
export { analyseSensitivity, analyseUncertainty } from './sensitivity/uncertainty.js';
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
export { readCsv } from './sheets/csv.js';
export { CsvDatasetReader } from './sheets/csv-dataset.js';
export { CsvRecordStream, IrregularCsv } from './sheets/csv-stream.js';
export { foldText, slugify } from './sheets/fold.js';
export type { SheetDataset, SheetToDatasetOptions } from './sheets/layout.js';
export { sheetToDataset } from './sheets/layout.js';
export type { ParsedValue, ParseValueOptions } from './sheets/parse-value.js';
// Spreadsheets in: Vietnamese cells, CSV and XLSX, wide and long layouts.
export { parseValue } from './sheets/parse-value.js';
export type { ReadDatasetOptions, ReadResult, ReadSheetsOptions } from './sheets/read.js';
export { readDataset, readSheets } from './sheets/read.js';
export type { Cell, MergedRange, Sheet } from './sheets/sheet.js';
export { columnLetter } from './sheets/sheet.js';
export type { CsvCell, WriteCsvOptions } from './sheets/write-csv.js';
export { writeCsv } from './sheets/write-csv.js';
export type { ReadXlsxOptions, SheetToWrite } from './sheets/xlsx.js';
export { readXlsx, writeXlsx } from './sheets/xlsx.js';
export type { PreparedDataset, PreparedUnit } from './validate/dataset.js';
export { prepareDataset, validateDataset } from './validate/dataset.js';
export { formatIssue } from './validate/format-issue.js';
export type { FrameworkInput } from './validate/framework.js';
export { defineFramework, validateFramework } from './validate/framework.js';
export type { CellLocation, DtiIssue, IssueCode, SafeResult } from './validate/issue.js';
export { DtiError, DtiValidationError } from './validate/issue.js';
export { STRICT_CODES, strictly } from './validate/strict.js';
