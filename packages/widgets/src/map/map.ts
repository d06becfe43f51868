import type { ScoreResult, ScoreTable } from '@dti-kit/core';
import { labelIn } from '@dti-kit/core/present';
import { html, nothing, type PropertyValues, render, svg, type TemplateResult } from 'lit';
import { DtiLinkedElement } from '../shared/dti-element.js';
import { INLINE_JSON, INLINE_SOURCE, InlineJsonController } from '../shared/inline-json.js';
import { LinkConsumer } from '../shared/link.js';
import type { Locale } from '../shared/locale.js';
import { type ShapeReport, scoreTableCheck, shapeMessage, shapeText } from '../shared/shape.js';
import { fetchOk, notJsonError, parseJson, SourceController } from '../shared/source-controller.js';
import { state } from '../shared/state.js';
import { colourWarnings, drawnColour } from '../shared/tier-colour.js';
import type { GeoShapes } from './geo-shapes.js';
import { mapStyles } from './map.styles.js';
import { MAP_STRINGS, type MapStrings } from './map-strings.js';
import { type ColourBy, type DrawnRegion, type LegendEntry, type MapView, mapView } from './map-view.js';
import { type Centre, type Direction, nearestInDirection } from './nearest-region.js';
import { type Tile, type TileLayoutName, tileLayout } from './tile-layouts.js';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
// A tile is 10 units of the drawing; the square drawn leaves a gap between neighbours.
const CELL = 10;
const TILE = 9.2;
// The hidden table of a map with more regions than this follows a new view once views settle, after
// this many milliseconds without a new one (see `#listed`); smaller tables follow at once.
const LIST_AT_ONCE = 200;
const LIST_AFTER_MS = 250;

/** Whether two keys list the same things. */
const sameKey = (a: readonly unknown[] | undefined, b: readonly unknown[]) =>
  a !== undefined && a.length === b.length && a.every((k, i) => k === b[i]);

/**
 * A part of the shadow DOM that Lit renders again only when its key changes: the regions of a map of
 * thousands of communes are not gone through again when a unit is chosen (the map marks the chosen
 * region itself, see `#mark`), nor its hidden table when only the pointer moves.
 */
class Layer<E extends HTMLElement | SVGElement> {
  #key: unknown[] | undefined;
  constructor(readonly node: E) {}

  /** Renders `template()` into the node when `key` differs from the last; whether it did. */
  update(key: unknown[], template: () => unknown): boolean {
    if (sameKey(this.#key, key)) return false;
    render(template(), this.node);
    this.#key = key;
    return true;
  }
}

/** The geo file's shapes, or why it cannot be drawn. */

/**
 * @tagname dti-map
 * @summary Units on a map of Vietnam, coloured by tier or by value: a built-in tile grid (one equal square
 * per province, 34 from 2025 or the 63 before) that needs no boundary data, or the editor's own GeoJSON or
 * TopoJSON (loaded only then). A tooltip on hover and focus, arrow keys between regions, Enter to choose;
 * a hidden table for screen readers. Units the map cannot place are named under it. With `for="<id>"` it
 * follows a league table: it shows its data, marks its chosen unit, and a unit chosen here is chosen there.
 *
 * @csspart base - The figure around everything.
 * @csspart map - The SVG drawing.
 * @csspart region - Each tile or shape; also `region-selected` on the chosen unit.
 * @csspart tooltip - The tooltip of the region under the pointer or focus.
 * @csspart legend - The legend.
 * @csspart notice - The sentences naming units without a region (and regions without a unit).
 * @csspart status - The loading and empty messages.
 * @csspart error - The error message.
 *
 * @cssproperty --dti-color-text - Text, and the outline of the chosen region.
 * @cssproperty --dti-color-muted - The legend and notices.
 * @cssproperty --dti-color-background - Gaps between regions and the tooltip's background.
 * @cssproperty --dti-color-surface - The "no data" hatch's ground.
 * @cssproperty --dti-color-border - Region outlines and the tooltip's border.
 * @cssproperty --dti-color-accent - Regions of a tier without a colour.
 * @cssproperty --dti-color-track - The "no data" hatch's lines.
 * @cssproperty --dti-color-down - Border of the error message.
 * @cssproperty --dti-color-focus - Focus ring.
 * @cssproperty --dti-radius - Corners of the tooltip and the error message.
 * @cssproperty --dti-font-family - Font.
 * @cssproperty --dti-map-max-height - The most height the map takes on the page.
 *
 * @event dti-select - A unit was chosen (click, Enter or Space on its region). `detail: { id, unit }`.
 * @event dti-load - `src` was read. `detail: { data, warnings }`: the score table, and no warnings.
 * @event dti-error - The data or the geo file could not be shown. `detail: { message, issues }`.
 */
export class DtiMap extends DtiLinkedElement {
  static override styles = mapStyles;

  static override properties = {
    src: { reflect: true },
    table: { attribute: false },
    result: { attribute: false },
    layout: { reflect: true },
    colourBy: { attribute: 'colour-by', reflect: true },
    geoSrc: { attribute: 'geo-src', reflect: true },
    geoKey: { attribute: 'geo-key', reflect: true },
    selected: { reflect: true },
    caption: { reflect: true },
    _focus: state,
    _tip: state,
    _inline: state,
    _fromResult: state,
  };

  /** URL of a score table (`dti score --format json`). */
  declare src: string | undefined;
  /** A score table to show. */
  declare table: ScoreTable | undefined;
  /** A score result (from the core's `score`) or score table to show. */
  declare result: ScoreResult | ScoreTable | undefined;
  /** Id of a `<dti-league-table>` to follow: its data, and one chosen unit for both. */
  declare for: string | undefined;
  /** `tiles-34` (default: the provinces from 2025) or `tiles-63` (before); ignored with `geo-src`. */
  declare layout: TileLayoutName;
  /** `tier` (default: the framework's tier colours) or `value` (a sequential scale of five classes). */
  declare colourBy: ColourBy;
  /** URL of the editor's own GeoJSON or TopoJSON (at most 20 MB and 5,000 features). */
  declare geoSrc: string | undefined;
  /** The feature property matched against unit ids or names (folded); default `name`. */
  declare geoKey: string;
  /** Id of the chosen unit. */
  declare selected: string | undefined;
  /** The map's caption; default the framework's name. */
  declare caption: string | undefined;

  declare _focus: string | undefined;
  declare _tip: string | undefined;
  declare _inline: { table?: ScoreTable; problem?: ShapeReport; error?: string } | undefined;
  declare _fromResult: ScoreTable | undefined;

  readonly #source = new SourceController<ScoreTable>(this);
  readonly #link = new LinkConsumer(this);
  readonly #checked = new WeakMap<object, ShapeReport | undefined>();
  // The geo file loads as the data does, newest `geo-src` only; its success is no `dti-load` (the data's is).
  readonly #geo = new SourceController<GeoShapes>(this, false);
  #view: { key: unknown[]; view: MapView } | undefined;
  /**
   * The view whose words the regions and the hidden table say, the regions it was made on, and the wait
   * before they say a newer one (see `#listed`).
   */
  #listedView: { view: MapView; regions: readonly unknown[] } | undefined;
  readonly #regionLayer: Layer<SVGGElement> = new Layer(document.createElementNS('http://www.w3.org/2000/svg', 'g'));
  readonly #listLayer: Layer<HTMLDivElement> = new Layer(document.createElement('div'));
  /** Each region's element by region id, for the regions drawn last. */
  #regionEls = new Map<string, SVGGElement>();
  #regionElsOf: readonly unknown[] | undefined;
  /** The regions' elements in the order of the regions drawn (Lit renders them in that order). */
  #regionList: SVGGElement[] = [];
  /** The view whose colours the regions show (see `#paint`); none after the regions were drawn anew. */
  #painted: MapView | undefined;
  /** The elements marked as chosen and as taking the focus (see `#mark`). */
  readonly #marked = new Map<'selected' | 'focus', Element>();
  /** What the last render drew, for `#mark` to mark once it is in the document. */
  #drawn: { view: MapView; selected: string | undefined; focus: string | undefined } | undefined;
  #listTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    new InlineJsonController(this, () => this.#readInline());
    this.layout = 'tiles-34';
    this.colourBy = 'tier';
    this.geoKey = 'name';
    this.#listLayer.node.className = 'sr-only';
  }

  override disconnectedCallback(): void {
    clearTimeout(this.#listTimer);
    this.#listTimer = undefined;
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src'))
      this.#source.loadJson(this.src, (json) => {
        const report = scoreTableCheck(json);
        return report && shapeMessage(report, this.currentLocale());
      });
    if (changed.has('geoSrc') || changed.has('geoKey')) this.#loadGeo();
    if (changed.has('result')) void this.#adoptResult();
  }

  protected override updated(): void {
    const drawn = this.#drawn;
    if (drawn) this.#mark(drawn.view, drawn.selected, drawn.focus);
    if (!this._tip) return;
    const tip = this.renderRoot.querySelector<HTMLElement>('[part~="tooltip"]');
    const region = this.#regionEls.get(this._tip);
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    if (!tip || !region || !frame) return;
    // Placed from script (CSP-safe): above the region, kept inside the frame.
    const box = region.getBoundingClientRect();
    const outer = frame.getBoundingClientRect();
    const x = Math.min(Math.max(box.left + box.width / 2 - outer.left, 0), outer.width);
    tip.style.setProperty('left', `${x}px`);
    tip.style.setProperty('top', `${box.top - outer.top}px`);
    tip.classList.toggle('end', x > outer.width * 0.6);
    tip.classList.toggle('start', x < outer.width * 0.4);
  }

  /** Reads `<script type="application/json">` inside the element, when nothing else is given. */
  #readInline(): void {
    if (!this.isConnected) return;
    const block = this.querySelector(INLINE_JSON);
    if (!block?.textContent?.trim()) {
      this._inline = undefined;
      return;
    }
    const text = block.textContent;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      // Where the text breaks is found by a scanner loaded now; a block edited meanwhile wins.
      void notJsonError(text, INLINE_SOURCE, this.currentLocale()).then((error) => {
        if (this.querySelector(INLINE_JSON)?.textContent === text) this._inline = { error: error.message };
      });
      return;
    }
    const problem = scoreTableCheck(json);
    this._inline = problem ? { problem } : { table: json as ScoreTable };
  }

  async #adoptResult(): Promise<void> {
    const value = this.result;
    if (value && typeof (value as ScoreResult).explain === 'function') {
      const { scoreTable } = await import('../league-table/from-result.js');
      if (this.result === value) this._fromResult = scoreTable(value as ScoreResult);
    } else this._fromResult = value as ScoreTable | undefined;
  }

  #loadGeo(): void {
    const url = this.geoSrc;
    const key = this.geoKey || 'name';
    if (!url) this.#geo.reset();
    else
      void this.#geo.run(async ({ signal, loading }) => {
        loading();
        const { loadGeoShapes } = await import('./geo-shapes.js');
        return {
          data: await loadGeoShapes(url, key, signal, this.currentLocale(), { fetchOk, parseJson }),
          warnings: [],
        };
      });
  }

  /** The table shown and the chosen unit: the linked table's, else this element's own. */
  #data(): { table?: ScoreTable; error?: string; selected: string | undefined } {
    if (this.for && this.#link.linked) {
      const { table, error, selected } = this.#link.state;
      return table ? { table, selected } : { ...(error && { error }), selected };
    }
    const selected = this.selected;
    const own = this.table ?? this._fromResult;
    if (own) {
      if (!this.#checked.has(own)) this.#checked.set(own, scoreTableCheck(own));
      const problem = this.#checked.get(own);
      return problem ? { error: shapeText(problem, this.currentLocale(), this), selected } : { table: own, selected };
    }
    if (this.src) {
      const { error, data } = this.#source;
      return error ? { error: error.message, selected } : { ...(data && { table: data }), selected };
    }
    const inline = this._inline;
    if (inline?.problem) return { error: shapeText(inline.problem, this.currentLocale(), this), selected };
    return { ...(inline?.table && { table: inline.table }), ...(inline?.error && { error: inline.error }), selected };
  }

  /** The regions drawn and where they are: the tiles of the layout, or the geo file's shapes. */
  #regions(): { tiles?: readonly Tile[]; shapes?: GeoShapes } {
    if (this.geoSrc) return this.#geo.status === 'ready' && this.#geo.data ? { shapes: this.#geo.data } : {};
    return { tiles: tileLayout(this.layout === 'tiles-63' ? 'tiles-63' : 'tiles-34') };
  }

  #viewOf(table: ScoreTable, regions: readonly { id: string; name: string }[], locale: Locale): MapView {
    const key = [table, regions, locale, this.colourBy, this.geoSrc];
    if (this.#view?.key.every((k, i) => k === key[i])) return this.#view.view;
    const view = mapView(table, regions, {
      colourBy: this.colourBy === 'value' ? 'value' : 'tier',
      locale,
      listEmptyRegions: Boolean(this.geoSrc),
      drawn: (c) => drawnColour(c, this),
    });
    this.#view = { key, view };
    return view;
  }

  protected override render() {
    this.#drawn = undefined;
    const locale = this.currentLocale();
    const t = MAP_STRINGS[locale];
    const { table, error, selected } = this.#data();
    const geoError = this.#geo.error?.message;
    if (error !== undefined || geoError !== undefined)
      return html`<div part="error"><strong>${t.error}:</strong> <span role="alert">${error ?? geoError}</span></div>`;
    const loading = (this.src && this.#source.status === 'loading') || this.#geo.status === 'loading';
    if (loading) return html`<p part="status" role="status" aria-busy="true">${t.loading}</p>`;
    if (!table) return html`<p part="status" role="status">${t.nothing}</p>`;
    const { tiles, shapes } = this.#regions();
    const regions = tiles ?? shapes?.shapes ?? [];
    const view = this.#viewOf(table, regions, locale);
    const caption = this.caption ?? labelIn(table.framework.label, locale);
    const focus = this.#focusId(view, selected);
    this.#drawn = { view, selected, focus };
    const listed = this.#listed(view, regions);
    const notices = [...view.notices, ...colourWarnings(table.framework.tiers, locale, this)];
    return html`<figure part="base">
      <figcaption id="caption">${caption}${table.period ? ` — ${table.period}` : ''}</figcaption>
      <p class="sr-only" id="keys">${t.keys}</p>
      <div class="frame">
        ${tiles ? this.#tileMap(tiles, view, listed, caption) : this.#geoMap(shapes as GeoShapes, view, listed, caption)}
        ${this.#tooltip(view, t)}
      </div>
      <ul part="legend" class="legend" aria-label=${t.legend}>
        ${view.legend.map(
          (e) =>
            html`<li><svg class="swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><rect width="10" height="10" fill=${e.colour ?? (e.plain ? 'none' : 'url(#hatch)')} class=${swatchClass(e)}></rect></svg>${e.label}</li>`,
        )}
      </ul>
      ${notices.length ? html`<div part="notice" class="notice" role="note">${notices.map((n) => html`<p>${n}</p>`)}</div>` : nothing}
      ${this.#hiddenTable(listed, caption, t)}
    </figure>`;
  }

  /**
   * After each render: marks the chosen unit's region (part `region-selected`, `aria-pressed`) and the
   * one that takes the keyboard focus (`tabindex="0"`), and unmarks the ones marked before. Two regions
   * change, not thousands.
   */
  #mark(view: MapView, selected: string | undefined, focus: string | undefined): void {
    const chosen = selected === undefined ? undefined : view.regions.find((r) => r.unit?.id === selected)?.id;
    const set = (kind: 'selected' | 'focus', id: string | undefined, mark: (el: Element, on: boolean) => void) => {
      const el = id === undefined ? undefined : this.#regionEls.get(id);
      const before = this.#marked.get(kind);
      if (before === el) return;
      if (before) mark(before, false);
      if (el) {
        mark(el, true);
        this.#marked.set(kind, el);
      } else this.#marked.delete(kind);
    };
    set('selected', chosen, (el, on) => {
      el.setAttribute('part', on ? 'region region-selected' : 'region');
      el.setAttribute('aria-pressed', String(on));
    });
    set('focus', focus, (el, on) => el.setAttribute('tabindex', on ? '0' : '-1'));
  }

  /**
   * The view the hidden table lists. The first view at once; a newer one once views have stopped
   * changing for a moment: while a what-if weight is dragged, every frame brings a new view, and laying
   * out a table of thousands of rows (a map of communes) on each would take far longer than the frame.
   * The table is read on demand, not announced, so it follows a fraction of a second later.
   */
  #listed(view: MapView, regions: readonly unknown[]): MapView {
    const listed = this.#listedView;
    if (listed === undefined || listed.regions !== regions || view.regions.length <= LIST_AT_ONCE)
      this.#listedView = { view, regions };
    else if (view !== listed.view) {
      clearTimeout(this.#listTimer);
      this.#listTimer = setTimeout(() => {
        this.#listTimer = undefined;
        const now = this.#view;
        if (now) this.#listedView = { view: now.view, regions: now.key[1] as readonly unknown[] };
        this.requestUpdate();
      }, LIST_AFTER_MS);
    }
    return (this.#listedView as { view: MapView }).view;
  }

  /** The region that takes the keyboard focus: the one focused last, else the chosen unit's, else the first. */
  #focusId(view: MapView, selected: string | undefined): string | undefined {
    const ids = view.regions;
    if (this._focus && ids.some((r) => r.id === this._focus)) return this._focus;
    return ids.find((r) => r.unit && r.unit.id === selected)?.id ?? ids[0]?.id;
  }

  #tileMap(tiles: readonly Tile[], view: MapView, listed: MapView, caption: string) {
    let cols = 0;
    let rows = 0;
    for (const tile of tiles) {
      cols = Math.max(cols, tile.col + 1);
      rows = Math.max(rows, tile.row + 1);
    }
    this.#drawRegions(tiles, view, listed, () => {
      const at = new Map(tiles.map((tile) => [tile.id, tile]));
      return (id: string) => {
        const tile = at.get(id) as Tile;
        const x = tile.col * CELL;
        const y = tile.row * CELL;
        const lines = tile.label;
        const text = lines.map(
          (line, i) =>
            svg`<tspan x=${x + TILE / 2} y=${y + TILE / 2 + (i - (lines.length - 1) / 2) * 2.6}>${line}</tspan>`,
        );
        return svg`<rect x=${x} y=${y} width=${TILE} height=${TILE} rx="0.8"></rect><text aria-hidden="true">${text}</text>`;
      };
    });
    return this.#svg(`0 0 ${cols * CELL - (CELL - TILE)} ${rows * CELL - (CELL - TILE)}`, caption);
  }

  #geoMap(shapes: GeoShapes, view: MapView, listed: MapView, caption: string) {
    this.#drawRegions(shapes.shapes, view, listed, () => {
      const at = new Map(shapes.shapes.map((s) => [s.id, s]));
      return (id: string) => svg`<path d=${at.get(id)?.path ?? ''}></path>`;
    });
    return this.#svg(`0 0 1000 ${shapes.height}`, caption);
  }

  /**
   * Renders the regions into their layer when the regions or the words said change (accessible names
   * from `listed`, see `#listed`), then paints the fills of `view` (`#paint`). Whether a region is chosen
   * or takes the focus is marked after (`#mark`), so choosing a unit does not go through every region.
   */
  #drawRegions(
    regions: readonly { id: string }[],
    view: MapView,
    listed: MapView,
    shapeOf: () => (id: string) => TemplateResult,
  ): void {
    const drawn = this.#regionLayer.update([listed, regions], () => {
      const shape = shapeOf();
      // The words are the listed view's, region for region (it is made on the same regions as `view`).
      return regions.map(
        (r, i) =>
          svg`<g part="region" data-id=${r.id} role="button" tabindex="-1" aria-label=${listed.regions[i]?.said ?? ''} aria-pressed="false">${shape(r.id)}</g>`,
      );
    });
    if (drawn && this.#regionElsOf !== regions) {
      this.#regionElsOf = regions;
      this.#regionEls = new Map();
      this.#regionList = [...this.#regionLayer.node.children] as SVGGElement[];
      for (const el of this.#regionList) {
        const id = el.dataset.id;
        if (id !== undefined) this.#regionEls.set(id, el);
      }
      this.#painted = undefined;
    }
    this.#paint(view);
  }

  /**
   * Gives each region the colours of `view`: its class, its shape's fill and its label's class. Only the
   * regions whose colour changed since the last view painted on the same regions are touched: a what-if
   * weight moved over a map of communes recolours a few regions, not every one of thousands. These
   * attributes are left out of the regions' template so that Lit never holds a stale copy of them.
   */
  #paint(view: MapView): void {
    if (this.#painted === view) return;
    const before = this.#painted?.regions;
    view.regions.forEach((r, i) => {
      const was = before?.[i];
      if (was && was.missing === r.missing && was.fill === r.fill && was.lightText === r.lightText) return;
      const el = this.#regionList[i];
      if (!el) return;
      // Each attribute is written only when its value changes: a Khá region turning Tốt keeps its class.
      const kind = regionClass(r);
      if (!was || regionClass(was) !== kind) el.setAttribute('class', kind);
      const fill = r.missing ? 'url(#hatch)' : r.fill;
      const shape = el.firstElementChild;
      if (fill === undefined) shape?.removeAttribute('fill');
      else shape?.setAttribute('fill', fill);
      const label = el.lastElementChild;
      const text = textClass(r);
      if (label instanceof SVGTextElement && (!was || textClass(was) !== text)) label.setAttribute('class', text);
    });
    this.#painted = view;
  }

  #svg(viewBox: string, caption: string) {
    // One listener of each kind for all regions, not one per region: a map of thousands renders faster.
    return html`<svg part="map" viewBox=${viewBox} role="group" aria-label=${caption} aria-describedby="keys" @keydown=${this.#onKey}
      @click=${this.#onClick} @focusin=${this.#onEnter} @pointerover=${this.#onEnter} @focusout=${this.#onLeave}
      @pointerout=${this.#onLeave} focusable="false">
      <defs>
        <pattern id="hatch" patternUnits="userSpaceOnUse" width="2" height="2" patternTransform="rotate(45)">
          <rect class="hatch-ground" width="2" height="2"></rect><line class="hatch-line" x1="0" y1="0" x2="0" y2="2"></line>
        </pattern>
      </defs>
      ${this.#regionLayer.node}
    </svg>`;
  }

  #tooltip(view: MapView, t: MapStrings) {
    const r = this._tip ? view.regions.find((x) => x.id === this._tip) : undefined;
    if (!r) return nothing;
    return html`<div part="tooltip" class="tooltip" aria-hidden="true">
      <strong>${r.name}</strong>
      ${r.missing ? html`<span>${view.none}</span>${r.rank ? html`<span>${r.rank}</span>` : nothing}` : html`<span>${t.value}: ${r.value}</span>${r.rank ? html`<span>${r.rank}</span>` : nothing}${r.tier ? html`<span>${r.tier}</span>` : nothing}`}
    </div>`;
  }

  /** The hidden table, rendered again only when the view it lists (or its caption or language) changes. */
  #hiddenTable(view: MapView, caption: string, t: MapStrings) {
    this.#listLayer.update([view, caption, t], () => {
      const rows = view.regions
        .filter((r) => r.unit)
        .sort((a, b) => (a.unit?.rank ?? Infinity) - (b.unit?.rank ?? Infinity));
      // A table keeps its content's width whatever its own size: the hidden box around it clips it, or its
      // width would widen a narrow page (a horizontal scroll bar at 390 px).
      return html`<table>
      <caption>${caption}</caption>
      <thead><tr><th scope="col">${t.unit}</th><th scope="col">${t.value}</th><th scope="col">${t.rank}</th><th scope="col">${t.tier}</th></tr></thead>
      <tbody>${rows.map((r) => html`<tr><th scope="row">${r.name}</th><td>${r.value ?? view.none}</td><td>${r.unit?.rank ?? '—'}</td><td>${r.tier ?? '—'}</td></tr>`)}</tbody>
    </table>`;
    });
    return this.#listLayer.node;
  }

  /** The region an event happened in (its `<g data-id>`), if any. */
  #regionAt(target: EventTarget | null): string | undefined {
    return target instanceof Element ? target.closest<SVGGElement>('[data-id]')?.dataset.id : undefined;
  }

  readonly #onClick = (event: Event): void => {
    const id = this.#regionAt(event.target);
    const region = id === undefined ? undefined : this.#view?.view.regions.find((r) => r.id === id);
    if (region) this.#choose(region);
  };

  readonly #onEnter = (event: Event): void => {
    const id = this.#regionAt(event.target);
    if (id !== undefined) this.#show(id);
  };

  readonly #onLeave = (event: FocusEvent | PointerEvent): void => {
    const id = this.#regionAt(event.target);
    // Moving between the parts of one region (its shape and its label) does not leave it.
    if (id !== undefined && this.#regionAt(event.relatedTarget) !== id) this.#hide(id);
  };

  #show(id: string): void {
    this._tip = id;
  }

  #hide(id: string): void {
    const focused = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    if (this._tip === id && (focused as HTMLElement | null)?.dataset?.id !== id) this._tip = undefined;
  }

  readonly #onKey = (event: KeyboardEvent): void => {
    const from = (event.target as Element).closest<SVGGElement>('[data-id]')?.dataset.id;
    if (!from) return;
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      const to = nearestInDirection(this.#centres(), from, direction);
      if (to) void this.#moveFocus(to);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const region = this.#view?.view.regions.find((r) => r.id === from);
      if (region) this.#choose(region);
    } else if (event.key === 'Escape') this._tip = undefined;
  };

  #centres(): Centre[] {
    const { tiles, shapes } = this.#regions();
    if (tiles) return tiles.map((tile) => ({ id: tile.id, x: tile.col, y: tile.row }));
    return (shapes?.shapes ?? []).map((s) => ({ id: s.id, x: s.x, y: s.y }));
  }

  async #moveFocus(id: string): Promise<void> {
    this._focus = id;
    await this.updateComplete;
    this.#regionEls.get(id)?.focus();
  }

  #choose(region: DrawnRegion): void {
    this._focus = region.id;
    const unit = region.unit;
    if (!unit) return;
    this.selected = unit.id;
    this.#link.select(unit.id);
    this.emit('dti-select', { id: unit.id, unit });
  }
}

/** The class of a region: hatched as "no data", plain (a tier without a colour: the accent), or coloured. */
function regionClass(r: DrawnRegion): string {
  return r.missing ? 'region missing' : r.fill ? 'region' : 'region plain';
}

/** The class of a legend swatch: the accent of plain regions, the "no data" hatch, or its own colour. */
function swatchClass(e: LegendEntry): string {
  return e.plain ? 'plain' : e.colour ? '' : 'missing';
}

/** The class of a tile's label: light or dark on its fill, or with a halo on a colour of unknown lightness. */
function textClass(r: DrawnRegion): string {
  if (r.missing) return 'label on-missing';
  if (r.lightText === undefined) return r.fill ? 'label halo' : 'label on-accent';
  return r.lightText ? 'label light' : 'label dark';
}

declare global {
  interface HTMLElementTagNameMap {
    'dti-map': DtiMap;
  }
}
