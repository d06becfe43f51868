import { scoreIndicators } from '../aggregate/pipeline.js';
import { planFor } from '../engine/inputs.js';
import { Reaggregation } from '../engine/reaggregate.js';
import { type ScoringSetup, scoringSetup } from '../engine/setup.js';
import { compile, type Plan, rawWeight } from '../plan/compile.js';
import type { Aggregation, Framework, MissingPolicy, ScoringMethod } from '../schema/framework.js';
import { mapIndicators } from '../schema/walk.js';
import type { PreparedDataset } from '../validate/dataset.js';
import type { DtiIssue } from '../validate/issue.js';
import { dirichlet, seededRandom } from './random.js';

/** Alternative normalisations tried for indicators scored across units or between goalposts. */
export type NormalisationChoice = 'asIs' | 'minMax' | 'zScore' | 'percentileRank' | 'ratioToBest';
/** Alternative aggregations tried for every group. */
export type AggregationChoice = 'asIs' | 'arithmetic' | 'geometric' | 'harmonic';
/** Alternative missing-value policies tried for every indicator. */
export type MissingChoice = 'asIs' | 'zero' | 'skip' | 'mean' | 'median';

/**
 * How weights vary: `uniform` multiplies each weight by 1 ± `share` (uniform); `dirichlet` draws each
 * group's shares around the nominal ones (higher `concentration` = closer). `level`: the index's
 * children (`pillars`, default), every group's children (`groups`) or only indicators. Keyed by `type`,
 * as scoring methods, aggregations and formulas are.
 *
 * @example { type: 'dirichlet', concentration: 20 }
 * @example { type: 'uniform', share: 0.25, level: 'groups' }
 */
export type WeightPerturbation =
  | { type: 'uniform'; share: number; level?: 'pillars' | 'groups' | 'indicators' }
  | { type: 'dirichlet'; concentration: number; level?: 'pillars' | 'groups' | 'indicators' };

/**
 * A weight perturbation in its former spelling, `method` for `type`: still read the same way, with a
 * `deprecated` warning in the analysis' `warnings`.
 *
 * @deprecated Write `{ type: 'dirichlet', … }` ({@link WeightPerturbation}).
 */
export type FormerWeightPerturbation =
  | { method: 'uniform'; share: number; level?: 'pillars' | 'groups' | 'indicators' }
  | { method: 'dirichlet'; concentration: number; level?: 'pillars' | 'groups' | 'indicators' };

/** The assumptions nobody can prove, and how they may vary. Each one present is an uncertain input. */
export interface Assumptions {
  /** How the weights vary; see {@link WeightPerturbation}. */
  weights?: WeightPerturbation | FormerWeightPerturbation;
  normalisation?: NormalisationChoice[];
  aggregation?: AggregationChoice[];
  missing?: MissingChoice[];
  /** Leave one indicator, or one pillar, out (or none), drawn uniformly. */
  leaveOut?: 'indicator' | 'pillar';
}

/** One uncertain input: an assumption, with its choices when it picks among some. */
export type Factor = { name: keyof Assumptions; choices?: readonly string[] };

/**
 * The weight perturbation keyed by `type`, and a `deprecated` warning when it was written with the
 * former key `method`.
 */
function weightPerturbation(spec: Assumptions['weights']): { spec?: WeightPerturbation; warnings: DtiIssue[] } {
  if (spec === undefined) return { warnings: [] };
  if ('type' in spec) return { spec, warnings: [] };
  const { method, ...rest } = spec;
  return {
    spec: { type: method, ...rest } as WeightPerturbation,
    warnings: [
      {
        severity: 'warning',
        code: 'deprecated',
        path: ['weights', 'method'],
        value: method,
        message: `weights.method: "method" is the former name of "type"; write weights: { type: '${method}', … } (read the same way)`,
        messageVi: `weights.method: "method" là tên cũ của "type"; hãy viết weights: { type: '${method}', … } (vẫn được đọc như cũ)`,
      },
    ],
  };
}

function factorsOf(a: Assumptions): Factor[] {
  const out: Factor[] = [];
  if (a.weights) out.push({ name: 'weights' });
  if (a.normalisation?.length) out.push({ name: 'normalisation', choices: a.normalisation });
  if (a.aggregation?.length) out.push({ name: 'aggregation', choices: a.aggregation });
  if (a.missing?.length) out.push({ name: 'missing', choices: a.missing });
  if (a.leaveOut) out.push({ name: 'leaveOut' });
  return out;
}

// The methods an alternative normalisation replaces: those that rescale a raw value onto 0–1, by the
// other units (min-max, z-score, percentile rank, ratio to best) or by fixed goalposts. Targets, steps
// and yes/no are rules the framework states, so they stay.
const RESCALING_METHODS = new Set<ScoringMethod['type']>([
  'minMax',
  'goalposts',
  'zScore',
  'percentileRank',
  'ratioToBest',
]);

/** The framework with one normalisation and one missing-value policy swapped in (not revalidated). */
function variant(framework: Framework, normalisation: string, missing: string): Framework {
  if (normalisation === 'asIs' && missing === 'asIs') return framework;
  const root = mapIndicators(framework.root, (ind) => {
    let out = ind;
    if (normalisation !== 'asIs' && RESCALING_METHODS.has(ind.method.type))
      out = { ...out, method: { type: normalisation } as ScoringMethod };
    if (missing !== 'asIs') out = { ...out, missing: { type: missing } as MissingPolicy };
    return out;
  });
  return { ...framework, root: root as Framework['root'] };
}

/** The nodes whose weights vary, by position, and their siblings' lists for Dirichlet draws. */
interface WeightNodes {
  /** Positions of the varied nodes, in pre-order: the order of the random draws. */
  nodes: Int32Array;
  /** The varied nodes grouped by parent, parents in order of first appearance. */
  siblings: { nodes: Int32Array; weights: number[] }[];
}

function weightNodes(plan: Plan, level: 'pillars' | 'groups' | 'indicators', raw: Float64Array): WeightNodes {
  const varied = plan.nodes
    .filter((node) => node.parent >= 0)
    .filter((node) =>
      level === 'pillars' ? node.parent === 0 : level === 'indicators' ? node.kind === 'indicator' : true,
    );
  const byParent = new Map<number, number[]>();
  for (const node of varied) {
    const list = byParent.get(node.parent);
    if (list) list.push(node.index);
    else byParent.set(node.parent, [node.index]);
  }
  return {
    nodes: Int32Array.from(varied, (node) => node.index),
    siblings: [...byParent.values()].map((list) => ({
      nodes: Int32Array.from(list),
      weights: list.map((i) => raw[i] as number),
    })),
  };
}

/** One combination of assumptions, decoded from a point of the unit hypercube. */
interface Choice {
  normalisation: string;
  aggregation: string;
  missing: string;
  /** The weights' coordinate (the seed of their draw), or −1 when weights do not vary. */
  weights: number;
  /** Position of the node left out, or −1. */
  leaveOut: number;
}

/**
 * Scores a prepared dataset under one combination of assumptions, compiled once: imputation and
 * normalisation are computed once per variant, group scores once per variant and aggregation, and a
 * replication perturbs the weights in place and re-aggregates only the groups they change.
 */
export class Scenarios {
  readonly n: number;
  readonly factors: Factor[];
  readonly #plan: Plan;
  readonly #indicatorCache = new Map<string, { plan: Plan; columns: Float64Array[] }>();
  readonly #engines = new Map<string, Reaggregation>();
  #last: { normalisation: string; missing: string; aggregation: string; engine: Reaggregation } | undefined;
  readonly #setup: ScoringSetup;
  readonly #leaveCandidates: Int32Array;
  readonly #nominalWeights: Float64Array;
  readonly #weights: Float64Array;
  readonly #weightNodes: WeightNodes;
  readonly #choice: Choice = { normalisation: 'asIs', aggregation: 'asIs', missing: 'asIs', weights: -1, leaveOut: -1 };

  /** Former spellings found in the assumptions (`deprecated` warnings), for the analysis' result. */
  readonly warnings: DtiIssue[];
  readonly #weightSpec: WeightPerturbation | undefined;

  constructor(
    readonly framework: Framework,
    readonly data: PreparedDataset,
    readonly assumptions: Assumptions,
  ) {
    const weights = weightPerturbation(assumptions.weights);
    this.#weightSpec = weights.spec;
    this.warnings = weights.warnings;
    const plan = planFor(framework);
    this.#plan = plan;
    this.n = data.ids.length;
    this.factors = factorsOf(assumptions);
    this.#setup = scoringSetup(framework, data);
    const pillars = plan.nodes[0]?.children ?? [];
    this.#leaveCandidates = Int32Array.from(
      assumptions.leaveOut === 'pillar' ? pillars : plan.indicators.map((i) => i.nodeIndex),
    );
    this.#nominalWeights = Float64Array.from(plan.nodes, (node) => rawWeight(node.node));
    this.#weights = new Float64Array(plan.nodes.length);
    this.#weightNodes = weightNodes(plan, assumptions.weights?.level ?? 'pillars', this.#nominalWeights);
  }

  #engine(normalisation: string, missing: string, aggregation: string): Reaggregation {
    const last = this.#last;
    // Most replications keep the previous one's choices: no key string to build then.
    if (last && last.normalisation === normalisation && last.missing === missing && last.aggregation === aggregation)
      return last.engine;
    const key = `${normalisation}|${missing}|${aggregation}`;
    let engine = this.#engines.get(key);
    if (!engine) {
      const { plan, columns } = this.#indicatorColumns(normalisation, missing);
      const other = { type: aggregation } as Aggregation;
      const type = aggregation === 'asIs' ? (g: Plan['groups'][number]) => g.aggregation : () => other;
      engine = new Reaggregation(plan, columns, type, this.#setup.scored, this.#nominalWeights);
      this.#engines.set(key, engine);
    }
    this.#last = { normalisation, missing, aggregation, engine };
    return engine;
  }

  #indicatorColumns(normalisation: string, missing: string) {
    const key = `${normalisation}|${missing}`;
    let cached = this.#indicatorCache.get(key);
    if (!cached) {
      const plan = key === 'asIs|asIs' ? this.#plan : compile(variant(this.framework, normalisation, missing));
      cached = { plan, columns: scoreIndicators(plan, this.data).nodeScores };
      this.#indicatorCache.set(key, cached);
    }
    return cached;
  }

  /** Draws the weights of one replication into `out` (raw weight by node position), seeded by `u`. */
  #drawWeights(u: number, out: Float64Array): void {
    const spec = this.#weightSpec;
    if (!spec) return;
    const random = seededRandom(Math.floor(u * 4294967296));
    const nominal = this.#nominalWeights;
    if (spec.type === 'uniform') {
      const { nodes } = this.#weightNodes;
      for (let k = 0; k < nodes.length; k++) {
        const i = nodes[k] as number;
        out[i] = (nominal[i] as number) * (1 + spec.share * (2 * random() - 1));
      }
      return;
    }
    for (const siblings of this.#weightNodes.siblings) {
      const shares = dirichlet(siblings.weights, spec.concentration, random);
      for (let k = 0; k < shares.length; k++) out[siblings.nodes[k] as number] = shares[k] as number;
    }
  }

  #decode(x: ArrayLike<number>): Choice {
    const choice = this.#choice;
    choice.normalisation = choice.aggregation = choice.missing = 'asIs';
    choice.weights = choice.leaveOut = -1;
    for (let i = 0; i < this.factors.length; i++) {
      const factor = this.factors[i] as Factor;
      const u = x[i] as number;
      const { choices } = factor;
      const picked = choices ? (choices[Math.min(choices.length - 1, Math.floor(u * choices.length))] as string) : '';
      if (factor.name === 'normalisation') choice.normalisation = picked;
      else if (factor.name === 'aggregation') choice.aggregation = picked;
      else if (factor.name === 'missing') choice.missing = picked;
      else if (factor.name === 'weights') choice.weights = u;
      else if (factor.name === 'leaveOut') {
        const k = Math.floor(u * (this.#leaveCandidates.length + 1)) - 1;
        choice.leaveOut = k >= 0 ? (this.#leaveCandidates[k] as number) : -1;
      }
    }
    return choice;
  }

  /**
   * The discrete assumptions that vary and the choice each took in the last {@link evaluate}, in the
   * order of the factors, e.g. `[['aggregation', 'geometric'], ['missing', 'zero']]`.
   */
  lastChoices(): [string, string][] {
    const c = this.#choice;
    const picked: Record<string, string> = {
      normalisation: c.normalisation,
      aggregation: c.aggregation,
      missing: c.missing,
    };
    return this.factors.filter((f) => f.choices).map((f) => [f.name, picked[f.name] ?? '']);
  }

  /** The aggregation of the last {@link evaluate}: `asIs` or the one swapped in for every group. */
  get lastAggregation(): string {
    return this.#choice.aggregation;
  }

  /**
   * Ranks of every unit for one point of the unit hypercube (one coordinate per factor), written to
   * `out` (a new array by default).
   */
  evaluate(x: ArrayLike<number>, out: Float64Array = new Float64Array(this.n)): Float64Array {
    const choice = this.#decode(x);
    const weights = this.#weights;
    weights.set(this.#nominalWeights);
    if (choice.weights >= 0) this.#drawWeights(choice.weights, weights);
    if (choice.leaveOut >= 0) weights[choice.leaveOut] = 0;
    const engine = this.#engine(choice.normalisation, choice.missing, choice.aggregation);
    return this.#setup.rankScoresInto(engine.root(weights), out);
  }
}
