import { describe, expect, it } from 'vitest';
import { rankedAmongProblem, type ScoreTable, scoreTable } from '../../src/explain/table.js';
import { score } from '../../src/index.js';
import { scoreSeries } from '../../src/series/score-series.js';
import { flatFramework, indicator, publishedTable } from '../helpers.js';

type Row = [id: string, name: string, value: number | null, rank: number | null];

/** A published table that lists only some ranks, as the 2024 results of the 34 provinces were reported. */
function published(rows: Row[], rankedAmong?: unknown): ScoreTable {
  return publishedTable(rows, {
    framework: {
      id: 'dti-province',
      version: '922',
      label: { vi: 'DTI' },
      scale: { min: 0, max: 1 },
      precision: undefined,
    },
    period: '2024',
    // Hostile values ('34', 2.5) are what rankedAmongProblem is tested on, hence the cast.
    rankedAmong: rankedAmong as number,
  });
}

// dti_provincial_results.csv, 2024, the 34 provinces: Huế 0.7951 2nd, Gia Lai 31st without a value,
// Lâm Đồng not published.
const rows: Row[] = [
  ['hue', 'Huế', 0.7951, 2],
  ['gia-lai', 'Gia Lai', null, 31],
  ['lam-dong', 'Lâm Đồng', null, null],
];

describe('score table: rankedAmong', () => {
  it('scoreTable() writes how many units were ranked, leaving out those excluded from the ranking', () => {
    const fw = flatFramework([indicator('a', { method: { type: 'goalposts', min: 0, max: 100 } })]);
    const result = score(fw, {
      units: [
        { id: 'x', values: { a: 80 } },
        { id: 'y', values: { a: 60 } },
        // Assessed but not ranked: it has a value and no rank, so it is not counted.
        { id: 'z', ranked: false, values: { a: 70 } },
      ],
    });
    const table = scoreTable(result);
    expect(table.units.map((u) => u.rank)).toEqual([1, 2, null]);
    expect(table.rankedAmong).toBe(2);
    expect(rankedAmongProblem(table)).toBeUndefined();
    // A table with no ranked unit has no field to state: ≥ 1 is the rule, so the key is left out.
    const none = scoreTable(score(fw, { units: [{ id: 'z', ranked: false, values: { a: 70 } }] }));
    expect('rankedAmong' in none).toBe(false);
  });

  it('accepts a field at or above every rank, or none', () => {
    expect(rankedAmongProblem(published(rows, 34))).toBeUndefined();
    expect(rankedAmongProblem(published(rows, 31))).toBeUndefined();
    expect(rankedAmongProblem(published(rows))).toBeUndefined();
  });

  it('names the value, and the unit whose rank it is below', () => {
    expect(rankedAmongProblem(published(rows, 20))).toBe(
      'score table 2024: rankedAmong = 20 is below the rank 31 of Gia Lai (units[1].rank)',
    );
    expect(rankedAmongProblem(published(rows, 2.5))).toBe(
      'score table 2024: rankedAmong = 2.5 is not a whole number of units ≥ 1',
    );
    expect(rankedAmongProblem(published(rows, 0))).toBe(
      'score table 2024: rankedAmong = 0 is not a whole number of units ≥ 1',
    );
    expect(rankedAmongProblem(published(rows, '34'))).toBe(
      'score table 2024: rankedAmong = "34" is not a whole number of units ≥ 1',
    );
    const pillar = published(rows, 31);
    (pillar.units[0] as ScoreTable['units'][number]).nodes = { kts: { value: null, rank: 33 } };
    expect(rankedAmongProblem(pillar)).toBe(
      'score table 2024: rankedAmong = 31 is below the rank 33 of Huế on kts (units[0].nodes.kts.rank)',
    );
  });

  it('is the field of a series period without one of its own, and a wrong one is refused', () => {
    const series = scoreSeries([{ period: '2024', table: published(rows, 34) }]);
    expect(series.units.map((u) => u.points[0]?.rankedAmong)).toEqual([34, 34, null]);
    expect(() => scoreSeries([{ period: '2024', table: published(rows, 20) }])).toThrow(
      'scoreSeries: period 2024: score table 2024: rankedAmong = 20 is below the rank 31 of Gia Lai (units[1].rank)',
    );
  });
});

describe('score table: the tie rule', () => {
  // The hostile case: t1, t2 80 and t7 80.049, t3, t4 60 and t6 60.04 tie on
  // the published values (1 decimal); t5 40 is last.
  const values = [80, 80, 60, 60, 40, 60.04, 80.049];
  const data = { units: values.map((a, i) => ({ id: `t${i + 1}`, values: { a } })) };
  const fw = (extra: Parameters<typeof flatFramework>[1]) =>
    flatFramework([indicator('a', { method: { type: 'goalposts', min: 0, max: 100 } })], {
      scale: { min: 0, max: 100 },
      precision: 1,
      ...extra,
    });

  it.each([
    // Worked by hand: places 1–3 are the three 80s, 4–6 the three 60s, 7 the 40.
    ['competition', [1, 1, 4, 4, 7, 4, 1]],
    ['dense', [1, 1, 2, 2, 3, 2, 1]],
    // Ties broken by input order: t1, t2, t7 take 1, 2, 3; t3, t4, t6 take 4, 5, 6.
    ['ordinal', [1, 2, 4, 5, 7, 6, 3]],
    // The mean of places 1–3 is 2, of 4–6 is 5: whole numbers, as competition ranks could be.
    ['fractional', [2, 2, 5, 5, 7, 5, 2]],
  ] as const)('the JSON of a %s framework says so, beside its ranks', (ties, ranks) => {
    const json = JSON.parse(JSON.stringify(scoreTable(score(fw({ ties }), data)))) as ScoreTable;
    expect(json.framework.ties).toBe(ties);
    expect(json.units.map((u) => u.rank)).toEqual(ranks);
  });

  it('writes the default rule, competition, for a framework that states none', () => {
    const json = JSON.parse(JSON.stringify(scoreTable(score(fw({}), data)))) as ScoreTable;
    expect(json.framework.ties).toBe('competition');
    expect(json.units.map((u) => u.rank)).toEqual([1, 1, 4, 4, 7, 4, 1]);
  });
});
