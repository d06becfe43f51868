import type { DtiIssue, Framework, ScoreResult, ScoreTable, Tier } from '@dti-kit/core';
import { foldText } from '@dti-kit/core/present';
// Only the light entry eagerly: the scoring engine comes with `import('./load.js')` when raw data needs it.
import { html, LitElement, nothing, type PropertyValues, svg, type TemplateResult } from 'lit';
import { type Locale, localeOf, numberFormat, STRINGS, type Strings } from '../shared/i18n.js';
import { issueText, loadIssueText, provideIssueText } from '../shared/issue-text.js';
import { scoreTableShape, shapeMessage } from '../shared/shape.js';
import {
  FileUrlError,
  fetchJson,
  isFileUrlError,
  type LoadRun,
  SourceController,
} from '../shared/source-controller.js';
import { colourWarnings, drawnColour } from '../shared/tier-colour.js';
import { leagueTableStyles } from './league-table.styles.js';
import { isScoreTable, LoadError, parseJson } from './table-source.js';
import { loadTrendColumn } from './trend-column-load.js';
import {
  type ColumnKey,
  findParent,
  isPartial,
  type RowModel,
  type SortKey,
  type TableModel,
  tableModel,
  type ViewColumn,
  visibleRows,
} from './view-model.js';

// Shown unless `columns` says otherwise; `coverage` only when asked for (the marks show partial data).
// `national-rank` shows only while the table ranks within a parent, `group` only with peer groups.
const DEFAULT_COLUMNS: ColumnKey[] = ['rank', 'name', 'group', 'value', 'national-rank', 'pillars', 'change', 'tier'];
// Only a direct child is the element's data: a block inside other markup belongs to someone else.
const BLOCK = ':scope > script[type="application/json"]';
const ALL_COLUMNS: ColumnKey[] = [...DEFAULT_COLUMNS, 'coverage'];

// Warnings that change what a rank means: shown in a banner above the table, not folded away.
const RANKING_CODES = new Set<DtiIssue['code']>(['missing-column', 'several-sheets']);

/** A loaded table and the previous period's, if any. */
interface Loaded {
  table: ScoreTable;
  previous: ScoreTable | undefined;
}

/** A table and the reader's warnings, before the shape check. */
interface Scored {
  table: ScoreTable;
  warnings: DtiIssue[];
}

/**
 * The scoring code, loaded on first need. It brings the issue sentences, handed over here rather than
 * from inside it: the portal build makes it a bundle of its own, with its own copy of the shared modules.
 */
async function scoring(): Promise<typeof import('./load.js')> {
  const loaded = await import('./load.js');
  provideIssueText(loaded.formatIssue);
  return loaded;
}

function tierColour(tiers: readonly Tier[], value: number | null): string | undefined {
  if (value === null) return undefined;
  let best: Tier | undefined;
  for (const t of tiers) if (t.min <= value && (!best || t.min > best.min)) best = t;
  return best?.color;
}

/**
 * @tagname dti-league-table
 * @summary A league table of scored units: ranks with ties, scores with bars, pillar columns, rank
 * change, tier badges; sortable, searchable without diacritics, filterable, keyboard-operable, paged,
 * a card list on narrow screens, exportable as CSV. Scores raw data in the browser when given a
 * framework. Give it an `id` and other elements follow it with `for="<id>"`: they show its data, and a
 * unit chosen in any of them (click, Enter) is chosen in all; a chosen row is marked.
 *
 * @csspart base - The wrapper of everything.
 * @csspart controls - The search, filters and export button.
 * @csspart search - The search field.
 * @csspart filter - Each filter select.
 * @csspart export - The CSV button.
 * @csspart table - The table.
 * @csspart header - Each column header.
 * @csspart sort-button - The button inside a sortable header.
 * @csspart row - Each unit's row; also `row-highlight` on the highlighted unit, which is `aria-current="true"`.
 * @csspart cell - Each cell.
 * @csspart sparkline - The sparkline in a cell of the "Xu hướng" column (with `trend-src`).
 * @csspart bar - The bar of a score or pillar cell.
 * @csspart badge - The tier badge.
 * @csspart change - The rank change.
 * @csspart pagination - The page navigation.
 * @csspart status - The loading and empty messages.
 * @csspart legend - The note under the table that says what the "=" of a tied rank means.
 * @csspart error - The error message.
 *
 * @cssproperty --dti-color-text - Text.
 * @cssproperty --dti-color-muted - Secondary text.
 * @cssproperty --dti-color-background - Background.
 * @cssproperty --dti-color-surface - Background of the header, the hovered row and the warning box.
 * @cssproperty --dti-color-border - Rules.
 * @cssproperty --dti-color-accent - Score bars (when no tier colour applies) and the sorted column's arrow.
 * @cssproperty --dti-color-track - Empty part of bars.
 * @cssproperty --dti-color-up - Rank gained.
 * @cssproperty --dti-color-down - Rank lost.
 * @cssproperty --dti-color-highlight - The highlighted unit's row.
 * @cssproperty --dti-color-focus - Focus ring.
 * @cssproperty --dti-radius - Corner radius.
 * @cssproperty --dti-font-family - Font.
 * @cssproperty --dti-table-max-height - Height after which the table scrolls under its sticky header.
 *
 * @attr trend-measure - What the "Xu hướng" column draws: `value` (default), the index; `rank`, the rank,
 * 1 at the top. Read with `trend-src`.
 *
 * @event dti-select - A unit was chosen (click, Enter or Space on its row). `detail: { id, unit }`.
 * @event dti-sort - The sort changed. `detail: { key, direction }`.
 * @event dti-load - Data was loaded and scored. `detail: { data, units, warnings }`: the score table, the
 * number of units, and the reader's warnings when the table scored raw data (issues with severity
 * `warning`, e.g. `missing-column` for an indicator without a column in the file).
 * @event dti-error - Data could not be shown. `detail: { message, issues }`.
 */
export class DtiLeagueTable extends LitElement {
  static override styles = leagueTableStyles;

  static override properties = {
    src: { reflect: true },
    framework: {
      converter: {
        fromAttribute: (v: string | null) => v ?? undefined,
        toAttribute: (v: unknown) => (typeof v === 'string' ? v : null),
      },
    },
    previousSrc: { attribute: 'previous-src', reflect: true },
    result: { attribute: false },
    data: { attribute: false },
    issues: { attribute: false },
    previous: { attribute: false },
    whatIf: { attribute: false },
    columns: { reflect: true },
    highlight: { reflect: true },
    parent: { reflect: true },
    rankWithin: { attribute: 'rank-within', reflect: true },
    pageSize: { attribute: 'page-size', type: Number, reflect: true },
    sort: { reflect: true },
    locale: { reflect: true },
    theme: { reflect: true },
    caption: { reflect: true },
    trendSrc: { attribute: 'trend-src', reflect: true },
    _model: { state: true },
    _sortKey: { state: true },
    _direction: { state: true },
    _query: { state: true },
    _parent: { state: true },
    _tier: { state: true },
    _page: { state: true },
    _printing: { state: true },
    _announce: { state: true },
    _tipsOff: { state: true },
  };

  /** URL of the data: a score table or dataset (.json), or a spreadsheet (.csv, .xlsx) to score. */
  declare src: string | undefined;
  /** A preset id (e.g. `dti-province-2022`), the URL of a framework JSON, or a framework object. */
  declare framework: string | Framework | undefined;
  /** URL of the previous period's score table or data, for the rank change. */
  declare previousSrc: string | undefined;
  /** A score result or score table to show. */
  declare result: ScoreResult | ScoreTable | undefined;
  /** Raw data (a dataset) to score with `framework`. */
  declare data: unknown;
  /**
   * Problems found while reading data that was scored outside the element (e.g. the `issues` of the
   * core's `readDataset`): their warnings are shown above the table like the element's own.
   */
  declare issues: readonly DtiIssue[] | undefined;
  /** The previous period: a score result or table, for the rank change. */
  declare previous: ScoreResult | ScoreTable | undefined;
  /**
   * A what-if table (set by a linked `<dti-weights>`): shown instead of the loaded one under a banner,
   * the change column giving each unit's move against its official rank. `undefined`: the official table.
   */
  declare whatIf: ScoreTable | undefined;
  /**
   * Columns to show, comma-separated, in this order: `rank,name,group,value,national-rank,pillars,change,tier,coverage`
   * (default: all that have data except `coverage`, the share of indicators reported; `national-rank`
   * shows only while the table ranks within a parent; `group`, the peer group, only when units have one,
   * and then the ranks are within the group).
   */
  declare columns: string | undefined;
  /** Id of a unit to highlight. */
  declare highlight: string | undefined;
  /**
   * Show only the units of this parent (e.g. one province's communes); the reader can change it. Matched
   * in any Unicode form, and without diacritics when one parent matches ("Ha Noi" → "Hà Nội"); a name
   * no parent matches shows every unit under a note that lists the parents.
   */
  declare parent: string | undefined;
  /**
   * What the rank column counts while the table shows one parent: `parent` (default) ranks the units
   * within it, 1 for its best, with the rank among all units in a "National rank" column beside it;
   * `all` keeps the rank among all units of the table.
   */
  declare rankWithin: 'parent' | 'all';
  /** Rows per page; default 25. `0` shows every row. */
  declare pageSize: number;
  /** Initial sort: `rank` (default), `name`, `value`, `change`, `tier` or `node:<pillar id>`; `-` in front for descending. */
  declare sort: string | undefined;
  /** `vi` or `en`; default the page's `lang`, else Vietnamese. */
  declare locale: string | undefined;
  /** `light` (default), `dark` or `auto`. */
  declare theme: string | undefined;
  /** The table's caption; default the framework's name. */
  declare caption: string | undefined;
  /**
   * URL of a score series (`dti-score-series` JSON, as `<dti-trend src>` reads) for an optional last
   * column, "Xu hướng": a sparkline of each unit over the periods, with a sentence for screen readers.
   * `trend-measure="rank"` draws the rank instead of the index. Loaded on demand (`trend-column.ts`).
   */
  declare trendSrc: string | undefined;

  declare _model: TableModel | undefined;
  declare _sortKey: SortKey;
  declare _direction: 'ascending' | 'descending';
  declare _query: string;
  declare _parent: string;
  declare _tier: string;
  declare _page: number;
  declare _printing: boolean;
  declare _announce: string;
  /** Escape was pressed: the partial-data explanations stay hidden until the pointer or focus moves on. */
  declare _tipsOff: boolean;

  readonly #source = new SourceController<Loaded>(this);
  #shown: Loaded | undefined;
  #focusId: string | undefined;
  #hasPrevious = false;
  #table: ScoreTable | undefined;
  readonly #beforePrint = () => {
    this._printing = true;
  };
  readonly #afterPrint = () => {
    this._printing = false;
  };
  readonly #escape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this._tipsOff = true;
  };
  // Data pasted inside the element may arrive after the element: with the script in <head> the element
  // upgrades before the parser reaches its children, and a page's own script may add or replace the
  // block later. Read it once the document is parsed, and again whenever it changes.
  readonly #parsed = () => {
    if (this.#readsInline()) void this.#refresh();
  };
  readonly #children = new MutationObserver(() => {
    if (document.readyState !== 'loading' && this.#readsInline()) void this.#refresh();
  });

  constructor() {
    super();
    this.pageSize = 25;
    this.rankWithin = 'parent';
    this._sortKey = 'rank';
    this._direction = 'ascending';
    this._query = '';
    this._parent = '';
    this._tier = '';
    this._page = 0;
    this._printing = false;
    this._announce = '';
    this._tipsOff = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#beforePrint);
    window.addEventListener('afterprint', this.#afterPrint);
    window.addEventListener('keydown', this.#escape);
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', this.#parsed, { once: true });
    this.#children.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    window.removeEventListener('beforeprint', this.#beforePrint);
    window.removeEventListener('afterprint', this.#afterPrint);
    window.removeEventListener('keydown', this.#escape);
    document.removeEventListener('DOMContentLoaded', this.#parsed);
    this.#children.disconnect();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('parent')) this._parent = this.parent ?? '';
    if (changed.has('sort') && this.sort) {
      const descending = this.sort.startsWith('-');
      this._sortKey = (descending ? this.sort.slice(1) : this.sort) as SortKey;
      this._direction = descending ? 'descending' : 'ascending';
    }
    if (
      !this.hasUpdated ||
      changed.has('result') ||
      changed.has('data') ||
      changed.has('src') ||
      changed.has('framework') ||
      changed.has('previous') ||
      changed.has('previousSrc')
    )
      void this.#refresh();
    if (changed.has('trendSrc') && this.trendSrc) void loadTrendColumn(this);
    const loaded = this.#source.data;
    if (loaded && loaded !== this.#shown) this.#adopt(loaded);
    else if (changed.has('whatIf') && this.#shown) this.#showModel(this.#shown);
  }

  #refresh(): Promise<void> {
    return this.#source.run(async (run) => {
      const current = await this.#tableFrom(this.result ?? this.data, this.src ?? this.#inlineData(), run).catch(
        (error: unknown) => {
          // The remedy this element offers beyond serving the page over http: paste the JSON inside it.
          throw isFileUrlError(error) ? new FileUrlError(error.url, this.#locale(), 'dti-league-table') : error;
        },
      );
      if (!current) return undefined;
      const previous = await this.#tableFrom(this.previous, this.previousSrc, run);
      const locale = this.#locale();
      if (current.warnings.length > 0 || (this.issues?.length ?? 0) > 0) await loadIssueText();
      for (const t of [current.table, previous?.table]) {
        const problem = t && scoreTableShape(t);
        if (problem) throw new LoadError(await shapeMessage(problem, locale));
      }
      return {
        data: { table: current.table, previous: previous?.table },
        warnings: current.warnings,
        detail: { data: current.table, units: current.table.units.length },
      };
    });
  }

  /** The model of newly loaded data, made once per load, before it renders. */
  #adopt(loaded: Loaded): void {
    this.#shown = loaded;
    this.#table = loaded.table;
    this.#showModel(loaded);
    this.#warm(this._model as TableModel);
    this._page = 0;
  }

  /** The model of the table, or of the what-if table with the official ranks as its "previous" ranks. */
  #showModel({ table, previous }: Loaded): void {
    this.#hasPrevious = this.whatIf !== undefined || previous !== undefined;
    this._model = this.whatIf ? tableModel(this.whatIf, table) : tableModel(table, previous);
  }

  /**
   * A score table from a value (table, result, raw data) or a URL. Score tables and results are shown as
   * they are; raw data and spreadsheets load the scoring code on demand.
   */
  async #tableFrom(
    value: unknown,
    source: string | { json: unknown } | undefined,
    run: LoadRun,
  ): Promise<Scored | undefined> {
    if (value !== undefined) {
      if (isScoreTable(value)) return { table: value, warnings: [] };
      if (typeof (value as ScoreResult).explain === 'function') {
        const { scoreTable } = await import('./from-result.js');
        return { table: scoreTable(value as ScoreResult), warnings: [] };
      }
      const { resolveFramework, toTable } = await scoring();
      return toTable(value, await resolveFramework(this.framework, run.signal, this.#locale()), this.#locale());
    }
    if (source === undefined) return undefined;
    if (typeof source === 'object') {
      if (isScoreTable(source.json)) return { table: source.json, warnings: [] };
      const { resolveFramework, toTable } = await scoring();
      return toTable(source.json, await resolveFramework(this.framework, run.signal, this.#locale()), this.#locale());
    }
    run.loading();
    if (/\.json($|[?#])/iu.test(source)) {
      const json = await fetchJson(source, run.signal, this.#locale());
      if (isScoreTable(json)) return { table: json, warnings: [] };
    }
    const { loadTable } = await scoring();
    return loadTable(source, this.framework, run.signal, this.#locale());
  }

  /**
   * Prepares the search and the other sort orders while the reader looks at the table, a slice per idle
   * period, so a keystroke in 100,000 names or a click on a column header answers within a frame. A page
   * never idle for 2 s gets the rest at once; without `requestIdleCallback` (Safari), slices of 8 ms.
   */
  #warm(model: TableModel): void {
    const idle = (work: (more: () => boolean) => void) =>
      'requestIdleCallback' in window
        ? requestIdleCallback((d) => work(() => d.didTimeout || d.timeRemaining() > 1), { timeout: 2000 })
        : setTimeout(() => {
            const end = performance.now() + 8;
            work(() => performance.now() < end);
          }, 50);
    const next = (more: () => boolean) => {
      if (this._model === model && !model.prepare(more)) idle(next);
    };
    idle(next);
  }

  /** True when something is given to show: a URL, a table, data, or JSON inside the element. */
  #hasInput(): boolean {
    return Boolean(
      this.src ||
        this.result !== undefined ||
        this.data !== undefined ||
        // Still parsing: the pasted JSON may be further down the page.
        document.readyState === 'loading' ||
        this.querySelector('script[type="application/json"]'),
    );
  }

  /** True when the data shown is the JSON pasted inside the element (nothing else was given). */
  #readsInline(): boolean {
    return !this.src && this.result === undefined && this.data === undefined;
  }

  /**
   * Data pasted in the page: `<script type="application/json">` inside the element (works offline).
   * Not read while the document is still parsing: the block may be there but not yet complete.
   */
  #inlineData(): { json: unknown } | undefined {
    if (document.readyState === 'loading') return undefined;
    const block = this.querySelector(BLOCK);
    // A block nested in other markup is not read; when it is the only one, it was surely meant as the data.
    if (!block && this.querySelector('script[type="application/json"]'))
      throw new LoadError(STRINGS[this.#locale()].nestedBlock);
    if (!block?.textContent?.trim()) return undefined;
    return { json: parseJson(block.textContent, '<script type="application/json">', this.#locale()) };
  }

  #locale(): Locale {
    return localeOf(this, this.locale);
  }

  /**
   * Whether the rank column counts within the parent shown: a parent is chosen, `rank-within` is not
   * `all`, and some ranked unit lies outside it (else both ranks are the same and one column says it).
   */
  #ranksWithinParent(model: TableModel, parent: string): boolean {
    return (
      this.rankWithin !== 'all' && parent !== '' && model.rows.some((r) => r.unit.rank !== null && r.parent !== parent)
    );
  }

  #shownColumns(model: TableModel, within: boolean): ColumnKey[] {
    const asked = this.columns
      ? (this.columns.split(',').map((c) => c.trim()) as ColumnKey[]).filter((c) => ALL_COLUMNS.includes(c))
      : DEFAULT_COLUMNS;
    return asked.filter((c) => {
      if (c === 'pillars') return model.pillars.length > 0;
      if (c === 'change') return this.#hasPrevious || Boolean(this.columns?.includes('change'));
      if (c === 'national-rank') return within;
      if (c === 'group') return model.groups.length > 0;
      if (c === 'tier') return model.tiers.length > 0;
      return true;
    });
  }

  #label(node: { label: { vi: string; en?: string | undefined } }, locale: Locale): string {
    return locale === 'en' ? (node.label.en ?? node.label.vi) : node.label.vi;
  }

  #sortBy(key: SortKey, label: string): void {
    const t = STRINGS[this.#locale()];
    if (this._sortKey === key) this._direction = this._direction === 'ascending' ? 'descending' : 'ascending';
    else {
      this._sortKey = key;
      // Scores read best first; ranks and names read from the top.
      this._direction = key === 'rank' || key === 'name' ? 'ascending' : 'descending';
    }
    this._page = 0;
    this._announce = t.sortedBy(label, this._direction === 'ascending');
    this.dispatchEvent(
      new CustomEvent('dti-sort', { detail: { key, direction: this._direction }, bubbles: true, composed: true }),
    );
  }

  #select(row: RowModel): void {
    // The chosen unit is marked here and in every linked element.
    this.highlight = row.unit.id;
    this.dispatchEvent(
      new CustomEvent('dti-select', { detail: { id: row.unit.id, unit: row.unit }, bubbles: true, composed: true }),
    );
  }

  #onRowKey(event: KeyboardEvent, row: RowModel, rows: RowModel[], index: number): void {
    // Keys pressed on a control inside the row (the partial-data mark) belong to that control.
    if (event.target !== event.currentTarget) return;
    const move = (to: number) => {
      const target = rows[Math.max(0, Math.min(rows.length - 1, to))];
      if (!target) return;
      this.#focusId = target.unit.id;
      this.requestUpdate();
      void this.updateComplete.then(() => this.#focusRow());
    };
    switch (event.key) {
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.#select(row);
        break;
      case 'ArrowDown':
        event.preventDefault();
        move(index + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(index - 1);
        break;
      case 'Home':
        event.preventDefault();
        move(0);
        break;
      case 'End':
        event.preventDefault();
        move(rows.length - 1);
        break;
    }
  }

  #focusRow(): void {
    const id = this.#focusId;
    if (!id) return;
    const row = [...this.renderRoot.querySelectorAll<HTMLElement>('tbody tr')].find((r) => r.dataset.id === id);
    row?.focus();
  }

  /**
   * Downloads the current view as CSV. The writer loads on the first click (it is not needed to show the
   * table); the file is named after the framework and period.
   */
  async #export(
    rows: RowModel[],
    columns: readonly ViewColumn[],
    tierLabel: (id: string) => string,
    withinParent: boolean,
  ): Promise<void> {
    const locale = this.#locale();
    const { viewCsv } = await import('./view-csv.js');
    const text = viewCsv(rows, columns, locale, { tierLabel, isNew: STRINGS[locale].isNew, withinParent });
    const blob = new Blob([text], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${this.#table?.framework.id ?? 'dti'}${this.#table?.period ? `-${this.#table.period}` : ''}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /**
   * Warnings that change what a rank means (an indicator without a column, units below the coverage
   * rule, units ranked on partial data) in a banner; the other warnings folded below it.
   */
  #warnings(model: TableModel, parent: string, locale: Locale, t: Strings): TemplateResult | typeof nothing {
    const all = [...this.#source.warnings, ...(this.issues ?? []).filter((i) => i.severity === 'warning')];
    const ranking = all.filter((i) => RANKING_CODES.has(i.code));
    const rest = all.filter((i) => !RANKING_CODES.has(i.code));
    // Counted among the units the page ranks: the chosen parent's, not the whole table's.
    const scope = parent
      ? visibleRows(model, { sort: 'rank', direction: 'ascending', query: '', parent, tier: '' })
      : model.rows;
    const partial = scope.filter((r) => r.unit.rank !== null && isPartial(r.unit)).length;
    const colours = colourWarnings(model.tiers, locale, this);
    if (!ranking.length && !partial && !rest.length && !colours.length) return nothing;
    const list = (issues: DtiIssue[], limit: number) =>
      html`<ul>
        ${issues.slice(0, limit).map((i) => html`<li>${issueText(i, locale, this)}</li>`)}
        ${issues.length > limit ? html`<li>${t.more(issues.length - limit)}</li>` : nothing}
      </ul>`;
    return html`
      ${colours.length ? html`<div part="warning" class="warning" role="status">${colours.map((w) => html`<p>${w}</p>`)}</div>` : nothing}
      ${
        ranking.length || partial
          ? html`<div part="warning" class="warning" role="status">
              <strong>${t.rankingWarning}</strong>
              ${ranking.length ? list(ranking, 5) : nothing}
              ${partial ? html`<p>${t.partialRanked(partial)}</p>` : nothing}
            </div>`
          : nothing
      }
      ${
        rest.length
          ? html`<details part="warnings" class="warnings">
              <summary>${t.otherWarnings(rest.length)}</summary>
              ${list(rest, 50)}
            </details>`
          : nothing
      }
    `;
  }

  /** The ◐ mark of a unit scored on partial data, with its explanation on hover, focus and in print. */
  #partialMark(unit: RowModel['unit'], id: string, t: Strings, locale: Locale): TemplateResult | typeof nothing {
    if (!isPartial(unit)) return nothing;
    const percent = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
      style: 'percent',
      maximumFractionDigits: 1,
    });
    // Not a Tab stop of its own: the row is, and the row is described by the explanation (its id).
    return html`<button
        type="button"
        part="partial"
        class="partial"
        tabindex="-1"
        aria-describedby=${id}
        @click=${(e: Event) => e.stopPropagation()}
        @pointerenter=${() => {
          this._tipsOff = false;
        }}
      ><span aria-hidden="true">◐</span><span class="sr-only">${t.partialMark}</span></button
      ><span role="tooltip" id=${id} class="tip">${t.partialExplain(percent.format(unit.coverage), unit.imputed)}</span>`;
  }

  protected override render(): TemplateResult {
    const locale = this.#locale();
    const t = STRINGS[locale];
    const { status, error } = this.#source;
    if (status === 'error' && error)
      return html`<div part="error" role="alert">
        <strong>${t.error}:</strong> ${error.message}
        ${
          error.issues.length
            ? html`<ul>
                ${error.issues.slice(0, 5).map((i) => html`<li>${issueText(i, locale, this)}</li>`)}
                ${error.issues.length > 5 ? html`<li>… ${error.issues.length - 5}</li>` : nothing}
              </ul>`
            : nothing
        }
      </div>`;
    const model = this._model;
    // Idle with nothing to read is "no data", not a load that never ends; idle with a source is the
    // moment before its load starts.
    if (status === 'idle' && !this.#hasInput())
      return html`<div part="status" class="status" role="status">${t.noData}</div>`;
    if (!model || status === 'loading' || status === 'idle')
      return html`<div part="status" class="status" role="status" aria-busy="true">${t.loading}</div>`;

    // A parent the page names but the data lacks shows every unit, with a note, not an empty table.
    const found = findParent(model.parents, this._parent);
    const parent = found ?? '';
    const within = this.#ranksWithinParent(model, parent);
    const columns = this.#shownColumns(model, within);
    const grouped = model.groups.length > 0;
    const rows = visibleRows(model, {
      // The change column shows the change within the parent while ranking within one.
      sort: within && this._sortKey === 'change' ? 'parent-change' : this._sortKey,
      direction: this._direction,
      query: this._query,
      parent,
      tier: this._tier,
    });
    const size = this._printing || this.pageSize <= 0 ? rows.length : this.pageSize;
    const pages = Math.max(1, Math.ceil(rows.length / Math.max(1, size)));
    const page = Math.min(this._page, pages - 1);
    const shown = rows.slice(page * size, page * size + size);
    if (!this.#focusId || !shown.some((r) => r.unit.id === this.#focusId)) this.#focusId = shown[0]?.unit.id;
    const { framework } = model.table;
    const fmt = numberFormat(locale, framework.precision);
    const span = framework.scale.max - framework.scale.min;
    const share = (v: number | null) => (v === null ? 0 : Math.min(1, Math.max(0, (v - framework.scale.min) / span)));
    const caption = this.caption ?? `${this.#label(framework, locale)}${parent ? ` — ${parent}` : ''}`;
    const tierLabel = new Map(model.tiers.map((tier) => [tier.id, this.#label(tier, locale)]));

    const heads: (ViewColumn & { sort: SortKey; numeric: boolean })[] = [];
    for (const c of columns) {
      if (c === 'pillars')
        for (const p of model.pillars)
          heads.push({ key: c, node: p.id, sort: `node:${p.id}`, label: this.#label(p, locale), numeric: true });
      else
        heads.push({
          key: c,
          sort: c,
          label: {
            rank: grouped ? t.groupRank : t.rank,
            name: t.unit,
            group: t.group,
            value: t.score,
            'national-rank': grouped ? t.groupNationalRank : t.nationalRank,
            change: this.whatIf ? t.whatIfChange : t.change,
            tier: t.tier,
            coverage: t.coverage,
          }[c],
          numeric: c !== 'name' && c !== 'tier' && c !== 'group',
        });
    }
    const percent = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
      style: 'percent',
      maximumFractionDigits: 1,
    });
    const header = (h: (typeof heads)[number]) => {
      const active = h.sort === this._sortKey;
      const sortState = active ? this._direction : 'none';
      return html`<th part="header" role="columnheader" scope="col" aria-sort=${sortState} class=${h.numeric ? 'num' : ''}>
        <button part="sort-button" type="button" @click=${() => this.#sortBy(h.sort, h.label)}>
          ${h.label}<span class="arrow" aria-hidden="true">${active ? (this._direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
        </button>
      </th>`;
    };
    const bar = (value: number | null, colour?: string) =>
      svg`<svg part="bar" class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="track" width="100" height="8"></rect><rect class=${colour ? 'fill banded' : 'fill'} width=${share(value) * 100} height="8" fill=${colour ?? nothing}></rect></svg>`;
    const changeCell = (row: RowModel) => {
      const change = within ? row.parentChange : row.change;
      if (change === null) return html`<span aria-hidden="true">—</span>`;
      if (change === 'new') return html`<span part="change" class="change new">${t.isNew}</span>`;
      // Arrows are hidden from screen readers, which hear the words instead (aria-label is not allowed on a span).
      if (change === 0)
        return html`<span part="change" class="change same"><span aria-hidden="true">=</span><span class="sr-only">${t.same}</span></span>`;
      return change > 0
        ? html`<span part="change" class="change up"><span aria-hidden="true">▲ ${change}</span><span class="sr-only">${t.up(change)}</span></span>`
        : html`<span part="change" class="change down"><span aria-hidden="true">▼ ${-change}</span><span class="sr-only">${t.down(-change)}</span></span>`;
    };
    // The ◐ mark sits beside the score; with the score column hidden, beside the name (else the first column).
    const markKey = (['value', 'name'] as const).find((k) => heads.some((h) => h.key === k)) ?? heads[0]?.key;
    const cell = (row: RowModel, h: (typeof heads)[number], at: number) => {
      const u = row.unit;
      const mark = h.key === markKey ? this.#partialMark(u, `partial-${at}`, t, locale) : nothing;
      switch (h.key) {
        case 'rank':
        case 'national-rank': {
          // The rank column counts within the parent while ranking within one; `national-rank` never does.
          const own = within && h.key === 'rank';
          const rank = own ? row.parentRank : u.rank;
          return html`<td part="cell" role="cell" class=${`num rank ${h.key}`} data-label=${h.label}>
            ${
              rank === null
                ? html`<span class="muted">${u.status === 'unscored' ? t.unscored : t.notRanked}</span>`
                : (own ? row.parentTied : row.tied)
                  ? html`<span aria-hidden="true">${rank}<span class="tie"> =</span></span><span class="sr-only">${t.tiedRank(rank)}</span>`
                  : rank
            }${mark}
          </td>`;
        }
        case 'name':
          return html`<th part="cell" role="rowheader" scope="row" class="name" data-label=${h.label}>${u.name}${mark}</th>`;
        case 'group':
          return html`<td part="cell" role="cell" class="group" data-label=${h.label}>${u.peerGroup ?? '—'}${mark}</td>`;
        case 'value':
          return html`<td part="cell" role="cell" class="num value" data-label=${h.label}>
            <span class="figure">${u.value === null ? '—' : fmt.format(u.value)}</span>${mark}${bar(u.value)}
          </td>`;
        case 'pillars': {
          const v = u.nodes[h.node ?? '']?.value ?? null;
          return html`<td part="cell" role="cell" class="num pillar" data-label=${h.label}>
            <span class="figure">${v === null ? '—' : fmt.format(v)}</span>${mark}${bar(v, drawnColour(tierColour(model.tiers, v), this))}
          </td>`;
        }
        case 'change':
          return html`<td part="cell" role="cell" class="num" data-label=${h.label}>${changeCell(row)}${mark}</td>`;
        case 'coverage':
          return html`<td part="cell" role="cell" class="num coverage" data-label=${h.label}>${percent.format(u.coverage)}${mark}</td>`;
        case 'tier': {
          const colour = drawnColour(model.tiers.find((x) => x.id === u.tier)?.color, this);
          return html`<td part="cell" role="cell" data-label=${h.label}>
            ${
              u.tier
                ? html`<span part="badge" class="badge"
                    ><svg class="dot" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><circle cx="5" cy="5" r="5" fill=${colour ?? 'currentColor'}></circle></svg
                    >${tierLabel.get(u.tier) ?? u.tier}</span
                  >`
                : html`<span class="muted">—</span>`
            }${mark}
          </td>`;
        }
      }
    };
    const parentSelect =
      model.parents.length > 1
        ? html`<label
            >${t.parent}
            <select part="filter" .value=${parent} @change=${(e: Event) => this.#filter('_parent', (e.target as HTMLSelectElement).value)}>
              <option value="">${t.allParents}</option>
              ${model.parents.map((p) => html`<option value=${p} ?selected=${p === parent}>${p}</option>`)}
            </select></label
          >`
        : nothing;
    const tierSelect = model.tiers.length
      ? html`<label
          >${t.tier}
          <select part="filter" .value=${this._tier} @change=${(e: Event) => this.#filter('_tier', (e.target as HTMLSelectElement).value)}>
            <option value="">${t.allTiers}</option>
            ${[...model.tiers].sort((a, b) => b.min - a.min).map((tier) => html`<option value=${tier.id} ?selected=${tier.id === this._tier}>${this.#label(tier, locale)}</option>`)}
          </select></label
        >`
      : nothing;
    return html`
      <div part="base" class=${this._tipsOff ? 'base tips-off' : 'base'} @focusin=${() => {
        this._tipsOff = false;
      }}>
        <div part="controls" class="controls" role="search" aria-label=${`${t.search} — ${caption}`}>
          <label class="search"
            >${t.search}
            <input
              part="search"
              type="search"
              placeholder=${t.searchPlaceholder}
              .value=${this._query}
              @input=${(e: Event) => this.#filter('_query', (e.target as HTMLInputElement).value)}
          /></label>
          ${parentSelect} ${tierSelect}
          <button part="export" type="button" class="export" @click=${() =>
            void this.#export(rows, heads, (id) => tierLabel.get(id) ?? id, within)}>${t.exportCsv}</button>
        </div>
        ${
          found === undefined
            ? html`<p part="warning" class="warning" role="status">${t.unknownParent(this._parent, this.#parentHints(model.parents))}</p>`
            : nothing
        }
        ${this.whatIf ? html`<p part="warning" class="warning" role="note">${t.whatIfBanner}</p>` : nothing}
        ${this.#warnings(model, parent, locale, t)}
        <div class="scroller">
          <table part="table" role="table" aria-rowcount=${rows.length + 1}>
            <caption>
              ${caption}${model.table.period ? html` — ${model.table.period}` : nothing}
            </caption>
            <thead role="rowgroup">
              <tr role="row">
                ${heads.map(header)}
              </tr>
            </thead>
            <tbody role="rowgroup">
              ${shown.map(
                (row, i) => html`<tr
                  role="row"
                  part=${row.unit.id === this.highlight ? 'row row-highlight' : 'row'}
                  class=${row.unit.id === this.highlight ? 'highlight' : ''}
                  aria-current=${row.unit.id === this.highlight ? 'true' : nothing}
                  data-id=${row.unit.id}
                  aria-rowindex=${page * size + i + 2}
                  aria-describedby=${isPartial(row.unit) ? `partial-${page * size + i}` : nothing}
                  tabindex=${row.unit.id === this.#focusId ? 0 : -1}
                  @click=${() => {
                    this.#focusId = row.unit.id;
                    this.#select(row);
                  }}
                  @keydown=${(e: KeyboardEvent) => this.#onRowKey(e, row, shown, i)}
                >
                  ${heads.map((h) => cell(row, h, page * size + i))}
                </tr>`,
              )}
            </tbody>
          </table>
          ${rows.length === 0 ? html`<p part="status" class="status">${t.empty}</p>` : nothing}
        </div>
        ${this.#legend(shown, heads, within, t)}
        ${grouped ? html`<p part="legend" class="legend">${t.groupNote(within ? parent : '')}</p>` : nothing}
        ${
          pages > 1
            ? html`<nav part="pagination" class="pagination" aria-label=${`${t.page(page + 1, pages)} — ${caption}`}>
                <button type="button" ?disabled=${page === 0} @click=${() => this.#goTo(page - 1, pages, t)}>${t.previousPage}</button>
                <span>${t.page(page + 1, pages)} · ${t.showing(shown.length, rows.length)}</span>
                <button type="button" ?disabled=${page >= pages - 1} @click=${() => this.#goTo(page + 1, pages, t)}>${t.nextPage}</button>
              </nav>`
            : html`<p class="count">${t.showing(rows.length, model.rows.length)}</p>`
        }
        <div class="sr-only" role="status" aria-live="polite">${this._announce}</div>
      </div>
    `;
  }

  /** The note under the table that says what the "=" of a tied rank means, while one is on screen. */
  #legend(shown: readonly RowModel[], heads: readonly ViewColumn[], within: boolean, t: Strings) {
    const shows = (key: ColumnKey) => heads.some((h) => h.key === key);
    const tied = shown.some(
      (r) => (shows('rank') && (within ? r.parentTied : r.tied)) || (shows('national-rank') && r.tied),
    );
    return tied ? html`<p part="legend" class="legend">${t.tieLegend}</p>` : nothing;
  }

  /** A few of the table's parents, those nearest the name asked first, for the note on an unknown parent. */
  #parentHints(parents: readonly string[]): string {
    const near = (p: string) => +(foldText(p) !== foldText(this._parent));
    const listed = [...parents].sort((a, b) => near(a) - near(b));
    return `${listed.slice(0, 5).join(', ')}${listed.length > 5 ? ', …' : ''}`;
  }

  #filter(key: '_query' | '_parent' | '_tier', value: string): void {
    this[key] = value;
    this._page = 0;
    const model = this._model;
    if (!model) return;
    const count = visibleRows(model, {
      sort: this._sortKey,
      direction: this._direction,
      query: this._query,
      parent: findParent(model.parents, this._parent) ?? '',
      tier: this._tier,
    }).length;
    this._announce = STRINGS[this.#locale()].showing(count, model.rows.length);
  }

  /**
   * The score table shown and the previous period's, once loaded: what elements linked with `for` show.
   *
   * @example table.addEventListener('dti-load', () => console.log(table.scored?.table.units.length));
   */
  get scored(): { table: ScoreTable; previous: ScoreTable | undefined } | undefined {
    // The source's data, not what is shown: `dti-load` fires before the next render adopts it.
    return this.#source.status === 'ready' ? this.#source.data : undefined;
  }

  /**
   * Marks a unit (as `highlight`) and turns to the page that holds it. Linked elements call it when a
   * unit is chosen in them; unlike a click, it fires no `dti-select` (the element clicked does).
   *
   * @example document.querySelector('dti-league-table')?.reveal('gia-lam');
   */
  reveal(id: string | undefined): void {
    this.highlight = id;
    const model = this._model;
    const row = id === undefined ? undefined : model?.rows.find((r) => r.unit.id === id);
    if (!model || !row) return;
    const size = this._printing || this.pageSize <= 0 ? 0 : this.pageSize;
    if (size > 0) {
      const rows = visibleRows(model, {
        sort: this._sortKey,
        direction: this._direction,
        query: this._query,
        parent: findParent(model.parents, this._parent) ?? '',
        tier: this._tier,
      });
      const at = rows.indexOf(row);
      if (at >= 0) this._page = Math.floor(at / size);
    }
  }

  #goTo(page: number, pages: number, t: Strings): void {
    this._page = Math.max(0, Math.min(pages - 1, page));
    this._announce = t.page(this._page + 1, pages);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dti-league-table': DtiLeagueTable;
  }
}
