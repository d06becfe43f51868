/**
 * @dti-kit/core/present: what showing a finished score needs, without the scoring engine.
 *
 * A page that shows a score table (from `dti score --format json`) needs its types, tiers, rounding,
 * text folding for search and CSV export — not validation, spreadsheet readers, presets, nor the
 * sentences for every data problem (`formatIssue`, about 5 KB gzip, needed only when there are issues
 * to show). Nothing here imports zod at run time, and no module it imports reaches one that does, so a
 * bundle split into chunks keeps all of that out of the first download. The full engine is
 * `@dti-kit/core`, which exports the rest of this too; `foldText` and `writeCsv` are also in
 * `@dti-kit/core/sheets`. `slugify` (a unit id from a place name, as the map's tile and shape sets make
 * theirs), `labelIn` and `intlLocale` (a label and the number format in the reader's language, as the
 * CLI and the widgets show them), `pillarsOf` (the groups a league table shows as columns) and
 * `latinSkeleton` (Cyrillic and Greek look-alikes of Latin letters read as Latin, to match ids across
 * files) and `twinNames` (what tells apart units of one table that share a name) are exported only here.
 *
 * @example
 * import { foldText, tierOf } from '@dti-kit/core/present';
 * foldText('Đà Nẵng'); // 'da nang'
 *
 * @packageDocumentation
 * @module @dti-kit/core/present
 */

export { cssColour } from './explain/css-colour.js';
export { embeddableJson } from './explain/embeddable-json.js';
export type { MissingOutcome, NodeExplanation, TargetsMet, UnitScore, UnitStatus } from './explain/result.js';
export type { ScoreTable, ScoreTableNode, ScoreTableOptions, ScoreTableUnit } from './explain/table.js';
export { scoreTable } from './explain/table.js';
export { tierOf } from './explain/tier.js';
export { intlLocale } from './present/intl-locale.js';
export { labelIn } from './present/label-in.js';
export type { Locale } from './present/locale.js';
export { pillarsOf } from './present/pillars.js';
export { twinNames } from './present/twin-names.js';
export type { Publisher, PublishingRule } from './publish/publisher.js';
export { publisher } from './publish/publisher.js';
export { rounder, roundTo } from './publish/round.js';
export type { RankOptions } from './rank/rank.js';
export { rank } from './rank/rank.js';
export type { LocalisedText, Tier } from './schema/framework.js';
export type { FormerUnit, ScoreSeries, SeriesPeriod, SeriesPoint, SeriesUnit } from './series/schema.js';
export { foldText, slugify } from './sheets/fold.js';
export type { CsvCell, WriteCsvOptions } from './sheets/write-csv.js';
export { writeCsv } from './sheets/write-csv.js';
export type { CellLocation, DtiIssue, IssueCode } from './validate/issue.js';
export { latinSkeleton } from './validate/latin-skeleton.js';
