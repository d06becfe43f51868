import type { ScoreTable } from '@dti-kit/core';
import { describe, expect, it } from 'vitest';
import { unitProfile } from '../src/scorecard/scorecard-model.js';

// The published 2024 ranking of the 34 provinces lists only some ranks: Huế 2nd, Gia Lai 31st.
function partlyPublished(): ScoreTable {
  const unit = (id: string, name: string, value: number | null, rank: number | null) => ({
    id,
    name,
    status: rank === null ? ('not-ranked' as const) : ('ranked' as const),
    value,
    rank,
    tier: null,
    coverage: value === null ? 0 : 1,
    imputed: 0,
    targets: { met: 0, set: 0, share: null },
    nodes: {},
  });
  return {
    kind: 'dti-score-table',
    format: 1,
    framework: { id: 'dti', version: '1', label: { vi: 'DTI' }, scale: { min: 0, max: 1 }, precision: 4, tiers: [] },
    period: '2024',
    nodes: [],
    units: [
      unit('hue', 'Huế', 0.7951, 2),
      unit('gia-lai', 'Gia Lai', null, 31),
      unit('cao-bang', 'Cao Bằng', null, null),
    ],
  };
}

describe('unitProfile', () => {
  it('takes the field of an overall rank from the table, never from the ranks it lists', () => {
    // Two ranks are listed (2 and Gia Lai's 31) of the 34 ranked: "2/2" and "2/31" are both wrong.
    expect(unitProfile(partlyPublished(), 'hue')?.overall).toEqual({ rank: 2, of: undefined });
    expect(unitProfile({ ...partlyPublished(), rankedAmong: 34 }, 'hue')?.overall).toEqual({ rank: 2, of: 34 });
  });
});
