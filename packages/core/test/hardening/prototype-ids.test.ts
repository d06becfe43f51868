// Ids are user data: names of Object.prototype members are valid ids and must behave like any other.
import { describe, expect, it } from 'vitest';
import {
  compare,
  defineFramework,
  prepareDataset,
  rollUp,
  score,
  scoreTable,
  validateDataset,
} from '../../src/index.js';
import { analyseSensitivity } from '../../src/robustness.js';
import { flatFramework, goalposts, group, indicator, framework as testFramework } from '../helpers.js';

const PROTO_IDS = ['toString', 'constructor', 'valueOf', 'hasOwnProperty', '__proto__'] as const;
/** Read as a plain key, as any id is: `record[PROTO]`. */
const PROTO = '__proto__';

const framework = defineFramework(
  testFramework({
    id: 'prototype-names',
    label: 'Tên trùng thuộc tính của Object',
    precision: 1,
    fields: [
      { id: 'isPrototypeOf', label: { vi: 'Tử số' } },
      { id: 'toLocaleString', label: { vi: 'Mẫu số' } },
    ],
    root: group(
      'propertyIsEnumerable',
      [
        ...PROTO_IDS.map((id) => indicator(id, { method: goalposts(0, 100) })),
        indicator('__defineGetter__', {
          method: goalposts(0, 100),
          formula: { type: 'ratio', numerator: 'isPrototypeOf', denominator: 'toLocaleString', multiplier: 100 },
        }),
      ],
      { label: 'Chỉ số' },
    ),
  }),
);

// JSON.parse makes "__proto__" an own key, as a dataset read from a file has it.
const data = JSON.parse(`{ "units": [
  { "id": "a", "values": { "toString": 80, "constructor": 60, "valueOf": 40, "hasOwnProperty": 20,
                           "__proto__": 100, "isPrototypeOf": 1, "toLocaleString": 2 } },
  { "id": "b", "values": { "toString": null, "__proto__": null } },
  { "id": "c", "values": { "valueOf": 50 } }
] }`) as unknown;

describe('ids named like Object.prototype members', () => {
  it('validate with blank cells, and every value lands in its own column', () => {
    const r = validateDataset(framework, data);
    if (!r.success) throw new Error(r.issues.map((i) => i.message).join('\n'));
    // "b" left both its cells blank: named as a unit without data, by its own id.
    expect(r.warnings.map((w) => [w.code, w.detail, w.unit])).toEqual([['suspicious-value', 'no-data', 'b']]);
    const column = (id: string) => Array.from(r.data.values[r.data.indicatorIds.indexOf(id)] as Float64Array);
    expect(column('toString')).toEqual([80, Number.NaN, Number.NaN]);
    expect(column('__proto__')).toEqual([100, Number.NaN, Number.NaN]);
    expect(column('valueOf')).toEqual([40, Number.NaN, 50]);
    expect(column('__defineGetter__')).toEqual([50, Number.NaN, Number.NaN]);
    expect(Array.from(r.data.reported)).toEqual([6, 0, 1]);
  });

  it('score to the values worked out by hand', () => {
    const r = score(framework, data);
    // a: mean(80, 60, 40, 20, 100, 1/2 · 100) = 350 / 6 = 58.33 → 58.3; c: valueOf 50 alone (skip) → 50
    expect(r.units.map((u) => [u.id, u.value, u.rank, u.status])).toEqual([
      ['a', 58.3, 1, 'ranked'],
      ['b', null, null, 'unscored'],
      ['c', 50, 2, 'ranked'],
    ]);
    const explained = r.explain('a').children ?? [];
    const proto = explained.find((c) => c.id === '__proto__');
    expect(proto?.raw).toBe(100);
    expect(proto?.points).toBeCloseTo(100 / 6, 12);
    const toStringNode = explained.find((c) => c.id === 'toString');
    expect(toStringNode?.raw).toBe(80);
    expect(toStringNode?.points).toBeCloseTo(80 / 6, 12);
  });

  it('take weights keyed by them, and ignore prototype members absent from the weights', () => {
    // toString weighs 3, the other five 1: (3 · 80 + 60 + 40 + 20 + 100 + 50) / 8 = 63.75 → 63.8
    expect(score(framework, data, { weights: { toString: 3 } }).unit('a')?.value).toBe(63.8);
    expect(score(framework, data, { weights: { valueOf: 1 } }).unit('a')?.value).toBe(58.3);
    expect(JSON.parse('{"__proto__": 6}')).toHaveProperty('__proto__', 6);
    // __proto__ weighs 6: (80 + 60 + 40 + 20 + 6 · 100 + 50) / 11 = 850 / 11 = 77.27 → 77.3
    expect(score(framework, data, { weights: JSON.parse('{"__proto__": 6}') }).unit('a')?.value).toBe(77.3);
  });

  it('appear as own keys of the score table, which survives JSON', () => {
    const table = scoreTable(score(framework, data), { indicators: true });
    const nodes = (table.units[0] as (typeof table.units)[number]).nodes;
    expect(Object.hasOwn(nodes, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(nodes)).toBe(Object.prototype);
    expect(nodes[PROTO]).toEqual({ value: 100, rank: 1 });
    const back = JSON.parse(JSON.stringify(table)) as typeof table;
    expect(Object.keys(back.units[0]?.nodes ?? {})).toEqual(['propertyIsEnumerable', ...PROTO_IDS, '__defineGetter__']);
    expect(back.units[0]?.nodes.toString).toEqual({ value: 80, rank: 1 });
  });

  it('work as unit ids in the analyses, compare and roll-up', async () => {
    const units = JSON.parse(`{ "units": [
      { "id": "__proto__", "values": { "toString": 90 } },
      { "id": "constructor", "values": { "toString": 70 } }
    ] }`) as unknown;
    const prepared = prepareDataset(framework, units);
    const s = await analyseSensitivity(framework, prepared, { leaveOut: 'indicator', samples: 4 });
    expect(Object.keys(s.byUnit)).toEqual(['__proto__', 'constructor']);
    expect(Object.hasOwn(s.byUnit, '__proto__')).toBe(true);

    const changes = compare(
      [
        { id: '__proto__', value: 50, rank: 2 },
        { id: 'constructor', value: 60, rank: 1 },
      ],
      score(framework, units),
    );
    expect(changes.map((c) => [c.id, c.change, c.rankChange])).toEqual([
      ['__proto__', 40, 1],
      ['constructor', 10, -1],
    ]);

    const rolled = rollUp(
      [
        { id: 'x', values: JSON.parse('{"__proto__": 0.4, "toString": 0.2}') },
        { id: 'y', values: JSON.parse('{"__proto__": 0.8, "toString": 0.6}') },
        { id: 'z', values: JSON.parse('{"__proto__": 0.1, "toString": 0.3}') },
      ],
      JSON.parse('{"x": "__proto__", "y": "__proto__", "z": "valueOf"}'),
      { rankBy: 'toString', precision: 4 },
    );
    expect(rolled.units.map((u) => [u.id, Object.hasOwn(u.values, '__proto__'), u.values[PROTO], u.rank])).toEqual([
      ['__proto__', true, 0.6, 1],
      ['valueOf', true, 0.1, 2],
    ]);
    expect(rolled.units.map((u) => u.values.toString)).toEqual([0.4, 0.3]);
    // A key that no row has is unknown (null rank), not a prototype method.
    expect(rollUp([{ id: 'x', values: { a: 1 } }], { x: 'p' }, { rankBy: 'valueOf' }).units[0]?.rank).toBeNull();
  });
});

describe('values read from own properties only, on the fast path too', () => {
  it('an inherited value is not a reported value', () => {
    const fw = flatFramework([indicator('a', { method: { type: 'goalposts', min: 0, max: 100 } })]);
    const inherited = Object.create({ a: 90 }) as Record<string, number>;
    const r = validateDataset(fw, {
      units: [
        { id: 'u1', values: inherited },
        { id: 'u2', values: { a: 40 } },
      ],
    });
    expect(r.success && Array.from(r.data.values[0] as Float64Array)).toEqual([Number.NaN, 40]);
  });
});
