import { describe, expect, it, vi } from 'vitest';
import { addNormalised } from '../../src/aggregate/add-normalised.js';
import { aggregateGroups, scoreIndicators, scoreTree } from '../../src/aggregate/pipeline.js';
import { scoringSetup } from '../../src/engine/setup.js';
import { defineFramework, prepareDataset, score } from '../../src/index.js';
import { compile } from '../../src/plan/compile.js';
import { seededRandom } from '../../src/robustness.js';
import { col, flatFramework, goalposts, group, indicator, plain, framework as testFramework } from '../helpers.js';

// Counts how often an indicator's column of scores is built, keeping the real function.
const built = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/normalise/score-indicator.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/normalise/score-indicator.js')>();
  return {
    scoreIndicator: (...args: Parameters<typeof real.scoreIndicator>) => {
      built.count++;
      return real.scoreIndicator(...args);
    },
  };
});

const minMax = (id: string, rest = {}) => indicator(id, { method: { type: 'minMax' }, ...rest });
const posts = (id: string, rest = {}) => indicator(id, { method: { type: 'goalposts', min: 0, max: 100 }, ...rest });

describe('addNormalised: min-max and goalposts scores added straight into a group’s sums', () => {
  it('adds w × score and w where the unit has a value', () => {
    const acc = new Float64Array(4);
    const total = new Float64Array(4);
    // Min-max of 20, 50, 80: scores 0, 0.5, 1; the missing unit gets nothing.
    expect(addNormalised(minMax('a'), col(20, 50, 80, null), 2, acc, total)).toBe(true);
    expect(plain(acc)).toEqual([0, 1, 2, 0]);
    expect(plain(total)).toEqual([2, 2, 2, 0]);
    // Lower is better: 1, 0.5, 0, added on top.
    expect(addNormalised(minMax('b', { direction: 'lower' }), col(20, 50, 80, null), 1, acc, total)).toBe(true);
    expect(plain(acc)).toEqual([1, 1.5, 2, 0]);
    expect(plain(total)).toEqual([3, 3, 3, 0]);
  });

  it('caps goalposts at 0 and 1, gives the middle of the range to a constant column, skips the rest', () => {
    const acc = new Float64Array(3);
    const total = new Float64Array(3);
    expect(addNormalised(posts('a'), col(-10, 50, 120), 4, acc, total)).toBe(true);
    expect(plain(acc)).toEqual([0, 2, 4]);
    const flat = new Float64Array(3);
    const flatTotal = new Float64Array(3);
    expect(
      addNormalised(
        minMax('c', { method: { type: 'minMax', range: [0.2, 0.6] } }),
        col(7, 7, null),
        2,
        flat,
        flatTotal,
      ),
    ).toBe(true);
    expect(plain(flat)).toEqual([0.8, 0.8, 0]);
    expect(plain(flatTotal)).toEqual([2, 2, 0]);
    // Other methods and log transforms build their column: nothing touched.
    expect(addNormalised(indicator('z', { method: { type: 'zScore' } }), col(1, 2, 3), 1, flat, flatTotal)).toBe(false);
    expect(addNormalised(minMax('l', { transform: 'log' }), col(1, 2, 3), 1, flat, flatTotal)).toBe(false);
    expect(plain(flat)).toEqual([0.8, 0.8, 0]);
  });
});

describe('score builds one column per group, an indicator’s column only when asked for', () => {
  const framework = flatFramework(
    [group('p1', [minMax('a'), posts('b', { direction: 'lower' })]), group('p2', [minMax('c'), posts('d')])],
    { precision: 2 },
  );
  const data = prepareDataset(framework, {
    units: [
      { id: 'x', values: { a: 10, b: 20, c: 5, d: 50 } },
      { id: 'y', values: { a: 30, b: 80, c: 15, d: null } },
    ],
  });

  it('scores four min-max and goalposts indicators without building their columns', () => {
    built.count = 0;
    const result = score(framework, data);
    expect(built.count).toBe(0);
    // x: p1 = (0 + 0.8) / 2 = 0.4, p2 = (0 + 0.5) / 2 = 0.25 → 32.5; y: p1 = (1 + 0.2) / 2 = 0.6, p2 = 1 → 80.
    expect(result.units.map((u) => [u.id, u.value, u.rank])).toEqual([
      ['x', 32.5, 2],
      ['y', 80, 1],
    ]);
    expect(built.count).toBe(0);
    expect(plain(result.scores('b'))).toEqual([0.8, 0.2]);
    expect(built.count).toBe(1);
    expect(result.scores('b')).toBe(result.scores('b'));
    expect(built.count).toBe(1);
    // An explanation reads every indicator: the three others are built once, then kept.
    const explained = result.explain('y');
    expect(explained.children?.map((p) => p.children?.map((c) => [c.id, c.score]))).toEqual([
      [
        ['a', 1],
        ['b', 0.2],
      ],
      [
        ['c', 1],
        ['d', null],
      ],
    ]);
    expect(built.count).toBe(4);
    result.explain('x');
    expect(built.count).toBe(4);
  });

  it('scores a unit the zero policy gives 0 without building the indicator’s column', () => {
    const zeroed = flatFramework([minMax('a'), posts('b', { missing: { type: 'zero' } })], { precision: 2 });
    const missing = prepareDataset(zeroed, {
      units: [
        { id: 'x', values: { a: 10, b: 40 } },
        { id: 'y', values: { a: 30, b: null } },
        { id: 'z', values: { a: 20, b: 90 } },
      ],
    });
    built.count = 0;
    const result = score(zeroed, missing);
    // a: 0, 1, 0.5; b: 0.4, 0 (missing, scored 0), 0.9 → x (0 + 0.4) / 2 = 0.2, y 0.5, z 0.7.
    expect(result.units.map((u) => [u.id, u.value, u.rank])).toEqual([
      ['x', 20, 3],
      ['y', 50, 2],
      ['z', 70, 1],
    ]);
    expect(built.count).toBe(0);
    expect(plain(result.scores('b'))).toEqual([0.4, 0, 0.9]);
    expect(built.count).toBe(1);
  });

  it('builds a league-table row once, whether read by id or in the list', () => {
    const result = score(framework, data);
    const y = result.unit('y');
    expect(y?.value).toBe(80);
    expect(result.units[1]).toBe(y);
    expect(result.unit('y')).toBe(y);
    expect(result.units).toBe(result.units);
  });

  it('gives a row by position without keeping it, the same row the list gives', () => {
    const result = score(framework, data);
    expect(result.unitCount).toBe(2);
    const y = result.unitAt(1);
    expect(y.id).toBe('y');
    expect(y.value).toBe(80);
    // Not kept: the next call builds it again, equal but not the same object.
    expect(result.unitAt(1)).not.toBe(y);
    expect(result.unitAt(1)).toEqual(y);
    expect(result.units[1]).toEqual(y);
    // Once the list is built, its rows are the ones given.
    expect(result.unitAt(1)).toBe(result.units[1]);
    expect(() => result.unitAt(2)).toThrow('no unit at position 2 (the result has 2)');
    expect(() => result.unitAt(-1)).toThrow(RangeError);
  });
});

describe('scoreTree gives the very numbers of scoring column by column', () => {
  // Every path: fused min-max (both directions, a range, a constant and an unreported column) and
  // goalposts (capped), other methods, a log transform, the zero policy, a geometric mean, a sum.
  const framework = flatFramework(
    [
      group(
        'linear',
        [
          minMax('mm'),
          minMax('mm-low', { direction: 'lower', weight: 3 }),
          minMax('mm-range', { method: { type: 'minMax', range: [0.1, 0.9] } }),
          minMax('flat'),
          minMax('nobody'),
          posts('gp', { weight: 0.5 }),
          posts('gp-low', { direction: 'lower' }),
          indicator('z', { method: { type: 'zScore' } }),
          minMax('log', { transform: 'log1p' }),
          posts('zeroed', { missing: { type: 'zero' } }),
          minMax('mean', { missing: { type: 'mean' } }),
        ],
        { points: 400 },
      ),
      group('geometric', [minMax('g1'), posts('g2')], {
        aggregation: { type: 'geometric', shift: 0.01 },
        points: 200,
      }),
      group('nested', [group('inner', [minMax('n1'), posts('n2')]), group('inner2', [minMax('n3')])], { points: 250 }),
      posts('top', { points: 150 }),
    ],
    { root: group('index', [], { label: 'Chỉ số', aggregation: { type: 'sum' } }) },
  );
  const random = seededRandom(13);
  const ids = ['mm', 'mm-low', 'mm-range', 'gp', 'gp-low', 'z', 'zeroed', 'mean', 'g1', 'g2', 'n1', 'n2', 'n3', 'top'];
  const units = Array.from({ length: 300 }, (_, u) => ({
    id: `u${u}`,
    values: {
      ...Object.fromEntries(ids.map((id) => [id, random() < 0.1 ? null : Math.round(random() * 1300 - 100) / 10])),
      flat: 42,
      log: random() < 0.1 ? null : Math.round(random() * 1000) / 10,
    },
  }));
  const data = prepareDataset(framework, { units });

  it('same scores on every node and same available weights, bit for bit', () => {
    const plan = compile(framework);
    const setup = scoringSetup(framework, data);
    const reference = scoreIndicators(plan, data);
    const available = aggregateGroups(plan, reference.nodeScores, setup.scored);
    const tree = scoreTree(plan, data, undefined, setup.scored);
    let compared = 0;
    plan.nodes.forEach((node, k) => {
      const want = reference.nodeScores[k] as Float64Array;
      const got = tree.column(k);
      for (let u = 0; u < want.length; u++) expect(Object.is(got[u], want[u]), `${node.id} u${u}`).toBe(true);
      compared += want.length;
    });
    expect(compared).toBe(plan.nodes.length * 300);
    for (const [k, totals] of available) expect(tree.available.get(k)).toEqual(totals);
    // Not vacuous: the data gives scores, misses, caps and zeros.
    const root = tree.column(0);
    expect(root.every((s) => s > 0 && s < 1)).toBe(true);
    expect(plain(tree.column(plan.nodeById.get('nobody') as number)).every((s) => s === null)).toBe(true);
    expect(tree.column(plan.nodeById.get('zeroed') as number).includes(0)).toBe(true);
  });
});

describe('a score result serialised', () => {
  it('JSON.stringify keeps the rows, as when units was a plain field', () => {
    const framework = defineFramework(
      testFramework({
        id: 'json',
        label: 'J',
        precision: 1,
        root: group('root', [indicator('a', { label: 'A', points: 100, method: goalposts(0, 10) })], {
          label: 'R',
          points: 100,
        }),
      }),
    );
    const result = score(framework, {
      units: [
        { id: 'x', name: 'X', values: { a: 2.5 } },
        { id: 'y', name: 'Y', values: { a: 10 } },
      ],
    });
    const json = JSON.parse(JSON.stringify(result));
    // No period in the dataset: JSON leaves the undefined field out.
    expect(Object.keys(json)).toEqual(['framework', 'nodes', 'units']);
    expect(json.units.map((u: { id: string; value: number; rank: number }) => [u.id, u.value, u.rank])).toEqual([
      ['x', 25, 2],
      ['y', 100, 1],
    ]);
  });
});
