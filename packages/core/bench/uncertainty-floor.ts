// The floor of the uncertainty benchmark: the same replications written by hand for the benchmark's
// shape (min-max indicators in pillars, arithmetic means, weights of pillars and indicators each
// multiplied by 1 ± share, published to two decimals on 0–100, competition ranks, every unit ranked),
// with the same seeded draws, so it must give the very ranks `analyseUncertainty` gives. What it leaves
// out is everything general: other methods, policies, aggregations, peer groups, rank rules.
import { rounder } from '../dist/index.js';
import { seededRandom } from '../dist/robustness.js';

/** The benchmark's data as the floor reads it: indicator values by column, pillar sizes in order. */
export interface FloorInput {
  /** Raw values by indicator, `NaN` = missing. */
  columns: Float64Array[];
  /** Number of indicators of each pillar, pillars in order, indicators in order within them. */
  sizes: number[];
  units: number;
}

/** What the floor computes: the same summary as `analyseUncertainty`, in flat arrays. */
export interface FloorUncertainty {
  ranks: Float64Array;
  median: Float64Array;
  low: Float64Array;
  high: Float64Array;
  shift: Float64Array;
  top: Float64Array;
}

function minMaxColumns(columns: Float64Array[]): Float64Array[] {
  return columns.map((values) => {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const v of values) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const span = hi - lo;
    return values.map((v) => (Number.isNaN(v) ? v : span === 0 ? 0.5 : (v - lo) / span));
  });
}

/** R-7 quantile of a sorted array, as d3's `quantileSorted`. */
function quantile(sorted: Float64Array, p: number): number {
  const i = (sorted.length - 1) * p;
  const i0 = Math.floor(i);
  const v0 = sorted[i0] as number;
  return i0 + 1 < sorted.length ? v0 + ((sorted[i0 + 1] as number) - v0) * (i - i0) : v0;
}

/** Buffers of the floor, made once. */
interface FloorState {
  scores: Float64Array[];
  sizes: number[];
  weights: Float64Array;
  pillar: Float64Array;
  pillarTotal: Float64Array;
  index: Float64Array;
  indexTotal: Float64Array;
  keys: Float64Array;
  order: Int32Array;
  round2: (x: number) => number;
}

/** One replication: weights drawn (or nominal without `draw`), means, published keys, competition ranks. */
function replicate(state: FloorState, share: number, draw: (() => number) | undefined, out: Float64Array): void {
  const { scores, sizes, weights, pillar, pillarTotal, index, indexTotal, keys, order, round2 } = state;
  const n = out.length;
  for (let k = 0; k < weights.length; k++) weights[k] = draw ? 1 + share * (2 * draw() - 1) : 1;
  index.fill(0);
  indexTotal.fill(0);
  let node = 0;
  let ind = 0;
  for (let p = 0; p < sizes.length; p++) {
    const wp = weights[node++] as number;
    pillar.fill(0);
    pillarTotal.fill(0);
    for (let k = 0; k < (sizes[p] as number); k++, ind++) {
      const w = weights[node++] as number;
      const col = scores[ind] as Float64Array;
      for (let u = 0; u < n; u++) {
        const x = col[u] as number;
        if (!Number.isNaN(x)) {
          pillar[u] = (pillar[u] as number) + w * x;
          pillarTotal[u] = (pillarTotal[u] as number) + w;
        }
      }
    }
    for (let u = 0; u < n; u++) {
      const t = pillarTotal[u] as number;
      if (t > 0) {
        index[u] = (index[u] as number) + wp * ((pillar[u] as number) / t);
        indexTotal[u] = (indexTotal[u] as number) + wp;
      }
    }
  }
  // Insertion sort by published key, descending, stable: the quickest way to order 51 units.
  for (let u = 0; u < n; u++) {
    const key = round2(100 * ((index[u] as number) / (indexTotal[u] as number)));
    keys[u] = key;
    let p = u;
    while (p > 0 && (keys[order[p - 1] as number] as number) < key) {
      order[p] = order[p - 1] as number;
      p--;
    }
    order[p] = u;
  }
  for (let p = 0; p < n; p++) {
    const u = order[p] as number;
    const before = order[p - 1] as number;
    out[u] = p > 0 && keys[u] === keys[before] ? (out[before] as number) : p + 1;
  }
}

/** Hand-written replications: `runs` weight draws, each aggregated, published and ranked. */
export function floorUncertainty(
  input: FloorInput,
  runs: number,
  share: number,
  seed: number,
  topK: number,
): FloorUncertainty {
  const n = input.units;
  const scores = minMaxColumns(input.columns);
  const column = () => new Float64Array(n);
  const state: FloorState = {
    scores,
    sizes: input.sizes,
    weights: new Float64Array(input.sizes.length + scores.length),
    pillar: column(),
    pillarTotal: column(),
    index: column(),
    indexTotal: column(),
    keys: column(),
    order: new Int32Array(n),
    round2: rounder(2),
  };
  const nominal = column();
  replicate(state, share, undefined, nominal);
  const ranks = new Float64Array(runs * n);
  const random = seededRandom(seed);
  for (let run = 0; run < runs; run++)
    replicate(state, share, seededRandom(Math.floor(random() * 4294967296)), ranks.subarray(run * n, run * n + n));
  return summarise(ranks, nominal, runs, topK);
}

function summarise(ranks: Float64Array, nominal: Float64Array, runs: number, topK: number): FloorUncertainty {
  const n = nominal.length;
  const out: FloorUncertainty = {
    ranks,
    median: new Float64Array(n),
    low: new Float64Array(n),
    high: new Float64Array(n),
    shift: new Float64Array(n),
    top: new Float64Array(n),
  };
  const sorted = new Float64Array(runs);
  for (let u = 0; u < n; u++) {
    let top = 0;
    let shift = 0;
    for (let run = 0; run < runs; run++) sorted[run] = ranks[run * n + u] as number;
    sorted.sort();
    for (let run = 0; run < runs; run++) {
      const r = sorted[run] as number;
      shift += Math.abs(r - (nominal[u] as number));
      if (r <= topK) top++;
    }
    out.median[u] = quantile(sorted, 0.5);
    out.low[u] = quantile(sorted, 0.05);
    out.high[u] = quantile(sorted, 0.95);
    out.shift[u] = shift / runs;
    out.top[u] = top / runs;
  }
  return out;
}
