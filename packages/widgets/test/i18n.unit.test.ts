import { describe, expect, it } from 'vitest';
import { NOTICE_STRINGS } from '../src/league-table/notice-strings.js';
import { STRINGS } from '../src/shared/i18n.js';

describe('counts in the table’s sentences', () => {
  it('are written as each language writes numbers: 3.321 in Vietnamese, 3,321 in English', () => {
    expect(STRINGS.vi.showing(25, 3321)).toBe('25 trên 3.321 đơn vị');
    expect(STRINGS.en.showing(25, 3321)).toBe('25 of 3,321 units');
    expect(NOTICE_STRINGS.vi.partialRanked(3170)).toMatch(/^3\.170 đơn vị được xếp hạng/u);
    expect(NOTICE_STRINGS.en.partialRanked(1)).toMatch(/^1 unit is ranked/u);
    expect(NOTICE_STRINGS.en.more(1200)).toBe('… and 1,200 more');
  });
});
