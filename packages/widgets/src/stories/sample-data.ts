// Sample score tables for the stories: Vietnamese names, ties, unranked units, long names. Values are
// illustrative, made by a seeded generator, except where a comment cites a source.

import { defineFramework, prepareDataset, type ScoreTable, type ScoreTableUnit } from '@dti-kit/core';
import { analyseUncertainty, seededRandom as seeded, type UncertaintyResult } from '@dti-kit/core/robustness';

const TIERS = [
  { id: 'tot', label: { vi: 'Tốt', en: 'Good' }, min: 80, color: '#1a7f37' },
  { id: 'kha', label: { vi: 'Khá', en: 'Fair' }, min: 65, color: '#4d8f00' },
  { id: 'trung-binh', label: { vi: 'Trung bình', en: 'Average' }, min: 50, color: '#b07800' },
  { id: 'yeu', label: { vi: 'Yếu', en: 'Weak' }, min: 0, color: '#b42318' },
];
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
    return {
      id: `u${k}`,
      name,
      parent: options.parents?.[k % options.parents.length],
      status: scored ? 'ranked' : 'unscored',
      value,
      rank: null,
      tier: tierOf(value),
      coverage: scored ? 0.6 + random() * 0.4 : 0.1,
      imputed: 0,
      targets: { met: 0, set: 0, share: null },
      nodes: Object.fromEntries(
        PILLARS.map((p, i) => [p.id, { value: scored ? (pillars[i] as number) : null, rank: null }]),
      ),
    };
  });
  const ranked = units.filter((u) => u.value !== null).sort((a, b) => (b.value as number) - (a.value as number));
  ranked.forEach((u, i) => {
    const prev = ranked[i - 1];
    u.rank = prev && prev.value === u.value ? (prev.rank as number) : i + 1;
  });
  return {
    kind: 'dti-score-table',
    format: 1,
    framework: {
      id: 'mau',
      version: '1',
      label: {
        vi: 'Chỉ số chuyển đổi số cấp xã (minh họa)',
        en: 'Commune digital-transformation index (illustrative)',
      },
      scale: { min: 0, max: 100 },
      precision: 1,
      tiers: TIERS,
    },
    period: '2025',
    nodes: [
      { id: 'chi-so', kind: 'group', label: { vi: 'Chỉ số' }, parent: null, maxPoints: 100 },
      ...PILLARS.map((p) => ({
        id: p.id,
        kind: 'group' as const,
        label: { vi: p.vi, en: p.en },
        parent: 'chi-so',
        maxPoints: p.id === 'chinh-quyen-so' ? 40 : 30,
      })),
    ],
    units,
  };
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

/** The 34 provinces from 1 July 2025, as the merger crosswalk names them (names only; values illustrative). */
export const PROVINCES_34 = [
  'Hà Nội',
  'Huế',
  'Lai Châu',
  'Điện Biên',
  'Sơn La',
  'Lạng Sơn',
  'Quảng Ninh',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Cao Bằng',
  'Tuyên Quang',
  'Lào Cai',
  'Thái Nguyên',
  'Phú Thọ',
  'Bắc Ninh',
  'Hưng Yên',
  'Hải Phòng',
  'Ninh Bình',
  'Quảng Trị',
  'Đà Nẵng',
  'Quảng Ngãi',
  'Gia Lai',
  'Khánh Hòa',
  'Lâm Đồng',
  'Đắk Lắk',
  'TP. Hồ Chí Minh',
  'Đồng Nai',
  'Tây Ninh',
  'Cần Thơ',
  'Vĩnh Long',
  'Đồng Tháp',
  'Cà Mau',
  'An Giang',
];

/** The 63 provinces before 1 July 2025 (names only; values illustrative). */
export const PROVINCES_63 = [
  'An Giang',
  'Bà Rịa - Vũng Tàu',
  'Bắc Giang',
  'Bắc Kạn',
  'Bạc Liêu',
  'Bắc Ninh',
  'Bến Tre',
  'Bình Định',
  'Bình Dương',
  'Bình Phước',
  'Bình Thuận',
  'Cà Mau',
  'Cần Thơ',
  'Cao Bằng',
  'Đà Nẵng',
  'Đắk Lắk',
  'Đắk Nông',
  'Điện Biên',
  'Đồng Nai',
  'Đồng Tháp',
  'Gia Lai',
  'Hà Giang',
  'Hà Nam',
  'Hà Nội',
  'Hà Tĩnh',
  'Hải Dương',
  'Hải Phòng',
  'Hậu Giang',
  'Hòa Bình',
  'Hưng Yên',
  'Khánh Hòa',
  'Kiên Giang',
  'Kon Tum',
  'Lai Châu',
  'Lâm Đồng',
  'Lạng Sơn',
  'Lào Cai',
  'Long An',
  'Nam Định',
  'Nghệ An',
  'Ninh Bình',
  'Ninh Thuận',
  'Phú Thọ',
  'Phú Yên',
  'Quảng Bình',
  'Quảng Nam',
  'Quảng Ngãi',
  'Quảng Ninh',
  'Quảng Trị',
  'Sóc Trăng',
  'Sơn La',
  'Tây Ninh',
  'Thái Bình',
  'Thái Nguyên',
  'Thanh Hóa',
  'Thừa Thiên Huế',
  'Tiền Giang',
  'TP. Hồ Chí Minh',
  'Trà Vinh',
  'Tuyên Quang',
  'Vĩnh Long',
  'Vĩnh Phúc',
  'Yên Bái',
];

/** 10,000 generated commune names. */
export function manyNames(n = 10_000): string[] {
  const a = [
    'Tân',
    'Phú',
    'Hòa',
    'Bình',
    'An',
    'Thạnh',
    'Long',
    'Vĩnh',
    'Đông',
    'Tây',
    'Đức',
    'Quang',
    'Minh',
    'Hồng',
    'Sơn',
  ];
  const b = [
    'Phú',
    'Lợi',
    'Thành',
    'Hòa',
    'Bình',
    'An',
    'Lộc',
    'Hưng',
    'Thịnh',
    'Tiến',
    'Phong',
    'Khánh',
    'Xuyên',
    'Phượng',
  ];
  return Array.from(
    { length: n },
    (_, k) =>
      `Xã ${a[k % a.length]} ${b[Math.floor(k / a.length) % b.length]} ${Math.floor(k / (a.length * b.length)) + 1}`,
  );
}

/**
 * Rank intervals for a handful of communes: three pillars of three min-max indicators, seeded values,
 * 1,000 runs with Dirichlet weights and the arithmetic or geometric mean.
 */
export async function uncertaintyExample(names: readonly string[] = COMMUNES, runs = 1000): Promise<UncertaintyResult> {
  const pillars = ['cqs', 'kts', 'xhs'];
  const framework = defineFramework({
    format: 1,
    id: 'minh-hoa',
    version: '1',
    label: { vi: 'Minh họa' },
    scale: { min: 0, max: 100 },
    precision: 1,
    root: {
      kind: 'group',
      id: 'r',
      label: { vi: 'Chỉ số' },
      children: pillars.map((p) => ({
        kind: 'group' as const,
        id: p,
        label: { vi: p },
        children: [1, 2, 3].map((i) => ({
          kind: 'indicator' as const,
          id: `${p}${i}`,
          label: { vi: `${p}${i}` },
          method: { type: 'minMax' as const },
        })),
      })),
    },
  });
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
    weights: { method: 'dirichlet', concentration: 20 },
    aggregation: ['asIs', 'geometric'],
    runs,
    seed: 3,
  });
}
