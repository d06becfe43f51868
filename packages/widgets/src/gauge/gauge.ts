import type { ScoreTable } from '@dti-kit/core';
import { labelIn } from '@dti-kit/core/present';
import { html, nothing, type PropertyValues, svg } from 'lit';
import { DtiElement } from '../shared/dti-element.js';
import type { Locale } from '../shared/locale.js';
import { type ShapeReport, scoreTableCheck, shapeMessage, shapeText } from '../shared/shape.js';
import { SourceController } from '../shared/source-controller.js';
import { drawnColour } from '../shared/tier-colour.js';
import { arc } from './arc.js';
import type { BandsCheck } from './bands.js';
import { gaugeStyles } from './gauge.styles.js';
import { type Band, clampPrecision, type GaugeModel, gaugeModel } from './gauge-model.js';
import type { GAUGE_PROBLEMS } from './gauge-problems.js';
import { GAUGE_STRINGS as STRINGS } from './gauge-strings.js';
import { loadedProblems, loadProblems } from './problems-load.js';

const TAU = Math.PI * 2;
const RADIUS = 80;
const THICKNESS = 20;

interface Geometry {
  width: number;
  height: number;
  cx: number;
  cy: number;
  /** Where the scale starts and ends: radians clockwise from 12 o'clock. */
  start: number;
  end: number;
}

const GEOMETRY: Record<'semicircle' | 'circle', Geometry> = {
  semicircle: { width: 200, height: 112, cx: 100, cy: 100, start: -Math.PI / 2, end: Math.PI / 2 },
  circle: { width: 200, height: 200, cx: 100, cy: 100, start: 0, end: TAU },
};

/** The angle of a share of the scale, as `arc` takes it: radians clockwise from 3 o'clock. */
function angle(g: Geometry, share: number): number {
  return g.start + (g.end - g.start) * share - Math.PI / 2;
}

/** The centre line of the ring from one share of the scale to another, as an SVG path. */
function centreLine(g: Geometry, from: number, to: number): string {
  const a0 = angle(g, from);
  const a1 = angle(g, to);
  return arc(g.cx, g.cy, RADIUS, a0, a1 === a0 ? a0 + 1e-6 : a1, false, 'move');
}

/** A ring segment between radii `inner` and `outer`, from one share of the scale to another. */
function segment(g: Geometry, inner: number, outer: number, from: number, to: number): string {
  // An empty segment draws nothing (not a sliver line across the ring).
  if (from === to) return '';
  const a0 = angle(g, from);
  const a1 = angle(g, to);
  // Back along the inner edge, the other way round: the ring between the two is filled.
  return `${arc(g.cx, g.cy, outer, a0, a1, false, 'move')}${arc(g.cx, g.cy, inner, a1, a0, true, 'line')}Z`;
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

/**
 * A number from an attribute: empty or absent is "no value" (never 0); only decimal notation is a
 * number ("0x10" is not 16), other text stays NaN to be reported.
 */
const optionalNumber = {
  fromAttribute: (v: string | null) =>
    v === null || v.trim() === '' ? undefined : /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(v) ? Number(v) : NaN,
  toAttribute: (v: number | undefined) => (v === undefined || v === null ? null : String(v)),
};

/** A number written with dots between groups of three digits, "2.528" or "1.234.567": thousands in Vietnamese. */
const THOUSANDS = /^\s*[+-]?[1-9]\d{0,2}(\.\d{3})+\s*$/;

/** Bands from the attribute: parsed JSON, or the text itself when it is not JSON (reported, not guessed). */
function parseBands(value: string | null): unknown {
  if (value === null || value.trim() === '') return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** What the gauge reads from its attributes and its table, before the model. */
interface Inputs {
  unit: ScoreTable['units'][number] | undefined;
  value: number | null | undefined;
  min: number;
  max: number;
  bands: BandsCheck;
  precision: number | undefined;
  label: string | undefined;
}

/** Why the gauge shows no number: nothing given, text that is not a number, or no `unit-id`. */
interface NoValue {
  ok: 'no-value';
  /** The sentence saying what was wrong, if anything was. */
  note?: string;
  /** Said instead of "Chưa có số liệu": a published table's unit without a value was not reported as having none. */
  instead?: string;
}

/** The gauge waits for its problem sentences (a placeholder meanwhile, as while `src` loads). */
interface Pending {
  ok: 'pending';
}

const PENDING: Pending = { ok: 'pending' };

/** The gauge's sentences about inputs it cannot use, in one language. */
type Problems = (typeof GAUGE_PROBLEMS)[Locale];

/** The gauge's own words, in one language. */
type GaugeText = (typeof STRINGS)[Locale];

/** The error of a scale whose max is not above its min (`undefined` when it is), in `t`'s language. */
function rangeError(input: Inputs, t: GaugeText, gauge: Element): { ok: false; message: string } | undefined {
  if (input.max > input.min) return undefined;
  // Text that is not a number in min or max is quoted as given, never shown as NaN.
  const raw = (name: 'min' | 'max', n: number) => (Number.isNaN(n) ? `"${gauge.getAttribute(name)}"` : String(n));
  return { ok: false, message: t.invalidRange(raw('min', input.min), raw('max', input.max)) };
}

/** Whether `target` or `previous` is usable: absent, or a number. */
const usable = (n: number | undefined) => n === undefined || Number.isFinite(n);

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
 * @csspart no-value - The gauge without a number ("Chưa có số liệu"), when the value is empty or absent.
 * @csspart range-hint - "ngoài thang 0–100", when the value lies outside the scale.
 *
 * @event dti-load - `src` was read. `detail: { data, warnings }`: the score table, and no warnings.
 * @event dti-error - `src` could not be read or is not a score table. `detail: { message, issues }`.
 *
 * @cssproperty --dti-color-accent - Value arc when no band applies.
 * @cssproperty --dti-color-track - Ring behind the value.
 * @cssproperty --dti-color-text - The number, and the text of the error message.
 * @cssproperty --dti-color-muted - Label, band name and the "no data" number.
 * @cssproperty --dti-color-up - Rise since the previous period.
 * @cssproperty --dti-color-down - Fall since the previous period, the out-of-scale hint, the error message's border.
 * @cssproperty --dti-color-background - Background of the error message.
 * @cssproperty --dti-color-surface - Placeholder while `src` loads.
 * @cssproperty --dti-radius - Corners of the placeholder and the error message.
 * @cssproperty --dti-font-family - Font.
 * @cssproperty --dti-gauge-duration - Length of the value animation; none when the reader prefers reduced motion.
 */
export class DtiGauge extends DtiElement {
  static override styles = gaugeStyles;

  static override properties = {
    value: { converter: optionalNumber, reflect: true },
    min: { converter: optionalNumber, reflect: true },
    max: { converter: optionalNumber, reflect: true },
    label: { reflect: true },
    unit: { reflect: true },
    target: { converter: optionalNumber, reflect: true },
    previous: { converter: optionalNumber, reflect: true },
    variant: { reflect: true },
    precision: { converter: optionalNumber, reflect: true },
    bands: { converter: { fromAttribute: parseBands } },
    src: { reflect: true },
    unitId: { attribute: 'unit-id', reflect: true },
    result: { attribute: false },
  };

  /** The score. Empty or absent: the gauge shows "Chưa có số liệu" (no data), never 0. */
  declare value: number | undefined;
  /** Lower end of the scale; default 0. */
  declare min: number | undefined;
  /** Upper end of the scale; default 100 (1 for a DTI result). */
  declare max: number | undefined;
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
  /** Decimals shown, 0–6 (other values are brought into range with a console warning); default: the result's precision, else up to 2. */
  declare precision: number | undefined;
  /**
   * Named bands as JSON: `[{"min": 0.65, "label": "Khá", "color": "#4d8f00"}]`; default the result's
   * tiers. Text that is not such a list shows the error state; a colour that is not a CSS colour is
   * dropped with a console warning.
   */
  declare bands: Band[] | undefined;
  /** URL of a score table (`dti score --format json`) to read the unit from. */
  declare src: string | undefined;
  /** The unit of `result` (or of `src`) to show. */
  declare unitId: string | undefined;
  /** A score table to read the unit from. */
  declare result: ScoreTable | undefined;
  readonly #source = new SourceController<ScoreTable>(this);
  readonly #warned = new Set<string>();
  readonly #checked = new WeakMap<object, ShapeReport | undefined>();
  #notes: string[] = [];
  /** The model of this update, made once in `willUpdate`, and the inputs it was made from. */
  #shown: GaugeModel | { ok: false; message: string } | NoValue | Pending = { ok: 'no-value' };
  #input: Inputs | undefined;
  /** The problem sentences loading, until the gauge has rendered with them. */
  #pending: Promise<unknown> | undefined;

  constructor() {
    super();
    // No defaults for min and max here: a default set before the attributes are read would be reflected
    // over them at the first update (min="abc" would become min="NaN"); the scale defaults to 0–100 where
    // it is used.
    this.variant = 'semicircle';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src'))
      this.#source.loadJson(this.src, (json) => {
        const report = scoreTableCheck(json);
        return report && shapeMessage(report, this.currentLocale());
      });
    this.#shown = this.#model();
  }

  protected override updated(): void {
    // Drive the arc through a custom property set from script: CSP-safe, and animatable in CSS.
    const model = this.#shown;
    const meter = this.renderRoot.querySelector<HTMLElement>('[part~="meter"]');
    if (meter && model.ok === true) meter.style.setProperty('--_share', String(model.share * 100));
  }

  /** A console warning, once per distinct message, for attributes the gauge had to correct; the message. */
  #warn(message: string): string {
    if (this.#warned.has(message)) return message;
    this.#warned.add(message);
    console.warn(`<dti-gauge>: ${message}`);
    return message;
  }

  /** The table to read the unit from: the loaded `src`, else `result`. */
  #table(): ScoreTable | undefined {
    return this.src ? this.#source.data : this.result;
  }

  /**
   * The problems part (sentences, which to say, the reading of `bands`); `undefined` while it loads, and
   * the gauge renders again when it has (its `updateComplete` waits for that).
   */
  #part(): ReturnType<typeof loadedProblems> {
    const part = loadedProblems();
    if (part) return part;
    const settled = () => {
      this.#pending = undefined;
    };
    this.#pending ??= loadProblems().then(() => {
      settled();
      this.requestUpdate();
    }, settled);
    return undefined;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const pending = this.#pending;
    if (!pending) return done;
    await pending;
    return this.getUpdateComplete();
  }

  #inputs(locale: Locale): Inputs | Pending {
    // The notes under the number are made anew with each model, which always reads the inputs first.
    this.#notes = [];
    const table = this.#table();
    const unit = table && this.unitId ? table.units.find((u) => u.id === this.unitId) : undefined;
    const fw = table?.framework;
    const tiers = fw?.tiers.map((t) => {
      const color = drawnColour(t.color, this);
      return { min: t.min, label: labelIn(t.label, locale), ...(color && { color }) };
    });
    const precision = clampPrecision(this.precision ?? fw?.precision);
    let bands: BandsCheck = { bands: tiers ?? [], error: null, badColours: [] };
    if (this.bands !== undefined) {
      // Bands of its own are read with the problem sentences (bands.ts): a gauge of a table's tiers never loads them.
      const part = this.#part();
      if (!part) return PENDING;
      bands = part.checkBands(this.bands, part.isColour);
    }
    const adjusted = precision.adjusted && this.precision !== undefined;
    if (adjusted || bands.badColours.length > 0) {
      const part = this.#part();
      if (!part) return PENDING;
      const shown = adjusted ? (this.getAttribute('precision') ?? String(this.precision)) : undefined;
      part.warnCorrected(part.GAUGE_PROBLEMS[locale], bands.badColours, shown, precision.digits, (m) => this.#warn(m));
    }
    return {
      unit,
      value: unit ? unit.value : this.value,
      min: fw && !this.hasAttribute('min') ? fw.scale.min : (this.min ?? 0),
      max: fw && !this.hasAttribute('max') ? fw.scale.max : (this.max ?? 100),
      bands,
      precision: precision.digits,
      label: this.label ?? unit?.name,
    };
  }

  #model(): GaugeModel | { ok: false; message: string } | NoValue | Pending {
    const locale = this.currentLocale();
    const { error } = this.#source;
    if (this.src && error) return { ok: false, message: error.message };
    const table = this.#table();
    const problem = table && !this.src ? this.#shapeOf(table) : undefined;
    if (problem) return { ok: false, message: shapeText(problem, locale, this) };
    const input = this.#inputs(locale);
    if ('ok' in input) return input;
    this.#input = input;
    const { unit } = input;
    // "2.528" in a Vietnamese page: 2528 as Vietnamese writes it, 2.528 as HTML reads it; asked, not guessed.
    const text = unit ? null : this.getAttribute('value');
    const thousands = locale === 'vi' && text !== null && THOUSANDS.test(text) ? text.trim() : '';
    const troubled =
      (table && !unit) ||
      input.bands.error !== null ||
      !usable(this.target) ||
      !usable(this.previous) ||
      thousands ||
      (unit?.value === null && table?.source === 'published') ||
      this.hasAttribute('for');
    const part = troubled ? this.#part() : undefined;
    if (troubled && !part) return PENDING;
    const p = part?.GAUGE_PROBLEMS[locale];
    const range = () => rangeError(input, STRINGS[locale], this);
    const said = p
      ? part?.troubledModel({
          ...input,
          p,
          table,
          unitId: this.unitId,
          thousands,
          bandsText: () => this.getAttribute('bands') ?? JSON.stringify(this.bands),
          range,
          warn: (m) => this.#warn(m),
          linked: this.getAttribute('for'),
          notes: this.#notes,
        })
      : range();
    if (said) return said;
    const value = input.value;
    if (value === null || value === undefined) return { ok: 'no-value' };
    if (!Number.isFinite(value)) {
      const note = STRINGS[locale].invalidValue(this.getAttribute('value') ?? String(value));
      this.#warn(note);
      return { ok: 'no-value', note };
    }
    return gaugeModel({
      value,
      min: input.min,
      max: input.max,
      bands: input.bands.bands,
      target: this.#optional('target', p),
      previous: this.#optional('previous', p),
      unit: this.unit,
      precision: input.precision,
      locale,
    });
  }

  /** A table given as a property gets the same shape check as one read from `src`, once per object. */
  #shapeOf(table: ScoreTable): ShapeReport | undefined {
    if (!this.#checked.has(table)) this.#checked.set(table, scoreTableCheck(table));
    return this.#checked.get(table);
  }

  /** `target` or `previous` when it is a number; text that is not is named in a warning and a note. */
  #optional(name: 'target' | 'previous', p: Problems | undefined): number | undefined {
    const n = this[name];
    if (usable(n) || !p) return n;
    this.#notes.push(p.invalidAttribute(name, this.getAttribute(name) ?? String(n), p.notNumber));
    this.#warn(this.#notes.at(-1) as string);
    return undefined;
  }

  /** The gauge without a number: the empty ring and "Chưa có số liệu", never a 0. */
  #renderNoValue(model: NoValue, locale: Locale, label: string | undefined) {
    const t = STRINGS[locale];
    const g = GEOMETRY[this.variant === 'circle' ? 'circle' : 'semicircle'];
    const { note } = model;
    const none = model.instead ?? t.noData;
    const spoken = [label, none, note].filter(Boolean).join(': ');
    // No number, so not a meter (a meter must have a value): an image whose name says there is no data.
    return html`<div part="meter no-value" class=${this.variant === 'circle' ? 'circle no-value' : 'semicircle no-value'} role="img" aria-label=${spoken}>
      <svg viewBox="0 0 ${g.width} ${g.height}" aria-hidden="true" focusable="false">
        <path part="track" class="track" d=${segment(g, RADIUS - THICKNESS / 2, RADIUS + THICKNESS / 2, 0, 1)}></path>
        <text part="value" class="value none" x=${g.cx} y=${this.variant === 'circle' ? g.cy + 8 : g.cy - 8} text-anchor="middle">—</text>
      </svg>
      <div class="caption" aria-hidden="true">
        ${label ? html`<span part="label" class="label">${label}</span>` : nothing}
        <span class="tier">${none}</span>
        ${note ? html`<span class="note">${note}</span>` : nothing}
      </div>
    </div>`;
  }

  protected override render() {
    const locale = this.currentLocale();
    const model = this.#shown;
    const waiting =
      model.ok === 'pending' ||
      Boolean(this.src && (this.#source.status === 'loading' || this.#source.status === 'idle'));
    if (waiting)
      return html`<div part="meter" class="loading" role="meter" aria-busy="true" aria-label=${this.label ?? STRINGS[locale].score}></div>`;
    // Before the inputs: a table refused by the shape check is not read (its `units` may not be a list).
    if (!model.ok) return html`<div part="error" role="alert">${model.message}</div>`;
    // Set by the model whenever it is not an error.
    const input = this.#input as Inputs;
    if (model.ok === 'no-value') return this.#renderNoValue(model, locale, input.label);
    return this.#renderMeter(model, input, locale);
  }

  /** The meter: the ring, the bands, the markers, the number and the caption. */
  #renderMeter(model: GaugeModel, input: Inputs, locale: Locale) {
    const g = GEOMETRY[this.variant === 'circle' ? 'circle' : 'semicircle'];
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
    // Past 7 characters the number is squeezed to the ring's inner width rather than spilling out.
    const long = model.text.length > 7;
    return html`
      <div
        part="meter"
        role="meter"
        aria-valuenow=${model.clamped}
        aria-valuemin=${input.min}
        aria-valuemax=${input.max}
        aria-valuetext=${model.valueText}
        aria-label=${input.label ?? STRINGS[locale].score}
        class=${this.variant === 'circle' ? 'circle' : 'semicircle'}
      >
        <svg viewBox="0 0 ${g.width} ${g.height}" aria-hidden="true" focusable="false">
          ${model.bandRanges.map(
            (r) =>
              svg`<path part="band" d=${segment(g, RADIUS + THICKNESS / 2 + 2, RADIUS + THICKNESS / 2 + 6, r.from, r.to)} fill=${r.band.color ?? 'currentColor'} class=${r.band.color ? '' : 'band-default'}></path>`,
          )}
          <path part="track" class="track" d=${segment(g, RADIUS - THICKNESS / 2, RADIUS + THICKNESS / 2, 0, 1)}></path>
          <path
            part="value-arc"
            class=${colour ? 'value-arc banded' : 'value-arc'}
            d=${centreLine(g, 0, 1)}
            pathLength="100"
            stroke=${colour ?? nothing}
          ></path>
          ${target ? svg`<line part="target" class="target" x1=${target.x1} y1=${target.y1} x2=${target.x2} y2=${target.y2}></line>` : nothing}
          ${previous ? svg`<line part="previous" class="previous" x1=${previous.x1} y1=${previous.y1} x2=${previous.x2} y2=${previous.y2}></line>` : nothing}
          <text part="value" class="value" x=${g.cx} y=${textY} text-anchor="middle" textLength=${long ? 130 : nothing} lengthAdjust="spacingAndGlyphs">${model.text}</text>
        </svg>
        <div class="caption">
          ${input.label ? html`<span part="label" class="label">${input.label}</span>` : nothing}
          ${model.band?.label ? html`<span part="tier" class="tier">${model.band.label}</span>` : nothing}
          ${model.rangeHint ? html`<span part="range-hint" class="range-hint">${model.rangeHint}</span>` : nothing}
          ${this.#notes.map((n) => html`<span class="note">${n}</span>`)}
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
