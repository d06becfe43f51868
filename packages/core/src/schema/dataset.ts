import * as z from 'zod/mini';

/** One reported value: a number, a yes/no as boolean, or `null` / absent for "not reported". */
export const ValueSchema = z.nullable(z.union([z.number(), z.boolean()]));

const unitFields = {
  /** Stable id of the unit, unique in the dataset. */
  id: z.string().check(z.minLength(1)),
  /** Display name, e.g. `Phúc Thọ`. Defaults to the id. */
  name: z.optional(z.string()),
  /** Id of the parent unit (the province of a commune), for filters and roll-ups. */
  parent: z.optional(z.string()),
  /** Units are ranked only against units of the same peer group (e.g. ministries with public services). */
  peerGroup: z.optional(z.string()),
  /** `false`: assessed and scored, but left out of the ranking. */
  ranked: z.optional(z.boolean()),
  /** Residents, for population-weighted roll-ups. */
  population: z.optional(z.number().check(z.gte(0))),
};

/**
 * One unit of a dataset: who it is and its values keyed by indicator or raw-field id.
 *
 * @example { id: 'phuc-tho', name: 'Phúc Thọ', parent: 'ha-noi', values: { zalo_oa: 10 / 21 } }
 */
export const UnitRecordSchema = z.object({
  ...unitFields,
  values: z.record(z.string(), ValueSchema),
});

/**
 * A dataset: the units assessed in one period and their reported values.
 *
 * @example { period: '2024', units: [{ id: 'gia-lam', name: 'Gia Lâm', values: { online_share: 100 } }] }
 */
export const DatasetSchema = z.object({
  period: z.optional(z.string()),
  /** Where the figures come from. */
  source: z.optional(z.string()),
  units: z.array(UnitRecordSchema),
});

/**
 * The same envelope with `values` only checked to be an object: the values themselves are checked by a
 * column-wise pass that is about ten times faster than a per-key schema on large datasets, and that
 * reports the same issues.
 */
export const DatasetEnvelopeSchema = z.object({
  period: z.optional(z.string()),
  source: z.optional(z.string()),
  units: z.array(
    z.object({
      ...unitFields,
      values: z.custom<Record<string, unknown>>(
        (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
        'values must be an object keyed by indicator id',
      ),
    }),
  ),
});

/** A reported value. */
export type Value = z.infer<typeof ValueSchema>;
/** A unit with its values. */
export type UnitRecord = z.infer<typeof UnitRecordSchema>;
/** A dataset as validated. */
export type Dataset = z.infer<typeof DatasetSchema>;

const optionalString = (v: unknown) => v === undefined || typeof v === 'string';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Whether `input` certainly passes {@link DatasetEnvelopeSchema}, checked by hand with no allocation:
 * the schema then runs (and names each problem) only when something is off, so a well-formed dataset
 * of a million units does not pay for a million schema walks. Stricter than the schema, never looser.
 *
 * @example isWellFormedEnvelope({ units: [{ id: 'a', values: {} }] }) // → true; ({ units: [{ id: '' }] }) → false
 */
export function isWellFormedEnvelope(input: unknown): input is Dataset {
  if (!isWellFormedTop(input)) return false;
  const units: unknown[] = input.units;
  for (let u = 0; u < units.length; u++) if (!isWellFormedUnit(units[u])) return false;
  return true;
}

/**
 * {@link isWellFormedEnvelope} but for the units: `period` and `source` text or absent, `units` an
 * array. A reader that walks the units anyway checks each with {@link isWellFormedUnit} as it goes.
 *
 * @example isWellFormedTop({ period: '2024', units: [] }) // → true; isWellFormedTop({ units: {} }) // → false
 */
export function isWellFormedTop(input: unknown): input is { period?: string; source?: string; units: unknown[] } {
  if (!isRecord(input)) return false;
  return optionalString(input.period) && optionalString(input.source) && Array.isArray(input.units);
}

/**
 * Whether one unit of a dataset certainly passes the schema (see {@link isWellFormedEnvelope}): a
 * non-empty text id, text or no name, parent and peer group, yes/no or no `ranked`, a finite
 * population ≥ 0 or none, and values in an object.
 *
 * @example isWellFormedUnit({ id: 'a', values: {} }) // → true; isWellFormedUnit({ id: 'a' }) // → false
 */
export function isWellFormedUnit(record: unknown): record is Dataset['units'][number] {
  if (!isRecord(record)) return false;
  const { id, population, ranked } = record;
  if (typeof id !== 'string' || id.length === 0) return false;
  if (!optionalString(record.name) || !optionalString(record.parent) || !optionalString(record.peerGroup)) return false;
  if (ranked !== undefined && typeof ranked !== 'boolean') return false;
  if (population !== undefined && !(typeof population === 'number' && Number.isFinite(population) && population >= 0))
    return false;
  return isRecord(record.values);
}

/** How numbers are written in text: `vi` (decimal comma, thousands dot) or `en` (the reverse). */
export type NumberLocale = 'vi' | 'en';
