import * as z from 'zod/mini';

/**
 * The version of the framework format this library reads and writes. It changes only when an
 * existing framework file would be read differently; additions keep it.
 */
export const FRAMEWORK_FORMAT_VERSION = 1;

const Id = z
  .string()
  .check(z.minLength(1), z.regex(/^[\p{L}\p{N}_.:-]+$/u, 'ids use letters, digits, "_", ".", ":" and "-" only'));
const FiniteNumber = z.number();
const NonNegative = z.number().check(z.gte(0));
const Share = z.number().check(z.gte(0), z.lte(1));

/** Text in Vietnamese and, optionally, English: `{ vi: 'Nhận thức số', en: 'Digital awareness' }`. */
export const LocalisedTextSchema = z.object({
  vi: z.string().check(z.minLength(1)),
  en: z.optional(z.string()),
});

/** Which way is better for an indicator: more (`higher`, the default) or less (`lower`). */
export const DirectionSchema = z.enum(['higher', 'lower']);

/**
 * Min-max across the scored units: `(x − min) / (max − min)`, then mapped into `range`
 * (default `[0, 1]`). The JRC/COINr default.
 */
export const MinMaxMethodSchema = z.object({
  type: z.literal('minMax'),
  range: z.optional(z.tuple([Share, Share])),
});

/**
 * Fixed goalposts, in the indicator's own unit: `(x − min) / (max − min)`, clamped to 0–1, so values
 * beyond the posts are capped. Goalposts stay fixed across periods (EU DESI practice).
 */
export const GoalpostsMethodSchema = z.object({
  type: z.literal('goalposts'),
  min: FiniteNumber,
  max: FiniteNumber,
});

/** Distance to the indicator's `target`: `min(x / target, 1)`. */
export const TargetMethodSchema = z.object({ type: z.literal('target') });

/** Ratio to the best unit: `x / max(x)` over the scored units. */
export const RatioToBestMethodSchema = z.object({ type: z.literal('ratioToBest') });

/**
 * Standardised value `z = (x − mean) / sd` (sample standard deviation), mapped to 0–1 by the standard
 * normal distribution function (`cdf`, default) or linearly between `−limit` and `+limit` sd (`clamp`).
 */
export const ZScoreMethodSchema = z.object({
  type: z.literal('zScore'),
  map: z.optional(z.enum(['cdf', 'clamp'])),
  limit: z.optional(z.number().check(z.gt(0))),
});

/** Percentile rank: `(r − 1) / (n − 1)` with `r` the average rank among `n` units. */
export const PercentileRankMethodSchema = z.object({ type: z.literal('percentileRank') });

/** One step of a step scale: a value at or beyond `at` earns `score` (0–1). */
export const StepSchema = z.object({ at: FiniteNumber, score: Share });

/**
 * Step thresholds: the best step reached gives the score (`≥ at` when higher is better, `≤ at` when
 * lower is better); below every step the score is `otherwise` (default 0).
 */
export const StepsMethodSchema = z.object({
  type: z.literal('steps'),
  steps: z.array(StepSchema).check(z.minLength(1)),
  otherwise: z.optional(Share),
});

/** Yes/no: 1 (or `true`) earns full score, 0 (or `false`) none. */
export const YesNoMethodSchema = z.object({ type: z.literal('yesNo') });

/** How an indicator's value becomes a 0–1 score. Discriminated by `type`. */
export const ScoringMethodSchema = z.discriminatedUnion('type', [
  MinMaxMethodSchema,
  GoalpostsMethodSchema,
  TargetMethodSchema,
  RatioToBestMethodSchema,
  ZScoreMethodSchema,
  PercentileRankMethodSchema,
  StepsMethodSchema,
  YesNoMethodSchema,
]);

/** `numerator / denominator × multiplier`, e.g. online dossiers / all dossiers × 100. */
export const RatioFormulaSchema = z.object({
  type: z.literal('ratio'),
  numerator: Id,
  denominator: Id,
  multiplier: z.optional(z.number().check(z.gt(0))),
});

/** `value / population × per`, e.g. security cameras per 1,000 residents. */
export const PerCapitaFormulaSchema = z.object({
  type: z.literal('perCapita'),
  value: Id,
  population: Id,
  per: z.optional(z.number().check(z.gt(0))),
});

/** The sum of several raw fields. */
export const SumFormulaSchema = z.object({
  type: z.literal('sum'),
  fields: z.array(Id).check(z.minLength(1)),
});

/** How an indicator's value is computed from raw fields of the dataset. */
export const FormulaSchema = z.discriminatedUnion('type', [
  RatioFormulaSchema,
  PerCapitaFormulaSchema,
  SumFormulaSchema,
]);

/**
 * What to do when a unit has no value for an indicator:
 * - `zero`: the indicator earns no points (DTI practice for unreported items);
 * - `skip`: leave it out and re-weight the remaining siblings (JRC/COINr default);
 * - `mean` / `median`: impute the mean or median raw value of the other units (optionally only
 *   those with the same `peerGroup` or `parent`);
 * - `previous`: take the unit's value from the previous period, else apply `fallback`.
 */
export const MissingPolicySchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('zero') }),
  z.object({ method: z.literal('skip') }),
  z.object({
    method: z.enum(['mean', 'median']),
    within: z.optional(z.enum(['all', 'peerGroup', 'parent'])),
  }),
  z.object({
    method: z.literal('previous'),
    fallback: z.optional(z.enum(['zero', 'skip', 'mean', 'median'])),
  }),
]);

/** How a group combines its children's 0–1 scores. */
export const AggregationSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('arithmetic') }),
  z.object({ type: z.literal('sum') }),
  z.object({ type: z.literal('geometric'), shift: z.optional(z.number().check(z.gt(0))) }),
  z.object({ type: z.literal('harmonic'), shift: z.optional(z.number().check(z.gt(0))) }),
]);

const nodeFields = {
  id: Id,
  label: LocalisedTextSchema,
  description: z.optional(LocalisedTextSchema),
  /** Relative weight among siblings; re-normalised within the group. */
  weight: z.optional(NonNegative),
  /** Maximum points; siblings' points add up to the parent's. Used as the weight when `weight` is absent. */
  points: z.optional(NonNegative),
};

/** A leaf of the framework: one measured indicator (chỉ số thành phần). */
export const IndicatorSchema = z.object({
  ...nodeFields,
  kind: z.literal('indicator'),
  /** Unit of the raw value, e.g. `%`, `hồ sơ`, `người`. */
  unit: z.optional(z.string()),
  direction: z.optional(DirectionSchema),
  method: ScoringMethodSchema,
  /** Applied to the raw value before scoring: natural log (`log`, values > 0) or `log1p` (values > −1). */
  transform: z.optional(z.enum(['log', 'log1p'])),
  /** The value a unit commits to reach (chỉ tiêu), in the raw unit. */
  target: z.optional(FiniteNumber),
  formula: z.optional(FormulaSchema),
  missing: z.optional(MissingPolicySchema),
});

/** Any node of the framework tree: a group or an indicator. */
export type FrameworkNode = Indicator | Group;

/** An inner node: the index itself, a pillar or a sub-pillar (chỉ số chính). */
export const GroupSchema = z.object({
  ...nodeFields,
  kind: z.literal('group'),
  aggregation: z.optional(AggregationSchema),
  /** Default missing-value policy for the indicators below this group. */
  missing: z.optional(MissingPolicySchema),
  get children(): z.ZodMiniArray<z.ZodMiniType<FrameworkNode>> {
    return z.array(z.union([IndicatorSchema, GroupSchema]));
  },
});

/** A named band of the published scale, e.g. Tốt from 0.8. */
export const TierSchema = z.object({
  id: Id,
  label: LocalisedTextSchema,
  /** Lowest published value (inclusive) in this tier. */
  min: FiniteNumber,
  /** A CSS colour for widgets; optional. */
  color: z.optional(z.string()),
});

/** A raw field of the dataset used by indicator formulas. */
export const FieldSchema = z.object({
  id: Id,
  label: LocalisedTextSchema,
  unit: z.optional(z.string()),
});

/** Where a framework comes from: a decision, a date, a link. */
export const SourceSchema = z.object({
  title: z.string(),
  url: z.optional(z.string()),
  date: z.optional(z.string()),
});

/** Tie rules for ranks: 1224 `competition`, 1223 `dense`, 1234 `ordinal`, 1 2.5 2.5 4 `fractional`. */
export const TieRuleSchema = z.enum(['competition', 'dense', 'ordinal', 'fractional']);

/** The whole framework: a versioned, JSON-serialisable tree plus publication rules. */
export const FrameworkSchema = z.object({
  $schema: z.optional(z.string()),
  format: z.literal(FRAMEWORK_FORMAT_VERSION),
  id: Id,
  version: z.string().check(z.minLength(1)),
  label: LocalisedTextSchema,
  description: z.optional(LocalisedTextSchema),
  sources: z.optional(z.array(SourceSchema)),
  notes: z.optional(z.array(z.string())),
  /** Published range of the index, e.g. `{ min: 0, max: 1 }` (DTI) or `{ min: 0, max: 100 }`. */
  scale: z.object({ min: FiniteNumber, max: FiniteNumber }),
  /** Decimals the index is published with (DTI: 4). */
  precision: z.optional(z.number().check(z.int(), z.gte(0), z.lte(12))),
  ties: z.optional(TieRuleSchema),
  /** Rank on the published, rounded value (official practice, default) or on the exact value. */
  rankOn: z.optional(z.enum(['rounded', 'exact'])),
  tiers: z.optional(z.array(TierSchema)),
  missing: z.optional(MissingPolicySchema),
  /** Units whose share of reported indicators is below this (0–1) are assessed but left unscored. */
  minCoverage: z.optional(Share),
  fields: z.optional(z.array(FieldSchema)),
  root: GroupSchema,
});

/** A localised text. */
export type LocalisedText = z.infer<typeof LocalisedTextSchema>;
/** `higher` or `lower` is better. */
export type Direction = z.infer<typeof DirectionSchema>;
/** A scoring method of an indicator. */
export type ScoringMethod = z.infer<typeof ScoringMethodSchema>;
/** A formula from raw fields. */
export type Formula = z.infer<typeof FormulaSchema>;
/** A missing-value policy. */
export type MissingPolicy = z.infer<typeof MissingPolicySchema>;
/** A group's aggregation method. */
export type Aggregation = z.infer<typeof AggregationSchema>;
/** An indicator node. */
export type Indicator = z.infer<typeof IndicatorSchema>;
/** A group node. */
export interface Group {
  id: string;
  label: LocalisedText;
  description?: LocalisedText | undefined;
  weight?: number | undefined;
  points?: number | undefined;
  kind: 'group';
  aggregation?: Aggregation | undefined;
  missing?: MissingPolicy | undefined;
  children: FrameworkNode[];
}
/** A tier of the published scale. */
export type Tier = z.infer<typeof TierSchema>;
/** A tie rule. */
export type TieRule = z.infer<typeof TieRuleSchema>;
/** A raw field. */
export type Field = z.infer<typeof FieldSchema>;
/** A framework, as validated. */
export type Framework = z.infer<typeof FrameworkSchema>;
