/** First- and total-order variance-based sensitivity indices of one output. */
export interface SobolIndices {
  /** Share of the output's variance due to each input alone (S_i). */
  first: number[];
  /** Share due to each input including its interactions (S_Ti). */
  total: number[];
  /** Variance of the output over the samples. */
  variance: number;
}

/**
 * The Saltelli sample design: base matrices A and B (N × k, uniform on [0, 1)) and, for each input i,
 * A with its column i taken from B. The model runs N (k + 2) times.
 */
export function saltelliDesign(
  k: number,
  N: number,
  random: () => number,
): { A: Float64Array[]; B: Float64Array[]; AB: Float64Array[][] } {
  const row = () => Float64Array.from({ length: k }, () => random());
  const A = Array.from({ length: N }, row);
  const B = Array.from({ length: N }, row);
  const AB = Array.from({ length: k }, (_, i) =>
    A.map((a, j) => {
      const mixed = Float64Array.from(a);
      mixed[i] = (B[j] as Float64Array)[i] as number;
      return mixed;
    }),
  );
  return { A, B, AB };
}

/**
 * Variance-based sensitivity indices from model outputs on a Saltelli design, with the Saltelli (2010)
 * estimator of the first-order index and the Jansen (1999) estimator of the total-order index:
 *
 *   S_i  = mean( (f(B) − f̄) · (f(A_B^i) − f(A)) ) / V
 *   S_Ti = mean( (f(A) − f(A_B^i))² ) / (2V)
 *
 * where V is the variance of f over A and B together.
 *
 * @example
 * // Y = 1·X1 + 2·X2 with independent uniform inputs: S = [0.2, 0.8]
 * const random = seededRandom(1);
 * sobolIndices((x) => x[0] + 2 * x[1], 2, 4096, random).first // ≈ [0.2, 0.8]
 */
export function sobolIndices(
  model: (x: Float64Array) => number,
  k: number,
  N: number,
  random: () => number,
): SobolIndices {
  const { A, B, AB } = saltelliDesign(k, N, random);
  return sobolFromOutputs(
    A.map(model),
    B.map(model),
    AB.map((rows) => rows.map(model)),
  );
}

/** The estimators of {@link sobolIndices} on outputs already computed: f(A), f(B) and f(A_B^i) per input. */
export function sobolFromOutputs(
  fA: readonly number[],
  fB: readonly number[],
  fAB: readonly (readonly number[])[],
): SobolIndices {
  const N = fA.length;
  const all = [...fA, ...fB];
  const mean = all.reduce((a, b) => a + b, 0) / all.length;
  const variance = all.reduce((a, b) => a + (b - mean) ** 2, 0) / (all.length - 1);
  const first: number[] = [];
  const total: number[] = [];
  for (const outputs of fAB) {
    let s = 0;
    let t = 0;
    for (let j = 0; j < N; j++) {
      const a = fA[j] as number;
      const ab = outputs[j] as number;
      // f(B) centred on the mean: the same expectation (E[f(A_B^i) − f(A)] = 0), far less noise.
      s += ((fB[j] as number) - mean) * (ab - a);
      t += (a - ab) ** 2;
    }
    first.push(variance > 0 ? s / N / variance : 0);
    total.push(variance > 0 ? t / (2 * N) / variance : 0);
  }
  return { first, total, variance };
}
