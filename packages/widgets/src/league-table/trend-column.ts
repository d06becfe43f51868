// The league table's optional "Xu hướng" (trend) column: a sparkline per row from a score series, with
// a sentence for screen readers ("Chỉ số: 77,5 → 80,1, tăng 2,6"). Loaded on demand, the first time a
// table is given `trend-src`: a page without the column downloads none of this (the table itself holds
// only the attribute and the `import()`).
//
// The column decorates the table after each of its renders rather than being one of its columns: the
// table's rows are its own template; this controller adds one header cell and one cell per row at the
// end, and re-adds them after every render, so the table's code stays as it is. The cells are built
// with the DOM, not Lit: the module then carries no copy of Lit (the portal's entry is one file, so a
// chunk that used Lit would bring its own). It is therefore always
// the last column, is not sortable, and is not in the CSV export (a drawing is not a figure).
import type { ScoreSeries, SeriesPoint } from '@dti-kit/core/present';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Locale, localeOf, numberFormat } from '../shared/locale.js';
import { fetchJson } from '../shared/source-controller.js';
import { seriesProblem } from '../trend/series-problem.js';
import { sparklineMarks } from '../trend/sparkline-marks.js';

/** The column's words, Vietnamese first. */
export const TREND_COLUMN_STRINGS = {
  vi: {
    head: 'Xu hướng',
    value: 'Chỉ số',
    rank: 'Hạng',
    up: (d: string) => `tăng ${d}`,
    down: (d: string) => `giảm ${d}`,
    same: 'không đổi',
    rankUp: (d: string) => `lên ${d} bậc`,
    rankDown: (d: string) => `xuống ${d} bậc`,
    rankSame: 'giữ hạng',
    rankSets: (from: string, to: string) => `xếp hạng trong ${from} rồi ${to} đơn vị: hai thứ hạng không so sánh được`,
    none: 'không có số liệu qua các năm',
    failed: (why: string) => `Không vẽ được cột Xu hướng: ${why}`,
  },
  en: {
    head: 'Trend',
    value: 'Index',
    rank: 'Rank',
    up: (d: string) => `up ${d}`,
    down: (d: string) => `down ${d}`,
    same: 'unchanged',
    rankUp: (d: string) => `up ${d} ${d === '1' ? 'place' : 'places'}`,
    rankDown: (d: string) => `down ${d} ${d === '1' ? 'place' : 'places'}`,
    rankSame: 'same rank',
    rankSets: (from: string, to: string) => `ranked among ${from}, then ${to} units: the ranks do not compare`,
    none: 'no figures over the years',
    failed: (why: string) => `The Trend column cannot be drawn: ${why}`,
  },
} satisfies Record<Locale, Record<string, unknown>>;

type Measured = Pick<SeriesPoint, 'value' | 'rank'> & Partial<Pick<SeriesPoint, 'rankedAmong'>>;

/**
 * What a row's sparkline says: each period's figure ("–" where none was published), then the change
 * from the first figure to the last. For ranks, a smaller number is a gain.
 *
 * @example trendCellLabel([{ value: 77.5, rank: 4 }, { value: 80.1, rank: 2 }], 'value', 1, 'vi')
 * // → 'Chỉ số: 77,5 → 80,1, tăng 2,6'
 */
export function trendCellLabel(
  points: readonly Measured[],
  measure: 'value' | 'rank',
  precision: number,
  locale: Locale,
): string {
  const t = TREND_COLUMN_STRINGS[locale];
  const fmt = numberFormat(locale, measure === 'rank' ? 0 : precision);
  const figures = points.map((p) => (measure === 'rank' ? p.rank : p.value));
  if (!figures.some((v) => v !== null)) return t.none;
  // Ranks of several ranked sets (63 former provinces, then 34) say their set, "3/63 → 2/34", and
  // the change is read within the last set only: 3rd of 63 to 2nd of 34 is no gain of one place.
  const sets = measure === 'rank' ? rankSets(points) : [];
  const said = `${measure === 'rank' ? t.rank : t.value}: ${figures
    .map((v, k) =>
      v === null ? '–' : sets.length > 1 ? `${fmt.format(v)}/${points[k]?.rankedAmong ?? '?'}` : fmt.format(v),
    )
    .join(' → ')}`;
  const lastSet = sets[sets.length - 1];
  const known = figures.filter(
    (v, k): v is number => v !== null && (sets.length < 2 || (points[k]?.rankedAmong ?? null) === lastSet),
  );
  if (known.length < 2)
    return sets.length > 1
      ? `${said}, ${t.rankSets(String(sets[sets.length - 2] ?? '?'), String(lastSet ?? '?'))}`
      : said;
  // The change as the figures are shown: rounded first, so "80,1 − 77,5" reads 2,6, never 2,5999.
  const scale = 10 ** (measure === 'rank' ? 0 : precision);
  const first = Math.round((known[0] as number) * scale);
  const last = Math.round((known[known.length - 1] as number) * scale);
  const gain = measure === 'rank' ? first - last : last - first;
  const size = fmt.format(Math.abs(gain) / scale);
  const change =
    gain === 0
      ? measure === 'rank'
        ? t.rankSame
        : t.same
      : measure === 'rank'
        ? (gain > 0 ? t.rankUp : t.rankDown)(size)
        : (gain > 0 ? t.up : t.down)(size);
  return `${said}, ${change}`;
}

/** The sizes of the ranked sets of the points with a rank, in order, each once per run (63, 34). */
function rankSets(points: readonly Measured[]): (number | null)[] {
  const out: (number | null)[] = [];
  for (const p of points) {
    if (p.rank === null) continue;
    const among = p.rankedAmong ?? null;
    if (out.length === 0 || out[out.length - 1] !== among) out.push(among);
  }
  return out;
}

/** The table as the column sees it: a Lit element with the `trend-src` and `lang`/`locale` it was given. */
type TableHost = ReactiveControllerHost &
  HTMLElement & {
    trendSrc?: string | undefined;
    locale?: string | undefined;
    renderRoot: HTMLElement | DocumentFragment;
  };

// The sparkline's marks; the cell itself has the table's styles. A constructed sheet, as Lit adopts its
// own: nothing inline, so a strict CSP allows it.
const STYLES = `
  .trend-cell .spark { display: inline-block; vertical-align: middle; }
  .trend-cell svg { display: block; overflow: visible; }
  .trend-cell .spark-line { fill: none; stroke: var(--_accent); stroke-width: 1.5; }
  .trend-cell .spark-dot { fill: var(--_accent); }
  .trend-cell .spark-dot.rolled-up { fill: var(--_bg); stroke: var(--_accent); stroke-width: 1; }
  .trend-cell .none { color: var(--_muted); }
  /* Narrow: the header row holds the sort buttons and each cell says "Xu hướng:"; the header stays for
     screen readers only. */
  @container (max-width: 480px) {
    thead .trend-head { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); }
  }
  @media (forced-colors: active) {
    .trend-cell .spark-line { stroke: CanvasText; }
    .trend-cell .spark-dot { fill: CanvasText; }
  }
`;
let sheet: CSSStyleSheet | undefined;

const SVG = 'http://www.w3.org/2000/svg';
// What each cell shows now, so a render that changes nothing in it does not rebuild it.
const drawnAs = new WeakMap<Element, string>();

/** An element with attributes, in the SVG namespace when `ns` is given. */
function make<K extends string>(tag: K, attributes: Record<string, string>, ns?: string): Element {
  const el = ns ? document.createElementNS(ns, tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  return el;
}

/** A cell's content: the sparkline with its sentence, or a dash and the sentence for screen readers. */
function cellContent(points: readonly SeriesPoint[] | undefined, measure: 'value' | 'rank', label: string): Node[] {
  if (!points?.some((p) => (measure === 'rank' ? p.rank : p.value) !== null)) {
    const dash = make('span', { class: 'none', 'aria-hidden': 'true' });
    dash.textContent = '—';
    const said = make('span', { class: 'sr-only' });
    said.textContent = label;
    return [dash, said];
  }
  const { d, dots } = sparklineMarks(points, { measure });
  const spark = make('span', { class: 'spark', part: 'sparkline', role: 'img', 'aria-label': label });
  const svg = make(
    'svg',
    { viewBox: '0 0 64 16', width: '64', height: '16', 'aria-hidden': 'true', focusable: 'false' },
    SVG,
  );
  svg.append(make('path', { class: 'spark-line', d }, SVG));
  for (const dot of dots)
    svg.append(
      make(
        'circle',
        {
          class: dot.rolledUp ? 'spark-dot rolled-up' : 'spark-dot',
          cx: dot.x.toFixed(1),
          cy: dot.y.toFixed(1),
          r: '1.8',
        },
        SVG,
      ),
    );
  spark.append(svg);
  return [spark];
}

/** The column of one table: loads the series named by `trend-src` and draws the cells after each render. */
class TrendColumn implements ReactiveController {
  #src: string | undefined;
  #series: ScoreSeries | undefined;
  #byId = new Map<string, ScoreSeries['units'][number]>();
  #error: string | undefined;
  #abort: AbortController | undefined;

  constructor(private readonly host: TableHost) {
    host.addController(this);
    const root = host.renderRoot;
    // The table's own styles cover the cell; the sparkline's marks need these. A constructed sheet,
    // as Lit adopts its own: nothing inline, so a strict CSP allows it.
    if (root instanceof ShadowRoot) {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(STYLES);
      }
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
    // `trend-measure` is read here, not by the table: redraw when an editor changes it.
    new MutationObserver(() => this.#draw()).observe(host, { attributeFilter: ['trend-measure'] });
  }

  hostUpdated(): void {
    if (this.host.trendSrc !== this.#src) this.#load(this.host.trendSrc);
    this.#draw();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#src = undefined;
  }

  #locale(): Locale {
    return localeOf(this.host, this.host.locale);
  }

  #load(src: string | undefined): void {
    this.#abort?.abort();
    this.#src = src;
    this.#series = undefined;
    this.#byId = new Map();
    this.#error = undefined;
    if (!src) return;
    const abort = new AbortController();
    this.#abort = abort;
    const locale = this.#locale();
    void fetchJson(src, abort.signal, locale)
      .then((json) => {
        const problem = seriesProblem(json, locale);
        if (problem) throw new Error(problem);
        return json as ScoreSeries;
      })
      .then(
        (series) => {
          if (abort.signal.aborted) return;
          this.#series = series;
          this.#byId = new Map(series.units.map((u) => [u.id, u]));
        },
        (error: unknown) => {
          if (abort.signal.aborted) return;
          this.#error = error instanceof Error ? error.message : String(error);
        },
      )
      .finally(() => {
        if (!abort.signal.aborted) this.host.requestUpdate();
      });
  }

  /** Adds (or updates) the header cell and a cell per row, at the end of each; or the reason there is none. */
  #draw(): void {
    const root = this.host.renderRoot;
    const head = root.querySelector('thead tr');
    const scroller = root.querySelector('.scroller');
    const note = root.querySelector('.trend-note');
    const series = this.#series;
    if (!head || !scroller || !series) {
      for (const cell of root.querySelectorAll('.trend-head, .trend-cell')) cell.remove();
      if (this.#error && scroller && !note) {
        const p = document.createElement('p');
        p.className = 'warning trend-note';
        p.setAttribute('part', 'warning');
        p.setAttribute('role', 'status');
        p.textContent = TREND_COLUMN_STRINGS[this.#locale()].failed(this.#error);
        scroller.before(p);
      } else if (!this.#error) note?.remove();
      return;
    }
    note?.remove();
    const locale = this.#locale();
    const t = TREND_COLUMN_STRINGS[locale];
    const measure = this.host.getAttribute('trend-measure') === 'rank' ? 'rank' : 'value';
    const th = head.querySelector(':scope > .trend-head') ?? document.createElement('th');
    if (!th.isConnected) {
      th.className = 'trend-head';
      th.setAttribute('part', 'header');
      th.setAttribute('role', 'columnheader');
      th.setAttribute('scope', 'col');
    }
    th.textContent = t.head;
    // Last, also after the table re-rendered its own header cells.
    if (head.lastElementChild !== th) head.append(th);
    for (const row of root.querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]')) {
      const td = row.querySelector(':scope > .trend-cell') ?? document.createElement('td');
      if (!td.isConnected) {
        td.className = 'trend-cell';
        td.setAttribute('part', 'cell');
        td.setAttribute('role', 'cell');
      }
      td.setAttribute('data-label', t.head);
      if (row.lastElementChild !== td) row.append(td);
      const unit = this.#byId.get(row.dataset.id ?? '');
      // A series without a precision is shown with four decimals, as <dti-trend> shows its points.
      const label = unit ? trendCellLabel(unit.points, measure, series.precision ?? 4, locale) : t.none;
      // Redrawn only when its unit or what it says changes: the table re-uses its rows for other units.
      const key = `${row.dataset.id}\u0000${measure}\u0000${label}`;
      if (drawnAs.get(td) !== key) {
        drawnAs.set(td, key);
        td.replaceChildren(...cellContent(unit?.points, measure, label));
      }
    }
  }
}

const attached = new WeakSet<HTMLElement>();

/**
 * Gives a league table its "Xu hướng" column, once per table: the column follows `trend-src` (and
 * `trend-measure`, `value` or `rank`) from then on. Called by the table when `trend-src` is first set.
 *
 * @example (await import('./trend-column.js')).attachTrendColumn(table);
 */
export function attachTrendColumn(table: TableHost): void {
  if (attached.has(table)) return;
  attached.add(table);
  // The table has rendered already: draw now rather than at its next render.
  new TrendColumn(table).hostUpdated();
}
