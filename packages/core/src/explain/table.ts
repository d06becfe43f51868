import { publisher } from '../publish/publisher.js';
import type { LocalisedText, TieRule, Tier } from '../schema/framework.js';
import { setOwn } from '../schema/keyed-by-id.js';
import type { DtiIssue } from '../validate/issue.js';
import type { MissingOutcome, ScoreResult, TargetsMet, UnitStatus } from './result.js';

/** A node as a score table lists it. */
export interface ScoreTableNode {
  id: string;
  kind: 'group' | 'indicator';
  label: LocalisedText;
  /** Id of the parent node; `null` for the index. */
  parent: string | null;
  maxPoints: number;
}

/** One unit's row in a score table. */
export interface ScoreTableUnit {
  id: string;
  name: string;
  parent?: string | undefined;
  peerGroup?: string | undefined;
  status: UnitStatus;
  /** The index on the published scale, rounded. */
  value: number | null;
  rank: number | null;
  /** Id of the tier. */
  tier: string | null;
  coverage: number;
  imputed: number;
  targets: TargetsMet;
  /**
   * Each listed node's published value and rank; an indicator the unit did not report also says what
   * the framework's missing-value rule did (`missing`: `zero`, `imputed` or `skipped`, see
   * {@link MissingOutcome}), so its value is never read as one the unit gave: `{ value: 0, rank: 4,
   * missing: 'zero' }` is a "N/A" scored 0 points. Absent on a reported value and on groups; a table
   * written before the field (or by hand) has none.
   */
  nodes: Record<string, { value: number | null; rank: number | null; missing?: MissingOutcome | undefined }>;
}

/**
 * A score result as plain JSON: what `dti score --format json` writes and the widgets read. Stable:
 * `format` changes only if a field changes meaning.
 */
export interface ScoreTable {
  kind: 'dti-score-table';
  format: 1;
  framework: {
    id: string;
    version: string;
    label: LocalisedText;
    scale: { min: number; max: number };
    precision?: number | undefined;
    /**
     * How tied units share a rank, the framework's `ties`: `competition` 1, 2, 2, 4 (the default),
     * `dense` 1, 2, 2, 3, `ordinal` 1, 2, 3, 4 or `fractional` 1, 2.5, 2.5, 4. Ranks within a parent
     * follow it: fractional national ranks 2, 2, 2 can be competition ranks too, so they cannot tell
     * the rule. Optional: a table of published results typed by hand may leave it out.
     * `scoreTable()` always writes it.
     */
    ties?: TieRule | undefined;
    tiers: Tier[];
  };
  period?: string | undefined;
  /**
   * How many units were ranked: the N of "rank 2 of N" (34 provinces in 2024, 63 before the 2025
   * merger). Optional: a table of published results may list only the ranks that were published
   * (Huế 2nd, Gia Lai 31st) while every province was ranked, and the field cannot be read off the
   * ranks. A whole number ≥ 1 and ≥ every rank in the table (see {@link rankedAmongProblem}); with
   * peer groups it counts the units of all groups. `scoreTable()` writes the number of ranked units.
   */
  rankedAmong?: number | undefined;
  /**
   * `'published'`: the table lists results as they were published (a ministry's release, the press),
   * not scored here. A unit's `value` or `rank` of `null` is then one the published data does not give
   * (the unit was ranked, the figure is not known here): not "unscored", not "not ranked". Its
   * `coverage` and `imputed` say nothing about its indicators, and a reader must not show them as a
   * share reported. Absent: the table was scored here (`scoreTable()` never writes it).
   *
   * @example { ...table, source: 'published' } // Thanh Hóa: rank 5 of 34, value null (not published)
   */
  source?: 'published' | undefined;
  nodes: ScoreTableNode[];
  units: ScoreTableUnit[];
  /**
   * What reading the data said that a reader of the ranking must see: an indicator with no column, a
   * value capped, a unit without data. `dti score --format json` writes the reading's warnings here (at
   * most 1,000, then one counting the rest), and the league table shows them as it shows those of data
   * it scores itself. Absent when there were none.
   */
  warnings?: DtiIssue[] | undefined;
}

/**
 * What is wrong with a table's `rankedAmong`, as a sentence naming the value (and the unit whose rank
 * it is below); `undefined` when it is absent or fits: a whole number ≥ 1 and ≥ every rank, overall
 * and of each listed node. A field smaller than a rank in it would print "rank 31 of 20".
 *
 * @example rankedAmongProblem({ ...table, rankedAmong: 20 })
 * // → 'score table 2024: rankedAmong = 20 is below the rank 31 of Gia Lai (units[30].rank)'
 */
export function rankedAmongProblem(table: Pick<ScoreTable, 'rankedAmong' | 'period' | 'units'>): string | undefined {
  const n = table.rankedAmong as unknown;
  if (n === undefined) return undefined;
  const where = `score table${table.period === undefined ? '' : ` ${table.period}`}`;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1)
    return `${where}: rankedAmong = ${JSON.stringify(n)} is not a whole number of units ≥ 1`;
  for (let i = 0; i < table.units.length; i++) {
    const u = table.units[i] as ScoreTableUnit;
    if (u.rank !== null && u.rank > n)
      return `${where}: rankedAmong = ${n} is below the rank ${u.rank} of ${u.name} (units[${i}].rank)`;
    for (const id in u.nodes) {
      const r = u.nodes[id]?.rank;
      if (typeof r === 'number' && r > n)
        return `${where}: rankedAmong = ${n} is below the rank ${r} of ${u.name} on ${id} (units[${i}].nodes.${id}.rank)`;
    }
  }
  return undefined;
}

/** One listed node's columns of the result, read once for every unit. */
interface Column {
  id: string;
  scores: Float64Array;
  ranks: Float64Array;
  /** What the missing-value rule did, unit by unit; indicators only. */
  missing: (MissingOutcome | undefined)[] | undefined;
}

/** The published value and rank of unit `u` on each listed node, with `missing` where it applies. */
function nodeValues(
  u: number,
  columns: readonly Column[],
  publish: (score: number) => number,
): ScoreTableUnit['nodes'] {
  const nodes: ScoreTableUnit['nodes'] = {};
  for (const c of columns) {
    const s = c.scores[u] as number;
    const r = c.ranks[u] as number;
    const value = Number.isNaN(s) ? null : publish(s);
    const rank = Number.isNaN(r) ? null : r;
    const missing = c.missing?.[u];
    setOwn(nodes, c.id, missing === undefined ? { value, rank } : { value, rank, missing });
  }
  return nodes;
}

/** Options of {@link scoreTable}: `indicators: true` adds each indicator's value and rank (default: groups only). */
export interface ScoreTableOptions {
  indicators?: boolean;
}

/**
 * Turns a score result into a {@link ScoreTable}: every unit with its value, rank and tier, the
 * value and rank of each group (and, with `indicators: true`, of each indicator, with what the
 * missing-value rule did where the unit did not report it), and how many units were ranked
 * (`rankedAmong`).
 *
 * @example JSON.stringify(scoreTable(score(framework, data)))
 */
export function scoreTable(result: ScoreResult, options: ScoreTableOptions = {}): ScoreTable {
  const listed = result.nodes.filter((n) => n.kind === 'group' || options.indicators);
  const columns = listed.map(
    (n): Column => ({
      id: n.id,
      scores: result.scores(n.id),
      ranks: result.ranks(n.id),
      missing: n.kind === 'indicator' ? result.missingOutcomes(n.id) : undefined,
    }),
  );
  const { framework } = result;
  const { publish } = publisher(framework);
  let ranked = 0;
  for (const u of result.units) if (u.rank !== null) ranked++;
  return {
    kind: 'dti-score-table',
    format: 1,
    framework: {
      id: framework.id,
      version: framework.version,
      label: framework.label,
      scale: framework.scale,
      precision: framework.precision,
      ties: framework.ties ?? 'competition',
      tiers: framework.tiers ?? [],
    },
    period: result.period,
    // Every ranked unit is in the table, so the field is their count (0 ranked units: left out, as
    // a field must be ≥ 1).
    ...(ranked > 0 ? { rankedAmong: ranked } : {}),
    nodes: listed.map((n) => ({
      id: n.id,
      kind: n.kind,
      label: n.node.label,
      parent: n.parent < 0 ? null : (result.nodes[n.parent]?.id ?? null),
      maxPoints: n.maxPoints,
    })),
    units: result.units.map((u) => ({
      id: u.id,
      name: u.name,
      parent: u.parent,
      peerGroup: u.peerGroup,
      status: u.status,
      value: u.value,
      rank: u.rank,
      tier: u.tier?.id ?? null,
      coverage: u.coverage,
      imputed: u.imputed,
      targets: u.targets,
      nodes: nodeValues(u.index, columns, publish),
    })),
  };
}
