import { describe, expect, it } from 'vitest';
import { prepareDataset, type ScoreResult, safeScore, score, validateDataset } from '../src/index.js';
import { flatFramework, indicator, plain } from './helpers.js';

// a: min-max; b: min-max, lower is better; c: goalposts 0–100. Equal weights, missing values skipped.
const framework = flatFramework(
  [
    indicator('a'),
    indicator('b', { direction: 'lower' }),
    indicator('c', { method: { type: 'goalposts', min: 0, max: 100 } }),
  ],
  { precision: 2 },
);

// By hand: a 10/20/50 → 0, 0.25, 1; b 5/–/3 (lower) → 0, –, 1; c 80/40/0 → 0.8, 0.4, 0.
// x = (0 + 0 + 0.8)/3 → 26.67; y = (0.25 + 0.4)/2 → 32.5; z = (1 + 1 + 0)/3 → 66.67.
const expected = { value: [26.67, 32.5, 66.67], rank: [3, 2, 1], coverage: [1, 2 / 3, 1] };

const rows = {
  units: [
    { id: 'x', name: 'Xã X', values: { a: 10, b: 5, c: 80 } },
    { id: 'y', name: 'Xã Y', values: { a: 20, b: null, c: 40 } },
    { id: 'z', name: 'Xã Z', values: { a: 50, b: 3, c: 0 } },
  ],
};

const table = (r: ScoreResult) => r.units.map((u) => [u.id, u.name, u.value, u.rank, u.coverage]);

describe('columnar input', () => {
  it('scores typed arrays and plain arrays to the hand-checked values, as the rows do', () => {
    const columnar = {
      ids: ['x', 'y', 'z'],
      names: ['Xã X', 'Xã Y', 'Xã Z'],
      columns: { a: Int32Array.of(10, 20, 50), b: Float64Array.of(5, Number.NaN, 3), c: [80, 40, 0] },
    };
    const byColumns = score(framework, columnar);
    expect(byColumns.units.map((u) => u.value)).toEqual(expected.value);
    expect(byColumns.units.map((u) => u.rank)).toEqual(expected.rank);
    expect(byColumns.units.map((u) => u.coverage)).toEqual(expected.coverage);
    expect(table(byColumns)).toEqual(table(score(framework, rows)));
  });

  it('reads null, undefined and NaN in a plain array as not reported, booleans as yes/no', () => {
    const fw = flatFramework([indicator('a'), indicator('ok', { method: { type: 'yesNo' } })]);
    const prepared = prepareDataset(fw, {
      ids: ['p', 'q', 'r', 's'],
      columns: { a: [1, null, undefined, Number.NaN], ok: [true, false, null, 1] },
    });
    expect(prepared.values.map((column) => plain(column))).toEqual([
      [1, null, null, null],
      [1, 0, null, 1],
    ]);
    expect(Array.from(prepared.reported)).toEqual([2, 1, 0, 1]);
  });

  it('uses a Float64Array column without copying it, and copies one a formula fills in', () => {
    const fw = flatFramework(
      [
        indicator('a'),
        indicator('share', { formula: { type: 'ratio', numerator: 'online', denominator: 'all', multiplier: 100 } }),
      ],
      {
        fields: [
          { id: 'online', label: { vi: 'Hồ sơ trực tuyến' } },
          { id: 'all', label: { vi: 'Tổng số hồ sơ' } },
        ],
      },
    );
    const a = Float64Array.of(1, 2);
    const share = Float64Array.of(Number.NaN, 70);
    const prepared = prepareDataset(fw, {
      ids: ['p', 'q'],
      columns: { a, share, online: [180, 1], all: [720, 1] },
    });
    expect(prepared.values[0]).toBe(a);
    // p's share comes from its fields (180 / 720 × 100); q's own 70 wins over its fields; the caller's array is untouched.
    expect(plain(prepared.values[1] as Float64Array)).toEqual([25, 70]);
    expect(plain(share)).toEqual([null, 70]);
  });

  it('names the unit, the indicator and the value of each bad value, with the messages of the row path', () => {
    const r = validateDataset(framework, {
      ids: ['x', 'y', 'z'],
      columns: { a: Float64Array.of(1, Number.POSITIVE_INFINITY, 3), b: [1, 'nhiều', 2], c: [1, 2, 3] },
    });
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.message, i.path])).toEqual([
      ['invalid-value', 'unit "y", indicator "a": value Infinity is not a finite number', ['columns', 'a', 1]],
      ['invalid-value', 'unit "y", indicator "b": value "nhiều" is not a number, yes/no or null', ['columns', 'b', 1]],
    ]);
    const rowsResult = validateDataset(framework, {
      units: [{ id: 'y', values: { a: Number.POSITIVE_INFINITY, b: 'nhiều' } }],
    });
    expect(rowsResult.success ? [] : rowsResult.issues.map((i) => i.message)).toEqual(
      r.success ? [] : r.issues.map((i) => i.message),
    );
  });

  it('refuses a value outside the method’s domain without writing into the caller’s column', () => {
    const fw = flatFramework([indicator('ok', { method: { type: 'yesNo' } })]);
    const ok = Float64Array.of(1, 2);
    const r = validateDataset(fw, { ids: ['p', 'q'], columns: { ok } });
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.message])).toEqual([
      ['value-out-of-domain', 'unit "q", indicator "ok": value 2 must be yes/no (1 or 0, true or false)'],
    ]);
    expect(Array.from(ok)).toEqual([1, 2]);
  });

  it('refuses duplicate ids, unknown columns, columns of the wrong length and misspelt keys', () => {
    const r = validateDataset(framework, {
      ids: ['x', 'y', 'x'],
      columns: { a: [1, 2, 3], b: [1, 2], zzz: [1, 2, 3] },
    });
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.message])).toEqual([
      ['duplicate-unit', 'unit "x" appears twice (rows 0 and 2)'],
      ['invalid-format', 'columns.b: has 2 entries for 3 unit ids'],
      ['unknown-indicator', 'column "zzz" is neither an indicator nor a field of framework "test"'],
    ]);
    const misspelt = validateDataset(framework, { ids: ['x'], peerGroup: ['a'], columns: { a: [1] } });
    expect(misspelt.success ? [] : misspelt.issues.map((i) => [i.code, i.message])).toEqual([
      ['invalid-format', '(root): unknown key "peerGroup" (misspelt?)'],
    ]);
    const badId = validateDataset(framework, { ids: ['x', ''], columns: { a: [1, 2] } });
    expect(badId.success ? [] : badId.issues.map((i) => i.message)).toEqual([
      'ids.1: expected a non-empty string (found "")',
    ]);
  });

  it('names ids met twice and ids that differ only in case, before or after their plain twin', () => {
    const r = validateDataset(framework, {
      ids: ['b', 'x-1', 'B', 'x-1', 'Đ', 'x-1', 'đ', 'c'],
      columns: { a: [1, 2, 3, 4, 5, 6, 7, 8] },
    });
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.detail, i.path.join('.'), i.unit])).toEqual([
      ['duplicate-unit', 'case', 'ids.2', 'B'],
      ['duplicate-unit', undefined, 'ids.3', 'x-1'],
      ['duplicate-unit', undefined, 'ids.5', 'x-1'],
      ['duplicate-unit', 'case', 'ids.6', 'đ'],
    ]);
    const after = validateDataset(framework, { ids: ['B', 'b', 'c', 'c'], columns: { a: [1, 2, 3, 4] } });
    expect(after.success ? [] : after.issues.map((i) => i.message)).toEqual([
      'unit ids "B" (row 0) and "b" (row 1) differ only in case: one unit written twice, or two units no reader can tell apart; write the id alike in both, or give one unit another id',
      'unit "c" appears twice (rows 2 and 3)',
    ]);
  });

  it('reads ids, names and column keys in NFC, as the rows are', () => {
    const nfd = 'Đa\u0300 Na\u0306\u0303ng';
    const prepared = prepareDataset(flatFramework([indicator('tỷ-lệ')]), {
      ids: [nfd],
      names: [nfd],
      columns: { ['ty\u0309-le\u0323\u0302']: [1] },
    });
    expect(prepared.units[0]).toMatchObject({ id: 'Đà Nẵng', name: 'Đà Nẵng' });
    expect(plain(prepared.values[0] as Float64Array)).toEqual([1]);
  });

  it('ranks within peer groups and leaves unranked units out, as the rows do', () => {
    const columnar = {
      ids: ['x', 'y', 'z'],
      peerGroups: ['xa', 'xa', 'phuong'],
      ranked: [true, false, null],
      columns: { a: [10, 20, 50], b: [5, null, 3], c: [80, 40, 0] },
    };
    const r = score(framework, columnar);
    expect(r.units.map((u) => [u.value, u.rank])).toEqual([
      [26.67, 1],
      [32.5, null],
      [66.67, 1],
    ]);
    const asRows = {
      units: rows.units.map((u, k) => ({ ...u, peerGroup: columnar.peerGroups[k], ...(k === 1 && { ranked: false }) })),
    };
    expect(r.units.map((u) => u.rank)).toEqual(score(framework, asRows).units.map((u) => u.rank));
  });

  it('says when no unit reported an indicator, as the rows do', () => {
    const r = safeScore(framework, { ids: ['x', 'y'], columns: { a: [1, 2], c: [3, 4] } });
    expect(r.success && r.warnings.map((w) => [w.code, w.indicator])).toEqual([['missing-column', 'b']]);
  });
});

describe('columns the data lacks', () => {
  it('are each their own: writing one prepared column leaves the others as they were', () => {
    // Two columns the data lacks once shared one all-NaN array: a value written into c showed up in b.
    const p = prepareDataset(framework, { ids: ['x', 'y'], names: ['X', 'Y'], columns: { a: [10, 20] } });
    expect(p.values[1]).not.toBe(p.values[2]);
    (p.values[2] as Float64Array)[0] = 80;
    expect(Array.from(p.values[1] as Float64Array)).toEqual([Number.NaN, Number.NaN]);
    // a 10/20 → 0, 1; b none (skipped); c only x: 80 → 0.8. x = (0 + 0.8)/2 → 40; y = 1/1 → 100.
    expect(score(framework, p).units.map((u) => [u.id, u.value])).toEqual([
      ['x', 40],
      ['y', 100],
    ]);
  });
});
