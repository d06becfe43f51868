import type { DtiIssue } from '@dti-kit/core';
import { describe, expect, it } from 'vitest';
import { tableWarnings } from '../src/formats.js';

const warning = (n: number): DtiIssue => ({
  severity: 'warning',
  code: 'unknown-column',
  path: [],
  message: `column ${n} is ignored`,
});

describe('the warnings a score table carries (dti score --format json)', () => {
  it('are the warnings only, and no field when there are none', () => {
    const error: DtiIssue = { severity: 'error', code: 'invalid-value', path: [], message: 'no' };
    expect(tableWarnings([warning(1), error]).warnings?.map((w) => w.message)).toEqual(['column 1 is ignored']);
    expect(tableWarnings([])).toEqual({});
    expect(tableWarnings([error])).toEqual({});
  });

  it('are the first 1,000, then one counting the rest, in vi and en', () => {
    const carried = tableWarnings(Array.from({ length: 1250 }, (_, i) => warning(i + 1))).warnings ?? [];
    expect(carried).toHaveLength(1001);
    expect(carried[999]?.message).toBe('column 1000 is ignored');
    expect([carried[1000]?.detail, carried[1000]?.value, carried[1000]?.message, carried[1000]?.messageVi]).toEqual([
      'more-issues',
      250,
      '… and 250 more warnings, not listed in the table: `dti score` prints them all',
      '… và 250 cảnh báo khác không ghi trong bảng: `dti score` in ra đủ',
    ]);
  });
});
