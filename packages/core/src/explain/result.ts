import type { NodeInfo, Plan } from '../plan/compile.js';
import type { Publisher } from '../publish/publisher.js';
import type { Framework, LocalisedText, Tier } from '../schema/framework.js';
import type { PreparedDataset, PreparedUnit } from '../validate/dataset.js';
import { unitOf } from '../validate/unit-list.js';
import { tierOf } from './tier.js';

/** Why a unit has or has no rank. */
export type UnitStatus = 'ranked' | 'not-ranked' | 'unscored';

/**
 * What the framework's missing-value rule did with an indicator value a unit did not report (a blank
 * cell, "N/A", a formula over a missing field), as {@link NodeExplanation} tells it with `raw: null`:
 * `zero`, scored 0 points (`imputed: true`, `value: null`); `imputed`, a value filled in by the mean, the
 * median or the previous period (`imputed: true`, `value` the one filled in); `skipped`, left out, its
 * weight shared among its siblings (`imputed: false`, `skipped: true`).
 *
 * @example result.missingOutcomes('van-ban-dien-tu')[1] // → 'zero'
 */
export type MissingOutcome = 'zero' | 'imputed' | 'skipped';

/** Targets a unit met among the framework's indicators that set one. */
export interface TargetsMet {
  met: number;
  set: number;
  /** `met / set`, 0–1; `null` when the framework sets no target. */
  share: number | null;
}

/** One unit's overall result: one row of a league table. */
export interface UnitScore extends PreparedUnit {
  /** Position of the unit in the dataset. */
  index: number;
  /**
   * `ranked`; `not-ranked` (assessed, excluded from the ranking by `ranked: false`); `unscored` (its
   * coverage is below the framework's `minCoverage`).
   */
  status: UnitStatus;
  /** The index on the published scale, rounded to the framework's precision; `null` when unscored. */
  value: number | null;
  /** The same, unrounded. */
  exact: number | null;
  /** The index as a 0–1 share of its maximum. */
  score: number | null;
  /** Rank among the units of the same peer group (tie rule of the framework); `null` when not ranked. */
  rank: number | null;
  tier: Tier | null;
  /**
   * Share of the framework's indicators the unit reported, 0–1, counting only indicators worth
   * points: of `ScoreResult.coverageIndicators`.
   */
  coverage: number;
  /** Number of indicators worth points whose value was imputed (a 0-point one changes no score). */
  imputed: number;
  targets: TargetsMet;
}

/** One node of a unit's explanation: what it earned, what it could have earned, and why. */
export interface NodeExplanation {
  id: string;
  kind: 'group' | 'indicator';
  label: LocalisedText;
  /** The reported raw value (after the formula), `null` when not reported. Indicators only. */
  raw: number | null;
  /** The value used for scoring: the raw value or the imputed one. Indicators only. */
  value: number | null;
  /** True when the value was filled in by the missing-value policy (including `zero`). */
  imputed: boolean;
  /** True when the node has no score and was skipped (its weight went to its siblings). */
  skipped: boolean;
  /** 0–1 score. */
  score: number | null;
  /** The node's score on the published scale, rounded like the index. */
  published: number | null;
  /** Nominal maximum points, from the framework. */
  maxPoints: number;
  /** Maximum points after re-weighting around skipped siblings. */
  availablePoints: number;
  /**
   * Points earned: `availablePoints × score`. Under arithmetic and sum aggregation the children's
   * points add up to their group's points.
   */
  points: number | null;
  /** `availablePoints − points`: what the unit left on the table here. */
  pointsLost: number | null;
  /** Rank of the unit on this node among the ranked units of its peer group. */
  rank: number | null;
  /** Target of the indicator and whether the unit met it. */
  target?: { value: number; met: boolean };
  children?: NodeExplanation[];
}

/** Everything {@link ScoreResult} is built from; produced by `score`. */
export interface ScoreResultParts {
  framework: Framework;
  plan: Plan;
  period: string | undefined;
  data: PreparedDataset;
  /** 0–1 scores of every unit on a node (`NaN` = no score), built on first use where costly. */
  column: (nodeIndex: number) => Float64Array;
  imputedFlags: (Uint8Array | undefined)[];
  /** Values scored per indicator: the raw column, or its copy with imputed values filled in. */
  usedValues: Float64Array[];
  available: Map<number, Float64Array>;
  coverage: Float64Array;
  reported: Int32Array;
  include: Uint8Array;
  /** The framework's publishing rule: scale and rounding. */
  publisher: Publisher;
  rankNode: (nodeIndex: number) => Float64Array;
}

/** What building a league-table row reads; indicators imputed and targets met counted column-wise. */
interface RowContext {
  met: Int32Array;
  imputed: Int32Array;
  targetsSet: number;
  root: Float64Array;
  ranks: Float64Array;
  tiers: readonly Tier[];
}

function targetMet(value: number, target: number, lower: boolean): boolean {
  return lower ? value <= target : value >= target;
}

/**
 * The result of scoring: a league table (`units`), columns by node for charts, and an explanation
 * of every unit's score. Columns are typed arrays in unit order (`NaN` = no value); ranks of
 * indicators are computed on first use.
 *
 * @example
 * const result = score(framework, dataset);
 * for (const u of result.units) console.log(u.rank, u.name, u.value, u.tier?.label.vi);
 * result.explain(result.units[0].id).children?.map((c) => [c.label.vi, c.points, c.pointsLost]);
 */
export class ScoreResult {
  readonly framework: Framework;
  readonly period: string | undefined;
  /** Nodes of the framework in pre-order: the index first, then each group followed by its children. */
  readonly nodes: readonly NodeInfo[];
  /**
   * How many indicators coverage counts: those worth points. A unit with
   * coverage 0.875 of 8 reported 7 of them.
   */
  readonly coverageIndicators: number;
  readonly #parts: ScoreResultParts;
  readonly #ranks = new Map<number, Float64Array>();
  /** League-table rows, each built on first use: a score keeps columns, not a million objects. */
  #rows: UnitScore[] | undefined;
  #complete = false;
  #context: RowContext | undefined;

  /** @internal Built by `score`. */
  constructor(parts: ScoreResultParts) {
    this.#parts = parts;
    this.framework = parts.framework;
    this.period = parts.period;
    this.nodes = parts.plan.nodes;
    this.coverageIndicators = parts.data.counted;
    this.#rankColumn(0);
  }

  /** One row per unit, in dataset order (built on first read, then kept). */
  get units(): readonly UnitScore[] {
    const rows = this.#rowArray();
    if (!this.#complete) {
      for (let u = 0; u < rows.length; u++) if (rows[u] === undefined) rows[u] = this.#row(u);
      this.#complete = true;
    }
    return rows;
  }

  /**
   * What `JSON.stringify(result)` writes: the framework, the period, the nodes and every row, as when
   * `units` was a plain field. Columns and explanations are methods and are not serialised; for the
   * widgets, write `scoreTable(result)` instead.
   *
   * @example JSON.parse(JSON.stringify(result)).units[0].rank // 1
   */
  toJSON(): {
    framework: Framework;
    period: string | undefined;
    nodes: readonly NodeInfo[];
    units: readonly UnitScore[];
  } {
    return { framework: this.framework, period: this.period, nodes: this.nodes, units: this.units };
  }

  #rowArray(): UnitScore[] {
    if (!this.#rows) this.#rows = new Array(this.#parts.data.ids.length);
    return this.#rows;
  }

  /** What every row reads, looked up once: columns, per-unit counts, the scale and tiers. */
  #rowContext(): RowContext {
    if (this.#context) return this.#context;
    const parts = this.#parts;
    const n = parts.data.ids.length;
    // Column-wise counts: one pass per indicator over contiguous typed arrays.
    const met = new Int32Array(n);
    const imputed = new Int32Array(n);
    let targetsSet = 0;
    parts.plan.indicators.forEach((indicator, i) => {
      const flags = parts.imputedFlags[i];
      if (flags && indicator.counted)
        for (let u = 0; u < n; u++) imputed[u] = (imputed[u] as number) + (flags[u] as number);
      const { target, direction } = indicator.node;
      if (target === undefined) return;
      targetsSet++;
      const values = parts.data.values[i] as Float64Array;
      const lower = direction === 'lower';
      for (let u = 0; u < n; u++) {
        const v = values[u] as number;
        if (!Number.isNaN(v) && targetMet(v, target, lower)) met[u] = (met[u] as number) + 1;
      }
    });
    this.#context = {
      met,
      imputed,
      targetsSet,
      root: parts.column(0),
      ranks: this.#rankColumn(0),
      tiers: parts.framework.tiers ?? [],
    };
    return this.#context;
  }

  #row(u: number): UnitScore {
    const parts = this.#parts;
    const unit = unitOf(parts.data, u);
    const { met, imputed, targetsSet, root, ranks, tiers } = this.#rowContext();
    const s = root[u] as number;
    const scored = !Number.isNaN(s);
    const rank = ranks[u] as number;
    const value = scored ? parts.publisher.publish(s) : null;
    const unitMet = met[u] as number;
    return {
      id: unit.id,
      name: unit.name,
      parent: unit.parent,
      peerGroup: unit.peerGroup,
      ranked: unit.ranked,
      population: unit.population,
      index: u,
      status: !scored ? 'unscored' : parts.include[u] ? 'ranked' : 'not-ranked',
      value,
      exact: scored ? parts.publisher.exact(s) : null,
      score: scored ? s : null,
      rank: Number.isNaN(rank) ? null : rank,
      tier: value === null ? null : tierOf(tiers, value),
      coverage: parts.coverage[u] as number,
      imputed: imputed[u] as number,
      targets: { met: unitMet, set: targetsSet, share: targetsSet ? unitMet / targetsSet : null },
    };
  }

  #nodeIndex(nodeId: string): number {
    const index = this.#parts.plan.nodeById.get(nodeId);
    if (index === undefined) throw new RangeError(`framework "${this.framework.id}" has no node "${nodeId}"`);
    return index;
  }

  #rankColumn(nodeIndex: number): Float64Array {
    let ranks = this.#ranks.get(nodeIndex);
    if (!ranks) {
      ranks = this.#parts.rankNode(nodeIndex);
      this.#ranks.set(nodeIndex, ranks);
    }
    return ranks;
  }

  /** How many units the result has, scored or not. */
  get unitCount(): number {
    return this.#parts.data.ids.length;
  }

  /**
   * The row of the unit at a position (0 to {@link unitCount} − 1, dataset order), built for the call
   * and not kept unless {@link units} has kept it: who walks every unit once (writing a file, say)
   * holds one row at a time rather than a row per unit.
   *
   * @example result.unitAt(0).rank // → 3
   */
  unitAt(index: number): UnitScore {
    if (!(index >= 0 && index < this.unitCount && Number.isInteger(index)))
      throw new RangeError(`no unit at position ${index} (the result has ${this.unitCount})`);
    return this.#rows?.[index] ?? this.#row(index);
  }

  /**
   * A unit's row by id.
   *
   * @example result.unit('da-nang')?.rank // → 1
   */
  unit(id: string): UnitScore | undefined {
    const u = this.#parts.data.unitIndex.get(id);
    if (u === undefined) return undefined;
    const rows = this.#rowArray();
    let row = rows[u];
    if (!row) {
      row = this.#row(u);
      rows[u] = row;
    }
    return row;
  }

  /**
   * 0–1 scores of every unit on one node, in unit order (`NaN` = no score).
   *
   * @example result.scores('digital-government')
   */
  scores(nodeId: string): Float64Array {
    return this.#parts.column(this.#nodeIndex(nodeId));
  }

  /**
   * Ranks of every unit on one node (`NaN` = not ranked), computed on first use and kept.
   *
   * @example result.ranks('digital-economy')[3] // → 12
   */
  ranks(nodeId: string): Float64Array {
    return this.#rankColumn(this.#nodeIndex(nodeId));
  }

  /**
   * What the missing-value rule did with each unit's value of an indicator, in unit order: `undefined`
   * where the unit reported it, else its {@link MissingOutcome}, as `explain()` tells it. Throws a
   * `RangeError` for an id that is not an indicator of the framework.
   *
   * @example
   * // X02 wrote "N/A" and the framework scores a missing value 0; the others reported it.
   * result.missingOutcomes('van-ban-dien-tu') // → [undefined, 'zero', undefined, undefined]
   */
  missingOutcomes(indicatorId: string): (MissingOutcome | undefined)[] {
    const parts = this.#parts;
    const i = parts.plan.indicatorById.get(indicatorId);
    if (i === undefined) throw new RangeError(`framework "${this.framework.id}" has no indicator "${indicatorId}"`);
    const raw = parts.data.values[i] as Float64Array;
    const flags = parts.imputedFlags[i];
    const used = parts.usedValues[i] as Float64Array;
    const out: (MissingOutcome | undefined)[] = new Array(raw.length).fill(undefined);
    for (let u = 0; u < raw.length; u++) {
      if (!Number.isNaN(raw[u])) continue;
      // A zero fills in no value (the score is set to 0), so the value used stays missing, as explain() shows.
      if (flags?.[u] === 1) out[u] = Number.isNaN(used[u]) ? 'zero' : 'imputed';
      else out[u] = 'skipped';
    }
    return out;
  }

  /**
   * Why a unit scored what it did: the framework tree with each node's raw value, score, points
   * earned and lost, and rank.
   *
   * @example
   * const e = result.explain('gia-lam');
   * e.points; // 902.5 of e.maxPoints 1000
   * e.children?.map((c) => [c.id, c.pointsLost]);
   */
  explain(unitId: string): NodeExplanation {
    const u = this.#parts.data.unitIndex.get(unitId);
    if (u === undefined) throw new RangeError(`no unit "${unitId}" in this result`);
    const parts = this.#parts;
    const { plan } = parts;
    const build = (nodeIndex: number, availablePoints: number): NodeExplanation => {
      const info = plan.nodes[nodeIndex] as NodeInfo;
      const s = parts.column(nodeIndex)[u] as number;
      const has = !Number.isNaN(s);
      const rank = this.#rankColumn(nodeIndex)[u] as number;
      const out: NodeExplanation = {
        id: info.id,
        kind: info.kind,
        label: info.node.label,
        raw: null,
        value: null,
        imputed: false,
        skipped: !has,
        score: has ? s : null,
        published: has ? parts.publisher.publish(s) : null,
        maxPoints: info.maxPoints,
        availablePoints: has ? availablePoints : 0,
        points: has ? availablePoints * s : null,
        pointsLost: has ? availablePoints * (1 - s) : null,
        rank: !Number.isNaN(rank) ? rank : null,
      };
      if (info.kind === 'indicator') {
        const i = plan.indicatorById.get(info.id) as number;
        const raw = (parts.data.values[i] as Float64Array)[u] as number;
        out.raw = !Number.isNaN(raw) ? raw : null;
        out.imputed = parts.imputedFlags[i]?.[u] === 1;
        const used = (parts.usedValues[i] as Float64Array)[u] as number;
        out.value = !Number.isNaN(used) ? used : null;
        const node = info.node;
        if (node.kind === 'indicator' && node.target !== undefined)
          out.target = {
            value: node.target,
            met: !Number.isNaN(raw) && targetMet(raw, node.target, node.direction === 'lower'),
          };
        return out;
      }
      const group = plan.groups.find((g) => g.nodeIndex === nodeIndex);
      const total = parts.available.get(nodeIndex)?.[u] ?? 0;
      out.children = info.children.map((child, k) => {
        const w = group?.weights[k] ?? 0;
        const childScore = parts.column(child)[u] as number;
        const share = total > 0 && !Number.isNaN(childScore) && w > 0 ? w / total : 0;
        return build(child, has ? availablePoints * share : 0);
      });
      return out;
    };
    return build(0, (plan.nodes[0] as NodeInfo).maxPoints);
  }
}
