import type { Crosswalk } from '../compare/roll-up.js';
import type { ScoreResult } from '../explain/result.js';
import { rankedAmongProblem, type ScoreTable, scoreTable } from '../explain/table.js';
import { formerPeriodPoints, type NamedPoint } from './former-period.js';
import type { ScoreSeries, SeriesPeriod, SeriesPoint } from './schema.js';
import { spread } from './spread.js';

/** One period of a series: a score table (or a score result) and whether it counts former units. */
export interface SeriesInput {
  /** The period's label, e.g. `'2023'`. */
  period: string;
  /** The period's scores as a table (`dti score --format json`), or `result`. */
  table?: ScoreTable;
  result?: ScoreResult;
  /** The table lists units from before a merger: combine them into the series' units through the crosswalk. */
  former?: boolean;
  /** How many units the table's published ranks are among (e.g. 63); default the table's `rankedAmong`, else its unit count. */
  rankedAmong?: number;
}

/** Options of {@link scoreSeries}. */
export interface ScoreSeriesOptions {
  /** Which former units became which (`{ to, from }` entries): needed when a period is `former`. */
  crosswalk?: Crosswalk;
}

/**
 * The roll-up rule as a series states it in its data (`rollUp.note`).
 *
 * @example scoreSeries(periods, { crosswalk }).rollUp?.note === ROLL_UP_NOTE // → true when a period is former
 */
export const ROLL_UP_NOTE =
  'Equal-weighted mean of the former units’ published values (weights unknown), computed here, not published; null unless every former unit published a value. Ranks of such periods are re-ranked among the new units only when every one has a value.';

function tableOf(input: SeriesInput): ScoreTable {
  if (input.table) {
    const problem = rankedAmongProblem(input.table);
    if (problem) throw new RangeError(`scoreSeries: period ${input.period}: ${problem}`);
    return input.table;
  }
  if (input.result) return scoreTable(input.result);
  throw new TypeError(`scoreSeries: period ${input.period} has neither a table nor a result`);
}

function currentPoints(period: string, table: ScoreTable, rankedAmong: number): Map<string, NamedPoint> {
  const out = new Map<string, NamedPoint>();
  for (const u of table.units) {
    const point: SeriesPoint = {
      period,
      value: u.value,
      rank: u.rank,
      rankedAmong: u.rank === null ? null : rankedAmong,
      tier: u.tier,
      basis: 'published',
      rankBasis: u.rank === null ? null : 'published',
    };
    out.set(u.id, { name: u.name, point });
  }
  return out;
}

function checkIds(period: string, table: ScoreTable): void {
  const seen = new Set<string>();
  for (const u of table.units) {
    if (seen.has(u.id)) throw new RangeError(`scoreSeries: period ${period}: unit id "${u.id}" appears twice`);
    seen.add(u.id);
  }
}

const missing = (period: string): SeriesPoint => ({
  period,
  value: null,
  rank: null,
  rankedAmong: null,
  tier: null,
  basis: 'published',
  rankBasis: null,
});

/**
 * Puts several periods of scores side by side, one history per unit, carrying units across a merger:
 * a period marked `former` is combined into the new units through `crosswalk` (the equal-weighted mean
 * of the former units' values, marked `rolled-up`; see {@link ROLL_UP_NOTE}). Each period also gets the
 * median and quartiles of the units' values. The periods must share a scale; a unit absent from a
 * period gets a point with no value. Returns plain JSON (`kind: 'dti-score-series'`).
 *
 * @example
 * // New Đà Nẵng in 2024 from former Đà Nẵng (0.8335) and Quảng Nam (0.5803): (0.8335 + 0.5803) / 2
 * scoreSeries([{ period: '2024', table: table63, former: true, rankedAmong: 63 }], {
 *   crosswalk: [{ to: 'da-nang', from: ['da-nang', 'quang-nam'] }],
 * }).units[0].points[0].value; // → 0.7069
 */
export function scoreSeries(inputs: readonly SeriesInput[], options: ScoreSeriesOptions = {}): ScoreSeries {
  if (inputs.length === 0) throw new RangeError('scoreSeries: no period given');
  const tables = inputs.map(tableOf);
  const last = tables[tables.length - 1] as ScoreTable;
  const names = new Map<string, string>();
  const byPeriod = inputs.map((input, k) => {
    const table = tables[k] as ScoreTable;
    const { min, max } = table.framework.scale;
    if (min !== last.framework.scale.min || max !== last.framework.scale.max)
      throw new RangeError(
        `scoreSeries: period ${input.period} is on the scale ${min}–${max}, period ${inputs[inputs.length - 1]?.period} on ${last.framework.scale.min}–${last.framework.scale.max}`,
      );
    checkIds(input.period, table);
    const among = input.rankedAmong ?? table.rankedAmong ?? table.units.length;
    if (!input.former) return currentPoints(input.period, table, among);
    if (!options.crosswalk)
      throw new RangeError(`scoreSeries: period ${input.period} is former but no crosswalk is given`);
    return formerPeriodPoints(input.period, table, options.crosswalk, among);
  });
  // Current periods name units as they are now: read them after the former ones.
  const order = [...byPeriod.keys()].sort((a, b) => Number(!inputs[a]?.former) - Number(!inputs[b]?.former));
  for (const k of order) for (const [id, p] of byPeriod[k] as Map<string, NamedPoint>) names.set(id, p.name);
  const units = [...names].map(([id, name]) => ({
    id,
    name,
    points: inputs.map((input, k) => byPeriod[k]?.get(id)?.point ?? missing(input.period)),
  }));
  const periods: SeriesPeriod[] = inputs.map((input, k) => {
    const table = tables[k] as ScoreTable;
    const stats = spread(units.map((u) => u.points[k]?.value ?? null));
    return {
      period: input.period,
      framework: { id: table.framework.id, version: table.framework.version },
      units: input.former ? 'former' : 'current',
      ...stats,
      of: units.length,
    };
  });
  const former = inputs.some((i) => i.former);
  return {
    kind: 'dti-score-series',
    format: 1,
    label: last.framework.label,
    scale: { ...last.framework.scale },
    ...(last.framework.precision === undefined ? {} : { precision: last.framework.precision }),
    ...(former ? { rollUp: { method: 'mean' as const, note: ROLL_UP_NOTE } } : {}),
    periods,
    units,
  };
}
