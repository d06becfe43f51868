/**
 * @dti-kit/widgets: web components for DTI scores. Importing this module registers nothing: import
 * the classes and define them yourself, or import `@dti-kit/widgets/define.js`.
 *
 * @packageDocumentation
 * @module @dti-kit/widgets
 */
export { DtiGauge } from './gauge/gauge.js';
export { type Band, bandOf, type GaugeInput, gaugeModel } from './gauge/gauge-model.js';
export { DtiLeagueTable } from './league-table/league-table.js';
export { viewCsv } from './league-table/view-csv.js';
export { type ColumnKey, type SortKey, tableModel, visibleRows } from './league-table/view-model.js';
export { DtiMap } from './map/map.js';
export { type ColourBy, type MapView, mapView } from './map/map-view.js';
export { placeKey } from './map/place-key.js';
export { TILES_34, TILES_63, type Tile, type TileLayoutName, tileLayout } from './map/tile-layouts.js';
export { DtiRankInterval } from './rank-interval/rank-interval.js';
export { DtiScorecard } from './scorecard/scorecard.js';
export { type Benchmark, tierCounts, unitProfile } from './scorecard/scorecard-model.js';
export { collationKey } from './shared/collate.js';
export { defineOnce } from './shared/define.js';
export { type Locale, STRINGS } from './shared/i18n.js';
export { type WeighedNode, type WhatIfProblem, weighable, whatIf } from './shared/what-if.js';
export { seriesProblem } from './trend/series-problem.js';
export {
  type SparklineMarks,
  type SparklineOptions,
  sparkline,
  sparklineLabel,
  sparklineMarks,
  sparklineSvg,
} from './trend/sparkline.js';
export { DtiTrend } from './trend/trend.js';
export { type PlotLine, type PlotPoint, type TrendModel, trendModel } from './trend/trend-model.js';
export { DtiWeights } from './weights/weights.js';
