/**
 * One chunk of an Arrow Utf8 column: the UTF-8 bytes of every value end to end, and where each starts.
 *
 * @example vectorFromArray(['Gia Lâm'], new Utf8()).data[0] // valueOffsets [0, 8], values: 8 bytes
 */
export interface Utf8ChunkLike {
  readonly offset: number;
  readonly length: number;
  readonly nullCount: number;
  readonly nullBitmap?: Uint8Array | null | undefined;
  /**
   * For text, `length + 1` positions in `values` (an Int32Array), already shifted to the chunk's first
   * value; other types hold other buffers here, checked before use.
   */
  readonly valueOffsets?: unknown;
  readonly values?: unknown;
}

const decoder = new TextDecoder('utf-8', { fatal: false });

/**
 * Where each byte position of UTF-8 text falls in the decoded string: the UTF-16 index of every value
 * start, found in one walk over the bytes (continuation bytes add nothing, 4-byte sequences add a
 * surrogate pair). `undefined` when the bytes hold something the walk cannot follow.
 */
function charOffsets(bytes: Uint8Array, offsets: Int32Array, base: number, text: string): Int32Array | undefined {
  const out = new Int32Array(offsets.length);
  let chars = 0;
  let k = 0;
  const end = offsets[offsets.length - 1] as number;
  for (let b = base; b <= end; b++) {
    while (k < offsets.length && (offsets[k] as number) === b) out[k++] = chars;
    if (b === end) break;
    const byte = bytes[b] as number;
    if ((byte & 0xc0) !== 0x80) chars += byte >= 0xf0 ? 2 : 1;
  }
  return chars === text.length && k === offsets.length ? out : undefined;
}

/**
 * The strings of an Arrow Utf8 chunk, decoded in one call and cut at each value's start, instead of
 * one decoder call per value; `null` where the validity bitmap says so. `undefined` when the chunk does
 * not expose its buffers as `apache-arrow` does (the caller then reads it value by value).
 *
 * @example decodeUtf8Chunk(vectorFromArray(['Gia Lâm', null], new Utf8()).data[0]) // → ['Gia Lâm', null]
 */
export function decodeUtf8Chunk(chunk: Utf8ChunkLike): (string | null)[] | undefined {
  const { valueOffsets: offsets, values: bytes, length } = chunk;
  if (!(offsets instanceof Int32Array) || !(bytes instanceof Uint8Array) || offsets.length < length + 1) return;
  const first = offsets[0] as number;
  const text = decoder.decode(bytes.subarray(first, offsets[length] as number));
  const at =
    text.length === (offsets[length] as number) - first
      ? offsets
      : charOffsets(bytes, offsets.subarray(0, length + 1), first, text);
  if (!at) return;
  const shift = at === offsets ? first : 0;
  const out: (string | null)[] = new Array(length);
  const bits = chunk.nullCount > 0 ? chunk.nullBitmap : undefined;
  for (let i = 0; i < length; i++) {
    const bit = chunk.offset + i;
    out[i] =
      bits && ((bits[bit >> 3] as number) & (1 << (bit & 7))) === 0
        ? null
        : text.slice((at[i] as number) - shift, (at[i + 1] as number) - shift);
  }
  return out;
}
