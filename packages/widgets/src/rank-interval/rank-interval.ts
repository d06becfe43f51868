import { intlLocale } from '@dti-kit/core/present';
import type { UncertaintyResult } from '@dti-kit/core/robustness';
import { html, nothing, type PropertyValues, svg } from 'lit';
import { DtiElement } from '../shared/dti-element.js';
import { STRINGS } from '../shared/i18n.js';
import { type ShapeReport, shapeMessage, shapeText } from '../shared/shape.js';
import { SourceController } from '../shared/source-controller.js';
import { uncertaintyShape } from '../shared/uncertainty-shape.js';
import { rankIntervalStyles } from './rank-interval.styles.js';
import { RANK_INTERVAL_STRINGS } from './rank-interval-strings.js';

/**
 * @tagname dti-rank-interval
 * @summary Each unit's official rank with the range its rank takes under other reasonable assumptions
 * (weights, normalisation, aggregation, missing data): readable at a glance as a bar on a rank axis,
 * and as words for screen readers ("hạng 5, có thể từ 3 đến 9").
 *
 * @csspart table - The table.
 * @csspart row - Each unit's row.
 * @csspart interval - The bar of the 5th–95th percentile ranks.
 * @csspart nominal - The mark of the official rank.
 * @csspart legend - The sentence explaining the bars.
 * @csspart warnings - The analysis' warnings, each in full (a scenario whose runs were left out, and why).
 * @csspart error - The error message.
 *
 * @cssproperty --dti-color-accent - The interval bar.
 * @cssproperty --dti-color-track - The rank axis.
 * @cssproperty --dti-color-text - Text and the official-rank mark.
 * @cssproperty --dti-color-muted - Headers and legend.
 * @cssproperty --dti-color-border - Row rules.
 * @cssproperty --dti-color-background - The median tick across the interval bar.
 * @cssproperty --dti-color-down - Border of the error message.
 * @cssproperty --dti-radius - Corners of the error message.
 * @cssproperty --dti-font-family - Font.
 *
 * @event dti-load - `src` was read. `detail: { data, warnings }`: the uncertainty result, and no warnings.
 * @event dti-error - `src` could not be read, or its JSON is not an uncertainty result. `detail: { message, issues }`.
 */
export class DtiRankInterval extends DtiElement {
  static override styles = rankIntervalStyles;

  static override properties = {
    result: { attribute: false },
    src: { reflect: true },
    limit: { type: Number, reflect: true },
    highlight: { reflect: true },
  };

  /** An uncertainty result from `analyseUncertainty` (or its JSON). */
  declare result: UncertaintyResult | undefined;
  /** URL of an uncertainty result as JSON. */
  declare src: string | undefined;
  /** Show the first `limit` units by official rank; default all. */
  declare limit: number | undefined;
  /** Id of a unit to highlight. */
  declare highlight: string | undefined;
  readonly #source = new SourceController<UncertaintyResult>(this);
  readonly #checked = new WeakMap<object, ShapeReport | undefined>();

  // The check runs here; its sentences load only for a broken result (shape-words.ts, on demand), so
  // the element's part carries no problem words.
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src'))
      this.#source.loadJson(this.src, (json) => {
        const report = uncertaintyShape(json);
        return report && shapeMessage(report, this.currentLocale());
      });
  }

  /** The result to draw (from `src`, else `result`), or the sentence saying why it cannot be drawn. */
  #input(locale: 'vi' | 'en'): { result?: UncertaintyResult; error?: string; problem?: ShapeReport } {
    if (this.src) {
      const { error, data } = this.#source;
      return error ? { error: error.message } : data ? { result: data } : {};
    }
    const result = this.result;
    if (result === undefined || result === null) return {};
    let report: ShapeReport | undefined;
    if (typeof result !== 'object') report = uncertaintyShape(result);
    else {
      if (!this.#checked.has(result)) this.#checked.set(result, uncertaintyShape(result));
      report = this.#checked.get(result);
    }
    return report ? { problem: report, error: shapeText(report, locale, this) } : { result };
  }

  protected override render() {
    const locale = this.currentLocale();
    const t = { ...STRINGS[locale], ...RANK_INTERVAL_STRINGS[locale] };
    const { result, error, problem } = this.#input(locale);
    // A broken result shows its error state at once; its sentence fills in when the words have loaded.
    if (error || problem) return html`<div part="error" role="alert">${error}</div>`;
    // Loading only while a `src` is being read; nothing given is "no data", as on the gauge.
    if (!result)
      return this.src
        ? html`<p class="legend" role="status" aria-busy="true">${t.loading}</p>`
        : html`<p class="legend" role="status">${t.noData}</p>`;
    const units = result.units
      .filter((u) => u.nominalRank !== null)
      .sort((a, b) => (a.nominalRank as number) - (b.nominalRank as number))
      .slice(0, this.limit ?? undefined);
    let worst = 1;
    for (const u of result.units) worst = Math.max(worst, u.high ?? u.nominalRank ?? 1);
    // Rank 1 at the left edge, the worst rank at the right, with room for the dot.
    const x = (r: number) => 4 + ((r - 1) / Math.max(1, worst - 1)) * 92;
    const fmt = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 });
    return html`
      <table part="table">
        <caption>${t.intervalCaption}</caption>
        <thead>
          <tr>
            <th scope="col" class="num">${t.rank}</th>
            <th scope="col">${t.unit}</th>
            <th scope="col" class="num">${t.intervalColumn}</th>
            <th scope="col" class="range" aria-hidden="true"></th>
          </tr>
        </thead>
        <tbody>
          ${units.map((u) => {
            const low = u.low ?? (u.nominalRank as number);
            const high = u.high ?? (u.nominalRank as number);
            const nominal = u.nominalRank as number;
            const said = t.intervalText(fmt.format(nominal), fmt.format(low), fmt.format(high));
            return html`<tr part=${u.id === this.highlight ? 'row row-highlight' : 'row'}>
              <td class="num">${nominal}</td>
              <th scope="row">${u.name}</th>
              <td class="num"><span aria-hidden="true">${fmt.format(low)}–${fmt.format(high)}</span><span class="sr-only">${said}</span></td>
              <td class="range" aria-hidden="true">
                <svg viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                  <line class="axis" x1="2" x2="98" y1="5" y2="5" vector-effect="non-scaling-stroke"></line>
                  <line part="interval" class="interval" x1=${x(low)} x2=${Math.max(x(high), x(low) + 0.01)} y1="5" y2="5" vector-effect="non-scaling-stroke"></line>
                  ${u.medianRank === null ? nothing : svg`<line class="median" x1=${x(u.medianRank)} x2=${x(u.medianRank)} y1="1.5" y2="8.5" vector-effect="non-scaling-stroke"></line>`}
                  <line part="nominal" class="nominal" x1=${x(nominal)} x2=${x(nominal)} y1="0" y2="10" vector-effect="non-scaling-stroke"></line>
                </svg>
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
      <p part="legend" class="legend">
        ${t.intervalLegend(result.runs)}${result.runsLeftOut ? ` ${t.leftOut(result.runsLeftOut)}` : ''}
      </p>
      ${warningList(result, locale)}
    `;
  }
}

/** Each warning of the analysis in full (which assumptions, how many runs, why, what became of them). */
function warningList(result: UncertaintyResult, locale: 'vi' | 'en') {
  if (!result.warnings?.length) return nothing;
  return html`<ul part="warnings" class="legend warnings">
    ${result.warnings.map((w) => html`<li>${locale === 'vi' ? (w.messageVi ?? w.message) : w.message}</li>`)}
  </ul>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'dti-rank-interval': DtiRankInterval;
  }
}
