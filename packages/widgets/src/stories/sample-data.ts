// Sample score tables for the stories: Vietnamese names, ties, unranked units, long names. Values are
// illustrative, made by a seeded generator, except where a comment cites a source.

import { defineFramework, prepareDataset, type ScoreTable, type ScoreTableUnit } from '@dti-kit/core';
import { analyseUncertainty, seededRandom as seeded, type UncertaintyResult } from '@dti-kit/core/robustness';
import {
  framework as fixtureFramework,
  group,
  indicator,
  scoreTableOf,
  tableNode,
  tableUnit,
  tiers,
} from '@dti-kit/testing';

const TIERS = tiers({ tot: 80, kha: 65, 'trung-binh': 50, yeu: 0 });
const PILLARS = [
  { id: 'chinh-quyen-so', vi: 'Chính quyền số', en: 'Digital government' },
  { id: 'kinh-te-so', vi: 'Kinh tế số', en: 'Digital economy' },
  { id: 'xa-hoi-so', vi: 'Xã hội số', en: 'Digital society' },
];

const tierOf = (v: number | null) => (v === null ? null : (TIERS.find((t) => v >= t.min)?.id ?? null));

/** A score table of `names` with seeded values on 0–100, ranked 1224 on one decimal. */
export function sampleTable(
  names: readonly string[],
  options: { seed?: number; parents?: readonly string[]; unscored?: number } = {},
): ScoreTable {
  const random = seeded(options.seed ?? 1);
  const units: ScoreTableUnit[] = names.map((name, k) => {
    const scored = k >= (options.unscored ?? 0);
    const pillars = PILLARS.map(() => Math.round((40 + random() * 60) * 10) / 10);
    const value = scored
      ? Math.round(((pillars[0] as number) * 0.4 + (pillars[1] as number) * 0.3 + (pillars[2] as number) * 0.3) * 10) /
        10
      : null;
    return tableUnit(`u${k}`, name, {
      parent: options.parents?.[k % options.parents.length],
      status: scored ? 'ranked' : 'unscored',
      value,
      tier: tierOf(value),
      coverage: scored ? 0.6 + random() * 0.4 : 0.1,
      nodes: Object.fromEntries(
        PILLARS.map((p, i) => [p.id, { value: scored ? (pillars[i] as number) : null, rank: null }]),
      ),
    });
  });
  const ranked = units.filter((u) => u.value !== null).sort((a, b) => (b.value as number) - (a.value as number));
  ranked.forEach((u, i) => {
    const prev = ranked[i - 1];
    u.rank = prev && prev.value === u.value ? (prev.rank as number) : i + 1;
  });
  return scoreTableOf(units, {
    framework: {
      id: 'mau',
      label: {
        vi: 'Chỉ số chuyển đổi số cấp xã (minh họa)',
        en: 'Commune digital-transformation index (illustrative)',
      },
      tiers: TIERS,
    },
    period: '2025',
    nodes: [
      tableNode('chi-so', null, 100, 'Chỉ số'),
      ...PILLARS.map((p) => tableNode(p.id, 'chi-so', p.id === 'chinh-quyen-so' ? 40 : 30, { vi: p.vi, en: p.en })),
    ],
  });
}

/** The same table one period earlier, with ranks shuffled a little, for rank changes. */
export function previousOf(table: ScoreTable, seed = 9): ScoreTable {
  const random = seeded(seed);
  return {
    ...table,
    period: '2024',
    units: table.units
      .filter(() => random() > 0.05)
      .map((u) => ({ ...u, rank: u.rank === null ? null : Math.max(1, u.rank + Math.round((random() - 0.5) * 6)) })),
  };
}

export const COMMUNES = [
  'Xã Võng Xuyên',
  'Xã Sen Phương',
  'Xã Tam Hiệp',
  'Xã Thượng Cốc',
  'Xã Đan Phượng',
  'Xã Hát Môn',
  'Phường Đống Đa',
  'Xã Ngọc Tảo',
  'Xã Tích Giang',
  'Xã Phúc Hòa',
  'Xã Long Xuyên',
  'Xã Thanh Đa',
];

export const LONG_NAMES = [
  'Xã Đắk Rơ Nga, huyện Đắk Mil cũ (nay thuộc tỉnh Lâm Đồng)',
  'Phường Bắc Sơn, thị xã Bỉm Sơn cũ, tỉnh Thanh Hóa',
  'Xã Quảng Nghiệp, huyện Quảng Xương cũ',
  'Xã Ea Tiêu',
  'Xã Nghĩa Trung',
  'Thị trấn Phước Bửu (nay là xã Xuyên Mộc)',
];

/**
 * Rank intervals for a handful of communes: three pillars of three min-max indicators, seeded values,
 * 1,000 runs with Dirichlet weights and the arithmetic or geometric mean.
 */
export async function uncertaintyExample(names: readonly string[] = COMMUNES, runs = 1000): Promise<UncertaintyResult> {
  const pillars = ['cqs', 'kts', 'xhs'];
  const framework = defineFramework(
    fixtureFramework({
      id: 'minh-hoa',
      label: 'Minh họa',
      precision: 1,
      children: pillars.map((p) =>
        group(
          p,
          [1, 2, 3].map((i) => indicator(`${p}${i}`)),
        ),
      ),
    }),
  );
  const random = seeded(12);
  const data = prepareDataset(framework, {
    units: names.map((name, u) => ({
      id: `u${u}`,
      name,
      values: Object.fromEntries(
        pillars.flatMap((p) => [1, 2, 3].map((i) => [`${p}${i}`, Math.round(40 + random() * 60)])),
      ),
    })),
  });
  return analyseUncertainty(framework, data, {
    weights: { type: 'dirichlet', concentration: 20 },
    aggregation: ['asIs', 'geometric'],
    runs,
    seed: 3,
  });
}
