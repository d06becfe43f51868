import { type MeanKernel, meanKernel } from '../aggregate/mean-kernel.js';
import { addWeighted, finishMeans } from '../aggregate/weighted-sums.js';
import { groupWeights, type Plan } from '../plan/compile.js';
import type { Aggregation } from '../schema/framework.js';

/** One group as the re-aggregation walks it: its children, kernel and buffers, all made once. */
interface GroupSlot {
  nodeIndex: number;
  children: Int32Array;
  /** The mean's transforms; `undefined` for arithmetic means and sums, which add scores as they are. */
  kernel: MeanKernel | undefined;
  /** Child weights ready for aggregation under the nominal weights, and under the current ones. */
  nominalWeights: Float64Array;
  weights: Float64Array;
  /** The group's scores under the nominal weights, and the buffer a replication writes when it changes them. */
  nominal: Float64Array;
  current: Float64Array;
}

/**
 * A plan's group scores under weights that change from call to call (the analyses' replications):
 * the indicator columns are fixed, buffers are made once, and only the groups whose weights — or a
 * child group's scores — differ from the nominal ones are aggregated again; the others keep their
 * nominal scores. Gives the very numbers of `aggregateGroups` on the plan compiled with the same
 * weights: the same weights (through `groupWeights`), sums and order. Not reentrant.
 */
export class Reaggregation {
  readonly #slots: GroupSlot[];
  readonly #columns: Float64Array[];
  readonly #dirty: Uint8Array;
  readonly #total: Float64Array;
  readonly #scored: Uint8Array;

  /**
   * @param indicatorColumns 0–1 scores by node position, filled for the indicators.
   * @param aggregation Each group's aggregation (the plan's, or one tried instead).
   * @param nominal Raw weight of every node by position, as `rawWeight` gives it.
   */
  constructor(
    plan: Plan,
    indicatorColumns: readonly Float64Array[],
    aggregation: (group: Plan['groups'][number]) => Aggregation,
    scored: Uint8Array,
    nominal: Float64Array,
  ) {
    const n = scored.length;
    this.#scored = scored;
    this.#total = new Float64Array(n);
    this.#columns = indicatorColumns.slice();
    this.#dirty = new Uint8Array(plan.nodes.length);
    this.#slots = plan.groups.map((group) => {
      const children = Int32Array.from(plan.nodes[group.nodeIndex]?.children ?? []);
      const type = aggregation(group);
      const linear = type.type === 'arithmetic' || type.type === 'sum';
      const nominalWeights = Float64Array.from(children, (c) => nominal[c] as number);
      groupWeights(nominalWeights);
      const slot: GroupSlot = {
        nodeIndex: group.nodeIndex,
        children,
        kernel: linear ? undefined : meanKernel(type),
        nominalWeights,
        weights: new Float64Array(children.length),
        nominal: new Float64Array(n),
        current: new Float64Array(n),
      };
      this.#aggregate(slot, nominalWeights, slot.nominal);
      this.#columns[group.nodeIndex] = slot.nominal;
      return slot;
    });
  }

  /** One group's weighted mean of its children's current columns, written to `out`. */
  #aggregate(slot: GroupSlot, weights: Float64Array, out: Float64Array): void {
    const total = this.#total;
    out.fill(0);
    total.fill(0);
    const forward = slot.kernel?.forward;
    for (let k = 0; k < slot.children.length; k++) {
      const w = weights[k] as number;
      if (!(w > 0)) continue;
      addWeighted(this.#columns[slot.children[k] as number] as Float64Array, w, out, total, forward);
    }
    finishMeans(out, total, this.#scored, slot.kernel?.inverse, out);
  }

  /**
   * The index's 0–1 scores under `weights` (raw weight of every node by position). The column is the
   * re-aggregation's own buffer: read it before the next call.
   */
  root(weights: Float64Array): Float64Array {
    const dirty = this.#dirty;
    let root = this.#columns[0] as Float64Array;
    for (const slot of this.#slots) {
      const { children } = slot;
      let changed = false;
      for (let k = 0; k < children.length; k++) {
        const c = children[k] as number;
        slot.weights[k] = weights[c] as number;
        if (dirty[c]) changed = true;
      }
      groupWeights(slot.weights);
      for (let k = 0; !changed && k < children.length; k++) changed = slot.weights[k] !== slot.nominalWeights[k];
      dirty[slot.nodeIndex] = changed ? 1 : 0;
      const column = changed ? slot.current : slot.nominal;
      if (changed) this.#aggregate(slot, slot.weights, column);
      this.#columns[slot.nodeIndex] = column;
      root = column;
    }
    return root;
  }
}
