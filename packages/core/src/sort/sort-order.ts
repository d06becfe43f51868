const SIGN = 0x80000000;
const BITS = 11;
const RADIX = 1 << BITS;
const MASK = RADIX - 1;
const PASSES = 6; // three 11-bit digits per 32-bit word

/**
 * The order that sorts `keys` ascending, as positions into `keys`, stable (equal keys keep their
 * input order). Keys must not be NaN; −0 sorts with +0.
 *
 * Large inputs use an LSD radix sort on the keys' IEEE-754 bits (six 11-bit digits, all histograms
 * counted in one scan, passes where every key has the same digit skipped): no comparator calls, so
 * ranking 10,000 units costs a fraction of a millisecond.
 *
 * @example sortOrder(Float64Array.of(3, -1, 3, 0)) // → Int32Array [1, 3, 0, 2]
 */
export function sortOrder(keys: Float64Array): Int32Array {
  const n = keys.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n < 512) return order.sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
  // Map each double to two unsigned words whose unsigned order is the numeric order.
  const bits = new Uint32Array(keys.buffer, keys.byteOffset, n * 2);
  const lo = new Uint32Array(n);
  const hi = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const l = bits[2 * i] as number;
    const h = bits[2 * i + 1] as number;
    if (keys[i] === 0) {
      lo[i] = 0;
      hi[i] = SIGN;
    } else if (h & SIGN) {
      lo[i] = ~l >>> 0;
      hi[i] = ~h >>> 0;
    } else {
      lo[i] = l;
      hi[i] = (h | SIGN) >>> 0;
    }
  }
  const counts = new Int32Array(PASSES * RADIX);
  for (let i = 0; i < n; i++) {
    const l = lo[i] as number;
    const h = hi[i] as number;
    for (let p = 0; p < 3; p++) {
      const dl = p * RADIX + ((l >>> (p * BITS)) & MASK);
      const dh = (p + 3) * RADIX + ((h >>> (p * BITS)) & MASK);
      counts[dl] = (counts[dl] as number) + 1;
      counts[dh] = (counts[dh] as number) + 1;
    }
  }
  let from = order;
  let to = new Int32Array(n);
  for (let pass = 0; pass < PASSES; pass++) {
    const word = pass < 3 ? lo : hi;
    const shift = (pass % 3) * BITS;
    const base = pass * RADIX;
    const first = (((word[0] as number) >>> shift) & MASK) + base;
    if (counts[first] === n) continue; // every key has this digit: the pass would change nothing
    let sum = 0;
    for (let d = base; d < base + RADIX; d++) {
      const c = counts[d] as number;
      counts[d] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const i = from[k] as number;
      const d = base + (((word[i] as number) >>> shift) & MASK);
      to[counts[d] as number] = i;
      counts[d] = (counts[d] as number) + 1;
    }
    [from, to] = [to, from];
  }
  return from;
}
