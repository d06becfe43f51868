import { z } from 'zod';
import { LocalisedTextSchema } from '../schema/framework.js';

/** A former unit combined into a point: its published value and rank in that period (null if not published). */
export const FormerUnitSchema = z.strictObject({
  id: z.string(),
  name: z.string().optional(),
  value: z.number().nullable(),
  rank: z.number().nullable(),
});

/**
 * One unit in one period. `basis` says where the value comes from: `published` (the unit's own, or its
 * only former unit's, published value) or `rolled-up` (the equal-weighted mean of its former units,
 * computed here, never published). `rankBasis`: `published`, `re-ranked` (computed here among the
 * series' units from rolled-up values) or `null` when there is no rank.
 */
export const SeriesPointSchema = z.strictObject({
  period: z.string(),
  value: z.number().nullable(),
  rank: z.number().nullable(),
  /** How many units the rank is among (63 former provinces, 34 merged ones). */
  rankedAmong: z.number().int().positive().nullable(),
  tier: z.string().nullable(),
  basis: z.enum(['published', 'rolled-up']),
  rankBasis: z.enum(['published', 're-ranked']).nullable(),
  /** The former units this point was read from, when the period counted units before a merger. */
  from: z.array(FormerUnitSchema).optional(),
});

/** A unit's history: one point per period of the series, in the series' order. */
export const SeriesUnitSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  points: z.array(SeriesPointSchema),
});

/**
 * A period of a series and the spread of the set in it, over the units with a value (`n` of `of`):
 * median and quartiles (type 7, as d3 and R). A median of a partly published set is not the set's
 * median: compare `n` with `of` before showing it.
 */
export const SeriesPeriodSchema = z.strictObject({
  period: z.string(),
  framework: z.strictObject({ id: z.string(), version: z.string() }),
  /** `current` (the series' units) or `former` (units before a merger, combined through the crosswalk). */
  units: z.enum(['current', 'former']),
  median: z.number().nullable(),
  q1: z.number().nullable(),
  q3: z.number().nullable(),
  n: z.number().int().nonnegative(),
  of: z.number().int().nonnegative(),
});

/** A series of periods as plain JSON: what `scoreSeries` returns and `<dti-trend>` reads. */
export const ScoreSeriesSchema = z.strictObject({
  kind: z.literal('dti-score-series'),
  format: z.literal(1),
  label: LocalisedTextSchema,
  scale: z.strictObject({ min: z.number(), max: z.number() }),
  precision: z.number().int().nonnegative().optional(),
  /** How former units were combined: the rule, stated in the data. */
  rollUp: z.strictObject({ method: z.literal('mean'), note: z.string() }).optional(),
  periods: z.array(SeriesPeriodSchema),
  units: z.array(SeriesUnitSchema),
});

/** A former unit combined into a point. */
export type FormerUnit = z.infer<typeof FormerUnitSchema>;
/** One unit in one period. */
export type SeriesPoint = z.infer<typeof SeriesPointSchema>;
/** A unit's history across the periods. */
export type SeriesUnit = z.infer<typeof SeriesUnitSchema>;
/** A period of a series with the set's median and quartiles. */
export type SeriesPeriod = z.infer<typeof SeriesPeriodSchema>;
/** A series of periods as plain JSON (`kind: 'dti-score-series'`). */
export type ScoreSeries = z.infer<typeof ScoreSeriesSchema>;
