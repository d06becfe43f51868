import { quantileSorted } from 'd3-array';
import { compile, type Plan, rawWeight } from '../compile.js';
import { checkedInputs } from '../engine/inputs.js';
import { type ScoringSetup, scoringSetup } from '../engine/setup.js';
import { setOwn } from '../keyed-by-id.js';
import { aggregateGroups, type IndicatorScores, scoreIndicators } from '../pipeline.js';
import type { Aggregation, Framework, FrameworkNode, MissingPolicy, ScoringMethod } from '../schema/framework.js';
import { score } from '../score.js';
import type { PreparedDataset } from '../validate/dataset.js';
import { dirichlet, seededRandom } from './random.js';
import { type SobolIndices, saltelliDesign, sobolFromOutputs } from './sobol.js';

/** Alternative normalisations tried for indicators scored across units or between goalposts. */
export type NormalisationChoice = 'asIs' | 'minMax' | 'zScore' | 'percentileRank' | 'ratioToBest';
/** Alternative aggregations tried for every group. */
export type AggregationChoice = 'asIs' | 'arithmetic' | 'geometric' | 'harmonic';
/** Alternative missing-value policies tried for every indicator. */
export type MissingChoice = 'asIs' | 'zero' | 'skip' | 'mean' | 'median';

/** The assumptions nobody can prove, and how they may vary. Each one present is an uncertain input. */
export interface Assumptions {
  /**
   * Weight perturbations: `uniform` multiplies each weight by 1 ± `share` (uniform); `dirichlet` draws
   * each group's shares around the nominal ones (higher `concentration` = closer). `level`: the
   * index's children (`pillars`, default), every group's children (`groups`) or only indicators.
   */
  weights?:
    | { method: 'uniform'; share: number; level?: 'pillars' | 'groups' | 'indicators' }
    | { method: 'dirichlet'; concentration: number; level?: 'pillars' | 'groups' | 'indicators' };
  normalisation?: NormalisationChoice[];
  aggregation?: AggregationChoice[];
  missing?: MissingChoice[];
  /** Leave one indicator, or one pillar, out (or none), drawn uniformly. */
  leaveOut?: 'indicator' | 'pillar';
}

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
  runs: number;
  topK: number;
  units: UnitUncertainty[];
  /** Rank of every unit in every run, run-major (`ranks[run * units + u]`), NaN when not ranked. */
  ranks: Float64Array;
}

type Factor = { name: keyof Assumptions; choices?: readonly string[] };

function factorsOf(a: Assumptions): Factor[] {
  const out: Factor[] = [];
  if (a.weights) out.push({ name: 'weights' });
  if (a.normalisation?.length) out.push({ name: 'normalisation', choices: a.normalisation });
  if (a.aggregation?.length) out.push({ name: 'aggregation', choices: a.aggregation });
  if (a.missing?.length) out.push({ name: 'missing', choices: a.missing });
  if (a.leaveOut) out.push({ name: 'leaveOut' });
  return out;
}

const CROSS_UNIT = new Set<ScoringMethod['type']>(['minMax', 'goalposts', 'zScore', 'percentileRank', 'ratioToBest']);

function mapIndicators(
  node: FrameworkNode,
  f: (n: FrameworkNode & { kind: 'indicator' }) => FrameworkNode,
): FrameworkNode {
  return node.kind === 'indicator' ? f(node) : { ...node, children: node.children.map((c) => mapIndicators(c, f)) };
}

/** The framework with one normalisation and one missing-value policy swapped in (not revalidated). */
function variant(framework: Framework, normalisation: string, missing: string): Framework {
  if (normalisation === 'asIs' && missing === 'asIs') return framework;
  const root = mapIndicators(framework.root, (ind) => {
    let out = ind;
    if (normalisation !== 'asIs' && CROSS_UNIT.has(ind.method.type))
      out = { ...out, method: { type: normalisation } as ScoringMethod };
    if (missing !== 'asIs') out = { ...out, missing: { method: missing } as MissingPolicy };
    return out;
  });
  return { ...framework, root: root as Framework['root'] };
}

/**
 * Scores a prepared dataset under one combination of assumptions; the parts that do not change between
 * combinations (imputation and normalisation per variant) are computed once and kept.
 */
class Scenarios {
  readonly n: number;
  readonly factors: Factor[];
  readonly #indicatorCache = new Map<string, { plan: Plan; scores: IndicatorScores }>();
  readonly #setup: ScoringSetup;
  readonly #leaveCandidates: string[];
  readonly #weightNodes: { id: string; weight: number; parent: string }[];

  constructor(
    readonly framework: Framework,
    readonly data: PreparedDataset,
    readonly assumptions: Assumptions,
  ) {
    const plan = compile(framework);
    this.n = data.units.length;
    this.factors = factorsOf(assumptions);
    this.#setup = scoringSetup(framework, data);
    const root = plan.nodes[0];
    const pillarIds = (root?.children ?? []).map((c) => plan.nodes[c]?.id as string);
    this.#leaveCandidates = assumptions.leaveOut === 'pillar' ? pillarIds : plan.indicators.map((i) => i.node.id);
    const level = assumptions.weights?.level ?? 'pillars';
    this.#weightNodes = plan.nodes
      .filter((node) => node.parent >= 0)
      .filter((node) =>
        level === 'pillars' ? node.parent === 0 : level === 'indicators' ? node.kind === 'indicator' : true,
      )
      .map((node) => ({
        id: node.id,
        weight: rawWeight(node.node),
        parent: plan.nodes[node.parent]?.id as string,
      }));
  }

  #indicatorScores(normalisation: string, missing: string) {
    const key = `${normalisation}|${missing}`;
    let cached = this.#indicatorCache.get(key);
    if (!cached) {
      const plan = compile(variant(this.framework, normalisation, missing));
      cached = { plan, scores: scoreIndicators(plan, this.data) };
      this.#indicatorCache.set(key, cached);
    }
    return cached;
  }

  #weights(u: number): Record<string, number> {
    const spec = this.assumptions.weights;
    if (!spec) return {};
    const random = seededRandom(Math.floor(u * 4294967296));
    const out: Record<string, number> = {};
    if (spec.method === 'uniform') {
      for (const node of this.#weightNodes) setOwn(out, node.id, node.weight * (1 + spec.share * (2 * random() - 1)));
      return out;
    }
    const byParent = new Map<string, { id: string; weight: number }[]>();
    for (const node of this.#weightNodes) {
      const list = byParent.get(node.parent);
      if (list) list.push(node);
      else byParent.set(node.parent, [node]);
    }
    for (const siblings of byParent.values()) {
      const shares = dirichlet(
        siblings.map((s) => s.weight),
        spec.concentration,
        random,
      );
      siblings.forEach((s, k) => {
        setOwn(out, s.id, shares[k] as number);
      });
    }
    return out;
  }

  /** Ranks of every unit for one point of the unit hypercube (one coordinate per factor). */
  evaluate(x: ArrayLike<number>): Float64Array {
    let normalisation = 'asIs';
    let aggregation = 'asIs';
    let missing = 'asIs';
    let weights: Record<string, number> = {};
    let leaveOut: string | undefined;
    this.factors.forEach((factor, i) => {
      const u = x[i] as number;
      const choice = factor.choices
        ? (factor.choices[Math.min(factor.choices.length - 1, Math.floor(u * factor.choices.length))] as string)
        : '';
      if (factor.name === 'normalisation') normalisation = choice;
      else if (factor.name === 'aggregation') aggregation = choice;
      else if (factor.name === 'missing') missing = choice;
      else if (factor.name === 'weights') weights = this.#weights(u);
      else if (factor.name === 'leaveOut') {
        const k = Math.floor(u * (this.#leaveCandidates.length + 1)) - 1;
        leaveOut = k >= 0 ? this.#leaveCandidates[k] : undefined;
      }
    });
    if (leaveOut) {
      weights = { ...weights };
      setOwn(weights, leaveOut, 0);
    }
    const { plan: base, scores } = this.#indicatorScores(normalisation, missing);
    const plan = Object.keys(weights).length ? compile(base.framework, weights) : base;
    const groups =
      aggregation === 'asIs'
        ? plan.groups
        : plan.groups.map((g) => ({ ...g, aggregation: { type: aggregation } as Aggregation }));
    const nodeScores = scores.nodeScores.slice();
    aggregateGroups({ ...plan, groups }, nodeScores, this.#setup.scored);
    return this.#setup.rankScores(nodeScores[0] as Float64Array);
  }
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function checkAbort(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new Error('aborted');
}

/**
 * Monte Carlo uncertainty analysis of the ranking: varies the declared assumptions (weights,
 * normalisation, aggregation, missing-value policy, leaving one indicator or pillar out) with a seeded
 * generator and reports, per unit, the nominal rank, the median rank, the 5th–95th percentile rank
 * interval, the mean absolute rank shift and the probability of being in the top k. Runs in chunks,
 * yielding to the event loop between them, so it can report progress and be cancelled with an
 * AbortSignal without freezing a page.
 *
 * @example
 * const r = await analyseUncertainty(framework, prepared, { weights: { method: 'uniform', share: 0.25 }, runs: 1000 });
 * r.units.find((u) => u.id === 'phuc-tho'); // { nominalRank: 5, low: 3, high: 9, … }
 */
export async function analyseUncertainty(
  frameworkInput: Framework,
  dataset: PreparedDataset | unknown,
  options: UncertaintyOptions = {},
): Promise<UncertaintyResult> {
  const { framework, data } = checkedInputs(frameworkInput, dataset);
  const runs = options.runs ?? 1000;
  const topK = options.topK ?? 10;
  const scenarios = new Scenarios(framework, data, options);
  const random = seededRandom(options.seed ?? 1);
  const n = scenarios.n;
  const ranks = new Float64Array(runs * n);
  const x = new Float64Array(scenarios.factors.length);
  for (let run = 0; run < runs; run++) {
    if (run % 100 === 0) {
      checkAbort(options.signal);
      options.onProgress?.(run, runs);
      if (run > 0) await yieldToEventLoop();
    }
    for (let i = 0; i < x.length; i++) x[i] = random();
    ranks.set(scenarios.evaluate(x), run * n);
  }
  checkAbort(options.signal);
  options.onProgress?.(runs, runs);
  const nominal = score(framework, data).units;
  const units = data.units.map((unit, u): UnitUncertainty => {
    const list: number[] = [];
    for (let run = 0; run < runs; run++) {
      const r = ranks[run * n + u] as number;
      if (!Number.isNaN(r)) list.push(r);
    }
    list.sort((a, b) => a - b);
    const nominalRank = nominal[u]?.rank ?? null;
    const q = (p: number) => (list.length ? (quantileSorted(list, p) as number) : null);
    return {
      id: unit.id,
      name: unit.name,
      nominalRank,
      medianRank: q(0.5),
      low: q(0.05),
      high: q(0.95),
      meanAbsoluteShift:
        nominalRank === null || list.length === 0
          ? null
          : list.reduce((a, r) => a + Math.abs(r - nominalRank), 0) / list.length,
      probabilityTopK: list.filter((r) => r <= topK).length / runs,
    };
  });
  return { runs, topK, units, ranks };
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
}

/**
 * Variance-based sensitivity analysis of the ranking (Saltelli design; Saltelli 2010 first-order and
 * Jansen total-order estimators): which assumption moves the ranks, alone and through interactions.
 * Each assumption is one input on [0, 1): discrete ones pick a choice by interval, weights use the
 * coordinate as the seed of their draw.
 *
 * @example
 * const s = await analyseSensitivity(framework, prepared, { weights: { method: 'dirichlet', concentration: 50 },
 *   aggregation: ['arithmetic', 'geometric'], samples: 256 });
 * s.assumptions; // ['weights', 'aggregation']
 * s.meanShift.total; // e.g. [0.31, 0.74]
 */
export async function analyseSensitivity(
  frameworkInput: Framework,
  dataset: PreparedDataset | unknown,
  options: Assumptions & {
    samples?: number;
    seed?: number;
    signal?: AbortSignal;
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<SensitivityResult> {
  const { framework, data } = checkedInputs(frameworkInput, dataset);
  const scenarios = new Scenarios(framework, data, options);
  const k = scenarios.factors.length;
  const N = options.samples ?? 256;
  const { A, B, AB } = saltelliDesign(k, N, seededRandom(options.seed ?? 1));
  const nominal = score(framework, data).units.map((u) => u.rank);
  const total = N * (k + 2);
  let done = 0;
  const evaluateAll = async (rows: Float64Array[]) => {
    const out: Float64Array[] = [];
    for (const row of rows) {
      if (done % 100 === 0) {
        checkAbort(options.signal);
        options.onProgress?.(done, total);
        if (done > 0) await yieldToEventLoop();
      }
      out.push(scenarios.evaluate(row));
      done++;
    }
    return out;
  };
  const rA = await evaluateAll(A);
  const rB = await evaluateAll(B);
  const rAB: Float64Array[][] = [];
  for (const rows of AB) rAB.push(await evaluateAll(rows));
  options.onProgress?.(total, total);
  const meanShift = (r: Float64Array) => {
    let sum = 0;
    let count = 0;
    nominal.forEach((nr, u) => {
      const x = r[u] as number;
      if (nr !== null && !Number.isNaN(x)) {
        sum += Math.abs(x - nr);
        count++;
      }
    });
    return count ? sum / count : 0;
  };
  const byUnit: Record<string, SobolIndices> = {};
  data.units.forEach((unit, u) => {
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
  const alternatives: SensitivityResult['alternatives'] = [];
  for (const factor of scenarios.factors) {
    if (!factor.choices) continue;
    // This choice, every other assumption as declared in the framework.
    const sub = new Scenarios(framework, data, { [factor.name]: factor.choices } as Assumptions);
    factor.choices.forEach((choice, c) => {
      const r = sub.evaluate([(c + 0.5) / (factor.choices as readonly string[]).length]);
      alternatives.push({
        assumption: factor.name,
        choice,
        ranks: Object.fromEntries(
          data.units.map((unit, u) => [unit.id, Number.isNaN(r[u] as number) ? null : (r[u] as number)]),
        ),
      });
    });
  }
  return {
    assumptions: scenarios.factors.map((f) => f.name),
    meanShift: sobolFromOutputs(
      rA.map(meanShift),
      rB.map(meanShift),
      rAB.map((rows) => rows.map(meanShift)),
    ),
    byUnit,
    alternatives,
    evaluations: total,
  };
}
