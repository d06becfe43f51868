import { html, nothing, svg, type TemplateResult } from 'lit';
import { type Locale, numberFormat } from '../shared/locale.js';
import { type Spark, type SparklineOptions, setChanges, sparklineMarks } from './sparkline-marks.js';
import { TREND_STRINGS } from './trend-strings.js';

/**
 * The marks of a sparkline, to put inside an `<svg viewBox="0 0 width height">`: a line through the
 * known points (broken where a period has none), a dot at the last one, and hollow dots for points
 * rolled up from former units. Pure: a league table can call it per row.
 *
 * @example html`<svg viewBox="0 0 64 16">${sparklineSvg(unit.points, { measure: 'rank' })}</svg>`
 */
export function sparklineSvg(points: readonly Spark[], options: SparklineOptions = {}): TemplateResult<2> {
  const { d, dots } = sparklineMarks(points, options);
  return svg`<path class="spark-line" d=${d || nothing} fill="none"></path>${dots.map(
    (dot) =>
      svg`<circle class=${dot.rolledUp ? 'spark-dot rolled-up' : 'spark-dot'} cx=${dot.x.toFixed(1)} cy=${dot.y.toFixed(1)} r="1.8"></circle>`,
  )}`;
}

/**
 * What a sparkline says to a screen reader: "Hạng: 12 → 8 → 5", "–" for a period with nothing published.
 *
 * @example sparklineLabel([{ rank: 12 }, { rank: 8 }, { rank: 5 }], 'rank', 'vi') // → 'Hạng: 12 → 8 → 5'
 */
export function sparklineLabel(
  points: readonly Pick<Spark, 'value' | 'rank' | 'rankedAmong'>[],
  measure: 'value' | 'rank',
  locale: Locale,
): string {
  const t = TREND_STRINGS[locale];
  const fmt = numberFormat(locale, measure === 'rank' ? 0 : undefined);
  // Ranks of more than one ranked set say their set ("3/63 → 2/34"): a bare 3 → 2 would read as a gain.
  const mixed = measure === 'rank' && points.some((_, k) => setChanges(points, k));
  const said = points.map((p) => {
    const v = measure === 'rank' ? p.rank : p.value;
    return v === null ? '–' : mixed ? `${fmt.format(v)}/${p.rankedAmong ?? '?'}` : fmt.format(v);
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

export { type SparklineMarks, type SparklineOptions, sparklineMarks } from './sparkline-marks.js';
