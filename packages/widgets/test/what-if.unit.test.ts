import type { ScoreTable, ScoreTableUnit } from '@dti-kit/core';
import { scoreTableOf, tableNode, tableUnit, tiers } from '@dti-kit/testing';
import { describe, expect, it } from 'vitest';
import { weighable, whatIf } from '../src/shared/what-if.js';

const unit = (id: string, value: number, rank: number, pillars: Record<string, number | null>): ScoreTableUnit =>
  tableUnit(id, id, {
    value,
    rank,
    nodes: Object.fromEntries(Object.entries(pillars).map(([k, v]) => [k, { value: v, rank: null }])),
  });

/** Three units, two pillars of 50 points each: the index is the mean of the two. */
function twoPillars(): ScoreTable {
  return scoreTableOf(
    [unit('u1', 60, 3, { a: 80, b: 40 }), unit('u2', 70, 1, { a: 50, b: 90 }), unit('u3', 62.5, 2, { a: 65, b: 60 })],
    {
      framework: { id: 't', tiers: tiers({ tot: 65, tb: 0 }, { english: false, colours: false }) },
      nodes: [tableNode('idx', null, 100, 'Chỉ số'), tableNode('a', 'idx', 50, 'A'), tableNode('b', 'idx', 50, 'B')],
    },
  );
}

describe('whatIf', () => {
  it('re-ranks 3 units × 2 pillars at weights 0.7/0.3 as worked by hand', () => {
    // u1: 0.7·80 + 0.3·40 = 68.0; u2: 0.7·50 + 0.3·90 = 62.0; u3: 0.7·65 + 0.3·60 = 63.5.
    const t = whatIf(twoPillars(), { a: 70, b: 30 });
    expect(t.units.map((u) => [u.id, u.value, u.rank, u.tier])).toEqual([
      ['u1', 68, 1, 'tot'],
      ['u2', 62, 3, 'tb'],
      ['u3', 63.5, 2, 'tb'],
    ]);
    // Relative weights: 7 and 3 are 70 % and 30 % too.
    expect(whatIf(twoPillars(), { a: 7, b: 3 }).units.map((u) => u.value)).toEqual([68, 62, 63.5]);
    // The pillar values are the published ones, untouched.
    expect(t.units[0]?.nodes.a?.value).toBe(80);
  });

  it('gives tied values one rank, by the tie rule the published ranks show', () => {
    // Equal weights: u1 60, u2 70, u3 62.5, u4 62.5 (u3 and u4 tied).
    const table = twoPillars();
    table.units.push(unit('u4', 62.5, 2, { a: 60, b: 65 }));
    (table.units[0] as ScoreTableUnit).rank = 4; // published 1, 2, 2, 4: competition
    expect(whatIf(table, { a: 50, b: 50 }).units.map((u) => u.rank)).toEqual([4, 1, 2, 2]);
    (table.units[0] as ScoreTableUnit).rank = 3; // published 1, 2, 2, 3: dense
    expect(whatIf(table, { a: 50, b: 50 }).units.map((u) => u.rank)).toEqual([3, 1, 2, 2]);
  });

  it('ranks tied values by the rule the table states, ordinal and fractional too', () => {
    // Equal weights: u1 60, u2 70, u3 62.5, u4 62.5 (u3 and u4 tied), published 1, 2, 2, 4.
    const table = twoPillars();
    table.units.push(unit('u4', 62.5, 2, { a: 60, b: 65 }));
    (table.units[0] as ScoreTableUnit).rank = 4;
    table.framework.ties = 'fractional'; // places 2 and 3 shared: 2.5 each
    expect(whatIf(table, { a: 50, b: 50 }).units.map((u) => u.rank)).toEqual([4, 1, 2.5, 2.5]);
    table.framework.ties = 'ordinal'; // the tie broken by the table's order: u3 before u4
    expect(whatIf(table, { a: 50, b: 50 }).units.map((u) => u.rank)).toEqual([4, 1, 2, 3]);
  });

  it('at the official weights, reproduces the published index only within rounding', () => {
    // Three pillars of 30 points; the exact values 70.04, 80.04 and 75.14 publish as 70.0, 80.0, 75.1,
    // and their mean 75.0733… as 75.1. From the published pillars the mean is 75.0333… → 75.0.
    const table: ScoreTable = {
      ...twoPillars(),
      nodes: [
        tableNode('idx', null, 90, 'Chỉ số'),
        tableNode('a', 'idx', 30, 'A'),
        tableNode('b', 'idx', 30, 'B'),
        tableNode('c', 'idx', 30, 'C'),
      ],
      units: [unit('u1', 75.1, 1, { a: 70, b: 80, c: 75.1 }), unit('u2', 74.9, 2, { a: 74.9, b: 74.9, c: 74.9 })],
    };
    const official = Object.fromEntries((weighable(table).nodes ?? []).map((n) => [n.node.id, n.official]));
    expect(Object.values(official)).toEqual([100 / 3, 100 / 3, 100 / 3]);
    const t = whatIf(table, official);
    expect(t.units.map((u) => u.value)).toEqual([75, 74.9]);
    // One unit of the last digit off, never more: the rounding of three values of ±0.05 each.
    expect(Math.abs((t.units[0]?.value as number) - 75.1)).toBeLessThanOrEqual(0.1 + 1e-9);
  });

  it('moves the index by a sub-group’s change times its share of the points', () => {
    // Pillar a (50 points) = a1 (20) + a2 (30). Weighing a1:a2 as 50:50 for u1 (a1 100, a2 66.7 → a 80):
    // a' = (100 + 66.7) / 2 = 83.35; the index moves by (83.35 − 80) · 50/100 = 1.675 → 61.675 → 61.7.
    const table = twoPillars();
    table.nodes.push(tableNode('a1', 'a', 20, 'A1'), tableNode('a2', 'a', 30, 'A2'));
    for (const u of table.units)
      Object.assign(u.nodes, { a1: { value: 100, rank: null }, a2: { value: 66.7, rank: null } });
    expect(whatIf(table, { a1: 50, a2: 50 }).units[0]?.value).toBe(61.7);
  });

  it('names what stops a what-if', () => {
    const table = twoPillars();
    expect(weighable(table, ['x']).problem).toEqual({ code: 'unknown-group', id: 'x', known: ['a', 'b'] });
    const partial = { ...table, nodes: table.nodes.filter((n) => n.id !== 'b') };
    expect(weighable(partial).problem).toEqual({ code: 'unlisted-children', parent: 'idx', listed: 50, points: 100 });
    expect(() => whatIf(table, { a: -1 })).toThrow('what-if weight of "a" is -1');
  });

  it('leaves a unit without a pillar value unranked rather than guessing', () => {
    const table = twoPillars();
    (table.units[0] as ScoreTableUnit).nodes.b = { value: null, rank: null };
    const t = whatIf(table, { a: 70, b: 30 });
    expect(t.units.map((u) => [u.value, u.rank])).toEqual([
      [null, null],
      [62, 2],
      [63.5, 1],
    ]);
  });
});
