import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/index.js';
import { flatFramework, indicator } from '../helpers.js';

// Four % columns: two tallied as rows are read (min-max; goalposts worth no points), one with a domain
// of its own (target: values ≥ 0), one computed by a formula; and a plain number column.
const framework = flatFramework(
  [
    indicator('a', { unit: '%', method: { type: 'minMax' } }),
    indicator('b', { unit: '%', method: { type: 'goalposts', min: 0, max: 100 }, points: 0 }),
    indicator('t', { unit: '%', method: { type: 'target' }, target: 80 }),
    indicator('r', {
      unit: '%',
      method: { type: 'minMax' },
      formula: { type: 'ratio', numerator: 'x', denominator: 'y' },
    }),
    indicator('n', { method: { type: 'minMax' } }),
  ],
  {
    fields: [
      { id: 'x', label: { vi: 'Số hồ sơ trực tuyến' } },
      { id: 'y', label: { vi: 'Tổng số hồ sơ' } },
    ],
  },
);

/** Rows whose values objects are not plain, which the reader reads key by key, with no tally. */
const keyByKey = (units: { id: string; values: Record<string, unknown> }[]) =>
  units.map((u) => ({ ...u, values: Object.assign(Object.create({ inherited: 1 }), u.values) }));

/** What a result says, with columns as arrays (NaN written out) and without the framework. */
const shown = (r: unknown) =>
  JSON.parse(
    JSON.stringify(r, (k, v) =>
      v instanceof Map
        ? [...v]
        : ArrayBuffer.isView(v)
          ? Array.from(v as Float64Array, (x) => (Number.isNaN(x) ? 'NaN' : x))
          : k === 'framework'
            ? undefined
            : v,
    ),
  );

describe('% columns tallied while rows are read', () => {
  it('names fractions among percentages and counts coverage as a pass over each column does', () => {
    const units = [
      { id: 'u1', values: { a: 0.5, b: 90, n: 3 } },
      { id: 'u2', values: { a: 90, b: 0.25, n: 4 } },
      { id: 'u3', values: { a: 80, b: null } },
    ];
    const r = validateDataset(framework, { units });
    expect(r.success && r.warnings.map((w) => `${w.unit ?? '-'} ${w.indicator} ${w.detail}`)).toEqual([
      'u1 a fraction-among-percentages',
      'u2 b fraction-among-percentages',
      // No unit gave t, nor the fields r is computed from.
      '- t no-values',
      '- r no-values',
    ]);
    // b is worth no points: u1 and u2 count a and n, u3 counts a.
    expect(r.success && Array.from(r.data.reported)).toEqual([2, 2, 1]);
    expect(shown(validateDataset(framework, { units: keyByKey(units) }))).toEqual(shown(r));
  });

  it('names the first 20 fractions of a column and counts the rest, as a pass over the column does', () => {
    const units = Array.from({ length: 30 }, (_, u) => ({ id: `u${u}`, values: { a: u < 25 ? 0.5 : 90 } }));
    const r = validateDataset(framework, { units });
    const fractions = r.success ? r.warnings.filter((w) => w.indicator === 'a') : [];
    expect(fractions.map((w) => w.unit ?? w.value)).toEqual([...units.slice(0, 20).map((u) => u.id), 5]);
    expect(shown(validateDataset(framework, { units: keyByKey(units) }))).toEqual(shown(r));
  });

  it('gives what reading every unit key by key gives, on columns of fractions, percentages and slips', () => {
    const value = fc.oneof(
      fc.constantFrom(0, 1, 100, 0.5, 0.978, 1e-9, 99.99, -1, 2528, 100.5, null),
      fc.integer({ min: 0, max: 1000 }).map((k) => k / 10),
    );
    const row = fc.record(
      { a: value, b: value, t: value, n: value, x: value, y: fc.constantFrom(0, 2, 50) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const units = rows.map((values, u) => ({ id: `u${u}`, values: values as Record<string, unknown> }));
        expect(shown(validateDataset(framework, { units }))).toEqual(
          shown(validateDataset(framework, { units: keyByKey(units) })),
        );
      }),
      { numRuns: 300 },
    );
  });
});

/** The same values as columns: typed arrays (read in one pass that tallies), or plain arrays (read entry by entry). */
function columnsOf(rows: Record<string, unknown>[], typed: boolean) {
  const keys = ['a', 'b', 't', 'n', 'x', 'y'];
  const column = (k: string) => rows.map((r) => (typeof r[k] === 'number' ? (r[k] as number) : null));
  return {
    ids: rows.map((_, u) => `u${u}`),
    columns: Object.fromEntries(
      keys.map((k) => [k, typed ? Float64Array.from(column(k), (v) => v ?? Number.NaN) : column(k)]),
    ),
  };
}

describe('% columns tallied while typed columns are read', () => {
  it('names fractions among percentages and counts coverage as the rows do', () => {
    const rows = [{ a: 0.5, b: 90, n: 3 }, { a: 90, b: 0.25, n: 4 }, { a: 80 }];
    const r = validateDataset(framework, columnsOf(rows, true));
    expect(r.success && r.warnings.map((w) => `${w.unit ?? '-'} ${w.indicator} ${w.detail}`)).toEqual([
      'u0 a fraction-among-percentages',
      'u1 b fraction-among-percentages',
      '- t no-values',
      '- r no-values',
    ]);
    // b is worth no points: u0 and u1 count a and n, u2 counts a.
    expect(r.success && Array.from(r.data.reported)).toEqual([2, 2, 1]);
  });

  it('says a value outside 0–100 and a column of fractions, as plain arrays do', () => {
    const rows = [
      { a: 2528, b: 0.5 },
      { a: 50, b: 0.25 },
    ];
    const r = validateDataset(framework, columnsOf(rows, true));
    expect(r.success && r.warnings.map((w) => `${w.unit ?? '-'} ${w.indicator} ${w.detail} ${w.value}`)).toEqual([
      // 2528 is most likely 25.28 written without its decimal comma.
      'u0 a moves-scale 2528',
      '- b fractions 0.5',
      // The warning's value is the indicator's Vietnamese label, here its id.
      '- t no-values t',
      '- r no-values r',
      '- n no-values n',
    ]);
    expect(r.success && Array.from(r.data.reported)).toEqual([1, 1]);
    expect(shown(r)).toEqual(shown(validateDataset(framework, columnsOf(rows, false))));
  });

  it('gives what plain arrays read entry by entry give, on columns of fractions, percentages and slips', () => {
    const value = fc.oneof(
      fc.constantFrom(0, 1, 100, 0.5, 0.978, 1e-9, 99.99, -1, 2528, 100.5, null),
      fc.integer({ min: 0, max: 1000 }).map((k) => k / 10),
    );
    const row = fc.record(
      { a: value, b: value, t: value, n: value, x: value, y: fc.constantFrom(0, 2, 50) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const typed = shown(validateDataset(framework, columnsOf(rows, true)));
        expect(typed).toEqual(shown(validateDataset(framework, columnsOf(rows, false))));
      }),
      { numRuns: 300 },
    );
  });
});
