import type { DtiIssue, Framework, ScoreResult, ScoreTable } from '@dti-kit/core';
import { labelIn } from '@dti-kit/core/present';
// Only the light entry eagerly: the scoring engine comes with `import('./load.js')` when raw data needs it.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { DtiElement } from '../shared/dti-element.js';
import { type Locale, STRINGS, type Strings } from '../shared/i18n.js';
import { loadIssueText } from '../shared/issue-text.js';
import { scoreTableCheck, shapeMessage } from '../shared/shape.js';
import { loadLargeTable } from '../shared/sorts.js';
import { fileUrlError, isFileUrlError, SourceController } from '../shared/source-controller.js';
import { state } from '../shared/state.js';
import { Announcer } from './announcer.js';
import { cellContext, headerCell } from './cells.js';
import { tableHeads } from './columns.js';
import { controlsTemplate } from './controls.js';
import { errorTemplate } from './error-view.js';
import { exportCsv } from './export.js';
import { RowKeys, TipsKey } from './keyboard.js';
import { leagueTableStyles } from './league-table.styles.js';
import { loadNames, namesLoaded } from './names-load.js';
import { tieLegend } from './notes.js';
import { loadNotices, notices } from './notices-load.js';
import { Paging, pagerTemplate } from './paging.js';
import { rowTemplate } from './row.js';
import { inlineData, PastedJsonWatch, tableFrom } from './table-input.js';
import { LoadError } from './table-source.js';
import { loadTrendColumn } from './trend-column-load.js';
import {
  findParent,
  type RowModel,
  type SortKey,
  type TableModel,
  tableModel,
  type ViewOptions,
  viewOf,
  visibleRows,
} from './view-model.js';
import { noticesOfItsOwn, warningsTemplate } from './warnings.js';

/**
 * Whether a model of `table` sorts names as soon as it is made, or can rank within a parent: some unit
 * has a parent or a peer group (see names-load.ts).
 */
const namesToSort = (table: ScoreTable) => table.units.some((u) => u.parent !== undefined || u.peerGroup !== undefined);

/** A loaded table and the previous period's, if any. */
interface Loaded {
  table: ScoreTable;
  previous: ScoreTable | undefined;
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
 * @csspart twin - After a name other units of the table share: their parent, else their id, "(Lạng Sơn)".
 * @csspart filter - Each filter select.
 * @csspart export - The CSV button.
 * @csspart table - The table.
 * @csspart header - Each column header.
 * @csspart sort-button - The button inside a sortable header.
 * @csspart row - Each unit's row; also `row-highlight` on the highlighted unit.
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
 * @event dti-sort - The sort changed. `detail: { key, order, direction }`: `order` is `ascending` or
 * `descending`. `direction` (deprecated: it carries the same value as `order`; read `order`, since a
 * direction elsewhere in the kit means which way is better) stays for pages that read it.
 * @event dti-load - Data was loaded and scored. `detail: { data, units, warnings }`: the score table, the
 * number of units, and when the table scored raw data the framework's own warnings (e.g. `deprecated`
 * for a former spelling, named by the framework's URL or id), then the reader's (issues with severity
 * `warning`, e.g. `missing-column` for an indicator without a column in the file).
 * @event dti-error - Data could not be shown. `detail: { message, issues }`.
 */
export class DtiLeagueTable extends DtiElement {
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
    caption: { reflect: true },
    trendSrc: { attribute: 'trend-src', reflect: true },
    _model: state,
    _sortKey: state,
    _order: state,
    _query: state,
    _parent: state,
    _tier: state,
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
  declare _order: 'ascending' | 'descending';
  declare _query: string;
  declare _parent: string;
  declare _tier: string;

  readonly #source = new SourceController<Loaded>(this);
  #shown: Loaded | undefined;
  #hasPrevious = false;
  #table: ScoreTable | undefined;
  readonly #keys = new RowKeys(this);
  readonly #paging = new Paging(this);
  readonly #announcer = new Announcer(this);
  readonly #tips = new TipsKey(this);

  constructor() {
    super();
    new PastedJsonWatch(this, () => {
      if (this.#readsInline()) void this.#refresh();
    });
    this.pageSize = 25;
    this.rankWithin = 'parent';
    this._sortKey = 'rank';
    this._order = 'ascending';
    this._query = '';
    this._parent = '';
    this._tier = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('parent')) this._parent = this.parent ?? '';
    if (changed.has('sort') && this.sort) this.#sortAs(this.sort);
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

  /** Applies a `sort` attribute (`-` in front for descending); one by name once the collation has loaded. */
  #sortAs(sort: string): void {
    const descending = sort.startsWith('-');
    const key = (descending ? sort.slice(1) : sort) as SortKey;
    if (key === 'name' && !namesLoaded()) {
      void loadNames().then(
        () => this.sort === sort && this.#sortAs(sort),
        () => undefined,
      );
      return;
    }
    this._sortKey = key;
    this._order = descending ? 'descending' : 'ascending';
  }

  #refresh(): Promise<void> {
    return this.#source.run(async (run) => {
      const locale = () => this.currentLocale();
      const current = await tableFrom(
        this.result ?? this.data,
        this.src ?? (await inlineData(this, locale())),
        this.framework,
        run,
        locale,
      ).catch(async (error: unknown) => {
        // The remedy this element offers beyond serving the page over http: paste the JSON inside it.
        throw isFileUrlError(error) ? await fileUrlError(error.url, this.currentLocale(), 'dti-league-table') : error;
      });
      if (!current) return undefined;
      const warned = current.warnings.length > 0 || (this.issues?.length ?? 0) > 0;
      // What the table shows with the data arrives with it: the issues' sentences, the notices' words.
      // Their parts load as soon as the data is known, while the previous period loads.
      const [previous] = await Promise.all([
        tableFrom(this.previous, this.previousSrc, this.framework, run, locale),
        warned && loadIssueText(),
        (warned || this.parent || noticesOfItsOwn(current.table)) && loadNotices(),
        // Names to sort: the parents and groups listed, or every unit with `sort="name"`.
        (namesToSort(current.table) || /^-?name$/u.test(this.sort ?? '')) && loadNames(),
      ]);
      const shown = locale();
      for (const t of [current.table, previous?.table]) {
        const problem = t && scoreTableCheck(t);
        if (problem) throw new LoadError(await shapeMessage(problem, shown));
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
    // A large table's part loads while its first page shows (made with the plain sorts: the same rows),
    // then makes its search and other orders in idle time; a smaller table makes them on first use. A
    // table taken off the page stops preparing: its work would hold up the frames of the tables shown.
    const model = this._model;
    // Its warm-up makes the names' sort keys too: with the collation (names-load.ts).
    void loadLargeTable(loaded.table.units)?.then(async (part) => {
      await loadNames();
      part?.warmModel(model as TableModel, () => (this.isConnected ? this._model : undefined));
    });
    this.#paging.goTo(0);
    // An editor's `highlight` opens the page that holds the unit: marked on page 71 it was never seen.
    if (this.highlight) this.reveal(this.highlight);
  }

  /** The model of the table, or of the what-if table with the official ranks as its "previous" ranks. */
  #showModel({ table, previous }: Loaded): void {
    // The names of parents and groups are sorted in the model: the collation came with the data (a
    // what-if table lists the official table's units).
    this.#hasPrevious = this.whatIf !== undefined || previous !== undefined;
    this._model = this.whatIf ? tableModel(this.whatIf, table) : tableModel(table, previous);
  }

  /** True when something is given to show: a URL, a table, data, or JSON inside the element. */
  #hasInput(): boolean {
    return (
      !this.#readsInline() ||
      // Still parsing: the pasted JSON may be further down the page.
      document.readyState === 'loading' ||
      this.querySelector('script[type="application/json"]') !== null
    );
  }

  /** True when the data shown is the JSON pasted inside the element (nothing else was given). */
  #readsInline(): boolean {
    return !this.src && this.result === undefined && this.data === undefined;
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

  #sortBy(key: SortKey, label: string): void {
    // A sort by name waits for the collation (the button keeps its focus meanwhile).
    if (key === 'name' && !namesLoaded()) {
      void loadNames().then(
        () => this.#sortBy(key, label),
        () => undefined,
      );
      return;
    }
    const t = STRINGS[this.currentLocale()];
    if (this._sortKey === key) this._order = this._order === 'ascending' ? 'descending' : 'ascending';
    else {
      this._sortKey = key;
      // Scores read best first; ranks and names read from the top.
      this._order = key === 'rank' || key === 'name' ? 'ascending' : 'descending';
    }
    this.#paging.goTo(0);
    this.#announcer.say(t.sortedBy(label, this._order === 'ascending'));
    this.emit('dti-sort', { key, order: this._order, direction: this._order });
  }

  #select(row: RowModel): void {
    // The chosen unit is marked here and in every linked element.
    this.highlight = row.unit.id;
    this.emit('dti-select', { id: row.unit.id, unit: row.unit });
  }

  protected override render(): TemplateResult {
    const locale = this.currentLocale();
    const t = STRINGS[locale];
    const { status, error } = this.#source;
    if (status === 'error' && error) return errorTemplate(error, locale, t, this);
    const model = this._model;
    // Idle with nothing to read is "no data", not a load that never ends; idle with a source is the
    // moment before its load starts.
    if (status === 'idle' && !this.#hasInput())
      return html`<div part="status" class="status" role="status">${t.noData}</div>`;
    if (!model || status === 'loading' || status === 'idle')
      return html`<div part="status" class="status" role="status" aria-busy="true">${t.loading}</div>`;
    return this.#tableView(model, locale, t);
  }

  /** The table with its controls, notes and pages. */
  #tableView(model: TableModel, locale: Locale, t: Strings): TemplateResult {
    // A parent the page names but the data lacks shows every unit, with a note, not an empty table.
    const found = findParent(model.parents, this._parent);
    const parent = found ?? '';
    const within = this.#ranksWithinParent(model, parent);
    // Peer groups' words are the notices', loaded with a table that has groups.
    const g = model.groups.length > 0 ? notices(this)?.NOTICE_STRINGS[locale] : undefined;
    const heads = tableHeads(model, [this.columns, within, this.#hasPrevious, this.whatIf !== undefined], locale, t, g);
    // The change column shows the change within the parent while ranking within one.
    const sort = within && this._sortKey === 'change' ? 'parent-change' : this._sortKey;
    // A page at a time: the first page of 100,000 rows is read before their sort is made (view-model.ts).
    const view = viewOf(model, this.#options(model, sort));
    const page = this.#paging.slice(view, this.pageSize);
    this.#keys.keep(page.rows);
    const caption = this.caption ?? `${labelIn(model.table.framework.label, locale)}${parent ? ` — ${parent}` : ''}`;
    const ctx = cellContext(model, heads, within, locale, t, this, this.#tips.on);
    const choose = (row: RowModel) => this.#select(row);
    return html`
      <div part="base" class=${this.#tips.off ? 'base tips-off' : 'base'} @focusin=${this.#tips.on}>
        ${controlsTemplate({
          t,
          caption,
          query: this._query,
          parents: model.parents,
          parent,
          tiers: model.tiers,
          tier: this._tier,
          tierName: (tier) => labelIn(tier.label, locale),
          filter: (key, value) => this.#filter(key, value),
          exportCsv: () => void exportCsv(this.#rows(model, sort), heads, ctx, this.#table),
        })}
        ${found === undefined ? this.#unknownParentNote(model, locale) : nothing}
        ${this.whatIf ? html`<p part="warning" class="warning" role="note">${t.whatIfBanner}</p>` : nothing}
        ${warningsTemplate(this.#warningList(), model, parent, locale, this)}
        <div class="scroller">
          <table part="table" role="table" aria-rowcount=${view.count + 1}>
            <caption>
              ${caption}${model.table.period ? html` — ${model.table.period}` : nothing}
            </caption>
            <thead role="rowgroup">
              <tr role="row">
                ${heads.map((h) => headerCell(h, { key: this._sortKey, direction: this._order }, (c) => this.#sortBy(c.sort, c.label)))}
              </tr>
            </thead>
            <tbody role="rowgroup">
              ${page.rows.map((row, i) => rowTemplate(row, i, page, heads, ctx, this.highlight, this.#keys, choose))}
            </tbody>
          </table>
          ${view.count === 0 ? html`<p part="status" class="status">${t.empty}</p>` : nothing}
        </div>
        ${tieLegend(page.rows, heads, within, t)}
        ${g ? html`<p part="legend" class="legend">${g.groupNote(within ? parent : '')}</p>` : nothing}
        ${pagerTemplate(page, view.count, model.table.units.length, caption, t, (to) => this.#turn(to, page.pages, t))}
        ${this.#announcer.render()}
      </div>
    `;
  }

  /** The note on a parent the page names but the data lacks (with the notices, once they have loaded). */
  #unknownParentNote(model: TableModel, locale: Locale): unknown {
    return notices(this)?.unknownParentNote(this._parent, model.parents, locale) ?? nothing;
  }

  /** The reader's warnings and those of the data scored outside the element. */
  #warningList(): DtiIssue[] {
    return [...this.#source.warnings, ...(this.issues ?? []).filter((i) => i.severity === 'warning')];
  }

  /** The rows the reader's search and filters leave, in the order of `sort`. */
  #rows(model: TableModel, sort: SortKey | 'parent-change' = this._sortKey): RowModel[] {
    return visibleRows(model, this.#options(model, sort));
  }

  /** What the reader's sort, search and filters ask of the view. */
  #options(model: TableModel, sort: SortKey | 'parent-change'): ViewOptions {
    const parent = findParent(model.parents, this._parent) ?? '';
    return { sort, direction: this._order, query: this._query, parent, tier: this._tier };
  }

  #filter(key: '_query' | '_parent' | '_tier', value: string): void {
    this[key] = value;
    this.#paging.goTo(0);
    const model = this._model;
    if (!model) return;
    const { count } = viewOf(model, this.#options(model, this._sortKey));
    this.#announcer.say(STRINGS[this.currentLocale()].showing(count, model.table.units.length));
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
    const size = this.#paging.size(this.pageSize);
    const at = size > 0 ? this.#rows(model).indexOf(row) : -1;
    if (at >= 0) this.#paging.goTo(Math.floor(at / size));
  }

  /** Turns to `page` and says which page it is to screen readers. */
  #turn(page: number, pages: number, t: Strings): void {
    this.#announcer.say(t.page(this.#paging.goTo(page, pages) + 1, pages));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dti-league-table': DtiLeagueTable;
  }
}
