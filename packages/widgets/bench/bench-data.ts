// The benchmark's data: n communes with seeded scores on 0–100 (one decimal) and three pillars, as a score
// table for <dti-league-table> and as plain rows for the other table libraries, in rank order, as
// `dti score` writes a table.
import type { ScoreTable } from '@dti-kit/core';
import { commonTiers, communeNames, scoreTableOf, tableNode, tableUnit } from '@dti-kit/testing';

/** One unit as the other libraries take it: a flat record. */
export interface PlainRow {
  rank: number;
  name: string;
  value: number;
  cqs: number;
  kts: number;
  xhs: number;
  tier: string;
}

/** A small linear congruential generator: the same numbers in every run and every browser. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * `n` units ranked by value (competition ranking, ties share a rank), listed in rank order.
 *
 * @example benchRows(3).map((r) => r.rank) // e.g. [1, 2, 3]
 */
export function benchRows(n: number): PlainRow[] {
  const random = seeded(7);
  const names = communeNames(n);
  const tenth = () => Math.round(random() * 1000) / 10;
  const rows = names.map((name) => {
    const value = tenth();
    const tier = value >= 80 ? 'tot' : value >= 65 ? 'kha' : 'yeu';
    return { rank: 0, name, value, cqs: tenth(), kts: tenth(), xhs: tenth(), tier };
  });
  rows.sort((a, b) => b.value - a.value);
  rows.forEach((r, i) => {
    const before = rows[i - 1];
    r.rank = before && before.value === r.value ? before.rank : i + 1;
  });
  return rows;
}

/** The same rows as a score table for <dti-league-table>. */
export function benchTable(rows: readonly PlainRow[]): ScoreTable {
  const pillar = (id: string, vi: string) => tableNode(id, 'root', 33, vi);
  return scoreTableOf(
    rows.map((r, k) =>
      tableUnit(`xa-${k}`, r.name, {
        parent: `Tỉnh ${k % 34}`,
        value: r.value,
        rank: r.rank,
        tier: r.tier,
        nodes: {
          cqs: { value: r.cqs, rank: null },
          kts: { value: r.kts, rank: null },
          xhs: { value: r.xhs, rank: null },
        },
      }),
    ),
    {
      framework: { id: 'bench', label: { vi: `Bảng ${rows.length} xã` }, tiers: commonTiers({ english: false }) },
      nodes: [
        tableNode('root', null, 100, 'Chỉ số'),
        pillar('cqs', 'Chính quyền số'),
        pillar('kts', 'Kinh tế số'),
        pillar('xhs', 'Xã hội số'),
      ],
    },
  );
}

/** Lower case without diacritics, as the table's search compares names. */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase();

/**
 * A first keystroke that changes what the table shows: a letter some names contain and the first
 * unit's name does not, so every library's first row must change.
 */
export function keystroke(rows: readonly PlainRow[]): string {
  const first = fold(rows[0]?.name ?? '');
  const letter = [...'vkqgclmnpst'].find((c) => !first.includes(c) && rows.some((r) => fold(r.name).includes(c)));
  if (!letter) throw new Error('no letter to search for');
  return letter;
}
