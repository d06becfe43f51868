/** Below this, a whole number and its decimals scaled to one are small integers (Smi) in V8. */
const SMALL = 2 ** 31;

/**
 * A number as `String(x)` writes it, with `point` for the decimal point: "97.8", or "97,8" as `vi`
 * writes it; "2528", "0.5333", "1e-7". A number of at most six decimals (a score, a share, a
 * coverage) is written from whole numbers. Why: V8 writes the text of a fractional number through a
 * cache whose texts live in the old generation, so that writing 600,000 units' scores left some 60 MB
 * of garbage there until a full collection; the texts of whole numbers die young. The text is the
 * same: the fewest decimals that read back as `x`, which is what `String` writes for such a number.
 *
 * @example numberText(97.8, ',') // → '97,8'; numberText(-0.05, '.') // → '-0.05'
 */
export function numberText(x: number, point: string): string {
  if (Number.isInteger(x) && Math.abs(x) < SMALL) return String(x | 0);
  const magnitude = Math.abs(x);
  // The decimals k are the fewest for which some k-decimal number reads back as x. With x · 10^k
  // below 2^31, that number is x · 10^k rounded: the product is off by far less than a half.
  for (let k = 1, scale = 10; k <= 6 && magnitude * scale < SMALL; k++, scale *= 10) {
    const n = Math.round(magnitude * scale);
    if (n / scale !== magnitude) continue;
    const fraction = n % scale;
    const whole = (n - fraction) / scale;
    return `${x < 0 ? '-' : ''}${whole}${point}${String(fraction).padStart(k, '0')}`;
  }
  const text = String(x);
  return point === '.' ? text : text.replace('.', point);
}
