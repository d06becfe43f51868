import type { ScoreTable, ScoreTableUnit } from '@dti-kit/core';
import { scoreTableOf, tableNode, tableUnit, tiers } from '@dti-kit/testing';

/**
 * Five communes, two pillars of 60 and 40 points (three indicators), worked by hand:
 *
 * | unit        | i1 (40) | i2 (20) | i3 (40) | cqs  | kts | index | rank | tier       |
 * | gia-lam     | 100     | 50      | 90      | 83.3 | 90  | 86.0  | 1    | Tốt        |
 * | phuc-tho    | 75      | —       | 80      | 50.0 | 80  | 62.0  | 4    | Trung bình |
 * | dan-phuong  | 50      | 100     | 100     | 66.7 | 100 | 80.0  | 2    | Tốt        |
 * | giong-trom  | 100     | 100     | 50      | 100  | 50  | 80.0  | 2    | Tốt        |
 * | binh-dai    | 25      | 0       | 75      | 16.7 | 75  | 40.0  | 5    | Yếu        |
 */
export function profileTable(): ScoreTable {
  const unit = (
    id: string,
    name: string,
    parent: string,
    value: number,
    rank: number,
    tier: string,
    n: Record<string, number | null>,
    targets = { met: 0, set: 0, share: null as number | null },
  ): ScoreTableUnit =>
    tableUnit(id, name, {
      parent,
      value,
      rank,
      tier,
      coverage: Object.values(n).filter((v) => v !== null).length / 5,
      imputed: Object.values(n).filter((v) => v === null).length,
      targets,
      nodes: Object.fromEntries(Object.entries(n).map(([k, v]) => [k, { value: v, rank: null }])),
    });
  const units = [
    unit('gia-lam', 'Gia Lâm', 'Hà Nội', 86, 1, 'tot', { cqs: 83.3, kts: 90, i1: 100, i2: 50, i3: 90 }),
    unit(
      'phuc-tho',
      'Phúc Thọ',
      'Hà Nội',
      62,
      4,
      'tb',
      { cqs: 50, kts: 80, i1: 75, i2: null, i3: 80 },
      {
        met: 36,
        set: 37,
        share: 36 / 37,
      },
    ),
    unit('dan-phuong', 'Đan Phượng', 'Hà Nội', 80, 2, 'tot', { cqs: 66.7, kts: 100, i1: 50, i2: 100, i3: 100 }),
    unit('giong-trom', 'Giồng Trôm', 'Bến Tre', 80, 2, 'tot', { cqs: 100, kts: 50, i1: 100, i2: 100, i3: 50 }),
    unit('binh-dai', 'Bình Đại', 'Bến Tre', 40, 5, 'yeu', { cqs: 16.7, kts: 75, i1: 25, i2: 0, i3: 75 }),
  ];
  return scoreTableOf(units, {
    framework: {
      id: 'xa',
      label: { vi: 'Chỉ số chuyển đổi số cấp xã', en: 'Commune digital-transformation index' },
      tiers: tiers({ tot: 80, kha: 65, tb: 50, yeu: 0 }, { colours: { tb: '#9a6700' } }),
    },
    period: '2024',
    nodes: [
      tableNode('idx', null, 100, { vi: 'Chỉ số', en: 'Index' }),
      tableNode('cqs', 'idx', 60, { vi: 'Chính quyền số', en: 'Digital government' }),
      tableNode('i1', 'cqs', 40, { vi: 'Dịch vụ công trực tuyến', en: 'Online services' }, 'indicator'),
      tableNode('i2', 'cqs', 20, { vi: 'Hồ sơ số hoá', en: 'Digitised records' }, 'indicator'),
      tableNode('kts', 'idx', 40, { vi: 'Kinh tế số', en: 'Digital economy' }),
      tableNode('i3', 'kts', 40, { vi: 'Thanh toán số', en: 'Digital payments' }, 'indicator'),
    ],
  });
}

/** The same communes a period earlier: Phúc Thọ 5th with 58.5, Bình Đại 4th. */
export function previousTable(): ScoreTable {
  const t = profileTable();
  t.period = '2023';
  for (const u of t.units) {
    if (u.id === 'phuc-tho') Object.assign(u, { value: 58.5, rank: 5 });
    if (u.id === 'binh-dai') Object.assign(u, { value: 60, rank: 4 });
  }
  return t;
}
