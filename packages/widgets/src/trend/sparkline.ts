import type { SeriesPoint } from '@dti-kit/core/present';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { type Locale, numberFormat } from '../shared/locale.js';
import { TREND_STRINGS } from './trend-strings.js';

/** Options of {@link sparklineSvg}. */
export interface SparklineOptions {
  /** `value` (default) or `rank` (rank 1 drawn at the top). */
  measure?: 'value' | 'rank';
  /** Size in user units of the `viewBox`; default 64 × 16. */
  width?: number;
  height?: number;
}

type Spark = Pick<SeriesPoint, 'value' | 'rank' | 'basis'>;

const measured = (p: Spark, measure: 'value' | 'rank') => (measure === 'rank' ? p.rank : p.value);

/**
 * The marks of a sparkline, to put inside an `<svg viewBox="0 0 width height">`: a line through the
 * known points (broken where a period has none), a dot at the last one, and hollow dots for points
 * rolled up from former units. Pure: a league table can call it per row.
 *
 * @example html`<svg viewBox="0 0 64 16">${sparklineSvg(unit.points, { measure: 'rank' })}</svg>`
 */
export function sparklineSvg(points: readonly Spark[], options: SparklineOptions = {}): TemplateResult<2> {
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
  ys.forEach((v, k) => {
    if (v === null) pen = false;
    else {
      d += `${pen ? 'L' : 'M'}${x(k).toFixed(1)} ${y(v).toFixed(1)}`;
      pen = true;
    }
  });
  let lastK = -1;
  ys.forEach((v, k) => {
    if (v !== null) lastK = k;
  });
  return svg`<path class="spark-line" d=${d || nothing} fill="none"></path>${ys.map((v, k) =>
    v === null || (k !== lastK && points[k]?.basis !== 'rolled-up')
      ? nothing
      : svg`<circle class=${points[k]?.basis === 'rolled-up' ? 'spark-dot rolled-up' : 'spark-dot'} cx=${x(k).toFixed(1)} cy=${y(v).toFixed(1)} r="1.8"></circle>`,
  )}`;
}

/**
 * What a sparkline says to a screen reader: "Hạng: 12 → 8 → 5", "–" for a period with nothing published.
 *
 * @example sparklineLabel([{ rank: 12 }, { rank: 8 }, { rank: 5 }], 'rank', 'vi') // → 'Hạng: 12 → 8 → 5'
 */
export function sparklineLabel(
  points: readonly Pick<Spark, 'value' | 'rank'>[],
  measure: 'value' | 'rank',
  locale: Locale,
): string {
  const t = TREND_STRINGS[locale];
  const fmt = numberFormat(locale, measure === 'rank' ? 0 : undefined);
  const said = points.map((p) => {
    const v = measure === 'rank' ? p.rank : p.value;
    return v === null ? '–' : fmt.format(v);
  });
  return `${measure === 'rank' ? t.sparkRank : t.sparkValue}: ${said.join(' → ')}`;
}

/**
 * A whole sparkline: an inline image with its spoken label, for a table cell or a line of text.
 *
 * @example html`<td>${sparkline(unit.points, { measure: 'rank', locale: 'vi' })}</td>`
 */
export function sparkline(points: readonly Spark[], options: SparklineOptions & { locale: Locale }): TemplateResult {
  const { width = 64, height = 16, measure = 'value' } = options;
  return html`<span class="spark" part="sparkline" role="img" aria-label=${sparklineLabel(points, measure, options.locale)}
    ><svg viewBox="0 0 ${width} ${height}" width=${width} height=${height} aria-hidden="true" focusable="false">${sparklineSvg(points, options)}</svg></span
  >`;
}
