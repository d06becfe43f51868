import { defineFramework, score } from '@dti-kit/core';
import { describe, expect, it } from 'vitest';
import {
  communeName,
  communeNames,
  framework,
  group,
  indicator,
  PROVINCES_34,
  PROVINCES_63,
  percentIndicator,
  publishedTable,
  scoreTableOf,
  seriesPeriod,
  statusOf,
  tableUnit,
  tiers,
} from '../src/index.js';

describe('framework builders', () => {
  it('build a framework the core accepts, scored as written', () => {
    const fw = defineFramework(
      framework({ children: [group('kts', [percentIndicator('a'), percentIndicator('b', { weight: 3 })])] }),
    );
    // Goalposts 0–100 on a 0–100 scale: (1 × 40 + 3 × 80) / 4 = 70.
    const result = score(fw, { units: [{ id: 'u', values: { a: 40, b: 80 } }] });
    expect(result.units[0]?.value).toBe(70);
  });

  it('label nodes with their id unless told, a plain string being the Vietnamese text', () => {
    expect(indicator('x')).toEqual({ kind: 'indicator', id: 'x', label: { vi: 'x' }, method: { type: 'minMax' } });
    expect(percentIndicator('ky-so', { label: 'Ký số' })).toEqual({
      kind: 'indicator',
      id: 'ky-so',
      label: { vi: 'Ký số' },
      unit: '%',
      method: { type: 'goalposts', min: 0, max: 100 },
    });
    expect(framework().root).toEqual({
      kind: 'group',
      id: 'r',
      label: { vi: 'Chỉ số' },
      children: [indicator('x')],
    });
  });
});

describe('tiers', () => {
  it('take their labels and colours from the id, minima in the order given', () => {
    expect(tiers({ tot: 0.65, kha: 0.5 }, { english: false, colours: { kha: '#9a6700' } })).toEqual([
      { id: 'tot', label: { vi: 'Tốt' }, min: 0.65, color: '#1a7f37' },
      { id: 'kha', label: { vi: 'Khá' }, min: 0.5, color: '#9a6700' },
    ]);
    expect(tiers({ yeu: 0 }, { colours: false })).toEqual([{ id: 'yeu', label: { vi: 'Yếu', en: 'Weak' }, min: 0 }]);
  });
});

describe('score tables', () => {
  it('give a unit the status its value and rank imply', () => {
    expect([statusOf(0.8, 1), statusOf(0.8, null), statusOf(null, null), statusOf(null, 4)]).toEqual([
      'ranked',
      'not-ranked',
      'unscored',
      'ranked',
    ]);
    expect(tableUnit('hue', 'Huế', { value: 79.5, rank: 2, parent: 'Miền Trung' })).toEqual({
      id: 'hue',
      name: 'Huế',
      parent: 'Miền Trung',
      status: 'ranked',
      value: 79.5,
      rank: 2,
      tier: null,
      coverage: 1,
      imputed: 0,
      targets: { met: 0, set: 0, share: null },
      nodes: {},
    });
  });

  it('list a published row without a rank as not ranked, even without a value', () => {
    const table = publishedTable([['lam-dong', 'Lâm Đồng', null, null]], { period: '2024' });
    expect(table.units[0]?.status).toBe('not-ranked');
    expect(table.period).toBe('2024');
    expect('rankedAmong' in table).toBe(false);
  });

  it('leave out a precision given as undefined, as a table of press results has none', () => {
    expect(scoreTableOf([]).framework.precision).toBe(1);
    const bare = scoreTableOf([], {
      framework: { id: 'dti-province', scale: { min: 0, max: 1 }, precision: undefined },
    });
    expect(bare.framework).toEqual({
      id: 'dti-province',
      version: '1',
      label: { vi: 'Thử' },
      scale: { min: 0, max: 1 },
      tiers: [],
    });
    expect('precision' in bare.framework).toBe(false);
    expect(Object.keys(scoreTableOf([], { framework: { precision: 4 } }).framework)).toEqual([
      'id',
      'version',
      'label',
      'scale',
      'precision',
      'tiers',
    ]);
  });

  it('name the period of a series in its table', () => {
    const period = seriesPeriod('2023', [['da-nang', 'Đà Nẵng', 0.834, 1]], { former: true, rankedAmong: 63 });
    expect([period.period, period.table?.period, period.former, period.rankedAmong]).toEqual([
      '2023',
      '2023',
      true,
      63,
    ]);
  });
});

describe('Vietnamese names', () => {
  it('draw the kind, then each syllable, from the random source', () => {
    // 0 picks "Xã" and the first syllable of each list; 0.99 "Phường" and the last (30 each).
    expect(communeName(() => 0)).toBe('Xã Tân Phú');
    expect(communeName(() => 0.99)).toBe('Phường Đại Lương');
  });

  it('are the same for a seed, and distinct however many are asked for', () => {
    expect(communeNames(5, 7)).toEqual(communeNames(5, 7));
    expect(communeNames(5, 7)).not.toEqual(communeNames(5, 8));
    // 2 kinds × 30 × 30 syllables = 1,800 names: 2,000 need numbers to stay distinct.
    const many = communeNames(2000);
    expect(new Set(many).size).toBe(2000);
    expect(many.some((name) => /\d$/u.test(name))).toBe(true);
  });

  it('list the 34 provinces of 2025 and the 63 before, each once', () => {
    expect([new Set(PROVINCES_34).size, new Set(PROVINCES_63).size]).toEqual([34, 63]);
  });
});
