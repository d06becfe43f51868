import type { ScoreTable } from '@dti-kit/core';
import { path } from 'd3-path';
import { arc } from 'd3-shape';
import { html, LitElement, nothing, type PropertyValues, svg } from 'lit';
import { type Locale, localeOf, STRINGS } from '../shared/i18n.js';
import { gaugeStyles } from './gauge.styles.js';
import { type Band, type GaugeModel, gaugeModel } from './gauge-model.js';

const TAU = Math.PI * 2;
const RADIUS = 80;
const THICKNESS = 20;

interface Geometry {
  width: number;
  height: number;
  cx: number;
  cy: number;
  /** Angles in d3-shape's convention: radians clockwise from 12 o'clock. */
  start: number;
  end: number;
}

const GEOMETRY: Record<'semicircle' | 'circle', Geometry> = {
  semicircle: { width: 200, height: 112, cx: 100, cy: 100, start: -Math.PI / 2, end: Math.PI / 2 },
  circle: { width: 200, height: 200, cx: 100, cy: 100, start: 0, end: TAU },
};

/** The centre line of the ring from one share of the scale to another, as an SVG path. */
function centreLine(g: Geometry, from: number, to: number): string {
  const p = path();
  // d3-path measures angles from 3 o'clock; d3-shape from 12 o'clock.
  const a0 = g.start + (g.end - g.start) * from - Math.PI / 2;
  const a1 = g.start + (g.end - g.start) * to - Math.PI / 2;
  p.arc(g.cx, g.cy, RADIUS, a0, a1 === a0 ? a0 + 1e-6 : a1);
  return p.toString();
}

function tick(
  g: Geometry,
  share: number,
  inner: number,
  outer: number,
): { x1: number; y1: number; x2: number; y2: number } {
  const a = g.start + (g.end - g.start) * share - Math.PI / 2;
  return {
    x1: g.cx + inner * Math.cos(a),
    y1: g.cy + inner * Math.sin(a),
    x2: g.cx + outer * Math.cos(a),
    y2: g.cy + outer * Math.sin(a),
  };
}

function parseBands(value: string | null): Band[] | undefined {
  if (!value) return undefined;
  try {
    const parsed = JSON.parse(value) as unknown;
    return Array.isArray(parsed) ? (parsed as Band[]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @tagname dti-gauge
 * @summary One score on a semicircle or full-circle gauge, with named bands, a target and the change
 * since the previous period. Screen readers hear it as a meter: "69,6 trên 100, mức Khá".
 *
 * @csspart meter - The element with `role="meter"`, holding the drawing and the text.
 * @csspart track - The ring behind the value.
 * @csspart value-arc - The filled part of the ring.
 * @csspart band - Each band segment on the outer edge.
 * @csspart target - The target marker.
 * @csspart previous - The previous-value marker.
 * @csspart value - The number in the middle.
 * @csspart label - The label under the number.
 * @csspart tier - The band's name.
 * @csspart change - The change since the previous period.
 * @csspart error - The error message shown instead of the gauge.
 *
 * @cssproperty --dti-color-accent - Value arc when no band applies. Default #0b5cad (light), #6cb6ff (dark).
 * @cssproperty --dti-color-track - Ring behind the value. Default #e4e8ec.
 * @cssproperty --dti-color-text - Text. Default #1b1f24.
 * @cssproperty --dti-color-muted - Secondary text. Default #57606a.
 * @cssproperty --dti-color-up - Rise since the previous period. Default #1a7f37.
 * @cssproperty --dti-color-down - Fall since the previous period. Default #b42318.
 * @cssproperty --dti-font-family - Font. Default the system UI font.
 * @cssproperty --dti-gauge-duration - Length of the value animation. Default 600ms; none when the reader prefers reduced motion.
 */
export class DtiGauge extends LitElement {
  static override styles = gaugeStyles;

  static override properties = {
    value: { type: Number, reflect: true },
    min: { type: Number, reflect: true },
    max: { type: Number, reflect: true },
    label: { reflect: true },
    unit: { reflect: true },
    target: { type: Number, reflect: true },
    previous: { type: Number, reflect: true },
    variant: { reflect: true },
    precision: { type: Number, reflect: true },
    locale: { reflect: true },
    theme: { reflect: true },
    bands: {
      converter: { fromAttribute: parseBands, toAttribute: (b: Band[] | undefined) => (b ? JSON.stringify(b) : null) },
    },
    src: { reflect: true },
    unitId: { attribute: 'unit-id', reflect: true },
    result: { attribute: false },
    _loadError: { state: true },
  };

  /** The score. */
  declare value: number | undefined;
  /** Lower end of the scale; default 0. */
  declare min: number;
  /** Upper end of the scale; default 100 (1 for a DTI result). */
  declare max: number;
  /** What the score is about, e.g. the unit's name. */
  declare label: string | undefined;
  /** Unit shown after the number, e.g. `%`. */
  declare unit: string | undefined;
  /** A target value, marked on the ring. */
  declare target: number | undefined;
  /** The previous period's value: a marker and the change. */
  declare previous: number | undefined;
  /** `semicircle` (default) or `circle`. */
  declare variant: 'semicircle' | 'circle';
  /** Decimals shown; default: the result's precision, else up to 2. */
  declare precision: number | undefined;
  /** `vi` or `en`; default the page's `lang`, else Vietnamese. */
  declare locale: string | undefined;
  /** `light` (default), `dark` or `auto` (follows the system). */
  declare theme: string | undefined;
  /** Named bands as JSON: `[{"min": 0.65, "label": "Khá", "color": "#4d8f00"}]`; default the result's tiers. */
  declare bands: Band[] | undefined;
  /** URL of a score table (`dti score --format json`) to read the unit from. */
  declare src: string | undefined;
  /** The unit of `result` (or of `src`) to show. */
  declare unitId: string | undefined;
  /** A score table to read the unit from. */
  declare result: ScoreTable | undefined;
  declare _loadError: string | undefined;

  #loaded: string | undefined;

  constructor() {
    super();
    this.min = 0;
    this.max = 100;
    this.variant = 'semicircle';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src && this.src !== this.#loaded) void this.#load(this.src);
  }

  async #load(src: string): Promise<void> {
    this.#loaded = src;
    try {
      const response = await fetch(src);
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      this.result = (await response.json()) as ScoreTable;
      this._loadError = undefined;
    } catch (error) {
      this._loadError = `${src}: ${(error as Error).message}`;
    }
  }

  protected override updated(): void {
    // Drive the arc through a custom property set from script: CSP-safe, and animatable in CSS.
    const model = this.#model();
    const meter = this.renderRoot.querySelector<HTMLElement>('[part~="meter"]');
    if (meter && model.ok) meter.style.setProperty('--_share', String(model.share * 100));
  }

  #inputs(locale: Locale) {
    const unit = this.result && this.unitId ? this.result.units.find((u) => u.id === this.unitId) : undefined;
    const fw = this.result?.framework;
    const tiers = fw?.tiers.map((t) => ({
      min: t.min,
      label: locale === 'en' ? (t.label.en ?? t.label.vi) : t.label.vi,
      ...(t.color && { color: t.color }),
    }));
    return {
      unit,
      value: unit ? unit.value : this.value,
      min: fw && !this.hasAttribute('min') ? fw.scale.min : this.min,
      max: fw && !this.hasAttribute('max') ? fw.scale.max : this.max,
      bands: this.bands ?? tiers ?? [],
      precision: this.precision ?? fw?.precision,
      label: this.label ?? unit?.name,
    };
  }

  #model(): GaugeModel | { ok: false; message: string } {
    const locale = localeOf(this, this.locale);
    const t = STRINGS[locale];
    if (this._loadError) return { ok: false, message: this._loadError };
    const input = this.#inputs(locale);
    if (this.result && this.unitId && !input.unit) return { ok: false, message: t.noUnit(this.unitId) };
    if (input.value === undefined && this.hasAttribute('value') && this.getAttribute('value') !== '')
      return { ok: false, message: t.invalidValue(this.getAttribute('value') ?? '') };
    if (typeof input.value === 'number' && Number.isNaN(input.value))
      return { ok: false, message: t.invalidValue(this.getAttribute('value') ?? 'NaN') };
    return gaugeModel({
      value: input.value,
      min: input.min,
      max: input.max,
      bands: input.bands,
      target: this.target,
      previous: this.previous,
      unit: this.unit,
      precision: input.precision,
      locale,
    });
  }

  protected override render() {
    const locale = localeOf(this, this.locale);
    const waiting = Boolean(this.src && !this.result && !this._loadError);
    if (waiting)
      return html`<div part="meter" class="loading" role="meter" aria-busy="true" aria-label=${this.label ?? STRINGS[locale].score}></div>`;
    const model = this.#model();
    if (!model.ok) return html`<div part="error" role="alert">${model.message}</div>`;
    const input = this.#inputs(locale);
    const g = GEOMETRY[this.variant === 'circle' ? 'circle' : 'semicircle'];
    const ring = arc<{ from: number; to: number }>()
      .innerRadius(RADIUS - THICKNESS / 2)
      .outerRadius(RADIUS + THICKNESS / 2)
      .startAngle((d) => g.start + (g.end - g.start) * d.from)
      .endAngle((d) => g.start + (g.end - g.start) * d.to);
    const bandArc = arc<{ from: number; to: number }>()
      .innerRadius(RADIUS + THICKNESS / 2 + 2)
      .outerRadius(RADIUS + THICKNESS / 2 + 6)
      .startAngle((d) => g.start + (g.end - g.start) * d.from)
      .endAngle((d) => g.start + (g.end - g.start) * d.to);
    const colour = model.band?.color;
    const target =
      model.targetShare === null
        ? null
        : tick(g, model.targetShare, RADIUS - THICKNESS / 2 - 4, RADIUS + THICKNESS / 2 + 8);
    const previous =
      model.previousShare === null
        ? null
        : tick(g, model.previousShare, RADIUS - THICKNESS / 2, RADIUS - THICKNESS / 2 + 6);
    const textY = this.variant === 'circle' ? g.cy + 8 : g.cy - 8;
    return html`
      <div
        part="meter"
        role="meter"
        aria-valuenow=${input.value ?? nothing}
        aria-valuemin=${input.min}
        aria-valuemax=${input.max}
        aria-valuetext=${model.valueText}
        aria-label=${input.label ?? STRINGS[locale].score}
        class=${this.variant === 'circle' ? 'circle' : 'semicircle'}
      >
        <svg viewBox="0 0 ${g.width} ${g.height}" aria-hidden="true" focusable="false">
          <g transform="translate(${g.cx} ${g.cy})">
            ${model.bandRanges.map(
              (r) =>
                svg`<path part="band" d=${bandArc(r) ?? ''} fill=${r.band.color ?? 'currentColor'} class=${r.band.color ? '' : 'band-default'}></path>`,
            )}
            <path part="track" class="track" d=${ring({ from: 0, to: 1 }) ?? ''}></path>
          </g>
          <path
            part="value-arc"
            class=${colour ? 'value-arc banded' : 'value-arc'}
            d=${centreLine(g, 0, 1)}
            pathLength="100"
            stroke=${colour ?? nothing}
          ></path>
          ${target ? svg`<line part="target" class="target" x1=${target.x1} y1=${target.y1} x2=${target.x2} y2=${target.y2}></line>` : nothing}
          ${previous ? svg`<line part="previous" class="previous" x1=${previous.x1} y1=${previous.y1} x2=${previous.x2} y2=${previous.y2}></line>` : nothing}
          <text part="value" class="value" x=${g.cx} y=${textY} text-anchor="middle">${model.text}</text>
        </svg>
        <div class="caption">
          ${input.label ? html`<span part="label" class="label">${input.label}</span>` : nothing}
          ${model.band?.label ? html`<span part="tier" class="tier">${model.band.label}</span>` : nothing}
          ${
            model.change
              ? html`<span part="change" class="change ${model.change.direction}"
                  >${model.change.direction === 'up' ? '▲' : model.change.direction === 'down' ? '▼' : '='} ${model.change.text}</span
                >`
              : nothing
          }
        </div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dti-gauge': DtiGauge;
  }
}
