/**
 * Rounds half away from zero to `decimals` places, the way published tables round. A relative nudge
 * of a few ulps first makes decimal halves that binary floating point stores just below the half
 * (0.8335 · 1000 = 833.4999999999999) round as people expect.
 *
 * @example roundTo(0.70690, 4) // → 0.7069; roundTo(1.005, 2) // → 1.01
 */
export function roundTo(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** decimals;
  const n = Math.abs(x) * f;
  const r = Math.round(n * (1 + 4 * Number.EPSILON)) / f;
  return x < 0 ? -r : r;
}
