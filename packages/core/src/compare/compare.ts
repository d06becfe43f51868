import { ScoreResult } from '../explain/result.js';
import { publishedDifference, publisher } from '../publish/publisher.js';
import { roundTo } from '../publish/round.js';
import { rank } from '../rank/rank.js';
import type { TieRule } from '../schema/framework.js';
import { type Crosswalk, rollUp } from './roll-up.js';

/** A ranked table to compare: a score result, or plain rows (e.g. published results). */
export type RankedTable =
  | ScoreResult
  | readonly { id: string; name?: string; value: number | null; rank?: number | null }[];

/** Options of {@link compare}. */
export interface CompareOptions {
  /**
   * Maps the previous period's units onto the current ones (mergers, renames). Merged units' previous
   * values are combined with `method`, and the previous ranks are re-ranked among all the units after
   * the crosswalk (merged and carried over alike), as the 2024 DTI was for the 34 provinces of 2025 —
   * only when every one of them has a previous value, as `ROLL_UP_NOTE` says (a rank among the
   * few known would not be a rank among all); otherwise every previous rank is `null`.
   */
  crosswalk?: Crosswalk;
  method?: 'mean' | 'sum';
  /** Decimals of the combined previous values and of the changes; default: the framework's precision. */
  precision?: number;
  /** How the re-ranked previous units share a rank; default: the framework's rule, else `competition`. */
  ties?: TieRule;
}

/** One unit's change between two periods. */
export interface UnitChange {
  id: string;
  name: string;
  /** `both`: in both periods; `added`: new in the current one; `gone`: only in the previous one. */
  status: 'both' | 'added' | 'gone';
  previous: number | null;
  current: number | null;
  /** `current − previous` on the published scale. */
  change: number | null;
  previousRank: number | null;
  currentRank: number | null;
  /** Places gained: `previousRank − currentRank` (positive = moved up). */
  rankChange: number | null;
}

interface Row {
  id: string;
  name: string;
  value: number | null;
  rank: number | null;
}

function rowsOf(table: RankedTable): { rows: Row[]; precision: number | undefined; ties: TieRule | undefined } {
  if (table instanceof ScoreResult)
    return {
      rows: table.units.map((u) => ({ id: u.id, name: u.name, value: u.value, rank: u.rank })),
      precision: table.framework.precision,
      ties: table.framework.ties,
    };
  return {
    rows: table.map((r) => ({ id: r.id, name: r.name ?? r.id, value: r.value, rank: r.rank ?? null })),
    precision: undefined,
    ties: undefined,
  };
}

/**
 * The previous period carried over to the current units: merged units' values combined, and every
 * rank re-ranked among them on the published (rounded) values — the ranks before the merger were
 * among other units. No ranks at all unless every unit has a value (see `ROLL_UP_NOTE`).
 */
function carriedOver(
  rows: readonly Row[],
  crosswalk: Crosswalk,
  method: 'mean' | 'sum',
  precision: number | undefined,
  ties: TieRule,
): Row[] {
  const merged = rollUp(
    rows.map((r) => ({ id: r.id, name: r.name, values: { value: r.value } })),
    crosswalk,
    { method, ...(precision !== undefined && { precision }) },
  );
  const before: Row[] = [
    ...merged.units.map((u) => ({ id: u.id, name: u.name, value: u.values.value ?? null, rank: null })),
    ...rows.filter((r) => merged.unmapped.includes(r.id)),
  ];
  const values = before.map((r) => r.value);
  if (values.some((v) => v === null || !Number.isFinite(v))) return before.map((r) => ({ ...r, rank: null }));
  const ranks = rank(
    (values as number[]).map((v) => (precision === undefined ? v : roundTo(v, precision))),
    { ties },
  );
  return before.map((r, k) => ({ ...r, rank: ranks[k] as number }));
}

/**
 * Compares two periods unit by unit: score change, rank change, units added or gone. With a crosswalk
 * the previous period is first carried over to the current units.
 *
 * @example
 * compare(result2023, result2024).find((c) => c.id === 'gia-lam'); // → { change: 0.0412, rankChange: 3, … }
 */
export function compare(previous: RankedTable, current: RankedTable, options: CompareOptions = {}): UnitChange[] {
  const cur = rowsOf(current);
  const prev = rowsOf(previous);
  const precision = options.precision ?? cur.precision ?? prev.precision;
  const ties = options.ties ?? prev.ties ?? cur.ties ?? 'competition';
  const before = options.crosswalk
    ? carriedOver(prev.rows, options.crosswalk, options.method ?? 'mean', precision, ties)
    : prev.rows;
  const beforeById = new Map(before.map((r) => [r.id, r]));
  // A change is the difference of the two published values by the library's one publishing rule (half
  // away from zero; toFixed gives 1.005 → 1.00), so binary noise in the subtraction cannot move it.
  const publish = publisher({ precision });
  const difference = (a: number, b: number) => publishedDifference(publish, a, b);
  const out: UnitChange[] = cur.rows.map((now) => {
    const then = beforeById.get(now.id);
    return {
      id: now.id,
      name: now.name,
      status: then ? 'both' : 'added',
      previous: then?.value ?? null,
      current: now.value,
      change: then?.value != null && now.value !== null ? difference(now.value, then.value) : null,
      previousRank: then?.rank ?? null,
      currentRank: now.rank,
      rankChange: then?.rank != null && now.rank !== null ? then.rank - now.rank : null,
    };
  });
  const currentIds = new Set(cur.rows.map((r) => r.id));
  for (const then of before)
    if (!currentIds.has(then.id))
      out.push({
        id: then.id,
        name: then.name,
        status: 'gone',
        previous: then.value,
        current: null,
        change: null,
        previousRank: then.rank,
        currentRank: null,
        rankChange: null,
      });
  return out;
}
