// The six communes of a hostile tester's score tables (m-ok.json): 0–100, one decimal, competition ties,
// 90, 80, 80, 70, 60, 50 ranked 1, 2, 2, 4, 5, 6, each unit's root node "r" holding its value. The
// tests that check tables contradicting themselves change one field of a fresh copy.

/** One unit of {@link sixCommunes}, with its root node. */
export type SixRow = { value: number; rank: number; nodes: { r: { value: number; rank: number } } } & Record<
  string,
  unknown
>;

/** The table {@link sixCommunes} gives. */
export type SixTable = Record<string, unknown> & { framework: Record<string, unknown>; units: SixRow[] };

const unit = (i: number, value: number, rank: number): SixRow => ({
  id: `s${i}`,
  name: `Xã S${i}`,
  parent: 'Tỉnh 0',
  status: 'ranked',
  value,
  rank,
  tier: null,
  coverage: 1,
  imputed: 0,
  targets: { met: 0, set: 0, share: null },
  nodes: { r: { value, rank } },
});

/**
 * A fresh copy of the six communes' well-formed score table.
 *
 * @example sixCommunes().units[2]?.rank // → 2
 */
export const sixCommunes = (): SixTable => ({
  kind: 'dti-score-table',
  format: 1,
  framework: {
    id: 'thu',
    version: '1',
    label: { vi: 'Thử' },
    scale: { min: 0, max: 100 },
    precision: 1,
    ties: 'competition',
    tiers: [],
  },
  rankedAmong: 6,
  nodes: [{ id: 'r', kind: 'group', label: { vi: 'Chỉ số' }, parent: null, maxPoints: 100 }],
  units: [unit(0, 90, 1), unit(1, 80, 2), unit(2, 80, 2), unit(3, 70, 4), unit(4, 60, 5), unit(5, 50, 6)],
});
