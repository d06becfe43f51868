import { intlLocale, labelIn, type ScoreTable } from '@dti-kit/core/present';
import { html, nothing, type PropertyValues, svg, type TemplateResult } from 'lit';
import { DtiLinkedElement } from '../shared/dti-element.js';
import { STRINGS } from '../shared/i18n.js';
import { INLINE_JSON, INLINE_SOURCE, InlineJsonController } from '../shared/inline-json.js';
import { LinkConsumer } from '../shared/link.js';
import { count, type Locale, numberFormat, rankText } from '../shared/locale.js';
import { show } from '../shared/show-value.js';
import { LoadError, notJsonError, SourceController } from '../shared/source-controller.js';
import { state } from '../shared/state.js';
import { tableProblem } from '../shared/table-problem.js';
import { drawnColour } from '../shared/tier-colour.js';
import { scorecardStyles } from './scorecard.styles.js';
import {
  type Benchmark,
  type LostLine,
  parentNamed,
  type RankOf,
  type TierCounts,
  tierCounts,
  type UnitProfile,
  unitProfile,
} from './scorecard-model.js';
import { SCORECARD_STRINGS, type ScorecardStrings } from './scorecard-strings.js';

const BENCHMARKS: readonly Benchmark[] = ['mean', 'parent-mean', 'best'];

/** What the element shows: a unit, a group of units, or why it cannot. */
type View =
  | { kind: 'unit'; profile: UnitProfile; table: ScoreTable }
  | { kind: 'group'; name: string; counts: TierCounts; table: ScoreTable; hint: boolean }
  | { kind: 'error'; message: string }
  | { kind: 'status'; message: string; busy: boolean };

const percents: Partial<Record<Locale, Intl.NumberFormat>> = {};

/**
 * @tagname dti-scorecard
 * @summary One unit's profile from a score table: published value, tier, rank within its parent and
 * overall ("hạng 3/76 trong Hà Nội"), the change since the previous period, each pillar as a bar
 * against a benchmark, targets met ("36/37 chỉ tiêu đạt"), the indicators where it lost the most
 * points, and its data coverage; for a group of units (a parent), the tier distribution as a stacked
 * bar with counts. A one-sentence summary for screen readers; prints cleanly. With `for="<id>"` it
 * follows a league table: its data, the unit chosen there, and its what-if weights.
 *
 * @csspart base - The card.
 * @csspart name - The unit's or group's name.
 * @csspart facts - The list of value, tier, ranks, change, targets and coverage.
 * @csspart badge - The tier badge.
 * @csspart pillars - The table of pillars.
 * @csspart bar - Each pillar's bar, and the tier distribution's bar.
 * @csspart lost - The list of indicators where points were lost.
 * @csspart left-out - The line naming the indicators the missing-value rule left out (they lose no points).
 * @csspart distribution - The tier distribution of a group.
 * @csspart banner - The notice that the results shown are hypothetical (what-if weights).
 * @csspart source - The framework and the address of the data, printed under the card (hidden on screen).
 * @csspart status - The loading and empty messages.
 * @csspart error - The error message.
 *
 * @cssproperty --dti-color-text - Text.
 * @cssproperty --dti-color-muted - Labels and secondary text.
 * @cssproperty --dti-color-background - Background of the card.
 * @cssproperty --dti-color-surface - Background of the banner.
 * @cssproperty --dti-color-border - Rules and the card's border.
 * @cssproperty --dti-color-accent - Pillar bars.
 * @cssproperty --dti-color-track - Empty part of bars.
 * @cssproperty --dti-color-up - Rank gained.
 * @cssproperty --dti-color-down - Rank lost, and the error's border.
 * @cssproperty --dti-color-focus - Focus ring.
 * @cssproperty --dti-radius - Corner radius.
 * @cssproperty --dti-font-family - Font.
 *
 * @event dti-load - `src` was read. `detail: { data, warnings }`: the score table, and no warnings.
 * @event dti-error - `src` could not be read, or is not a score table. `detail: { message, issues }`.
 */
export class DtiScorecard extends DtiLinkedElement {
  static override styles = scorecardStyles;

  static override properties = {
    src: { reflect: true },
    previousSrc: { attribute: 'previous-src', reflect: true },
    table: { attribute: false },
    previous: { attribute: false },
    unitId: { attribute: 'unit-id', reflect: true },
    parent: { reflect: true },
    benchmark: { reflect: true },
    lostCount: { attribute: 'lost-count', type: Number, reflect: true },
    _inline: state,
  };

  /** URL of a score table (`dti score --format json`). */
  declare src: string | undefined;
  /** URL of the previous period's score table, for the change. */
  declare previousSrc: string | undefined;
  /** A score table to show. */
  declare table: ScoreTable | undefined;
  /** The previous period's score table, for the change. */
  declare previous: ScoreTable | undefined;
  /** Id of the unit to show; the name of a parent shows that group's tier distribution. */
  declare unitId: string | undefined;
  /** Without `unit-id`: show the tier distribution of this parent's units (e.g. "Hà Nội"). */
  declare parent: string | undefined;
  /**
   * Id of a `<dti-league-table>` to follow: its data (the what-if table while weights are moved), its
   * previous period, and the unit chosen in it (which `unit-id`, when set later, chooses in turn).
   */
  declare for: string | undefined;
  /** What each pillar's bar is compared with: `mean` (default) of all units, `parent-mean` of the unit's parent, `best` unit. */
  declare benchmark: string;
  /** How many indicators with lost points to list; default 5. `0` hides the list. */
  declare lostCount: number;
  declare _inline: unknown;

  readonly #link = new LinkConsumer(this);
  readonly #source = new SourceController<ScoreTable>(this);
  readonly #before = new SourceController<ScoreTable>(this);
  /** Tables given as a property or pasted, once checked: the sentence saying what is wrong, or `''`. */
  readonly #problems = new WeakMap<object, string>();

  constructor() {
    super();
    new InlineJsonController(this, () => this.#readInline());
    this.benchmark = 'mean';
    this.lostCount = 5;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const locale = this.currentLocale();
    const check = (json: unknown) => tableProblem(json, locale);
    if (changed.has('src')) this.#source.loadJson(this.src, check);
    if (changed.has('previousSrc')) this.#before.loadJson(this.previousSrc, check);
    // A unit named later on a linked card is chosen in every linked element.
    if (changed.has('unitId') && this.hasUpdated && this.#link.linked && this.unitId) this.#link.select(this.unitId);
  }

  /** Pasted JSON: `<script type="application/json">` directly inside the element (works offline). */
  #readInline(): void {
    const block = this.querySelector(INLINE_JSON);
    if (!block) {
      if (this.querySelector('script[type="application/json"]'))
        this._inline = new LoadError(SCORECARD_STRINGS[this.currentLocale()].nestedBlock);
      return;
    }
    const text = block.textContent ?? '';
    try {
      this._inline = JSON.parse(text);
    } catch {
      // Where the text breaks is found by a scanner loaded now; a block edited meanwhile wins.
      void notJsonError(text, INLINE_SOURCE, this.currentLocale()).then((error) => {
        if (this.querySelector(INLINE_JSON)?.textContent === text) this._inline = error;
      });
    }
  }

  /** The tables to show: linked, the `table` property, `src`, or pasted JSON, in that order; or why not. */
  #tables(locale: Locale): { table?: ScoreTable; previous?: ScoreTable | undefined; error?: string; busy?: boolean } {
    const linked = this.#link.state;
    if (this.for && linked.table) return { table: linked.table, previous: linked.previous };
    if (this.for && linked.error) return { error: linked.error };
    const previous = this.previous ?? this.#before.data;
    if (this.table !== undefined) return this.#checked(this.table, previous, locale);
    if (this.src) {
      const { error, data, status } = this.#source;
      if (error) return { error: error.message };
      return data ? { table: data, previous } : { busy: status === 'loading' || status === 'idle' };
    }
    if (this._inline instanceof Error) return { error: this._inline.message };
    if (this._inline !== undefined) return this.#checked(this._inline, previous, locale);
    return this.for ? { busy: true } : {};
  }

  /**
   * A table given as a property or pasted, checked once per object. The check comes with its sentences
   * (a chunk of their own, shared with the other elements): a linked card, which shows the league
   * table's checked data, never loads it.
   */
  #checked(json: unknown, previous: ScoreTable | undefined, locale: Locale) {
    if (typeof json !== 'object' || json === null)
      return { error: `${show(json)}: ${SCORECARD_STRINGS[locale].notTable}` };
    const problem = this.#problems.get(json);
    if (problem === undefined) {
      void tableProblem(json, locale).then((found) => {
        this.#problems.set(json, found);
        this.requestUpdate();
      });
      return { busy: true };
    }
    return problem ? { error: problem } : { table: json as ScoreTable, previous };
  }

  #view(locale: Locale, t: ScorecardStrings): View {
    if (!BENCHMARKS.includes(this.benchmark as Benchmark))
      return { kind: 'error', message: t.badBenchmark(this.benchmark) };
    const { table, previous, error, busy } = this.#tables(locale);
    if (error) return { kind: 'error', message: error };
    if (!table)
      return { kind: 'status', message: busy ? STRINGS[locale].loading : STRINGS[locale].noData, busy: Boolean(busy) };
    const id = this.#link.state.selected ?? this.unitId;
    if (id) {
      const profile = unitProfile(table, id, {
        benchmark: this.benchmark as Benchmark,
        previous,
        limit: Math.max(0, this.lostCount),
      });
      if (profile) return { kind: 'unit', profile, table };
      const parent = parentNamed(table, id);
      if (parent) return { kind: 'group', name: parent, counts: tierCounts(table, parent), table, hint: false };
      const hint = table.units
        .slice(0, 3)
        .map((u) => u.id)
        .join(', ');
      return { kind: 'error', message: t.noUnit(id, hint) };
    }
    if (this.parent) {
      const parent = parentNamed(table, this.parent);
      if (!parent) return { kind: 'error', message: t.noParent(this.parent, parentHint(table)) };
      return { kind: 'group', name: parent, counts: tierCounts(table, parent), table, hint: false };
    }
    return { kind: 'group', name: t.allUnits, counts: tierCounts(table), table, hint: this.#link.linked };
  }

  protected override render(): TemplateResult {
    const locale = this.currentLocale();
    const t = SCORECARD_STRINGS[locale];
    const view = this.#view(locale, t);
    if (view.kind === 'error')
      return html`<div part="error" class="error" role="alert"><strong>${t.error}:</strong> ${view.message}</div>`;
    if (view.kind === 'status')
      return html`<p part="status" class="status" role="status" aria-busy=${view.busy ? 'true' : 'false'}>${view.message}</p>`;
    const banner = this.#link.state.weights
      ? html`<p part="banner" class="banner" role="note">${STRINGS[locale].whatIfBanner}</p>`
      : nothing;
    return view.kind === 'unit'
      ? this.#unit(view.profile, view.table, locale, t, banner)
      : this.#group(view, locale, t, banner);
  }

  #unit(p: UnitProfile, table: ScoreTable, locale: Locale, t: ScorecardStrings, banner: unknown): TemplateResult {
    const { framework } = table;
    const fmt = numberFormat(locale, framework.precision);
    const u = p.unit;
    const where = u.parent ?? '';
    const rankOf = (r: RankOf) => t.rankOf(rankText(r.rank, locale), ofText(r, locale));
    // Made once per language: a card follows every choice of a unit on a linked page.
    percents[locale] ??= new Intl.NumberFormat(intlLocale(locale), {
      style: 'percent',
      maximumFractionDigits: 1,
    });
    const percent = percents[locale];
    const tierName = p.tier ? labelIn(p.tier.label, locale) : '';
    // Published results: a missing figure is not in the published data, and no share of indicators is known.
    const published = table.source === 'published';
    const colour = drawnColour(p.tier?.color, this);
    return html`<article part="base" class="card" aria-labelledby="name" aria-describedby="summary">
      ${banner}
      <h2 part="name" id="name" class="name">${u.name}${where ? html` <span class="where">· ${where}</span>` : nothing}${table.period ? html` <span class="where">· ${table.period}</span>` : nothing}</h2>
      <p id="summary" class="sr-only">${summary(p, table, locale, t)}</p>
      <dl part="facts" class="facts">
        <div class="fact big"><dt>${t.score}</dt><dd>${u.value === null ? html`<span class="muted">${published ? t.notPublished : t.unscored}</span>` : fmt.format(u.value)}</dd></div>
        <div class="fact"><dt>${t.tier}</dt><dd>${
          p.tier
            ? html`<span part="badge" class="badge"><svg class="dot" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><circle cx="5" cy="5" r="5" fill=${colour ?? 'currentColor'}></circle></svg>${tierName}</span>`
            : html`<span class="muted">${t.noTier}</span>`
        }</dd></div>
        ${p.inParent && where ? html`<div class="fact"><dt>${t.rankIn(where)}</dt><dd>${rankOf(p.inParent)}</dd></div>` : nothing}
        <div class="fact"><dt>${t.rankOverall}</dt><dd>${p.overall ? rankOf(p.overall) : html`<span class="muted">${published ? t.notPublished : t.unranked}</span>`}</dd></div>
        ${p.rankChange === undefined ? nothing : html`<div class="fact"><dt>${t.change}</dt><dd>${this.#change(p, fmt, t)}</dd></div>`}
        ${u.targets.set > 0 ? html`<div class="fact"><dt>${t.targets}</dt><dd>${t.targetsMet(count(u.targets.met, locale), count(u.targets.set, locale))}</dd></div>` : nothing}
        ${published ? nothing : html`<div class="fact"><dt>${t.coverage}</dt><dd>${percent.format(u.coverage)}${u.imputed > 0 ? html`<span class="note">${t.imputed(count(u.imputed, locale))}</span>` : nothing}</dd></div>`}
      </dl>
      ${this.#pillars(p, table, locale, t)}
      ${this.#lost(p, table, locale, t)}
      ${this.#printedSource(table, locale, t)}
    </article>`;
  }

  #change(p: UnitProfile, fmt: Intl.NumberFormat, t: ScorecardStrings): TemplateResult {
    const c = p.rankChange;
    const value =
      p.valueChange === undefined
        ? ''
        : ` (${p.valueChange > 0 ? '+' : p.valueChange < 0 ? '−' : '±'}${fmt.format(Math.abs(p.valueChange))})`;
    if (c === 'new') return html`<span class="change">${t.isNew}</span>`;
    if (c === undefined || c === 0) return html`<span class="change same">${t.same}${value}</span>`;
    return c > 0
      ? html`<span class="change up"><span aria-hidden="true">▲ </span>${t.up(c)}${value}</span>`
      : html`<span class="change down"><span aria-hidden="true">▼ </span>${t.down(-c)}${value}</span>`;
  }

  #pillars(p: UnitProfile, table: ScoreTable, locale: Locale, t: ScorecardStrings): TemplateResult | typeof nothing {
    if (p.pillars.length === 0) return nothing;
    const { min, max } = table.framework.scale;
    const fmt = numberFormat(locale, table.framework.precision);
    const x = (v: number) => Math.max(0, Math.min(100, ((v - min) / (max - min)) * 100));
    const name = t.benchmark[this.benchmark as Benchmark];
    return html`<table part="pillars" class="pillars">
      <caption>${t.pillars}</caption>
      <thead><tr><th scope="col">${t.pillar}</th><th scope="col" class="num">${t.value}</th><th scope="col" class="num">${name}</th><th scope="col" class="bar-cell"><span class="sr-only">${t.value} / ${name}</span></th></tr></thead>
      <tbody>
        ${p.pillars.map(
          (l) => html`<tr>
            <th scope="row">${labelIn(l.node.label, locale)}</th>
            <td class="num">${l.value === null ? '—' : fmt.format(l.value)}</td>
            <td class="num muted">${l.benchmark === null ? '—' : fmt.format(l.benchmark)}</td>
            <td class="bar-cell"><svg part="bar" class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect class="track" width="100" height="10"></rect>
              <rect class="fill" y="2" height="6" width=${l.value === null ? 0 : x(l.value)}></rect>
              ${l.benchmark === null ? nothing : svg`<line class="benchmark" x1=${x(l.benchmark)} x2=${x(l.benchmark)} y1="0" y2="10" vector-effect="non-scaling-stroke"></line>`}
            </svg></td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  #lost(p: UnitProfile, table: ScoreTable, locale: Locale, t: ScorecardStrings): TemplateResult | typeof nothing {
    if (this.lostCount <= 0) return nothing;
    const listsIndicators = table.nodes.some((n) => n.kind === 'indicator');
    const points = numberFormat(locale, 1);
    const fmt = numberFormat(locale, table.framework.precision);
    // A value the rule scored 0 or filled in is shown with what it rests on, never as one the unit gave.
    const why = (l: LostLine) =>
      l.missing === 'zero' && l.value !== null
        ? t.missingZero(fmt.format(l.value))
        : l.missing === 'imputed' && l.value !== null
          ? t.missingImputed(fmt.format(l.value))
          : l.reason === 'not-reported'
            ? t.notReported
            : t.belowMax;
    return html`<section part="lost" class="lost" aria-labelledby="lost-title">
      <h3 id="lost-title">${t.lost}</h3>
      ${
        !listsIndicators
          ? html`<p class="muted">${t.noIndicators}</p>`
          : p.lost.length === 0
            ? html`<p class="muted">${t.noLost}</p>`
            : html`<ol>
                ${p.lost.map(
                  (l) =>
                    html`<li>${t.lostLine(labelIn(l.node.label, locale), points.format(l.lost))} <span class="muted">(${why(l)})</span></li>`,
                )}
              </ol>`
      }
      ${
        listsIndicators && p.leftOut.length > 0
          ? html`<p part="left-out" class="left-out muted">${t.leftOut(new Intl.ListFormat(intlLocale(locale)).format(p.leftOut.map((n) => labelIn(n.label, locale))))}</p>`
          : nothing
      }
    </section>`;
  }

  /**
   * The line only paper shows: the framework and the full address of the data (the card's `src`, or the
   * followed league table's), since a printed page has no link to follow and no table beside it.
   */
  #printedSource(table: ScoreTable, locale: Locale, t: ScorecardStrings): TemplateResult {
    const followed = this.for ? (this.getRootNode() as Document | ShadowRoot).getElementById(this.for) : null;
    const src = this.src ?? (this.for ? followed?.getAttribute('src') : undefined);
    const url = src ? new URL(src, document.baseURI).href : '';
    return html`<p part="source" class="note source">${t.framework}: ${labelIn(table.framework.label, locale)}${url ? ` · ${t.data}: ${url}` : ''}</p>`;
  }

  #group(view: Extract<View, { kind: 'group' }>, locale: Locale, t: ScorecardStrings, banner: unknown): TemplateResult {
    const { counts } = view;
    const parts = counts.tiers.map((l) => ({
      name: labelIn(l.tier.label, locale),
      count: l.count,
      colour: l.tier.color,
    }));
    if (counts.untiered > 0) parts.push({ name: t.untiered, count: counts.untiered, colour: undefined });
    const text = parts.map((p) => `${p.name} ${count(p.count, locale)}`).join(' · ');
    const total = Math.max(1, counts.total);
    let at = 0;
    return html`<article part="base" class="card" aria-labelledby="name" aria-describedby="summary">
      ${banner}
      <h2 part="name" id="name" class="name">${view.name}${view.table.period ? html` <span class="where">· ${view.table.period}</span>` : nothing}</h2>
      <p id="summary" class="sr-only">${t.groupSummary(view.name, t.unitsCount(count(counts.total, locale)), text)}</p>
      <section part="distribution" class="distribution" aria-label=${t.distribution}>
        <h3>${t.distribution} <span class="muted">· ${t.unitsCount(count(counts.total, locale))}</span></h3>
        <svg part="bar" class="stack" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <rect class="track" width="100" height="12"></rect>
          ${parts.map((p) => {
            const width = (p.count / total) * 100;
            const x = at;
            at += width;
            return svg`<rect class=${p.colour ? 'segment' : 'segment none'} x=${x} width=${width} height="12" fill=${drawnColour(p.colour, this) ?? nothing}></rect>`;
          })}
        </svg>
        <p class="counts" aria-hidden="true">${text}</p>
      </section>
      ${view.hint ? html`<p class="muted hint">${t.chooseUnit}</p>` : nothing}
      ${this.#printedSource(view.table, locale, t)}
    </article>`;
  }
}

function parentHint(table: ScoreTable): string {
  const parents = [...new Set(table.units.map((u) => u.parent).filter((p): p is string => Boolean(p)))];
  return `${parents.slice(0, 5).join(', ')}${parents.length > 5 ? ', …' : ''}`;
}

/** The field of a rank as written, or `undefined` when the table does not say it. */
const ofText = (r: RankOf, locale: Locale) => (r.of === undefined ? undefined : count(r.of, locale));

/** The one sentence a screen reader hears for a unit. */
function summary(p: UnitProfile, table: ScoreTable, locale: Locale, t: ScorecardStrings): string {
  const fmt = numberFormat(locale, table.framework.precision);
  const u = p.unit;
  const ranks = [
    p.inParent && u.parent
      ? t.rankPhrase(count(p.inParent.rank, locale), ofText(p.inParent, locale), t.inParent(u.parent))
      : '',
    p.overall ? t.rankPhrase(count(p.overall.rank, locale), ofText(p.overall, locale), t.overall) : '',
  ].filter(Boolean);
  const c = p.rankChange;
  return t.summary({
    name: u.name,
    value:
      u.value === null ? (table.source === 'published' ? t.notPublished : t.unscored) : t.points(fmt.format(u.value)),
    tier: p.tier ? labelIn(p.tier.label, locale) : '',
    ranks: ranks.join(', '),
    change: c === undefined ? '' : c === 'new' ? t.isNew : c === 0 ? t.same : c > 0 ? t.up(c) : t.down(-c),
    targets: u.targets.set > 0 ? t.targetsMet(count(u.targets.met, locale), count(u.targets.set, locale)) : '',
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'dti-scorecard': DtiScorecard;
  }
}
