import type { ScoreSeries } from '@dti-kit/core/present';
import { html, nothing, type PropertyValues, svg } from 'lit';
import { DtiLinkedElement } from '../shared/dti-element.js';
import { STRINGS } from '../shared/i18n.js';
import { INLINE_JSON, INLINE_SOURCE, InlineJsonController } from '../shared/inline-json.js';
import { LinkConsumer } from '../shared/link.js';
import { type Locale, numberFormat } from '../shared/locale.js';
import { notJsonError, SourceController } from '../shared/source-controller.js';
import { state } from '../shared/state.js';
import { type SeriesFault, seriesFault } from './series-check.js';
import { seriesMessage, seriesText } from './series-words.js';
import { sparkline } from './sparkline.js';
import { trendStyles } from './trend.styles.js';
import { FRAME, type PlotPoint, pointText, type TrendModel, trendModel } from './trend-model.js';
import { TREND_STRINGS, type TrendStrings } from './trend-strings.js';

/**
 * The error box: the bold lead-in the other elements' boxes start with, then the message. The message
 * alone is the live region, so a screen reader announces what went wrong when it appears.
 */
function errorBox(t: TrendStrings, message: string) {
  return html`<div part="error"><strong>${t.error}:</strong> <span role="alert">${message}</span></div>`;
}

/**
 * @tagname dti-trend
 * @summary A unit's index or rank over the periods of a score series, against the median of all units;
 * points rolled up from former units (before a merger) are hollow and say so. A compact sparkline with
 * `variant="sparkline"`.
 *
 * @csspart chart - The chart's `<svg>`.
 * @csspart legend - The key to the lines and the median.
 * @csspart notes - The notes on rolled-up points and missing medians.
 * @csspart sparkline - The sparkline (`variant="sparkline"`).
 * @csspart error - The error message.
 *
 * @cssproperty --dti-color-accent - The first unit's line and points.
 * @cssproperty --dti-color-series-2 - The second unit's line and points.
 * @cssproperty --dti-color-series-3 - The third unit's line and points.
 * @cssproperty --dti-color-track - Grid lines and the interquartile band.
 * @cssproperty --dti-color-text - Text and period labels.
 * @cssproperty --dti-color-muted - Axis labels, the median line and notes.
 * @cssproperty --dti-color-background - The inside of hollow (rolled-up) points.
 * @cssproperty --dti-color-surface - The tooltip.
 * @cssproperty --dti-color-border - The tooltip's border.
 * @cssproperty --dti-color-focus - The focused point.
 * @cssproperty --dti-color-down - Border of the error message.
 * @cssproperty --dti-radius - Corners of the error message.
 * @cssproperty --dti-font-family - Font.
 *
 * @event dti-load - `src` was read. `detail: { data, warnings }`: the series, and no warnings.
 * @event dti-error - The series could not be read or is not a score series. `detail: { message, issues }`.
 * @event dti-select - A unit was chosen (click, Enter or Space on one of its points). `detail: { id }`. With
 * `for`, the unit chosen on the page is drawn with a heavier line and its points are `aria-pressed="true"`.
 */
export class DtiTrend extends DtiLinkedElement {
  static override styles = trendStyles;

  static override properties = {
    series: { attribute: false },
    src: { reflect: true },
    unitIds: { attribute: 'unit-ids', reflect: true },
    measure: { reflect: true },
    variant: { reflect: true },
    _active: state,
  };

  /** A score series (`scoreSeries` of `@dti-kit/core`, or its JSON). */
  declare series: ScoreSeries | undefined;
  /** URL of a score series as JSON. */
  declare src: string | undefined;
  /** Ids of the units to draw, comma-separated (at most three are drawn); default the linked selection. */
  declare unitIds: string | undefined;
  /** `value` (default): the index; `rank`: the rank, 1 at the top. */
  declare measure: 'value' | 'rank' | undefined;
  /** `chart` (default) or `sparkline`: a small inline line for one unit. */
  declare variant: 'chart' | 'sparkline' | undefined;
  /** Id of a `<dti-league-table>` to follow: its selected unit is drawn when `unit-ids` is not set. */
  declare for: string | undefined;
  /** The point that has the keyboard focus (or the hover): `[unit, period]`. */
  declare _active: [number, number] | undefined;
  readonly #source = new SourceController<ScoreSeries>(this);
  readonly #link = new LinkConsumer(this);
  readonly #checked = new WeakMap<object, SeriesFault | undefined>();
  #inline: { text: string; result: { series?: ScoreSeries; error?: string; fault?: SeriesFault } } | undefined;

  constructor() {
    super();
    // Drawn again once the page is parsed: the JSON pasted inside may have been incomplete before.
    new InlineJsonController(this, () => this.requestUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src'))
      this.#source.loadJson(this.src, (json) => {
        const fault = seriesFault(json);
        return fault && seriesMessage(fault, this.currentLocale());
      });
  }

  /** The series to draw (from `src`, else `series`, else the JSON inside), or why it cannot be drawn. */
  #input(locale: Locale): { series?: ScoreSeries; error?: string } {
    if (this.src) {
      const { error, data } = this.#source;
      return error ? { error: error.message } : data ? { series: data } : {};
    }
    if (this.series !== undefined && this.series !== null) {
      const series = this.series as unknown;
      let fault: SeriesFault | undefined;
      if (typeof series !== 'object' || series === null) fault = seriesFault(series);
      else {
        if (!this.#checked.has(series)) this.#checked.set(series, seriesFault(series));
        fault = this.#checked.get(series);
      }
      // The error state at once; its sentence once the words have loaded (`error` is '' until then).
      return fault ? { error: seriesText(fault, locale, this) } : { series: this.series };
    }
    return this.#inlineSeries(locale);
  }

  #inlineSeries(locale: Locale): { series?: ScoreSeries; error?: string } {
    if (document.readyState === 'loading') return {};
    const text = this.querySelector(INLINE_JSON)?.textContent?.trim();
    if (!text) return {};
    if (this.#inline?.text !== text) {
      let result: { series?: ScoreSeries; error?: string; fault?: SeriesFault } = {};
      try {
        const json = JSON.parse(text) as unknown;
        const fault = seriesFault(json);
        result = fault ? { fault } : { series: json as ScoreSeries };
      } catch {
        // Where the text breaks is found by a scanner loaded now; a block edited meanwhile wins.
        void notJsonError(text, INLINE_SOURCE, locale).then((error) => {
          if (this.#inline?.text !== text) return;
          this.#inline = { text, result: { error: error.message } };
          this.requestUpdate();
        });
      }
      this.#inline = { text, result };
    }
    const { fault } = this.#inline.result;
    return fault ? { error: seriesText(fault, locale, this) } : this.#inline.result;
  }

  /** The ids to draw: `unit-ids`, else the linked table's selection. */
  #ids(): string[] {
    const ids = (this.unitIds ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (ids.length) return ids.slice(0, 3);
    const selected = this.#link.state.selected;
    return selected ? [selected] : [];
  }

  #choose(id: string): void {
    this.#link.select(id);
    this.emit('dti-select', { id });
  }

  protected override render() {
    const locale = this.currentLocale();
    const t = TREND_STRINGS[locale];
    const { series, error } = this.#input(locale);
    if (error !== undefined) return errorBox(t, error);
    if (!series) {
      const busy = Boolean(this.src) && this.#source.status === 'loading';
      return html`<p class="status" role="status" aria-busy=${busy ? 'true' : 'false'}>${STRINGS[locale][busy ? 'loading' : 'noData']}</p>`;
    }
    const ids = this.#ids();
    if (ids.length === 0) return html`<p class="status" role="status">${t.chooseUnit}</p>`;
    const unknown = ids.find((id) => !series.units.some((u) => u.id === id));
    if (unknown !== undefined) return errorBox(t, t.noUnit(unknown));
    const measure = this.measure === 'rank' ? 'rank' : 'value';
    if (this.variant === 'sparkline') {
      const unit = series.units.find((u) => u.id === ids[0]);
      return unit ? sparkline(unit.points, { measure, locale }) : nothing;
    }
    const model = trendModel(series, ids, measure, locale);
    return this.#chart(series, model, measure, locale);
  }

  #chart(series: ScoreSeries, model: TrendModel, measure: 'value' | 'rank', locale: Locale) {
    const t = TREND_STRINGS[locale];
    const title = measure === 'rank' ? t.titleRank : t.titleValue;
    const active = this._active && model.lines[this._active[0]]?.points.find((p) => p.period === this._active?.[1]);
    const first = model.lines[0]?.points[0];
    // The unit chosen on the page (in a linked element, or here): its line is drawn heavier and its points
    // say they are pressed, so one of several lines reads as the chosen one.
    const chosen = this.#link.state.selected;
    return html`
      <figure>
        <figcaption id="title">${title}: ${model.lines.map((l) => l.name).join(', ')}</figcaption>
        <svg part="chart" class="chart" viewBox="0 0 ${FRAME.width} ${FRAME.height}" role="group" aria-labelledby="title"
          @keydown=${(e: KeyboardEvent) => this.#onKey(e, model)}>
          ${this.#axes(series, model, measure, locale)}
          ${model.median ? svg`<g aria-hidden="true"><path class="band" d=${model.median.band || nothing}></path><path class="median" d=${model.median.d || nothing}></path></g>` : nothing}
          ${model.lines.map(
            (line, i) => svg`<g class=${`s${i}${line.id === chosen ? ' selected' : ''}`}>
              <path class="line" d=${line.d || nothing} aria-hidden="true"></path>
              ${line.sets.map((set) => svg`<text class="set" x=${(set.x + 9).toFixed(1)} y=${(set.y - 9).toFixed(1)} aria-hidden="true">${set.label}</text>`)}
              ${line.points.map((p) => this.#point(p, line.id, p === active || (!active && p === first), line.id === chosen))}
            </g>`,
          )}
          ${active ? this.#tip(active) : nothing}
        </svg>
        ${this.#legend(model, locale)}
        ${this.#table(series, model, measure, locale)}
      </figure>
    `;
  }

  #point(p: PlotPoint, id: string, tabbable: boolean, chosen: boolean) {
    const on = this._active?.[0] === p.unit && this._active?.[1] === p.period;
    return svg`<circle class=${`point${p.rolledUp ? ' rolled-up' : ''}${on ? ' active' : ''}`} data-unit=${id} data-period=${p.period}
      cx=${p.x.toFixed(1)} cy=${p.y.toFixed(1)} r=${on ? 7 : 5.5} tabindex=${tabbable ? 0 : -1} role="button" aria-label=${p.text}
      aria-pressed=${String(chosen)}
      @focus=${() => (this._active = [p.unit, p.period])} @mouseenter=${() => (this._active = [p.unit, p.period])}
      @click=${() => this.#choose(id)}></circle>`;
  }

  #tip(p: PlotPoint) {
    const width = Math.min(FRAME.width - 8, p.text.length * 6.4 + 16);
    const x = Math.max(4, Math.min(FRAME.width - width - 4, p.x - width / 2));
    const y = p.y > FRAME.top + 40 ? p.y - 38 : p.y + 14;
    return svg`<g class="tip" aria-hidden="true"><rect x=${x.toFixed(1)} y=${y.toFixed(1)} width=${width.toFixed(1)} height="24" rx="4"></rect><text x=${(x + 8).toFixed(1)} y=${(y + 16).toFixed(1)}>${p.text}</text></g>`;
  }

  #axes(series: ScoreSeries, model: TrendModel, measure: 'value' | 'rank', locale: Locale) {
    const t = TREND_STRINGS[locale];
    const { left, right, width, height, bottom } = FRAME;
    return svg`<g aria-hidden="true">
      ${model.ticks.map(
        (
          tick,
        ) => svg`<line class="grid" x1=${left} x2=${width - right} y1=${tick.y.toFixed(1)} y2=${tick.y.toFixed(1)}></line>
          <text class="tick" x=${left - 8} y=${(tick.y + 4).toFixed(1)} text-anchor="end">${tick.label}</text>`,
      )}
      ${series.periods.map((p, k) => svg`<text class="period" x=${(model.xs[k] as number).toFixed(1)} y=${height - bottom + 20} text-anchor="middle">${p.period}</text>`)}
      <text class="axis-title" x="12" y=${(height - bottom) / 2} transform=${`rotate(-90 12 ${(height - bottom) / 2})`} text-anchor="middle">${measure === 'rank' ? t.axisRank : t.axisValue}</text>
      <text class="axis-title" x=${(left + width - right) / 2} y=${height - 6} text-anchor="middle">${t.period}</text>
    </g>`;
  }

  #legend(model: TrendModel, locale: Locale) {
    const t = TREND_STRINGS[locale];
    const notes = [...model.notes, ...(model.noMedian.length ? [t.medianPartial(model.noMedian.join(', '))] : [])];
    return html`<p part="legend" class="legend" aria-hidden="true">
        ${model.lines.map(
          (l, i) =>
            html`<span class="key s${i}"><svg viewBox="0 0 24 12"><line class="line" x1="0" x2="24" y1="6" y2="6"></line></svg>${l.name}</span>`,
        )}
        ${model.median ? html`<span class="key"><svg viewBox="0 0 24 12"><rect class="band" x="0" y="1" width="24" height="10"></rect><line class="median" x1="0" x2="24" y1="6" y2="6"></line></svg>${t.medianLegend}</span>` : nothing}
      </p>
      ${notes.length ? html`<ul part="notes" class="notes">${notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}`;
  }

  #table(series: ScoreSeries, model: TrendModel, measure: 'value' | 'rank', locale: Locale) {
    const t = TREND_STRINGS[locale];
    const units = model.lines.map((l) => series.units.find((u) => u.id === l.id)).filter((u) => u !== undefined);
    const fmt = numberFormat(locale, 4);
    // A table does not shrink to 1px: its wrapper is the visually hidden box.
    return html`<div class="sr-only"><table>
      <caption>${measure === 'rank' ? t.titleRank : t.titleValue}</caption>
      <thead><tr><th scope="col">${t.period}</th>${units.map((u) => html`<th scope="col">${u.name}</th>`)}<th scope="col">${t.median}</th></tr></thead>
      <tbody>${series.periods.map(
        (p, k) =>
          html`<tr><th scope="row">${p.period}</th>${units.map((u) => {
            const point = u.points[k];
            return html`<td>${point ? pointText(u.name, point, locale).slice(u.name.length + p.period.length + 4) : ''}</td>`;
          })}<td>${p.median !== null && p.n === p.of ? fmt.format(p.median) : '–'}</td></tr>`,
      )}</tbody>
    </table></div>`;
  }

  #onKey(event: KeyboardEvent, model: TrendModel): void {
    const [unit, period] = this._active ?? [0, model.lines[0]?.points[0]?.period ?? 0];
    const line = model.lines[unit];
    if (!line) return;
    const at = line.points.findIndex((p) => p.period === period);
    let next: PlotPoint | undefined;
    if (event.key === 'ArrowRight') next = line.points[at + 1];
    else if (event.key === 'ArrowLeft') next = line.points[at - 1];
    else if (event.key === 'Home') next = line.points[0];
    else if (event.key === 'End') next = line.points[line.points.length - 1];
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const other = model.lines[(unit + (event.key === 'ArrowDown' ? 1 : model.lines.length - 1)) % model.lines.length];
      next = other?.points.reduce<PlotPoint | undefined>(
        (best, p) => (!best || Math.abs(p.period - period) < Math.abs(best.period - period) ? p : best),
        undefined,
      );
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#choose(line.id);
      return;
    } else return;
    event.preventDefault();
    if (!next) return;
    this._active = [next.unit, next.period];
    void this.updateComplete.then(() => {
      const el = this.renderRoot.querySelector<SVGElement>(`circle.active`);
      el?.focus();
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dti-trend': DtiTrend;
  }
}
