import { quantileSorted } from 'd3-array';
import { checkedInputs } from '../engine/inputs.js';
import type { Framework } from '../schema/framework.js';
import { setOwn } from '../schema/keyed-by-id.js';
import { score } from '../score/score.js';
import type { PreparedDataset } from '../validate/dataset.js';
import type { DtiIssue } from '../validate/issue.js';
import { DegenerateRuns } from './degenerate.js';
import { checkAbort, pacer } from './pacing.js';
import { seededRandom } from './random.js';
import { type Assumptions, type Factor, Scenarios } from './scenarios.js';
import { type SobolIndices, saltelliDesign, sobolFromOutputs } from './sobol.js';

/** Options of {@link analyseUncertainty}. */
export interface UncertaintyOptions extends Assumptions {
  /** Monte Carlo replications; default 1000. */
  runs?: number;
  /** Seed of the random generator; default 1. Same seed, same result. */
  seed?: number;
  /** The k of "probability of being in the top k"; default 10. */
  topK?: number;
  signal?: AbortSignal;
  /** Called now and then with runs done and runs in all. */
  onProgress?: (done: number, total: number) => void;
}

/** How robust one unit's rank is. */
export interface UnitUncertainty {
  id: string;
  name: string;
  nominalRank: number | null;
  medianRank: number | null;
  /** 5th and 95th percentile of the rank over the runs: the rank interval. */
  low: number | null;
  high: number | null;
  /** Mean |rank − nominal rank| over the runs. */
  meanAbsoluteShift: number | null;
  /** Share of runs in which the unit ranks within the top k. */
  probabilityTopK: number;
}

/** The result of {@link analyseUncertainty}. */
export interface UncertaintyResult {
  /** The runs the summaries are computed from: the runs drawn, less {@link runsLeftOut}. */
  runs: number;
  /**
   * Degenerate runs left out of the summaries: runs in which most units tied at one rank (e.g. a
   * geometric mean meeting a score of 0); each combination that produced them has a
   * `degenerate-scenario` warning. 0 when none, or when every run was degenerate (then all are kept).
   */
  runsLeftOut: number;
  topK: number;
  units: UnitUncertainty[];
  /** Rank of every unit in every run used, run-major (`ranks[run * units + u]`), NaN when not ranked. */
  ranks: Float64Array;
  /**
   * Former spellings in the options, read the same way (`deprecated` warnings), and combinations of
   * assumptions whose runs were degenerate (`degenerate-scenario`, in English and Vietnamese); empty
   * when none.
   */
  warnings: DtiIssue[];
}

/**
 * One unit's summary from its ranks over the runs, given in `runs` (sorted in place; NaN = not ranked).
 */
function unitUncertainty(
  unit: { id: string; name: string },
  nominal: number,
  runs: Float64Array,
  topK: number,
): UnitUncertainty {
  runs.sort(); // numeric, NaN last
  let count = 0;
  while (count < runs.length && !Number.isNaN(runs[count])) count++;
  // d3 reads any array-like; a typed array sorts without a comparator.
  const list = runs.subarray(0, count) as unknown as number[];
  const nominalRank = Number.isNaN(nominal) ? null : nominal;
  const q = (p: number) => (count ? (quantileSorted(list, p) as number) : null);
  let shift = 0;
  let top = 0;
  for (let k = 0; k < count; k++) {
    const r = list[k] as number;
    if (nominalRank !== null) shift += Math.abs(r - nominalRank);
    if (r <= topK) top++;
  }
  return {
    id: unit.id,
    name: unit.name,
    nominalRank,
    medianRank: q(0.5),
    low: q(0.05),
    high: q(0.95),
    meanAbsoluteShift: nominalRank === null || count === 0 ? null : shift / count,
    probabilityTopK: top / runs.length,
  };
}

/**
 * Monte Carlo uncertainty analysis of the ranking: varies the declared assumptions (weights,
 * normalisation, aggregation, missing-value policy, leaving one indicator or pillar out) with a seeded
 * generator and reports, per unit, the nominal rank, the median rank, the 5th–95th percentile rank
 * interval, the mean absolute rank shift and the probability of being in the top k. Runs in chunks,
 * yielding to the event loop between them, so it can report progress and be cancelled with an
 * AbortSignal without freezing a page.
 *
 * Degenerate runs, in which most units tie at one rank though the nominal ranking separates them (a
 * geometric or harmonic mean meeting a score of 0: with "missing scores 0" and an indicator nobody
 * reported, every unit scores 0), are left out of the intervals and named in a `degenerate-scenario`
 * warning: such a combination is not a plausible alternative but a model that cannot rank (the
 * OECD/JRC handbook asks strictly positive values of a geometric mean). See `runsLeftOut`.
 *
 * @example
 * const r = await analyseUncertainty(framework, prepared, { weights: { type: 'uniform', share: 0.25 }, runs: 1000 });
 * r.units.find((u) => u.id === 'phuc-tho'); // { nominalRank: 5, low: 3, high: 9, … }
 */
export async function analyseUncertainty(
  frameworkInput: Framework,
  dataset: PreparedDataset | unknown,
  options: UncertaintyOptions = {},
): Promise<UncertaintyResult> {
  const { framework, data } = checkedInputs(frameworkInput, dataset);
  const drawn = options.runs ?? 1000;
  const topK = options.topK ?? 10;
  const scenarios = new Scenarios(framework, data, options);
  const random = seededRandom(options.seed ?? 1);
  const n = scenarios.n;
  const nominal = score(framework, data).ranks(framework.root.id);
  const degenerate = new DegenerateRuns(nominal);
  const all = new Float64Array(drawn * n);
  const leftOut = new Uint8Array(drawn);
  const x = new Float64Array(scenarios.factors.length);
  const pace = pacer(drawn, options.signal, options.onProgress);
  for (let run = 0; run < drawn; run++) {
    const wait = pace(run);
    if (wait) await wait;
    for (let i = 0; i < x.length; i++) x[i] = random();
    const out = scenarios.evaluate(x, all.subarray(run * n, run * n + n));
    if (degenerate.check(out, scenarios.lastChoices(), scenarios.lastAggregation)) leftOut[run] = 1;
  }
  checkAbort(options.signal);
  options.onProgress?.(drawn, drawn);
  // Every run degenerate: leaving them all out would leave no interval; they stay, and the warning says so.
  const leaving = degenerate.count > 0 && degenerate.count < drawn;
  const ranks = leaving ? keptRuns(all, leftOut, n) : all;
  const runs = ranks.length / (n || 1);
  const sorted = new Float64Array(leaving ? runs : drawn);
  const units = data.units.map((unit, u) => {
    for (let run = 0; run < sorted.length; run++) sorted[run] = ranks[run * n + u] as number;
    return unitUncertainty(unit, nominal[u] as number, sorted, topK);
  });
  return {
    runs: n ? runs : drawn,
    runsLeftOut: leaving ? degenerate.count : 0,
    topK,
    units,
    ranks,
    warnings: [...scenarios.warnings, ...degenerate.warnings(drawn, leaving ? 'leftOut' : 'kept')],
  };
}

/** The ranks of the runs not left out, run-major as drawn. */
function keptRuns(all: Float64Array, leftOut: Uint8Array, n: number): Float64Array {
  let kept = 0;
  for (const flag of leftOut) if (!flag) kept++;
  const out = new Float64Array(kept * n);
  let k = 0;
  for (let run = 0; run < leftOut.length; run++) {
    if (leftOut[run]) continue;
    out.set(all.subarray(run * n, run * n + n), k * n);
    k++;
  }
  return out;
}

/** Sensitivity of the ranking to each assumption. */
export interface SensitivityResult {
  /** The assumptions, in the order of the indices. */
  assumptions: string[];
  /** Indices of the mean absolute rank shift over all ranked units (one number for the ranking). */
  meanShift: SobolIndices;
  /** Indices of each unit's rank, by unit id. */
  byUnit: Record<string, SobolIndices>;
  /** The ranking under each choice of each discrete assumption, every other assumption as declared. */
  alternatives: { assumption: string; choice: string; ranks: Record<string, number | null> }[];
  /** Model runs made: samples × (assumptions + 2). */
  evaluations: number;
  /**
   * Former spellings in the options, read the same way (`deprecated` warnings), and combinations of
   * assumptions under which most units tied at one rank (`degenerate-scenario`: kept, since the design
   * needs every run, so the indices overstate those assumptions); empty when none.
   */
  warnings: DtiIssue[];
}

/** Options of {@link analyseSensitivity}. */
export interface SensitivityOptions extends Assumptions {
  /** N of the Saltelli design: the model runs N × (assumptions + 2) times; default 256. */
  samples?: number;
  /** Seed of the random generator; default 1. Same seed, same result. */
  seed?: number;
  signal?: AbortSignal;
  /** Called now and then with evaluations done and evaluations in all. */
  onProgress?: (done: number, total: number) => void;
}

/** The mean absolute rank shift from the nominal ranks (`NaN` = not ranked) over the units ranked in both. */
function meanShiftFrom(nominal: Float64Array): (ranks: Float64Array) => number {
  return (ranks) => {
    let sum = 0;
    let count = 0;
    for (let u = 0; u < nominal.length; u++) {
      const x = ranks[u] as number;
      const nr = nominal[u] as number;
      if (!Number.isNaN(nr) && !Number.isNaN(x)) {
        sum += Math.abs(x - nr);
        count++;
      }
    }
    return count ? sum / count : 0;
  };
}

/** Sobol indices of each unit's rank (an unranked unit counts as rank 0), by unit id. */
function indicesByUnit(
  units: PreparedDataset['units'],
  rA: Float64Array[],
  rB: Float64Array[],
  rAB: Float64Array[][],
): Record<string, SobolIndices> {
  const byUnit: Record<string, SobolIndices> = {};
  units.forEach((unit, u) => {
    const pick = (r: Float64Array) => {
      const x = r[u] as number;
      return Number.isNaN(x) ? 0 : x;
    };
    setOwn(
      byUnit,
      unit.id,
      sobolFromOutputs(
        rA.map(pick),
        rB.map(pick),
        rAB.map((rows) => rows.map(pick)),
      ),
    );
  });
  return byUnit;
}

/** The ranking under each choice of each discrete assumption, every other assumption as declared. */
function alternativesOf(
  framework: Framework,
  data: PreparedDataset,
  factors: readonly Factor[],
): SensitivityResult['alternatives'] {
  const alternatives: SensitivityResult['alternatives'] = [];
  for (const factor of factors) {
    const { choices } = factor;
    if (!choices) continue;
    const sub = new Scenarios(framework, data, { [factor.name]: choices } as Assumptions);
    choices.forEach((choice, c) => {
      const r = sub.evaluate([(c + 0.5) / choices.length]);
      alternatives.push({
        assumption: factor.name,
        choice,
        ranks: Object.fromEntries(
          data.units.map((unit, u) => [unit.id, Number.isNaN(r[u] as number) ? null : (r[u] as number)]),
        ),
      });
    });
  }
  return alternatives;
}

/**
 * Variance-based sensitivity analysis of the ranking (Saltelli design; Saltelli 2010 first-order and
 * Jansen total-order estimators): which assumption moves the ranks, alone and through interactions.
 * Each assumption is one input on [0, 1): discrete ones pick a choice by interval, weights use the
 * coordinate as the seed of their draw. Time grows linearly with the evaluations.
 *
 * @example
 * const s = await analyseSensitivity(framework, prepared, { weights: { type: 'dirichlet', concentration: 50 },
 *   aggregation: ['arithmetic', 'geometric'], samples: 256 });
 * s.assumptions; // ['weights', 'aggregation']
 * s.meanShift.total; // e.g. [0.31, 0.74]
 */
export async function analyseSensitivity(
  frameworkInput: Framework,
  dataset: PreparedDataset | unknown,
  options: SensitivityOptions = {},
): Promise<SensitivityResult> {
  const { framework, data } = checkedInputs(frameworkInput, dataset);
  const scenarios = new Scenarios(framework, data, options);
  const k = scenarios.factors.length;
  const N = options.samples ?? 256;
  const { A, B, AB } = saltelliDesign(k, N, seededRandom(options.seed ?? 1));
  const total = N * (k + 2);
  const nominal = score(framework, data).ranks(framework.root.id);
  const degenerate = new DegenerateRuns(nominal);
  let done = 0;
  const pace = pacer(total, options.signal, options.onProgress);
  const evaluateAll = async (rows: Float64Array[]) => {
    const out: Float64Array[] = [];
    for (const row of rows) {
      const wait = pace(done);
      if (wait) await wait;
      const ranks = scenarios.evaluate(row);
      degenerate.check(ranks, scenarios.lastChoices(), scenarios.lastAggregation);
      out.push(ranks);
      done++;
    }
    return out;
  };
  const rA = await evaluateAll(A);
  const rB = await evaluateAll(B);
  const rAB: Float64Array[][] = [];
  for (const rows of AB) rAB.push(await evaluateAll(rows));
  options.onProgress?.(total, total);
  const meanShift = meanShiftFrom(nominal);
  return {
    assumptions: scenarios.factors.map((f) => f.name),
    meanShift: sobolFromOutputs(
      rA.map(meanShift),
      rB.map(meanShift),
      rAB.map((rows) => rows.map(meanShift)),
    ),
    byUnit: indicesByUnit(data.units, rA, rB, rAB),
    alternatives: alternativesOf(framework, data, scenarios.factors),
    evaluations: total,
    warnings: [...scenarios.warnings, ...degenerate.warnings(total, 'inIndices')],
  };
}
