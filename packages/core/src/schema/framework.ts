import * as z from 'zod/mini';

/**
 * The version of the framework format this library reads and writes. It changes only when an
 * existing framework file would be read differently; additions keep it.
 */
export const FRAMEWORK_FORMAT_VERSION = 1;

/**
 * How deep groups may nest: the index is level 1. Real frameworks use three or four levels; the
 * limit lets validation refuse a file nested thousands deep (or an object that contains itself)
 * with a message, before any recursive step could overflow the stack.
 */
export const MAX_FRAMEWORK_DEPTH = 32;

/** Attaches a description that the generated JSON Schema shows in editors. */
const doc = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description));

const Id = z
  .string()
  .check(z.minLength(1), z.regex(/^[\p{L}\p{N}_.:-]+$/u, 'ids use letters, digits, "_", ".", ":" and "-" only'));
const FiniteNumber = z.number();
const NonNegative = z.number().check(z.gte(0));
const Share = z.number().check(z.gte(0), z.lte(1));

/** Text in Vietnamese and, optionally, English: `{ vi: 'Nhận thức số', en: 'Digital awareness' }`. */
export const LocalisedTextSchema = z.strictObject({
  /** Vietnamese text, with diacritics. */
  vi: doc(z.string().check(z.minLength(1)), 'Vietnamese text, with diacritics'),
  /** English text. */
  en: z.optional(doc(z.string(), 'English text')),
});

/** Which way is better for an indicator: more (`higher`, the default) or less (`lower`). */
export const DirectionSchema = z.enum(['higher', 'lower']);

/**
 * Min-max across the scored units: `(x − min) / (max − min)`, then mapped into `range`
 * (default `[0, 1]`). The JRC/COINr default.
 */
export const MinMaxMethodSchema = z.strictObject({
  type: z.literal('minMax'),
  /** Output range [low, high] inside 0–1; default [0, 1]. */
  range: z.optional(doc(z.tuple([Share, Share]), 'Output range [low, high] inside 0–1; default [0, 1]')),
});

/**
 * Fixed goalposts, in the indicator's own unit: `(x − min) / (max − min)`, clamped to 0–1, so values
 * beyond the posts are capped. Goalposts stay fixed across periods (EU DESI practice).
 */
export const GoalpostsMethodSchema = z.strictObject({
  type: z.literal('goalposts'),
  /** Lower goalpost, in the raw unit (the worst value that matters when higher is better). */
  min: doc(FiniteNumber, 'Lower goalpost, in the raw unit (the worst value that matters when higher is better)'),
  /** Upper goalpost, in the raw unit. */
  max: doc(FiniteNumber, 'Upper goalpost, in the raw unit'),
});

/** Distance to the indicator's `target`: `min(x / target, 1)`. */
export const TargetMethodSchema = z.strictObject({ type: z.literal('target') });

/** Ratio to the best unit: `x / max(x)` over the scored units. */
export const RatioToBestMethodSchema = z.strictObject({ type: z.literal('ratioToBest') });

/**
 * Standardised value `z = (x − mean) / sd` (sample standard deviation), mapped to 0–1 by the standard
 * normal distribution function (`cdf`, default) or linearly between `−limit` and `+limit` sd (`clamp`).
 */
export const ZScoreMethodSchema = z.strictObject({
  type: z.literal('zScore'),
  /** cdf: Φ(z) (default); clamp: linear between −limit and +limit sd. */
  map: z.optional(doc(z.enum(['cdf', 'clamp']), 'cdf: Φ(z) (default); clamp: linear between −limit and +limit sd')),
  /** Standard deviations mapped to the ends of the scale by clamp; default 3. */
  limit: z.optional(
    doc(z.number().check(z.gt(0)), 'Standard deviations mapped to the ends of the scale by clamp; default 3'),
  ),
});

/** Percentile rank: `(r − 1) / (n − 1)` with `r` the average rank among `n` units. */
export const PercentileRankMethodSchema = z.strictObject({ type: z.literal('percentileRank') });

/** One step of a step scale: a value at or beyond `at` earns `score` (0–1). */
export const StepSchema = z.strictObject({
  /** Threshold in the raw unit: reached at or above it (at or below when lower is better). */
  at: doc(FiniteNumber, 'Threshold in the raw unit: reached at or above it (at or below when lower is better)'),
  /** Score 0–1 earned when the threshold is reached. */
  score: doc(Share, 'Score 0–1 earned when the threshold is reached'),
});

/**
 * Step thresholds: the best step reached gives the score (`≥ at` when higher is better, `≤ at` when
 * lower is better); below every step the score is `otherwise` (default 0).
 */
export const StepsMethodSchema = z.strictObject({
  type: z.literal('steps'),
  steps: z.array(StepSchema).check(z.minLength(1)),
  /** Score below every step; default 0. */
  otherwise: z.optional(doc(Share, 'Score below every step; default 0')),
});

/** Yes/no: 1 (or `true`) earns full score, 0 (or `false`) none. */
export const YesNoMethodSchema = z.strictObject({ type: z.literal('yesNo') });

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
export const RatioFormulaSchema = z.strictObject({
  type: z.literal('ratio'),
  numerator: Id,
  denominator: Id,
  /** Factor applied to the ratio, e.g. 100 for a percentage; default 1. */
  multiplier: z.optional(
    doc(z.number().check(z.gt(0)), 'Factor applied to the ratio, e.g. 100 for a percentage; default 1'),
  ),
});

/** `value / population × per`, e.g. security cameras per 1,000 residents. */
export const PerCapitaFormulaSchema = z.strictObject({
  type: z.literal('perCapita'),
  value: Id,
  population: Id,
  /** Per how many residents, e.g. 1000; default 1. */
  per: z.optional(doc(z.number().check(z.gt(0)), 'Per how many residents, e.g. 1000; default 1')),
});

/** The sum of several raw fields. */
export const SumFormulaSchema = z.strictObject({
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
 * What to do when a unit has no value for an indicator, keyed by `type` as scoring methods,
 * formulas and aggregations are:
 * - `zero`: the indicator earns no points (DTI practice for unreported items);
 * - `skip`: leave it out and re-weight the remaining siblings (JRC/COINr default);
 * - `mean` / `median`: impute the mean or median raw value of the other units (optionally only
 *   those with the same `peerGroup` or `parent`);
 * - `previous`: take the unit's value from the previous period, else apply `fallback`.
 *
 * The former key `method` (`{ method: 'zero' }`) is still read the same way, with a `deprecated`
 * warning: validation rewrites it to `type` before this schema sees it.
 *
 * @example { type: 'mean', within: 'parent' }
 */
export const MissingPolicySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('zero') }),
  z.strictObject({ type: z.literal('skip') }),
  z.strictObject({
    type: z.enum(['mean', 'median']),
    within: z.optional(z.enum(['all', 'peerGroup', 'parent'])),
  }),
  z.strictObject({
    type: z.literal('previous'),
    fallback: z.optional(z.enum(['zero', 'skip', 'mean', 'median'])),
  }),
]);

/** How a group combines its children's 0–1 scores. */
export const AggregationSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('arithmetic') }),
  z.strictObject({ type: z.literal('sum') }),
  z.strictObject({ type: z.literal('geometric'), shift: z.optional(z.number().check(z.gt(0))) }),
  z.strictObject({ type: z.literal('harmonic'), shift: z.optional(z.number().check(z.gt(0))) }),
]);

const nodeFields = {
  /** Stable id, unique in the framework: letters, digits, _ . : - */
  id: doc(Id, 'Stable id, unique in the framework: letters, digits, _ . : -'),
  label: LocalisedTextSchema,
  description: z.optional(LocalisedTextSchema),
  /** Relative weight among siblings, re-normalised within the group. */
  weight: z.optional(doc(NonNegative, 'Relative weight among siblings, re-normalised within the group')),
  /** Maximum points; siblings' points add up to the parent's. The weight when weight is absent. */
  points: z.optional(
    doc(NonNegative, "Maximum points; siblings' points add up to the parent's. The weight when weight is absent"),
  ),
};

/** A leaf of the framework: one measured indicator (chỉ số thành phần). */
export const IndicatorSchema = z.strictObject({
  ...nodeFields,
  kind: z.literal('indicator'),
  /** Unit of the raw value, e.g. %, hồ sơ, người; % bounds targets to 0–100. */
  unit: z.optional(doc(z.string(), 'Unit of the raw value, e.g. %, hồ sơ, người; % bounds targets to 0–100')),
  /** higher (default) or lower is better. */
  direction: z.optional(doc(DirectionSchema, 'higher (default) or lower is better')),
  /** How the raw value becomes a 0–1 score. */
  method: doc(ScoringMethodSchema, 'How the raw value becomes a 0–1 score'),
  /**
   * Log transform of the raw value before min-max, goalposts, z-score or percentile rank: natural log (log, values > 0)
   * or log1p (values > −1).
   */
  transform: z.optional(
    doc(
      z.enum(['log', 'log1p']),
      'Log transform of the raw value before min-max, goalposts, z-score or percentile rank: natural log (log, values > 0) or log1p (values > −1)',
    ),
  ),
  /** The value a unit commits to reach (chỉ tiêu), in the raw unit; counted in targets met. */
  target: z.optional(
    doc(FiniteNumber, 'The value a unit commits to reach (chỉ tiêu), in the raw unit; counted in targets met'),
  ),
  /** Computes the value from raw fields declared in fields. */
  formula: z.optional(doc(FormulaSchema, 'Computes the value from raw fields declared in fields')),
  /** This indicator's missing-value policy. */
  missing: z.optional(doc(MissingPolicySchema, "This indicator's missing-value policy")),
});

/** Any node of the framework tree: a group or an indicator. */
export type FrameworkNode = Indicator | Group;

/** An inner node: the index itself, a pillar or a sub-pillar (chỉ số chính). */
export const GroupSchema = z.strictObject({
  ...nodeFields,
  kind: z.literal('group'),
  /** How the children combine; default arithmetic mean. */
  aggregation: z.optional(doc(AggregationSchema, 'How the children combine; default arithmetic mean')),
  /** Default missing-value policy for the indicators below this group. */
  missing: z.optional(doc(MissingPolicySchema, 'Default missing-value policy for the indicators below this group')),
  get children(): z.ZodMiniArray<z.ZodMiniType<FrameworkNode>> {
    return z.array(z.discriminatedUnion('kind', [IndicatorSchema, GroupSchema]));
  },
});

/** A named band of the published scale, e.g. Tốt from 0.8. */
export const TierSchema = z.strictObject({
  id: Id,
  label: LocalisedTextSchema,
  /** Lowest published value (inclusive) in this tier. */
  min: doc(FiniteNumber, 'Lowest published value (inclusive) in this tier'),
  /** CSS colour for widgets. */
  color: z.optional(doc(z.string(), 'CSS colour for widgets')),
});

/** A raw field of the dataset used by indicator formulas. */
export const FieldSchema = z.strictObject({
  id: Id,
  label: LocalisedTextSchema,
  unit: z.optional(z.string()),
});

/** Where a framework comes from: a decision, a date, a link. */
export const SourceSchema = z.strictObject({
  title: z.string(),
  url: z.optional(z.string()),
  date: z.optional(z.string()),
});

/** Tie rules for ranks: 1224 `competition`, 1223 `dense`, 1234 `ordinal`, 1 2.5 2.5 4 `fractional`. */
export const TieRuleSchema = z.enum(['competition', 'dense', 'ordinal', 'fractional']);

/** The whole framework: a versioned, JSON-serialisable tree plus publication rules. */
export const FrameworkSchema = z.strictObject({
  $schema: z.optional(z.string()),
  /** Version of the framework format: 1. */
  format: doc(z.literal(FRAMEWORK_FORMAT_VERSION), 'Version of the framework format: 1'),
  id: Id,
  /** Version of this framework, e.g. 2022.1. */
  version: doc(z.string().check(z.minLength(1)), 'Version of this framework, e.g. 2022.1'),
  label: LocalisedTextSchema,
  description: z.optional(LocalisedTextSchema),
  sources: z.optional(z.array(SourceSchema)),
  notes: z.optional(z.array(z.string())),
  /** Range the index is published on, e.g. {min: 0, max: 1} for DTI. */
  scale: doc(
    z.strictObject({ min: FiniteNumber, max: FiniteNumber }),
    'Range the index is published on, e.g. {min: 0, max: 1} for DTI',
  ),
  /** Decimals results are published with (DTI: 4). */
  precision: z.optional(
    doc(z.number().check(z.int(), z.gte(0), z.lte(12)), 'Decimals results are published with (DTI: 4)'),
  ),
  /** Tie rule: competition 1224 (default), dense 1223, ordinal 1234, fractional 1 2.5 2.5 4. */
  ties: z.optional(
    doc(TieRuleSchema, 'Tie rule: competition 1224 (default), dense 1223, ordinal 1234, fractional 1 2.5 2.5 4'),
  ),
  /** Rank on the published, rounded value (default) or the exact one. */
  rankOn: z.optional(
    doc(z.enum(['rounded', 'exact']), 'Rank on the published, rounded value (default) or the exact one'),
  ),
  /** Named bands of the published scale, e.g. Tốt from 0.8. */
  tiers: z.optional(doc(z.array(TierSchema), 'Named bands of the published scale, e.g. Tốt from 0.8')),
  /** Default missing-value policy; skip when absent. */
  missing: z.optional(doc(MissingPolicySchema, 'Default missing-value policy; skip when absent')),
  /** Share of the indicators (0–1) a unit must report to be scored; below it the unit is assessed but left unscored. */
  minCoverage: z.optional(
    doc(
      Share,
      'Share of the indicators (0–1) a unit must report to be scored; below it the unit is assessed but left unscored',
    ),
  ),
  /** Raw fields that indicator formulas read. */
  fields: z.optional(doc(z.array(FieldSchema), 'Raw fields that indicator formulas read')),
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
