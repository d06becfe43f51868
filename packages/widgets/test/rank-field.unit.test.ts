import { describe, expect, it } from 'vitest';
import { rankFields } from '../src/league-table/tie-rule.js';

const units = (...ranks: (number | null)[]) => ranks.map((rank) => ({ rank }));

describe('rankFields', () => {
  it('is the table’s rankedAmong when given, even with units unranked', () => {
    // The 2024 provinces as published: a few ranks, the largest Gia Lai's 31st, all 34 ranked.
    expect(rankFields({ rankedAmong: 34, units: units(2, 31, null) }, ['', '', '']).get('')).toBe(34);
  });
  it('counts the ranked units when every unit has a rank, ties included', () => {
    expect(rankFields({ units: units(1, 2, 2, 4) }, ['', '', '', '']).get('')).toBe(4);
  });
  it('does not guess a field when some units have no rank and the table does not say', () => {
    expect(rankFields({ units: units(1, 2, 6, 31, null) }, ['', '', '', '', '']).get('')).toBeUndefined();
  });
  it('counts each peer group apart; rankedAmong (all groups together) is not a group’s field', () => {
    const f = rankFields({ rankedAmong: 5, units: units(1, 2, 1, 2, null) }, ['phuong', 'phuong', 'xa', 'xa', 'xa']);
    expect(f.get('phuong')).toBe(2);
    expect(f.get('xa')).toBeUndefined();
  });
});
