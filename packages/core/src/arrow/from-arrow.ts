// Reads an Apache Arrow table through the few members every `apache-arrow` Table has, so the core
// neither imports nor bundles `apache-arrow`: the caller's copy of it (an optional peer dependency)
// built the table.

import type { ColumnarDataset, ColumnValues } from '../schema/columnar.js';
import { setOwn } from '../schema/keyed-by-id.js';
import { DtiError } from '../validate/issue.js';
import { decodeUtf8Chunk, type Utf8ChunkLike } from './utf8-column.js';

/** Arrow's type ids (the format's `Type` enum, as `apache-arrow` numbers them) this reader handles. */
const ArrowType = { Dictionary: -1, Null: 1, Int: 2, Float: 3, Utf8: 5, Bool: 6, LargeUtf8: 20 } as const;

/**
 * An Arrow data type, as far as this reader looks at it.
 *
 * @example table.schema.fields[0].type // → Float64 { typeId: 3 } (`apache-arrow`'s `Type.Float`)
 */
export interface ArrowTypeLike {
  readonly typeId: number;
  toString(): string;
}

/**
 * One chunk of an Arrow column (`apache-arrow`'s `Data`): where its validity bits start, how many
 * values are null, and for text its bytes and their offsets.
 *
 * @example table.getChild('a').data[0] // → Data { offset: 0, length: 4, nullCount: 1, nullBitmap: Uint8Array … }
 */
export interface ArrowChunkLike extends Utf8ChunkLike {
  readonly offset: number;
  readonly length: number;
  readonly nullCount: number;
  /** Bit `offset + i` is 1 where value `i` of the chunk is valid (not null). */
  readonly nullBitmap?: Uint8Array | null | undefined;
}

/**
 * An Arrow column (`apache-arrow`'s `Vector`), as far as this reader uses it.
 *
 * @example table.getChild('ty_le_ho_so_truc_tuyen') // → Vector<Float64>
 */
export interface ArrowVectorLike {
  readonly type: ArrowTypeLike;
  readonly length: number;
  readonly nullCount: number;
  readonly data: readonly ArrowChunkLike[];
  /** The values: a typed array for numbers (null slots hold whatever the buffer held), else an array. */
  toArray(): unknown;
  get(index: number): unknown;
}

/**
 * An Apache Arrow table (`apache-arrow`'s `Table`, from `tableFromIPC` or `tableFromArrays`), as far as
 * {@link fromArrow} uses it. A real `Table` of `apache-arrow` 15 or later fits it.
 *
 * @example const table: ArrowTableLike = tableFromIPC(bytes);
 */
export interface ArrowTableLike {
  readonly numRows: number;
  readonly schema: { readonly fields: readonly { readonly name: string }[] };
  getChild(name: string): ArrowVectorLike | null;
}

/**
 * Which Arrow columns hold what: the unit columns by name, then the values.
 *
 * @example { id: 'ma_xa', name: 'ten_xa', parent: 'ma_tinh', columns: { online_share: 'ty_le_truc_tuyen' } }
 */
export interface FromArrowOptions {
  /** The column of unit ids (text, or integers written as decimal text). */
  id: string;
  /** The column of display names (default: the id). */
  name?: string | undefined;
  /** The column of parent unit ids. */
  parent?: string | undefined;
  /** The column of peer groups. */
  peerGroup?: string | undefined;
  /** A boolean column: `false` is scored but not ranked. */
  ranked?: string | undefined;
  /** A numeric column of residents. */
  population?: string | undefined;
  /**
   * Indicator or field id → column name. Default: every column not named above, under its own name
   * (so a column that is no indicator of the framework is refused when the data is validated).
   */
  columns?: Readonly<Record<string, string>> | undefined;
  period?: string | undefined;
  source?: string | undefined;
}

function refuse(column: string, type: string, advice: string, vi: string): never {
  throw new DtiError(
    `Arrow column "${column}" is of type ${type}: ${advice}`,
    'invalid-format',
    `Cột Arrow "${column}" có kiểu ${type}: ${vi}`,
  );
}

function columnOf(table: ArrowTableLike, name: string): ArrowVectorLike {
  const vector = table.getChild(name);
  if (vector) return vector;
  const have = table.schema.fields.map((f) => `"${f.name}"`).join(', ');
  throw new DtiError(
    `the Arrow table has no column "${name}" (its columns: ${have})`,
    'missing-column',
    `bảng Arrow không có cột "${name}" (các cột: ${have})`,
  );
}

/** Writes `NaN` where the validity bitmap says null: Arrow leaves those slots of the buffer undefined. */
function markNulls(vector: ArrowVectorLike, out: Float64Array): void {
  let base = 0;
  for (const chunk of vector.data) {
    const bits = chunk.nullBitmap;
    if (chunk.nullCount > 0 && bits && bits.length > 0)
      for (let i = 0; i < chunk.length; ) {
        const bit = chunk.offset + i;
        const byte = bits[bit >> 3] as number;
        // Eight values present at once (most bytes, when few values are missing): one test, not eight.
        if (byte === 0xff && (bit & 7) === 0 && i + 8 <= chunk.length) {
          i += 8;
          continue;
        }
        if ((byte & (1 << (bit & 7))) === 0) out[base + i] = Number.NaN;
        i++;
      }
    base += chunk.length;
  }
}

/** 64-bit integers as doubles, refusing one a double cannot hold exactly (it would be scored as another). */
function fromBigInts(values: BigInt64Array | BigUint64Array, name: string): Float64Array {
  const out = new Float64Array(values.length);
  for (let u = 0; u < values.length; u++) {
    const big = values[u] as bigint;
    const x = Number(big);
    if (!Number.isSafeInteger(x))
      throw new DtiError(
        `Arrow column "${name}", row ${u}: the integer ${big} is beyond what a double holds exactly (±2^53)`,
        'invalid-value',
        `Cột Arrow "${name}", dòng ${u}: số nguyên ${big} vượt quá mức số thực biểu diễn chính xác (±2^53)`,
      );
    out[u] = x;
  }
  return out;
}

/**
 * A numeric Arrow column as a Float64Array, shared with the table when it is one chunk of doubles with
 * no nulls; otherwise widened into a new array with `NaN` for nulls. Text is handed over as it is, so
 * validation names each unit whose value is not a number.
 */
function valueColumn(vector: ArrowVectorLike, name: string): ColumnValues {
  const { typeId } = vector.type;
  if (typeId === ArrowType.Null) return new Float64Array(vector.length).fill(Number.NaN);
  if (
    typeId === ArrowType.Bool ||
    typeId === ArrowType.Dictionary ||
    typeId === ArrowType.Utf8 ||
    typeId === ArrowType.LargeUtf8
  )
    return vector.toArray() as readonly unknown[];
  if (typeId !== ArrowType.Int && typeId !== ArrowType.Float)
    refuse(
      name,
      String(vector.type),
      'scores need numbers; cast it to DOUBLE before export',
      'điểm cần dữ liệu số; hãy chuyển sang DOUBLE trước khi xuất',
    );
  const raw = vector.toArray();
  let out: Float64Array;
  if (raw instanceof BigInt64Array || raw instanceof BigUint64Array) out = fromBigInts(raw, name);
  else if (raw instanceof Float64Array) out = vector.nullCount > 0 ? raw.slice() : raw;
  else if (ArrayBuffer.isView(raw) && !(raw instanceof Uint16Array && typeId === ArrowType.Float))
    out = new Float64Array(raw as unknown as ArrayLike<number>);
  // Half floats come out of the buffer as raw 16-bit words: read each through the vector.
  else out = Float64Array.from({ length: vector.length }, (_, u) => Number(vector.get(u) ?? Number.NaN));
  if (vector.nullCount > 0) markNulls(vector, out);
  return out;
}

/** A text column (ids, names…) as strings, `null` where Arrow has null; integers become decimal text. */
function textColumn(vector: ArrowVectorLike, name: string): (string | null)[] {
  const { typeId } = vector.type;
  if (typeId === ArrowType.Int) {
    const numbers = valueColumn(vector, name) as Float64Array;
    return Array.from(numbers, (x) => (Number.isNaN(x) ? null : String(x)));
  }
  if (typeId !== ArrowType.Utf8 && typeId !== ArrowType.LargeUtf8 && typeId !== ArrowType.Dictionary)
    refuse(name, String(vector.type), 'expected text (or integers)', 'cần văn bản (hoặc số nguyên)');
  if (typeId !== ArrowType.Dictionary) {
    const parts = vector.data.map((chunk) => decodeUtf8Chunk(chunk));
    if (parts.every((part) => part !== undefined)) return parts.length === 1 ? (parts[0] as string[]) : parts.flat();
  }
  return vector.toArray() as (string | null)[];
}

/**
 * Reads an Apache Arrow table (from DuckDB, Polars, Spark… via `tableFromIPC`) into a
 * {@link ColumnarDataset} for `score` or `prepareDataset`: the unit columns named in `options`, and
 * every other column as an indicator (or raw field) of the same id. Arrow nulls become values not
 * reported; a column of doubles with no nulls is used without a copy; integer columns are widened
 * (64-bit ones refused beyond ±2^53). A text column where numbers are expected is passed on, so
 * validation names each unit whose value is not a number; types that are neither numbers nor text
 * (decimals, dates) are refused here with a `DtiError` saying to cast them to DOUBLE.
 * `apache-arrow` is not imported: any object with the members of {@link ArrowTableLike} will do.
 *
 * @example
 * import { tableFromIPC } from 'apache-arrow';
 * const table = tableFromIPC(await (await fetch('/dti-2025.arrow')).arrayBuffer());
 * const result = score(framework, fromArrow(table, { id: 'ma_xa', name: 'ten_xa', parent: 'ma_tinh' }));
 */
export function fromArrow(table: ArrowTableLike, options: FromArrowOptions): ColumnarDataset {
  const { id, name, parent, peerGroup, ranked, population } = options;
  const unitColumns = new Set([id, name, parent, peerGroup, ranked, population].filter((c) => c !== undefined));
  const mapping =
    options.columns ??
    Object.fromEntries(table.schema.fields.filter((f) => !unitColumns.has(f.name)).map((f) => [f.name, f.name]));
  const text = (column: string | undefined) =>
    column === undefined ? undefined : textColumn(columnOf(table, column), column);
  const columns: Record<string, ColumnValues> = {};
  for (const [key, column] of Object.entries(mapping))
    setOwn(columns, key, valueColumn(columnOf(table, column), column));
  return {
    ...(options.period !== undefined && { period: options.period }),
    ...(options.source !== undefined && { source: options.source }),
    ids: text(id) as string[],
    ...(name !== undefined && { names: text(name) }),
    ...(parent !== undefined && { parents: text(parent) }),
    ...(peerGroup !== undefined && { peerGroups: text(peerGroup) }),
    ...(ranked !== undefined && { ranked: columnOf(table, ranked).toArray() as (boolean | null)[] }),
    ...(population !== undefined && { populations: valueColumn(columnOf(table, population), population) }),
    columns,
  };
}
