import type { ScoreSeries, SeriesPoint } from '@dti-kit/core/present';
import { type Locale, numberFormat, rankText } from '../shared/locale.js';
import { setChanges } from './sparkline-marks.js';
import { TREND_STRINGS } from './trend-strings.js';

/** The chart's drawing area, in user units of its `viewBox`. */
export const FRAME = { width: 640, height: 300, left: 64, right: 24, top: 16, bottom: 48 } as const;

/** A point as drawn: where, and what it says. */
export interface PlotPoint {
  unit: number;
  period: number;
  x: number;
  y: number;
  rolledUp: boolean;
  /** Name, period, value and rank in words: the point's label and tooltip. */
  text: string;
}

/**
 * A unit's line: its path (broken where a period has no figure, and for ranks where the ranked set
 * changes) and its points; for ranks of more than one set, a label by each segment's last point
 * ("/63", "/34") saying which set it ranks in.
 */
export interface PlotLine {
  id: string;
  name: string;
  d: string;
  points: PlotPoint[];
  sets: { x: number; y: number; label: string }[];
}

/** Everything the trend draws, computed apart from the element. */
export interface TrendModel {
  xs: number[];
  ticks: { y: number; label: string }[];
  lines: PlotLine[];
  /** The median line and the interquartile band, over the periods where every unit has a value. */
  median?: { d: string; band: string };
  /** Periods where the median is not drawn for lack of published values. */
  noMedian: string[];
  /** "2023: Bắc Ninh gộp từ …" for each rolled-up point; for ranks of several sets, which years rank among how many. */
  notes: string[];
}

/** The runs of a unit's ranks in one ranked set: the periods (indices) and the set's size. */
function rankRuns(points: readonly SeriesPoint[]): { ks: number[]; among: number | null }[] {
  const runs: { ks: number[]; among: number | null }[] = [];
  points.forEach((p, k) => {
    if (p.rank === null) return;
    const run = runs[runs.length - 1];
    if (run && !setChanges(points, k)) run.ks.push(k);
    else runs.push({ ks: [k], among: p.rankedAmong });
  });
  return runs;
}

/** "2020–2023" or "2020, 2022" or "2024": the periods of a run. */
function periodsOf(series: ScoreSeries, ks: readonly number[]): string {
  const label = (k: number) => series.periods[k]?.period ?? '';
  const first = ks[0] as number;
  const last = ks[ks.length - 1] as number;
  if (ks.length === 1) return label(first);
  return last - first === ks.length - 1 ? `${label(first)}–${label(last)}` : ks.map(label).join(', ');
}

const pathOf = (pts: ({ x: number; y: number } | null)[]) => {
  let d = '';
  let pen = false;
  for (const p of pts) {
    if (!p) pen = false;
    else {
      d += `${pen ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`;
      pen = true;
    }
  }
  return d;
};

/** A point in words: "Bắc Ninh, 2023: 0,7069 (hạng 5/34)". */
export function pointText(name: string, p: SeriesPoint, locale: Locale): string {
  const t = TREND_STRINGS[locale];
  const fmt = numberFormat(locale, 4);
  const rank =
    p.rank === null ? '' : t.rank(rankText(p.rank, locale), p.rankedAmong === null ? null : String(p.rankedAmong));
  const value = p.value === null ? t.notPublished : fmt.format(p.value);
  const extra = [rank, p.rankBasis === 're-ranked' ? t.reRanked : ''].filter(Boolean).join(', ');
  const from =
    p.basis === 'rolled-up' && p.from ? `; ${t.mergedShort(p.from.map((f) => f.name ?? f.id).join(', '))}` : '';
  return `${name}, ${p.period}: ${value}${extra ? ` (${extra})` : ''}${from}`;
}

/** Round ticks: about five, on 1, 2 or 5 × a power of ten. */
function ticksOf(lo: number, hi: number): number[] {
  const raw = (hi - lo) / 4 || 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Number(v.toFixed(10)));
  return out;
}

/** The values the axis spans: the figures shown (and the quartiles, for values), padded; ranks from 1. */
function axisRange(
  series: ScoreSeries,
  units: readonly ScoreSeries['units'][number][],
  measure: 'value' | 'rank',
  complete: readonly boolean[],
): [number, number] {
  const of = (p: SeriesPoint) => (measure === 'rank' ? p.rank : p.value);
  const shown = units.flatMap((u) => u.points.map(of)).filter((v): v is number => v !== null);
  if (measure === 'value')
    series.periods.forEach((p, k) => {
      if (complete[k]) shown.push(p.q1 as number, p.q3 as number);
    });
  let lo = shown.length ? Math.min(...shown) : series.scale.min;
  let hi = shown.length ? Math.max(...shown) : series.scale.max;
  if (measure === 'rank') {
    lo = 1;
    hi = Math.max(hi, 2);
  } else {
    const pad = Math.max((hi - lo) * 0.1, (series.scale.max - series.scale.min) * 0.02);
    lo = Math.max(series.scale.min, lo - pad);
    hi = Math.min(series.scale.max, hi + pad);
  }
  return [lo, hi];
}

/** The interquartile band over the periods with a complete median, as an SVG path (`''` for fewer than two). */
function bandPath(series: ScoreSeries, bandIdx: readonly number[], xs: readonly number[], y: (v: number) => number) {
  return bandIdx.length > 1
    ? `M${bandIdx.map((k) => `${xs[k]} ${y(series.periods[k]?.q3 as number).toFixed(1)}`).join('L')}L${[...bandIdx]
        .reverse()
        .map((k) => `${xs[k]} ${y(series.periods[k]?.q1 as number).toFixed(1)}`)
        .join('L')}Z`
    : '';
}

/**
 * The "/63", "/34" labels by the last point of each run of a unit's ranks in one ranked set, and the note
 * saying which periods rank among how many; none when the unit's ranks are all of one set.
 */
function setLabels(
  series: ScoreSeries,
  u: ScoreSeries['units'][number],
  at: readonly ({ x: number; y: number } | null)[],
  locale: Locale,
  notes: string[],
): PlotLine['sets'] {
  const t = TREND_STRINGS[locale];
  const runs = rankRuns(u.points);
  if (runs.length < 2) return [];
  const among = (r: { among: number | null }) => (r.among === null ? '?' : String(r.among));
  notes.push(t.rankSets(u.name, runs.map((r) => t.rankSet(periodsOf(series, r.ks), among(r))).join('; ')));
  return runs.map((r) => ({
    ...(at[r.ks[r.ks.length - 1] as number] as { x: number; y: number }),
    label: `/${among(r)}`,
  }));
}

/**
 * The geometry and words of a trend chart for some units of a series: `value` on a scale padded around
 * the figures shown, or `rank` with rank 1 at the top.
 *
 * @example trendModel(series, ['bac-ninh'], 'value', 'vi').lines[0].points[0].text
 */
export function trendModel(
  series: ScoreSeries,
  ids: readonly string[],
  measure: 'value' | 'rank',
  locale: Locale,
): TrendModel {
  const t = TREND_STRINGS[locale];
  const units = ids.map((id) => series.units.find((u) => u.id === id)).filter((u) => u !== undefined);
  const n = series.periods.length;
  const { width, height, left, right, top, bottom } = FRAME;
  const xs = series.periods.map((_, k) =>
    n < 2 ? (left + width - right) / 2 : left + 16 + (k / (n - 1)) * (width - left - right - 32),
  );
  const of = (p: SeriesPoint) => (measure === 'rank' ? p.rank : p.value);
  const complete = series.periods.map((p) => p.n === p.of && p.median !== null);
  const [lo, hi] = axisRange(series, units, measure, complete);
  const ticks = ticksOf(lo, hi).filter((v) => measure === 'value' || Number.isInteger(v));
  // Rank 1, the best, always has its label.
  if (measure === 'rank' && ticks[0] !== 1) ticks.unshift(1);
  const y = (v: number) => {
    const s = (v - lo) / (hi - lo || 1);
    return top + (measure === 'rank' ? s : 1 - s) * (height - top - bottom);
  };
  const fmt = numberFormat(
    locale,
    measure === 'rank' ? 0 : Math.max(1, String(ticks[1] ?? '').split('.')[1]?.length ?? 0),
  );
  const notes: string[] = [];
  const lines = units.map((u, i) => {
    const at = u.points.map((p, k) => {
      const v = of(p);
      return v === null ? null : { x: xs[k] as number, y: y(v) };
    });
    // Ranks of another ranked set start a new segment: the path lifts its pen before them.
    const drawn = at.flatMap((pos, k) => (measure === 'rank' && setChanges(u.points, k) ? [null, pos] : [pos]));
    const sets = measure === 'rank' ? setLabels(series, u, at, locale, notes) : [];
    const points: PlotPoint[] = [];
    u.points.forEach((p, k) => {
      const pos = at[k];
      const rolledUp = p.basis === 'rolled-up';
      if (pos && rolledUp && p.from)
        notes.push(t.merged(p.period, u.name, p.from.map((f) => f.name ?? f.id).join(', ')));
      if (pos) points.push({ unit: i, period: k, ...pos, rolledUp, text: pointText(u.name, p, locale) });
    });
    return { id: u.id, name: u.name, d: pathOf(drawn), points, sets };
  });
  const medianPts = series.periods.map((p, k) =>
    complete[k] ? { x: xs[k] as number, y: y(p.median as number) } : null,
  );
  const bandIdx = series.periods.map((_, k) => k).filter((k) => complete[k]);
  const band = bandPath(series, bandIdx, xs, y);
  return {
    xs,
    ticks: ticks.map((v) => ({ y: y(v), label: fmt.format(v) })),
    lines,
    ...(measure === 'value' && bandIdx.length > 0 ? { median: { d: pathOf(medianPts), band } } : {}),
    noMedian: measure === 'value' ? series.periods.filter((_, k) => !complete[k]).map((p) => p.period) : [],
    notes,
  };
}
