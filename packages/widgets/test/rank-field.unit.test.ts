import { describe, expect, it } from 'vitest';
import { rankField } from '../src/shared/rank-field.js';

describe('rankField', () => {
  it('counts the ranked units, or the largest rank when the table lists only the published ranks', () => {
    // Complete: four units ranked 1, 2, 2, 4 (a tie) were ranked among 4.
    const ranks = (...r: (number | null)[]) => r.map((rank) => ({ rank }));
    expect(rankField(ranks(1, 2, 2, 4, null))).toBe(4);
    // The 2024 provinces as published: nine ranks, the largest Gia Lai's 31st.
    expect(rankField(ranks(31, 1, 2, 6, 5, 7, 3, 17, 4, null, null))).toBe(31);
    expect(rankField(ranks(null, null))).toBe(0);
  });
});
