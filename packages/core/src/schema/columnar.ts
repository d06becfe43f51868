import * as z from 'zod/mini';

/**
 * One column of values, one entry per unit in the order of `ids`. In a typed array `NaN` means "not
 * reported" (a typed array has no `null`); in a plain array `null`, `undefined` and `NaN` do. Booleans
 * are yes/no (1 or 0). Float32 and integer arrays are widened to 64-bit floats exactly as stored.
 *
 * @example Float64Array.of(97.8, Number.NaN, 62.5) // the second unit did not report
 */
export type ColumnValues =
  | Float64Array
  | Float32Array
  | Int8Array
  | Int16Array
  | Int32Array
  | Uint8Array
  | Uint16Array
  | Uint32Array
  | readonly unknown[];

const isColumn = (v: unknown): v is ColumnValues =>
  Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView) && !isBigIntArray(v));
const isBigIntArray = (v: unknown) => v instanceof BigInt64Array || v instanceof BigUint64Array;
const isText = (v: unknown): v is readonly unknown[] => Array.isArray(v);

/**
 * The envelope of a {@link ColumnarDataset}, strict: a misspelt key (`peerGroup` for `peerGroups`)
 * is refused rather than silently ignored. The arrays are only checked to be arrays here: their
 * entries are read (and each problem named with its unit) by the column-wise pass of `validateDataset`,
 * which costs one loop per column rather than one schema walk per value.
 *
 * @example ColumnarDatasetSchema.safeParse({ ids: ['a'], peerGroup: ['x'], columns: {} }).success // → false
 */
export const ColumnarDatasetSchema = z.strictObject({
  period: z.optional(z.string()),
  /** Where the figures come from. */
  source: z.optional(z.string()),
  /** Stable id of each unit, unique in the dataset. */
  ids: z.custom<readonly unknown[]>(isText, 'ids must be an array of unit ids'),
  /** Display names, in the order of `ids` (default: the id). */
  names: z.optional(z.custom<readonly unknown[]>(isText, 'names must be an array, one per id')),
  /** Parent unit ids (the province of a commune). */
  parents: z.optional(z.custom<readonly unknown[]>(isText, 'parents must be an array, one per id')),
  /** Peer groups: units are ranked within their group. */
  peerGroups: z.optional(z.custom<readonly unknown[]>(isText, 'peerGroups must be an array, one per id')),
  /** `false`: assessed and scored, but left out of the ranking. */
  ranked: z.optional(z.custom<readonly unknown[]>(isText, 'ranked must be an array of booleans, one per id')),
  /** Residents, for population-weighted roll-ups. */
  populations: z.optional(z.custom<ColumnValues>(isColumn, 'populations must be an array of numbers, one per id')),
  /** Values by indicator or raw-field id, one column each. */
  columns: z.record(
    z.string(),
    z.custom<ColumnValues>(isColumn, 'a column must be an array or a typed array of numbers, one per id'),
  ),
});

/**
 * A dataset laid out in columns, as it comes out of DuckDB, Polars, Spark or Apache Arrow: the unit ids
 * once, then one array per indicator (or raw field). Scored like a dataset of rows, with the same
 * checks and the same results, without building an object per unit.
 *
 * @example
 * { ids: ['gia-lam', 'phuc-tho'], names: ['Gia Lâm', 'Phúc Thọ'],
 *   columns: { online: Float64Array.of(100, 62.5) } }
 */
export interface ColumnarDataset {
  period?: string | undefined;
  source?: string | undefined;
  ids: readonly string[];
  names?: readonly (string | null | undefined)[] | undefined;
  parents?: readonly (string | null | undefined)[] | undefined;
  peerGroups?: readonly (string | null | undefined)[] | undefined;
  ranked?: readonly (boolean | null | undefined)[] | undefined;
  populations?: ColumnValues | undefined;
  columns: Readonly<Record<string, ColumnValues>>;
}

/**
 * The envelope as zod reads it: the arrays' entries are checked one column at a time afterwards.
 *
 * @example const envelope: ColumnarEnvelope = ColumnarDatasetSchema.parse(input);
 */
export type ColumnarEnvelope = z.infer<typeof ColumnarDatasetSchema>;

/**
 * Whether an input is meant as a {@link ColumnarDataset} (it has `columns` and no `units`), so
 * validation reads it column by column; its shape is checked afterwards, with every problem named.
 *
 * @example isColumnarInput({ ids: ['a'], columns: { x: [1] } }) // → true
 */
export function isColumnarInput(input: unknown): boolean {
  return typeof input === 'object' && input !== null && 'columns' in input && !('units' in input);
}
