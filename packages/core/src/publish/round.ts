const NUDGE = 1 + 4 * Number.EPSILON;

/**
 * A function that rounds half away from zero to `decimals` places, the way published tables round.
 * A relative nudge of a few ulps first makes decimal halves that binary floating point stores just
 * below the half (1.005 · 100 = 100.49999999999999) round as people expect. Build it once and reuse
 * it on whole columns.
 *
 * @example const round4 = rounder(4); round4((0.8335 + 0.5803) / 2) // → 0.7069
 */
export function rounder(decimals: number): (x: number) => number {
  const f = 10 ** decimals;
  return (x) => {
    if (x >= 0) return Math.round(x * f * NUDGE) / f;
    if (x < 0) return -Math.round(-x * f * NUDGE) / f;
    return x; // NaN
  };
}

/**
 * Rounds half away from zero to `decimals` places (see {@link rounder}).
 *
 * @example roundTo(1.005, 2) // → 1.01; roundTo(-2.5, 0) // → -3
 */
export function roundTo(x: number, decimals: number): number {
  return rounder(decimals)(x);
}
