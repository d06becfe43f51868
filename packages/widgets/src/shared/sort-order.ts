/** Sort keys of a column, one per row: numbers (`NaN` for a missing value) or collation keys. */
export type SortKeys = Float64Array | readonly string[];

/**
 * Row positions in ascending order of `keys`; missing values (`NaN`) last; equal keys keep the rows'
 * order. Each row's place among the sorted keys (a binary search) and its position are packed into one
 * number, so the engine's native sort of a Float64Array does the work instead of a comparator called
 * n log n times: about five times faster on 100,000 rows.
 *
 * @example ascendingOrder(Float64Array.of(3, NaN, 1, 3)) // → Int32Array [2, 0, 3, 1]
 */
export function ascendingOrder(keys: SortKeys): Int32Array {
  const n = keys.length;
  if (inOrder(keys)) return identity(n);
  const packed = keys instanceof Float64Array ? packedDecimals(keys) : undefined;
  return unpacked(packed ?? packedByPlace(keys), n);
}

/**
 * Whether the keys already ascend, missing values (`NaN`) only at the end: a table listed in rank order
 * (as `dti score` writes it) is, for its rank key, so its first page needs one pass instead of a sort.
 */
function inOrder(keys: SortKeys): boolean {
  const n = keys.length;
  let end = n;
  while (end > 0 && Number.isNaN(keys[end - 1])) end--;
  for (let i = 1; i < end; i++) {
    const before = keys[i - 1] as number | string;
    const key = keys[i] as number | string;
    // `NaN` before the end compares false both ways: not in order.
    if (!(before <= key)) return false;
  }
  return true;
}

/** 0, 1, …, n − 1. */
function identity(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/**
 * Keys with at most three decimals (ranks, scores rounded to the framework's precision) as whole
 * numbers, each packed with its row's position: one native sort, no search. `undefined` for other keys.
 */
function packedDecimals(keys: Float64Array): Float64Array | undefined {
  const n = keys.length;
  // Bounds that only need to enclose the keys: an offset and a range.
  let min = 2 ** 53;
  let max = -min;
  for (const k of keys) {
    if (k < min) min = k;
    if (k > max) max = k;
  }
  // No key is a number (every value missing): the bounds would stay at ±2^53, the span come out
  // negative and every packed key lose its row. Any bounds do; every key sorts as missing.
  if (min > max) min = max = 0;
  for (let scale = 1; scale <= 1000; scale *= 10) {
    const lowest = Math.round(min * scale);
    const span = Math.round(max * scale) - lowest + 2;
    if (!(span * n < 2 ** 53)) return undefined;
    const packed = new Float64Array(n);
    let i = 0;
    for (; i < n; i++) {
      const k = keys[i] as number;
      const whole = Math.round(k * scale);
      // A missing value goes after every other.
      if (Number.isNaN(k)) packed[i] = (span - 1) * n + i;
      else if (whole / scale === k) packed[i] = (whole - lowest) * n + i;
      else break;
    }
    if (i === n) return packed;
  }
  return undefined;
}

function unpacked(packed: Float64Array, n: number): Int32Array {
  packed.sort();
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = (packed[i] as number) % n;
  return order;
}

/** Each key's place among the sorted keys (a binary search), packed with its row's position. */
function packedByPlace(keys: SortKeys): Float64Array {
  const n = keys.length;
  const sorted = keys.slice().sort();
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const key = keys[i] as number | string;
    let lo = 0;
    let hi = n;
    // A missing value goes after every other; `NaN < x` is false, so NaNs sort last in `sorted` too.
    if (Number.isNaN(key)) lo = n;
    else
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((sorted[mid] as number | string) < key) lo = mid + 1;
        else hi = mid;
      }
    packed[i] = lo * n + i;
  }
  return packed;
}

/**
 * The opposite order of one already sorted on `keys`, in one pass: runs of equal keys in reverse, each
 * run in its own order (equal values keep the rows' order in both directions), missing values still last.
 *
 * @example reversedOrder(Int32Array.of(2, 0, 3, 1), Float64Array.of(3, NaN, 1, 3)) // → Int32Array [0, 3, 2, 1]
 */
export function reversedOrder(order: Int32Array, keys: SortKeys): Int32Array {
  const n = order.length;
  const out = new Int32Array(n);
  let end = n;
  while (end > 0 && Number.isNaN(keys[order[end - 1] as number])) end--;
  out.set(order.subarray(end), end);
  let w = 0;
  while (end > 0) {
    const key = keys[order[end - 1] as number];
    let start = end - 1;
    while (start > 0 && keys[order[start - 1] as number] === key) start--;
    for (let k = start; k < end; k++) out[w++] = order[k] as number;
    end = start;
  }
  return out;
}

/**
 * The first `k` row positions of the order {@link ascendingOrder} gives (or, `descending`, the order
 * {@link reversedOrder} gives), picked in one pass over the keys: equal keys in the rows' order, missing
 * values last. The first page of a column clicked before its order is made needs 25 rows of 100,000:
 * picking them costs a pass, sorting them all n log n comparisons of names.
 *
 * @example firstInOrder(Float64Array.of(3, NaN, 1, 3), true, 2) // → Int32Array [0, 3]
 */
export function firstInOrder(keys: SortKeys, descending: boolean, k: number): Int32Array {
  const n = keys.length;
  const out = new Int32Array(Math.max(0, Math.min(k, n)));
  // Whether row a goes strictly before row b: an equal key never does, so earlier rows stay first.
  const before = (a: number, b: number): boolean => {
    const x = keys[a] as number | string;
    const y = keys[b] as number | string;
    if (Number.isNaN(x)) return false;
    if (Number.isNaN(y)) return true;
    return descending ? x > y : x < y;
  };
  let len = 0;
  for (let i = 0; i < n; i++) {
    const full = len === out.length;
    if (full && (len === 0 || !before(i, out[len - 1] as number))) continue;
    // Its place: the first row it goes before (a binary search, so that rows listed in the opposite
    // order cost log k comparisons each, not k).
    let lo = 0;
    let hi = full ? len - 1 : len;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(i, out[mid] as number)) hi = mid;
      else lo = mid + 1;
    }
    out.copyWithin(lo + 1, lo, full ? len - 1 : len);
    out[lo] = i;
    if (!full) len++;
  }
  return out;
}
