/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence in Node, browsers
 * and workers, so Monte Carlo results are reproducible. Returns numbers in [0, 1).
 *
 * @example const random = seededRandom(42); random(); // 0.6011037519201636, every time
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller). */
function normal(random: () => number): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A Gamma(shape, 1) draw (Marsaglia and Tsang; shape < 1 boosted by U^(1/shape)). */
function gamma(shape: number, random: () => number): number {
  if (shape < 1) return gamma(shape + 1, random) * (1 - random()) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/**
 * A Dirichlet draw around nominal weights: shares with mean `weights / Σ weights` and spread set by
 * `concentration` (higher = closer to the nominal weights).
 *
 * @example dirichlet([40, 30, 30], 100, seededRandom(1)) // ≈ [0.41, 0.29, 0.30], summing to 1
 */
export function dirichlet(weights: readonly number[], concentration: number, random: () => number): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const draws = weights.map((w) => (w > 0 ? gamma((concentration * w) / total, random) : 0));
  const sum = draws.reduce((a, b) => a + b, 0);
  return draws.map((d) => (sum > 0 ? d / sum : 0));
}
