import type { Tier } from '@dti-kit/core/present';

/** A sequential palette, light to dark (ColorBrewer Blues, 5 classes): higher values read darker. */
export const VALUE_PALETTE = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;

/** One class of the value scale: values from `min` (inclusive) to `max`, drawn in `colour`. */
export interface ValueClass {
  min: number;
  max: number;
  colour: string;
}

/**
 * Five classes of equal width over the values drawn (lowest to highest), the colours of
 * {@link VALUE_PALETTE}; one class when every value is the same; none without values.
 *
 * @example valueClasses([0, 50, 100]).map((c) => c.min) // → [0, 20, 40, 60, 80]
 */
export function valueClasses(values: readonly number[]): ValueClass[] {
  if (values.length === 0) return [];
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (lo === hi) return [{ min: lo, max: hi, colour: VALUE_PALETTE[2] }];
  const width = (hi - lo) / VALUE_PALETTE.length;
  return VALUE_PALETTE.map((colour, i) => ({
    min: lo + i * width,
    max: i === VALUE_PALETTE.length - 1 ? hi : lo + (i + 1) * width,
    colour,
  }));
}

/**
 * The class a value falls in: the last class whose `min` is not above it.
 *
 * @example classOf(valueClasses([0, 100]), 20)?.colour // → '#bdd7e7'
 */
export function classOf(classes: readonly ValueClass[], value: number): ValueClass | undefined {
  let found: ValueClass | undefined;
  for (const c of classes) if (c.min <= value) found = c;
  return found;
}

/**
 * The colour a tier (by id) is drawn in (the tier's `color` in the framework), or `undefined` for
 * no tier (`null`) or a tier without a colour.
 *
 * @example tierColourOf(tiers, 'tot') // → '#1a7f37'
 */
export function tierColourOf(tiers: readonly Tier[], tier: string | null): string | undefined {
  return tier === null ? undefined : tiers.find((t) => t.id === tier)?.color;
}

// The label's dark colour (#1b1f24) has relative luminance 0.0135: white text has the higher contrast
// on a fill darker than L where 1.05 / (L + 0.05) = (L + 0.05) / 0.0635, that is L = 0.208.
const LIGHT_BELOW = 0.208;

/**
 * Whether a tile's label should be white rather than dark (#1b1f24) on a plain-hex fill: whichever has
 * the higher contrast. `undefined` for a colour that is not plain hex.
 *
 * @example lightTextOn('#08519c') // → true
 */
export function lightTextOn(fill: string): boolean | undefined {
  const m = /^#([\da-f]{3}|[\da-f]{6})$/iu.exec(fill);
  if (!m) return undefined;
  const hex = (m[1] as string).length === 3 ? [...(m[1] as string)].map((c) => c + c).join('') : (m[1] as string);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < LIGHT_BELOW;
}
