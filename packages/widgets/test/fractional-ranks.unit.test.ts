import type { ScoreTable } from '@dti-kit/core';
import { rank } from '@dti-kit/core';
import { scoreTableOf, tableNode, tableUnit, tiers } from '@dti-kit/testing';
import { describe, expect, it } from 'vitest';
import { viewCsv } from '../src/league-table/view-csv.js';
import { tableModel } from '../src/league-table/view-model.js';
import { unitProfile } from '../src/scorecard/scorecard-model.js';
import { STRINGS } from '../src/shared/i18n.js';
import { rankText } from '../src/shared/locale.js';
import { whatIf } from '../src/shared/what-if.js';

// Four communes of Hà Nội scored 90, 80, 80 and 40 (published with one decimal), ranked by each tie rule
// of the core, as `dti score` writes them. Worked by hand: the two at 80.0 take places 2 and 3.
//   competition 1, 2, 2, 4 · dense 1, 2, 2, 3 · fractional 1, 2.5, 2.5, 4 · ordinal 1, 2, 3, 4
const values = [90, 80, 80, 40];
const byRule = {
  competition: [1, 2, 2, 4],
  dense: [1, 2, 2, 3],
  fractional: [1, 2.5, 2.5, 4],
  ordinal: [1, 2, 3, 4],
} as const;

function tableOf(ranks: readonly number[]): ScoreTable {
  const ids = ['yen-so', 'an-khanh', 'binh-minh', 'co-bi'];
  const names = ['Yên Sở', 'An Khánh', 'Bình Minh', 'Cổ Bi'];
  return scoreTableOf(
    ids.map((id, i) => {
      const value = values[i] as number;
      const r = ranks[i] as number;
      return tableUnit(id, names[i] as string, {
        parent: 'Hà Nội',
        value,
        rank: r,
        tier: null,
        nodes: { p1: { value, rank: r } },
      });
    }),
    {
      framework: { id: 'x', tiers: tiers({ tot: 80 }, { english: false, colours: false }) },
      nodes: [tableNode('root', null, 100, 'Chỉ số'), tableNode('p1', 'root', 100, 'Trụ cột')],
    },
  );
}

describe('ranks under every tie rule of the core read the same in the widgets', () => {
  it('the core ranks the hand-worked dataset as the table below says', () => {
    for (const [ties, ranks] of Object.entries(byRule))
      expect([...rank(values, { ties: ties as keyof typeof byRule })]).toEqual(ranks);
  });

  it('the league table keeps the published ranks, reads the rule, and ranks within the parent by it', () => {
    const rule = { competition: 'competition', dense: 'dense', fractional: 'fractional', ordinal: 'competition' };
    for (const [ties, ranks] of Object.entries(byRule)) {
      const model = tableModel(tableOf(ranks));
      expect([ties, model.ties]).toEqual([ties, rule[ties as keyof typeof rule]]);
      // Sorted by rank, the order of the file within a tie.
      expect(Array.from(model.order('rank', 'ascending'), (i) => model.rows[i]?.unit.id)).toEqual([
        'yen-so',
        'an-khanh',
        'binh-minh',
        'co-bi',
      ]);
      expect(model.rows.map((r) => r.unit.rank)).toEqual([...ranks]);
      // All four share one parent: the rank within it is the national one, under every rule.
      expect([ties, model.rows.map((r) => r.parentRank)]).toEqual([ties, [...ranks]]);
      expect([ties, model.rows.map((r) => r.tied)]).toEqual([
        ties,
        ranks.map((_, i) => ties !== 'ordinal' && (i === 1 || i === 2)),
      ]);
    }
  });

  it('a fractional rank is written with the language’s decimal mark, in the cell, its spoken words and the CSV', () => {
    expect([rankText(2.5, 'vi'), rankText(2.5, 'en'), rankText(1234, 'vi')]).toEqual(['2,5', '2.5', '1234']);
    expect(STRINGS.vi.tiedRank(2.5)).toBe('đồng hạng 2,5');
    expect(STRINGS.en.tiedRank(2.5)).toBe('tied at 2.5');
    expect(STRINGS.en.tiedRank(2)).toBe('tied 2nd');
    const model = tableModel(tableOf(byRule.fractional));
    const csv = viewCsv(
      model.rows,
      [
        { key: 'rank', label: 'Hạng' },
        { key: 'name', label: 'Đơn vị' },
      ],
      'vi',
    );
    expect(csv).toBe('\uFEFFHạng;Đơn vị\r\n1;Yên Sở\r\n2,5;An Khánh\r\n2,5;Bình Minh\r\n4;Cổ Bi\r\n');
  });

  it('the scorecard gives the same rank "x/N", overall and within the parent', () => {
    const table = tableOf(byRule.fractional);
    expect(unitProfile(table, 'an-khanh')?.overall).toEqual({ rank: 2.5, of: 4 });
    expect(unitProfile(table, 'an-khanh')?.inParent).toEqual({ rank: 2.5, of: 4 });
    expect(unitProfile(tableOf(byRule.dense), 'co-bi')?.inParent).toEqual({ rank: 3, of: 4 });
    expect(unitProfile(tableOf(byRule.competition), 'co-bi')?.inParent).toEqual({ rank: 4, of: 4 });
  });

  it('a fractional table re-ranked under what-if weights stays fractional', () => {
    const table = tableOf(byRule.fractional);
    const again = whatIf(table, { p1: 100 });
    expect(again.units.map((u) => u.rank)).toEqual([1, 2.5, 2.5, 4]);
  });
});
