// Series fixtures: the periods `scoreSeries` reads, each a published table.
import type { SeriesInput } from '@dti-kit/core';
import { type PublishedRow, publishedTable, type ScoreTableOptions } from './score-table.js';

/** Fields of {@link seriesPeriod} beyond its period and rows. */
export interface SeriesPeriodOptions {
  /** The table's framework fields, as in {@link publishedTable}. */
  framework?: ScoreTableOptions['framework'];
  /** The rows are units from before a merger, combined through the crosswalk. */
  former?: boolean;
  /** How many units the published ranks are among (e.g. 63), when the table lists only some. */
  rankedAmong?: number;
}

/**
 * One period of a series for `scoreSeries`: a published table of `rows` (see {@link publishedTable})
 * for that period.
 *
 * @example seriesPeriod('2023', [['da-nang', 'Đà Nẵng', 0.834, 1]], { former: true, rankedAmong: 63 })
 * // { period: '2023', table: { kind: 'dti-score-table', period: '2023', … }, former: true, rankedAmong: 63 }
 */
export function seriesPeriod(
  period: string,
  rows: readonly PublishedRow[],
  options: SeriesPeriodOptions = {},
): SeriesInput {
  const { framework, former, rankedAmong } = options;
  return {
    period,
    table: publishedTable(rows, { period, ...(framework === undefined ? {} : { framework }) }),
    ...(former === undefined ? {} : { former }),
    ...(rankedAmong === undefined ? {} : { rankedAmong }),
  };
}
