import type { Plan } from '../plan/compile.js';
import { LISTED, type PercentTally } from './percent-column.js';

/**
 * What a reader of rows tallied of its `%` columns while writing them (see {@link PercentTallies}):
 * each unit's count of values in the columns it counted, and each column's tally, `undefined` for a
 * column it did not tally or in which a value lies outside 0–100 (checked by a pass of its own).
 */
export interface ColumnTallies {
  /** Per unit: its values in the columns counted here. */
  reported: Int32Array;
  /** Per indicator: 1 when `reported` already counts the column's values. */
  counted: Uint8Array;
  tallies: (PercentTally | undefined)[];
}

/**
 * Tallies the `%` columns a reader of rows writes one value at a time, so that the checks after
 * reading need no other pass over them: a column of plain values (no formula, scored on any number;
 * `tallied` says which) gets its count, its largest value and its values between 0 and 1, and each
 * unit its count of values for coverage. Valid only while every unit is read by the reader's one fast
 * loop (`exact`): a unit read any other way leaves the checks to their own passes.
 *
 * @example const t = new PercentTallies(plan, tallied, n); … t.result() // → ColumnTallies | undefined
 */
export class PercentTallies {
  /** Per indicator: 1 when its column is tallied. */
  readonly tallied: Uint8Array;
  /** Per indicator: 1 when its tallied column counts toward coverage. */
  readonly counts: Uint8Array;
  readonly present: Int32Array;
  readonly largest: Float64Array;
  readonly reported: Int32Array;
  readonly #fractions: Int32Array;
  readonly #fractionsAt: Int32Array;
  /** Per indicator: 1 once a value outside 0–100 was written. */
  readonly #odd: Uint8Array;
  /** False once a unit was read otherwise: the tallies then say nothing. */
  exact = true;

  constructor(plan: Plan, tallied: (i: number) => boolean, n: number) {
    const m = plan.indicators.length;
    this.tallied = new Uint8Array(m);
    this.counts = new Uint8Array(m);
    for (let i = 0; i < m; i++) {
      if (!tallied(i)) continue;
      this.tallied[i] = 1;
      this.counts[i] = (plan.indicators[i] as Plan['indicators'][number]).counted ? 1 : 0;
    }
    this.present = new Int32Array(m);
    this.largest = new Float64Array(m).fill(Number.NEGATIVE_INFINITY);
    this.reported = new Int32Array(n);
    this.#fractions = new Int32Array(m);
    this.#fractionsAt = new Int32Array(m * LISTED);
    this.#odd = new Uint8Array(m);
  }

  /** Records unit `u`'s value `x` in tallied column `i`, a value not within 1–100 (rare in a % column). */
  unusual(i: number, u: number, x: number): void {
    if (x > 0 && x < 1) {
      const k = this.#fractions[i] as number;
      if (k < LISTED) this.#fractionsAt[i * LISTED + k] = u;
      this.#fractions[i] = k + 1;
    } else if (!(x >= 0 && x <= 100)) this.#odd[i] = 1;
  }

  /** The tallies, or `undefined` when a unit was not read by the fast loop. */
  result(): ColumnTallies | undefined {
    if (!this.exact) return undefined;
    const tallies: (PercentTally | undefined)[] = [];
    for (let i = 0; i < this.tallied.length; i++)
      tallies.push(
        this.tallied[i] === 1 && this.#odd[i] === 0
          ? {
              present: this.present[i] as number,
              largest: this.largest[i] as number,
              fractionsAt: this.#fractionsAt.subarray(i * LISTED, (i + 1) * LISTED),
              fractions: this.#fractions[i] as number,
            }
          : undefined,
      );
    return { reported: this.reported, counted: this.counts, tallies };
  }
}
