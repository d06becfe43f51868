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
  it('counts the field a rank was given in as at least the largest published rank, not the ranks listed', () => {
    // Two ranks are listed, but Gia Lai's 31 says at least 31 provinces were ranked: "2/31", never "2/2".
    expect(unitProfile(partlyPublished(), 'hue')?.overall).toEqual({ rank: 2, of: 31 });
  });
});
