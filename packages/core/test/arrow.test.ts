import { readFileSync } from 'node:fs';
import { DateDay, Float64, Int64, Table, tableFromArrays, tableFromIPC, Utf8, vectorFromArray } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { DtiError, DtiValidationError, fromArrow, prepareDataset, score } from '../src/index.js';
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
const units = { id: 'ma_xa', name: 'ten_xa', parent: 'ma_tinh' } as const;

describe('fromArrow', () => {
  it('scores the IPC file apache-arrow wrote, nulls read from the validity bitmap as not reported', () => {
    const table = tableFromIPC(readFileSync(new URL('./fixtures/arrow/communes.arrow', import.meta.url)));
    const r = score(framework, fromArrow(table, units));
    // By hand: a 10/20/50/– → 0, 0.25, 1, –; b 5/–/3/4 (lower, 3–5) → 0, –, 1, 0.5; c → 0.8, 0.4, 0, 1.
    // (0 + 0 + 0.8)/3 → 26.67; (0.25 + 0.4)/2 → 32.5; (1 + 1 + 0)/3 → 66.67; (0.5 + 1)/2 → 75.
    expect(r.units.map((u) => [u.id, u.name, u.parent, u.value, u.rank])).toEqual([
      ['00004', 'Phường Ba Đình', '01', 26.67, 4],
      ['00007', 'Phường Ngọc Hà', '01', 32.5, 3],
      ['00010', 'Phường Giảng Võ', '01', 66.67, 2],
      ['00013', 'Xã Sơn Đà', '01', 75, 1],
    ]);
    expect(r.units.map((u) => u.coverage)).toEqual([1, 2 / 3, 1, 2 / 3]);
  });

  it('gives the same result as the same data in rows', () => {
    const table = tableFromArrays({
      ma_xa: ['x', 'y', 'z'],
      a: Float64Array.of(10, 20, 50),
      b: Int32Array.of(5, 4, 3),
      c: Float32Array.of(80, 40, 0),
    });
    const rows = {
      units: [
        { id: 'x', values: { a: 10, b: 5, c: 80 } },
        { id: 'y', values: { a: 20, b: 4, c: 40 } },
        { id: 'z', values: { a: 50, b: 3, c: 0 } },
      ],
    };
    const pick = (r: ReturnType<typeof score>) => r.units.map((u) => [u.id, u.value, u.rank]);
    expect(pick(score(framework, fromArrow(table, { id: 'ma_xa' })))).toEqual(pick(score(framework, rows)));
  });

  it('uses a column of doubles without nulls as it is, without a copy', () => {
    const table = tableFromArrays({ ma_xa: ['x', 'y'], a: Float64Array.of(1, 2), b: [1, 2], c: [3, 4] });
    const data = prepareDataset(framework, fromArrow(table, { id: 'ma_xa' }));
    const arrow = table.getChild('a')?.toArray() as Float64Array;
    expect((data.values[0] as Float64Array).buffer).toBe(arrow.buffer);
    expect((data.values[0] as Float64Array).byteOffset).toBe(arrow.byteOffset);
  });

  it('reads sliced and chunked columns at the right offsets, nulls included', () => {
    const part = (ids: string[], a: (number | null)[]) =>
      new Table({ ma_xa: vectorFromArray(ids, new Utf8()), a: vectorFromArray(a, new Float64()) });
    const chunked = part(['p', 'q', 'r'], [1, null, 3]).concat(part(['s', 't'], [null, 5]));
    const fw = flatFramework([indicator('a')]);
    expect(chunked.getChild('a')?.data).toHaveLength(2);
    expect(plain(prepareDataset(fw, fromArrow(chunked, { id: 'ma_xa' })).values[0] as Float64Array)).toEqual([
      1,
      null,
      3,
      null,
      5,
    ]);
    const sliced = chunked.slice(1, 4);
    const data = prepareDataset(fw, fromArrow(sliced, { id: 'ma_xa' }));
    expect(data.units.map((u) => u.id)).toEqual(['q', 'r', 's']);
    expect(plain(data.values[0] as Float64Array)).toEqual([null, 3, null]);
  });

  it('names the unit, the indicator and the value where a text column stands for numbers', () => {
    const table = tableFromArrays({ ma_xa: ['x', 'y'], a: ['12', 'nhiều'], b: [1, 2], c: [3, 4] });
    const run = () => score(framework, fromArrow(table, { id: 'ma_xa' }));
    expect(run).toThrow(DtiValidationError);
    expect(() => run()).toThrow(/unit "y", indicator "a": value "nhiều" is not a number, yes\/no or null/);
    try {
      run();
    } catch (e) {
      expect((e as DtiValidationError).issues.map((i) => [i.unit, i.indicator, i.value])).toEqual([
        ['x', 'a', '12'],
        ['y', 'a', 'nhiều'],
      ]);
    }
  });

  it('widens 64-bit integers and refuses one a double cannot hold exactly', () => {
    const fw = flatFramework([indicator('a')]);
    const ok = new Table({ id: vectorFromArray(['x', 'y']), a: vectorFromArray([7n, null], new Int64()) });
    expect(plain(prepareDataset(fw, fromArrow(ok, { id: 'id' })).values[0] as Float64Array)).toEqual([7, null]);
    const big = new Table({ id: vectorFromArray(['x']), a: vectorFromArray([2n ** 53n + 1n], new Int64()) });
    expect(() => fromArrow(big, { id: 'id' })).toThrow(
      'Arrow column "a", row 0: the integer 9007199254740993 is beyond what a double holds exactly (±2^53)',
    );
  });

  it('refuses types that are neither numbers nor text, and a column it is told to read that is not there', () => {
    const dated = new Table({ id: vectorFromArray(['x']), a: vectorFromArray([new Date(0)], new DateDay()) });
    expect(() => fromArrow(dated, { id: 'id' })).toThrow(
      'Arrow column "a" is of type Date32<DAY>: scores need numbers; cast it to DOUBLE before export',
    );
    const table = tableFromArrays({ id: ['x'], a: [1] });
    let error: unknown;
    try {
      fromArrow(table, { id: 'id', name: 'ten_xa' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DtiError);
    expect((error as DtiError).code).toBe('missing-column');
    expect((error as DtiError).message).toBe('the Arrow table has no column "ten_xa" (its columns: "id", "a")');
  });

  it('reads integer ids as decimal text and maps columns to indicator ids when told to', () => {
    const table = tableFromArrays({ code: Int32Array.of(4, 7), online: [100, 50] });
    const fw = flatFramework([indicator('online_share')]);
    const data = prepareDataset(fw, fromArrow(table, { id: 'code', columns: { online_share: 'online' } }));
    expect(data.units.map((u) => u.id)).toEqual(['4', '7']);
    expect(plain(data.values[0] as Float64Array)).toEqual([100, 50]);
  });

  it('decodes text columns whole: accents, empty and four-byte characters, nulls, slices', () => {
    const names = ['Phường Ba Đình', '', null, 'Xã 𠀋 Sơn Đà', 'Hà Nội'];
    const table = new Table({
      id: vectorFromArray(['a', 'b', 'c', 'd', 'e'], new Utf8()),
      name: vectorFromArray(names, new Utf8()),
      x: vectorFromArray([1, 2, 3, 4, 5], new Float64()),
    });
    const fw = flatFramework([indicator('x')]);
    const read = (t: Table) => prepareDataset(fw, fromArrow(t, { id: 'id', name: 'name' })).units.map((u) => u.name);
    expect(read(table)).toEqual(['Phường Ba Đình', '', 'c', 'Xã 𠀋 Sơn Đà', 'Hà Nội']);
    expect(read(table.slice(2, 5))).toEqual(['c', 'Xã 𠀋 Sơn Đà', 'Hà Nội']);
  });
});
