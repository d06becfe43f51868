// A seeded synthetic dataset shaped like the benchmark: units × indicators in pillars, with a
// share of values missing. Deterministic, so every run measures the same work.
import type { Dataset, FrameworkNode, Indicator, ScoringMethod } from '../dist/index.js';
import { defineFramework, type Framework } from '../dist/index.js';
import { seededRandom } from '../dist/robustness.js';

/** The core's seeded generator: the same data on every run. */
export const seeded = seededRandom;

const methodCycle: ScoringMethod[] = [
  { type: 'minMax' },
  { type: 'goalposts', min: 0, max: 100 },
  { type: 'target' },
  { type: 'minMax' },
  { type: 'zScore' },
  {
    type: 'steps',
    steps: [
      { at: 90, score: 1 },
      { at: 70, score: 0.5 },
    ],
  },
  { type: 'ratioToBest' },
  { type: 'percentileRank' },
  { type: 'yesNo' },
  { type: 'goalposts', min: 0, max: 100 },
];

/**
 * A framework of `pillars` pillars with `perPillar` indicators each. `coinr`: COINr's default pipeline
 * (min-max, arithmetic means, missing values skipped). `mixed`: every scoring method in turn, geometric
 * means in every other pillar, some mean imputation, some lower-is-better indicators and targets.
 */
export function syntheticFramework(pillars: number, perPillar: number, mix: 'coinr' | 'mixed' = 'mixed'): Framework {
  const coinr = mix === 'coinr';
  const children: FrameworkNode[] = Array.from({ length: pillars }, (_, p) => ({
    kind: 'group',
    id: `p${p + 1}`,
    label: { vi: `Trụ cột ${p + 1}`, en: `Pillar ${p + 1}` },
    points: 1000 / pillars,
    aggregation: { type: coinr || p % 2 === 0 ? 'arithmetic' : 'geometric' },
    children: Array.from({ length: perPillar }, (_, k): Indicator => {
      const i = p * perPillar + k;
      const method: ScoringMethod = coinr ? { type: 'minMax' } : (methodCycle[i % methodCycle.length] as ScoringMethod);
      return {
        kind: 'indicator',
        id: `i${i + 1}`,
        label: { vi: `Chỉ số thành phần ${i + 1}` },
        unit: '%',
        method,
        direction: i % 7 === 3 ? 'lower' : 'higher',
        ...(!coinr && (i % 5 === 2 || method.type === 'target') ? { target: 80 } : {}),
        ...(!coinr && i % 9 === 4 ? { missing: { type: 'mean' as const } } : {}),
      };
    }),
  }));
  return defineFramework({
    format: 1,
    id: `synthetic-${mix}`,
    version: '1',
    label: { vi: 'Bộ chỉ số tổng hợp thử nghiệm', en: 'Synthetic benchmark index' },
    scale: { min: 0, max: 1 },
    precision: 4,
    tiers: [
      { id: 'tot', label: { vi: 'Tốt' }, min: 0.8 },
      { id: 'kha', label: { vi: 'Khá' }, min: 0.65 },
      { id: 'tb', label: { vi: 'Trung bình' }, min: 0.5 },
      { id: 'yeu', label: { vi: 'Yếu' }, min: 0 },
    ],
    missing: { type: 'skip' },
    root: {
      kind: 'group',
      id: 'index',
      label: { vi: 'Chỉ số' },
      points: 1000,
      aggregation: { type: coinr ? 'arithmetic' : 'sum' },
      children,
    },
  });
}

/**
 * Rows as a portal would fetch them: plain objects parsed from JSON. `parsed: false` skips the JSON
 * round trip (same values), whose text would not fit in a string at a million units.
 */
export function syntheticRows(
  framework: Framework,
  units: number,
  missingShare: number,
  seed = 2025,
  parsed = true,
): Dataset {
  const random = seeded(seed);
  const indicators: Indicator[] = [];
  const walk = (n: FrameworkNode) => (n.kind === 'indicator' ? indicators.push(n) : n.children.forEach(walk));
  walk(framework.root);
  const rows = Array.from({ length: units }, (_, u) => {
    const values: Record<string, number | null> = {};
    for (const ind of indicators) {
      if (random() < missingShare) {
        values[ind.id] = null;
        continue;
      }
      values[ind.id] = ind.method.type === 'yesNo' ? (random() < 0.7 ? 1 : 0) : Math.round(random() * 1000) / 10;
    }
    return { id: `xa-${u + 1}`, name: `Xã ${u + 1}`, parent: `tinh-${(u % 34) + 1}`, values };
  });
  const dataset = { period: '2024', units: rows };
  return parsed ? (JSON.parse(JSON.stringify(dataset)) as Dataset) : dataset;
}
