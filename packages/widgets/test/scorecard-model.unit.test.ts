import type { ScoreTable } from '@dti-kit/core';
import { publishedTable } from '@dti-kit/testing';
import { describe, expect, it } from 'vitest';
import { unitProfile } from '../src/scorecard/scorecard-model.js';

// The published 2024 ranking of the 34 provinces lists only some ranks: Huế 2nd, Gia Lai 31st.
function partlyPublished(): ScoreTable {
  const table = publishedTable(
    [
      ['hue', 'Huế', 0.7951, 2],
      ['gia-lai', 'Gia Lai', null, 31],
      ['cao-bang', 'Cao Bằng', null, null],
    ],
    { framework: { id: 'dti', label: { vi: 'DTI' }, scale: { min: 0, max: 1 }, precision: 4 }, period: '2024' },
  );
  // A unit without a published value covers nothing here.
  for (const u of table.units) if (u.value === null) u.coverage = 0;
  return table;
}

describe('unitProfile', () => {
  it('takes the field of an overall rank from the table, never from the ranks it lists', () => {
    // Two ranks are listed (2 and Gia Lai's 31) of the 34 ranked: "2/2" and "2/31" are both wrong.
    expect(unitProfile(partlyPublished(), 'hue')?.overall).toEqual({ rank: 2, of: undefined });
    expect(unitProfile({ ...partlyPublished(), rankedAmong: 34 }, 'hue')?.overall).toEqual({ rank: 2, of: 34 });
  });
});
