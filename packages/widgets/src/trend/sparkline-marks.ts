// Where a sparkline's marks go, apart from drawing them: pure, and free of Lit, so the league table's
// "Xu hướng" column can use it in a chunk that carries no copy of Lit.
import type { SeriesPoint } from '@dti-kit/core/present';

/** Options of a sparkline (`sparklineMarks`, and `sparklineSvg` in `sparkline.ts`). */
export interface SparklineOptions {
  /** `value` (default) or `rank` (rank 1 drawn at the top). */
  measure?: 'value' | 'rank';
  /** Size in user units of the `viewBox`; default 64 × 16. */
  width?: number;
  height?: number;
}

/** What a sparkline reads of a series point (`rankedAmong`: the set its rank is in, when known). */
export type Spark = Pick<SeriesPoint, 'value' | 'rank' | 'basis'> & Partial<Pick<SeriesPoint, 'rankedAmong'>>;

const measured = (p: Spark, measure: 'value' | 'rank') => (measure === 'rank' ? p.rank : p.value);

/**
 * Whether a rank line must break before point `k`: its rank is among another number of units than the
 * previous known rank's (3rd of 63, then 2nd of 34). Ranks of two ranked sets are not one scale, so
 * they are never joined: a line from 3/63 to 2/34 would read as a rise that did not happen.
 *
 * @example setChanges([{ rank: 3, rankedAmong: 63 }, { rank: 2, rankedAmong: 34 }], 1) // → true
 */
export function setChanges(points: readonly Pick<Spark, 'rank' | 'rankedAmong'>[], k: number): boolean {
  const here = points[k];
  if (!here || here.rank === null) return false;
  for (let j = k - 1; j >= 0; j--) {
    const p = points[j] as Pick<Spark, 'rank' | 'rankedAmong'>;
    if (p.rank !== null) return (p.rankedAmong ?? null) !== (here.rankedAmong ?? null);
  }
  return false;
}

/** A sparkline's marks in the user units of its `viewBox`: the line's path and the dots to draw. */
export interface SparklineMarks {
  /**
   * The path through the known points, broken where a period has none and, for ranks, where the ranked
   * set changes (`''` when none is known).
   */
  d: string;
  /**
   * A dot at the last known point, at each point that starts or ends a rank segment of its own set, and a
   * hollow one (`rolledUp`) at each point rolled up from former units.
   */
  dots: { x: number; y: number; rolledUp: boolean }[];
}

/**
 * Where a sparkline's marks go, without drawing them: for the trend's own sparkline and the league
 * table's "Xu hướng" column, which builds its cells without Lit.
 *
 * @example sparklineMarks([{ value: 1, rank: null, basis: 'published' }, { value: 2, rank: null, basis: 'published' }]).d
 * // → 'M2.0 14.0L62.0 2.0'
 */
export function sparklineMarks(points: readonly Spark[], options: SparklineOptions = {}): SparklineMarks {
  const { measure = 'value', width = 64, height = 16 } = options;
  const ys = points.map((p) => measured(p, measure));
  const known = ys.filter((y): y is number => y !== null);
  const lo = Math.min(...known);
  const hi = Math.max(...known);
  const pad = 2;
  const x = (k: number) => (points.length < 2 ? width / 2 : pad + (k / (points.length - 1)) * (width - 2 * pad));
  const y = (v: number) => {
    const t = hi === lo ? 0.5 : (v - lo) / (hi - lo);
    // Rank 1 is best: the top; a higher value is the top too.
    return pad + (measure === 'rank' ? t : 1 - t) * (height - 2 * pad);
  };
  let d = '';
  let pen = false;
  let lastK = -1;
  // Ends of rank segments: a segment of one point has no line, so its dot is what shows it.
  const ends = new Set<number>();
  ys.forEach((v, k) => {
    if (v === null) pen = false;
    else {
      if (measure === 'rank' && setChanges(points, k)) {
        pen = false;
        ends.add(lastK).add(k);
      }
      d += `${pen ? 'L' : 'M'}${x(k).toFixed(1)} ${y(v).toFixed(1)}`;
      pen = true;
      lastK = k;
    }
  });
  const dots: SparklineMarks['dots'] = [];
  ys.forEach((v, k) => {
    const rolledUp = points[k]?.basis === 'rolled-up';
    if (v !== null && (k === lastK || rolledUp || ends.has(k))) dots.push({ x: x(k), y: y(v), rolledUp });
  });
  return { d, dots };
}
