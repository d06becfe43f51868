import type { ScoreTable } from '@dti-kit/core';
import { scoreTableOf, tableNode, tableUnit } from '@dti-kit/testing';
import { describe, expect, it } from 'vitest';
import { rankRuns } from '../src/league-table/parent-rank.js';
import { ranksWithin } from '../src/league-table/ranks-within.js';
import { tableModel, visibleRows } from '../src/league-table/view-model.js';
import * as fast from '../src/shared/sort-order.js';
import * as plain from '../src/shared/sorts.js';
import { ascendingOrder, loadLargeTable } from '../src/shared/sorts.js';

const list = (order: Int32Array) => [...order];

// The same orders from the plain sorts (a table of up to 5,000 units) and a large table's (sort-order.ts).
function describeOrders(name: string, { ascendingOrder, reversedOrder, firstInOrder }: typeof fast): void {
  describe(`${name}: ascendingOrder`, () => {
    it('sorts scores with one decimal, equal scores in the rows’ order, missing last', () => {
      const keys = Float64Array.of(62.5, Number.NaN, 70.1, 62.5, 0.3, 70.1, -4.2);
      expect(list(ascendingOrder(keys))).toEqual([6, 4, 0, 3, 2, 5, 1]);
    });

    it('keeps keys that already ascend in place, and sorts a missing value met before the end', () => {
      // A table listed in rank order: ties and missing ranks at the end stay as they are.
      expect(list(ascendingOrder(Float64Array.of(1, 2, 2, 4, Number.NaN, Number.NaN)))).toEqual([0, 1, 2, 3, 4, 5]);
      expect(list(ascendingOrder(Float64Array.of(1, Number.NaN, 2)))).toEqual([0, 2, 1]);
      expect(list(ascendingOrder(['a', 'b', 'b', 'c']))).toEqual([0, 1, 2, 3]);
      expect(list(ascendingOrder(['b', 'a']))).toEqual([1, 0]);
    });

    it('sorts keys with more than three decimals too (by each key’s place among the sorted keys)', () => {
      const keys = Float64Array.of(Math.PI, Math.E, Number.NaN, Math.PI, 1 / 3);
      expect(list(ascendingOrder(keys))).toEqual([4, 1, 0, 3, 2]);
    });

    it('sorts strings in code-unit order, equal strings in the rows’ order', () => {
      expect(list(ascendingOrder(['b', 'a', 'c', 'a', 'B']))).toEqual([4, 1, 3, 0, 2]);
    });

    it('keeps every row when no key is a number (all missing): the rows in their own order', () => {
      // Before the fix: the packing bounds stayed at ±2^53, every packed key lost its row and all five
      // positions came out as one row.
      const keys = Float64Array.of(Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN);
      expect(list(ascendingOrder(keys))).toEqual([0, 1, 2, 3, 4]);
      expect(list(reversedOrder(ascendingOrder(keys), keys))).toEqual([0, 1, 2, 3, 4]);
    });

    it('sorts a single number among missing values first, the missing ones after it in order', () => {
      expect(list(ascendingOrder(Float64Array.of(Number.NaN, Number.NaN, 7.5, Number.NaN)))).toEqual([2, 0, 1, 3]);
    });

    it('sorts keys too far apart to pack as whole numbers (2^52 and 0.5) by place', () => {
      expect(list(ascendingOrder(Float64Array.of(2 ** 52, 0.5, -(2 ** 52))))).toEqual([2, 1, 0]);
    });
  });

  describe(`${name}: reversedOrder`, () => {
    it('reverses runs of equal keys, each run in the rows’ order, missing values still last', () => {
      const keys = Float64Array.of(62.5, Number.NaN, 70.1, 62.5, 0.3, 70.1, Number.NaN);
      const up = ascendingOrder(keys);
      expect(list(up)).toEqual([4, 0, 3, 2, 5, 1, 6]);
      expect(list(reversedOrder(up, keys))).toEqual([2, 5, 0, 3, 4, 1, 6]);
    });

    it('reverses names, equal names in the rows’ order', () => {
      const keys = ['b', 'a', 'b', 'c'];
      expect(list(reversedOrder(ascendingOrder(keys), keys))).toEqual([3, 0, 2, 1]);
    });
  });

  describe(`${name}: firstInOrder`, () => {
    // Ascending: 1 (rows 2, 6), 2 (row 4), 3 (rows 0, 3), missing (rows 1, 5). Descending: 3, 2, 1, then
    // the missing values; equal keys keep the rows' order both ways.
    const keys = Float64Array.of(3, Number.NaN, 1, 3, 2, Number.NaN, 1);

    it('picks the first rows of the ascending order, ties in the rows’ order', () => {
      expect(list(firstInOrder(keys, false, 4))).toEqual([2, 6, 4, 0]);
      expect(list(firstInOrder(keys, false, 4))).toEqual(list(ascendingOrder(keys).subarray(0, 4)));
    });

    it('picks the first rows of the descending order, missing values last, and all rows when asked for more', () => {
      expect(list(firstInOrder(keys, true, 5))).toEqual([0, 3, 4, 2, 6]);
      expect(list(firstInOrder(keys, true, 10))).toEqual([0, 3, 4, 2, 6, 1, 5]);
      expect(list(firstInOrder(keys, true, 10))).toEqual(list(reversedOrder(ascendingOrder(keys), keys)));
      expect(list(firstInOrder(keys, true, 0))).toEqual([]);
    });

    it('agrees with the whole order on rows listed in the opposite order, three to a key, every tenth missing', () => {
      const many = Float64Array.from({ length: 300 }, (_, i) =>
        i % 10 === 9 ? Number.NaN : Math.floor((300 - i) / 3),
      );
      const up = ascendingOrder(many);
      expect(list(firstInOrder(many, false, 40))).toEqual(list(up.subarray(0, 40)));
      expect(list(firstInOrder(many, true, 40))).toEqual(list(reversedOrder(up, many).subarray(0, 40)));
      // Key 0 is row 298's alone (row 299 is missing); key 1 is rows 295, 296 and 297's, in that order.
      expect(list(firstInOrder(many, false, 3))).toEqual([298, 295, 296]);
    });

    it('picks names by their collation keys the same way', () => {
      expect(list(firstInOrder(['b', 'a', 'b', 'a'], false, 3))).toEqual([1, 3, 0]);
      expect(list(firstInOrder(['b', 'a', 'b', 'a'], true, 3))).toEqual([0, 2, 1]);
    });
  });
}

describeOrders('plain sorts', plain);
describeOrders('a large table’s sorts', fast);

describe('ranksWithin and rankRuns', () => {
  it('ranks national ranks within each parent by the tie rule', () => {
    const ranks = [407, 12, 407, 547, null, 30];
    const parents = ['Hà Nội', 'Bến Tre', 'Hà Nội', 'Hà Nội', 'Hà Nội', 'Bến Tre'];
    const groups = ['', '', '', '', '', ''];
    const competition = ranksWithin(ranks, parents, groups, 'competition');
    expect([...competition.within]).toEqual([1, 1, 1, 3, Number.NaN, 2]);
    expect([...competition.tied]).toEqual([1, 0, 1, 0, 0, 0]);
    expect([...ranksWithin(ranks, parents, groups, 'dense').within]).toEqual([1, 1, 1, 2, Number.NaN, 2]);
  });

  it('reads the tie rule of ranks: dense when a shared rank is followed by the next number', () => {
    const rule = (ranks: number[]) => {
      const keys = Float64Array.from(ranks);
      return rankRuns(keys, ascendingOrder(keys), 10, 'competition').rule;
    };
    expect(rule([1, 2, 2, 3])).toBe('dense');
    expect(rule([1, 2, 2, 4])).toBe('competition');
    // 2, 2 in one group (keys 12, 12) and 3 in the next (key 23): not the next number of that group.
    expect(rule([11, 12, 12, 23])).toBe('competition');
  });
});

describe('a table model prepared in slices', () => {
  const n = 1200;
  const table: ScoreTable = scoreTableOf(
    Array.from({ length: n }, (_, k) =>
      tableUnit(`u${k}`, k % 2 ? `Xã Vĩnh ${k}` : `Phường Đông ${k}`, {
        value: 100 - Math.floor(k / 2) / 10,
        rank: 1 + 2 * Math.floor(k / 2),
      }),
    ),
    { framework: { id: 'x' }, nodes: [tableNode('root', null, 100, 'Chỉ số')] },
  );

  it('does a slice per call while time is left, then reports done; the search and sorts agree', () => {
    const model = tableModel(table);
    let calls = 0;
    // Three checks of the clock per call: a few hundred names folded, then it yields.
    const slices = () => {
      let left = 3;
      return () => left-- > 0;
    };
    while (!model.prepare(slices())) calls++;
    // 1,200 names folded, then keyed, 500 at a time (3 slices each), then the orders: three calls.
    expect(calls).toBe(2);
    const view = { sort: 'name' as const, direction: 'ascending' as const, query: 'vinh 119', parent: '', tier: '' };
    // "Xã Vĩnh 119" before "Xã Vĩnh 1191": a word before the longer word it begins.
    expect(visibleRows(model, view).map((r) => r.unit.id)).toEqual([
      'u119',
      'u1191',
      'u1193',
      'u1195',
      'u1197',
      'u1199',
    ]);
    // Units 0 and 1 share rank 1: tied, and 'competition' (the next rank is 3).
    expect(model.rows[0]?.tied).toBe(true);
    expect(model.ties).toBe('competition');
    const down = visibleRows(model, { ...view, query: '', sort: 'value', direction: 'descending' });
    expect(down.slice(0, 4).map((r) => r.unit.id)).toEqual(['u0', 'u1', 'u2', 'u3']);
    const up = visibleRows(model, { ...view, query: '', sort: 'value', direction: 'ascending' });
    expect(up.slice(0, 4).map((r) => r.unit.id)).toEqual(['u1198', 'u1199', 'u1196', 'u1197']);
  });
});

describe('a large table’s sorts', () => {
  // Over 2,000 units since the what-if weights re-rank the 3,321 communes on every move (was over 5,000).
  it('load with a table of over 2,000 units, and give the orders the plain sorts gave', async () => {
    const keys = Float64Array.from({ length: 5001 }, (_, i) => (i % 7 === 3 ? Number.NaN : (i * 37) % 101));
    const before = plain.ascendingOrder(keys);
    const down = plain.reversedOrder(before, keys);
    expect(loadLargeTable(Array.from({ length: 2000 }))).toBe(undefined);
    await loadLargeTable(Array.from({ length: 2001 }));
    expect(list(plain.ascendingOrder(keys))).toEqual(list(before));
    expect(list(plain.reversedOrder(before, keys))).toEqual(list(down));
    expect(list(plain.firstInOrder(keys, true, 3))).toEqual(list(down.subarray(0, 3)));
    // Key 0 is rows 0, 202, 303, … (row 101 is missing: 101 = 14 × 7 + 3); the missing rows last, 4994 the last of them.
    expect(list(before.subarray(0, 2))).toEqual([0, 202]);
    expect(before[5000]).toBe(4994);
  });
});
