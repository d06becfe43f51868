// Score-table fixtures: the JSON `scoreTable()` writes (and `dti score --format json` prints), built
// from the few fields a test is about.
import type { ScoreTable, ScoreTableNode, ScoreTableUnit, UnitStatus } from '@dti-kit/core';
import { type Label, text } from './label.js';

/** A published result as the press reports it: id, name, value (or null), rank (or null). */
export type PublishedRow = [id: string, name: string, value: number | null, rank: number | null];

/** Fields of {@link tableUnit} beyond its id and name. */
export type TableUnitOptions = Partial<Omit<ScoreTableUnit, 'id' | 'name'>>;

/**
 * Fields of {@link scoreTableOf} beyond its units; `framework` fields replace the defaults one by one
 * (`precision: undefined` leaves the precision out, as a table of press results has none), and `period`
 * or `rankedAmong` left undefined are left out of the table.
 */
export interface ScoreTableOptions {
  framework?: Partial<ScoreTable['framework']>;
  period?: string;
  rankedAmong?: number;
  nodes?: ScoreTableNode[];
}

/**
 * The status a unit's value and rank imply: no value is unscored, a value without a rank not ranked.
 *
 * @example statusOf(0.79, null) // 'not-ranked'
 */
export function statusOf(value: number | null, rank: number | null): UnitStatus {
  return value === null && rank === null ? 'unscored' : rank === null ? 'not-ranked' : 'ranked';
}

/**
 * A unit row of a score table: fully covered, nothing imputed, no targets, no node scores, its status
 * implied by value and rank (see {@link statusOf}), unless told otherwise.
 *
 * @example tableUnit('gia-lam', 'Gia Lâm', { value: 98.9, rank: 1, tier: 'tot', parent: 'Hà Nội' })
 */
export function tableUnit(id: string, name: string, options: TableUnitOptions = {}): ScoreTableUnit {
  const value = options.value ?? null;
  const rank = options.rank ?? null;
  return {
    id,
    name,
    ...(options.parent === undefined ? {} : { parent: options.parent }),
    ...(options.peerGroup === undefined ? {} : { peerGroup: options.peerGroup }),
    status: options.status ?? statusOf(value, rank),
    value,
    rank,
    tier: options.tier ?? null,
    coverage: options.coverage ?? 1,
    imputed: options.imputed ?? 0,
    targets: options.targets ?? { met: 0, set: 0, share: null },
    nodes: options.nodes ?? {},
  };
}

/**
 * A column of a score table (a group unless `kind` says indicator).
 *
 * @example tableNode('kts', 'chi-so', 30, { vi: 'Kinh tế số', en: 'Digital economy' })
 */
export function tableNode(
  id: string,
  parent: string | null,
  maxPoints: number,
  label: Label = id,
  kind: ScoreTableNode['kind'] = 'group',
): ScoreTableNode {
  return { id, kind, label: text(label), parent, maxPoints };
}

/**
 * The `framework` field of a score table: `thu` version `1` labelled "Thử", on 0–100 with one decimal,
 * no tiers, with `fields` in their place; a precision given as undefined is left out, the other fields
 * keeping their order.
 *
 * @example tableFramework({ precision: undefined }) // { id: 'thu', …, scale: { min: 0, max: 100 }, tiers: [] }
 */
function tableFramework(fields: Partial<ScoreTable['framework']> = {}): ScoreTable['framework'] {
  const { precision, tiers, ...head } = {
    id: 'thu',
    version: '1',
    label: { vi: 'Thử' },
    scale: { min: 0, max: 100 },
    precision: 1,
    tiers: [],
    ...fields,
  };
  return { ...head, ...(precision === undefined ? {} : { precision }), tiers };
}

/**
 * A score table of `units`: framework `thu` version `1` labelled "Thử", on 0–100 with one decimal and
 * no tiers, no columns, unless told otherwise. `period` and `rankedAmong` appear only when given.
 *
 * @example scoreTableOf([tableUnit('hue', 'Huế', { value: 0.7951, rank: 2 })], { framework: { scale: { min: 0, max: 1 }, precision: 4 } })
 */
export function scoreTableOf(units: ScoreTableUnit[], options: ScoreTableOptions = {}): ScoreTable {
  return {
    kind: 'dti-score-table',
    format: 1,
    framework: tableFramework(options.framework),
    ...(options.period === undefined ? {} : { period: options.period }),
    ...(options.rankedAmong === undefined ? {} : { rankedAmong: options.rankedAmong }),
    nodes: options.nodes ?? [],
    units,
  };
}

/**
 * A published table with only the overall value and rank of each unit, as the results of the provinces
 * are reported: a unit with a rank is ranked, one without is not ranked; no tiers, no columns.
 *
 * @example publishedTable([['hue', 'Huế', 0.7951, 2], ['gia-lai', 'Gia Lai', null, 31]], { period: '2024' })
 */
export function publishedTable(rows: readonly PublishedRow[], options: ScoreTableOptions = {}): ScoreTable {
  return scoreTableOf(
    rows.map(([id, name, value, rank]) =>
      tableUnit(id, name, { status: rank === null ? 'not-ranked' : 'ranked', value, rank }),
    ),
    options,
  );
}
