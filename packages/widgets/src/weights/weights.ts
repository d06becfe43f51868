import { intlLocale, labelIn, type ScoreTable } from '@dti-kit/core/present';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { DtiLinkedElement } from '../shared/dti-element.js';
import { STRINGS } from '../shared/i18n.js';
import { type Linkable, LinkConsumer, provideLink } from '../shared/link.js';
import type { Locale } from '../shared/locale.js';
import { state } from '../shared/state.js';
import { type WeighedNode, type WhatIfProblem, weighable, whatIf } from '../shared/what-if.js';
import { weightsStyles } from './weights.styles.js';
import { WEIGHTS_STRINGS, type WeightsStrings } from './weights-strings.js';

const formats: Partial<Record<Locale, { whole: Intl.NumberFormat; percent: Intl.NumberFormat }>> = {};

/** Two weightings are the same when they share out 100 % alike (weights are relative). */
function sameShares(a: readonly number[], b: readonly number[]): boolean {
  const sa = a.reduce((x, y) => x + y, 0);
  const sb = b.reduce((x, y) => x + y, 0);
  return sa > 0 && sb > 0 && a.every((x, i) => Math.abs(x / sa - (b[i] as number) / sb) < 1e-9);
}

/**
 * @tagname dti-weights
 * @summary What-if weights for a league table: a labelled slider per pillar (or per group named in
 * `groups`), each weight with its share of the total, a reset, and a banner that says the results are
 * not the official ones. Moving a slider re-ranks the linked table and every element linked to it, at
 * once; the table shows each unit's move against its official rank. The what-if index is recomputed
 * from the published pillar values (rounded), as the weighted mean of their shares of the scale: it
 * reproduces frameworks that add up points; at the official weights the official table is shown.
 *
 * @csspart base - The group of sliders.
 * @csspart banner - The notice that the results are hypothetical.
 * @csspart slider - Each weight's range input.
 * @csspart weight - Each weight's value and share.
 * @csspart total - The total and the re-normalisation note.
 * @csspart reset - The reset button.
 * @csspart status - The waiting message.
 * @csspart error - The error message.
 *
 * @cssproperty --dti-color-text - Text.
 * @cssproperty --dti-color-muted - Official weights and notes.
 * @cssproperty --dti-color-background - Background.
 * @cssproperty --dti-color-surface - Background of the banner.
 * @cssproperty --dti-color-border - The group's border and the button's.
 * @cssproperty --dti-color-accent - The sliders.
 * @cssproperty --dti-color-down - The banner's edge and the error's border.
 * @cssproperty --dti-color-focus - Focus ring.
 * @cssproperty --dti-radius - Corner radius.
 * @cssproperty --dti-font-family - Font.
 *
 * @event dti-weights - The weights changed. `detail: { weights }`: node id → weight (relative), or `undefined` for the official ones.
 */
export class DtiWeights extends DtiLinkedElement {
  static override styles = weightsStyles;

  static override properties = {
    groups: { reflect: true },
    _weights: state,
    _announce: state,
  };

  /** Id of the `<dti-league-table>` whose ranking the weights change (required). */
  declare for: string | undefined;
  /** Comma-separated ids of the groups to weigh (siblings under one parent); default the pillars. */
  declare groups: string | undefined;
  declare _weights: Record<string, number> | undefined;
  declare _announce: string;

  readonly #link = new LinkConsumer(this);
  /** Slider values moved since the last re-ranking, by node id, and whether a frame is awaited (`#slide`). */
  #moved: Record<string, number> | undefined;
  #waiting = false;

  constructor() {
    super();
    this._announce = '';
  }

  /**
   * The weights in effect, node id → weight in percent of the parent (relative), or `undefined` while
   * the official ones apply.
   *
   * @example weights.weights // → { 'chinh-quyen-so': 50, 'kinh-te-so': 30, 'xa-hoi-so': 30 }
   */
  get weights(): Readonly<Record<string, number>> | undefined {
    return this._weights;
  }

  /**
   * Sets what-if weights (node id → relative weight; ids not named keep the slider's value), or the
   * official ones with `undefined`, as moving the sliders does.
   *
   * @example document.querySelector('dti-weights')?.setWeights({ 'kinh-te-so': 70 });
   */
  setWeights(weights: Readonly<Record<string, number>> | undefined): void {
    const nodes = this.#nodes().nodes;
    if (!nodes) return;
    // A slider move still waiting for its frame is older than this: dropped.
    this.#moved = undefined;
    this.#apply(weights ? this.#merged(nodes, weights) : undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Weights for groups the new data or the new `groups` cannot weigh are dropped, not kept half-valid.
    if (this._weights && (changed.has('groups') || this.#nodes().problem)) {
      const { nodes } = this.#nodes();
      if (!nodes || Object.keys(this._weights).some((id) => !nodes.some((n) => n.node.id === id)))
        this.#apply(undefined);
    }
  }

  #nodes(): { nodes?: WeighedNode[]; problem?: WhatIfProblem; official?: ScoreTable } {
    const official = this.#link.state.official;
    if (!official) return {};
    const ids = this.groups
      ?.split(',')
      .map((g) => g.trim())
      .filter(Boolean);
    return { ...weighable(official, ids), official };
  }

  #merged(nodes: readonly WeighedNode[], weights: Readonly<Record<string, number>>): Record<string, number> {
    const out: Record<string, number> = {};
    for (const n of nodes) out[n.node.id] = weights[n.node.id] ?? this._weights?.[n.node.id] ?? n.official;
    return out;
  }

  /** Applies weights: the official ones when they share out 100 % as the official do. */
  #apply(next: Record<string, number> | undefined): void {
    const nodes = this.#nodes().nodes ?? [];
    const official = nodes.map((n) => n.official);
    const asked = next && nodes.map((n) => next[n.node.id] ?? n.official);
    const weights = asked && !sameShares(asked, official) ? next : undefined;
    const allZero = asked?.every((w) => w === 0);
    // Weights of 0 rank nothing: the table goes back to the official ranking (and says so), rather than
    // keep the ranks of weights the sliders no longer show.
    this._weights = allZero ? next : weights;
    const shown = allZero ? undefined : weights;
    const provider = this.#provider();
    if (provider) {
      provideLink(provider, whatIf);
      this.#link.setWeights(shown);
    }
    this.emit('dti-weights', { weights: shown });
  }

  #provider(): Linkable | undefined {
    if (!this.for || !this.#link.linked) return undefined;
    return ((this.getRootNode() as Document | ShadowRoot).getElementById(this.for) as Linkable | null) ?? undefined;
  }

  /** Says where the re-ranking put the chosen unit, or how many units moved and which is first. */
  #announceRanks(t: WeightsStrings, locale: Locale): void {
    const { table, official, selected } = this.#link.state;
    if (!table || !official) return;
    const before = new Map(official.units.map((u) => [u.id, u.rank]));
    const unit = selected === undefined ? undefined : table.units.find((u) => u.id === selected);
    if (unit && unit.rank !== null) {
      this._announce = t.unitRank(unit.name, before.get(unit.id) ?? unit.rank, unit.rank);
      return;
    }
    const moved = table.units.filter((u) => u.rank !== before.get(u.id)).length;
    const top = table.units.find((u) => u.rank === 1)?.name ?? '—';
    this._announce = t.moved(new Intl.NumberFormat(intlLocale(locale)).format(moved), top);
  }

  /**
   * A slider moved: re-rank at once, then at most once a frame with the latest values however fast the
   * input comes (a drag, a held key), so re-ranking thousands of units never queues up behind itself.
   */
  #slide(event: Event, id: string): void {
    this.#moved = { ...this.#moved, [id]: Number((event.target as HTMLInputElement).value) };
    if (!this.#waiting) this.#reweigh();
  }

  /** Applies the moves not yet applied; the next ones wait for the next frame. */
  #reweigh(): void {
    const moved = this.#moved;
    this.#moved = undefined;
    if (!moved) {
      this.#waiting = false;
      return;
    }
    const nodes = this.#nodes().nodes;
    if (nodes) this.#apply(this.#merged(nodes, moved));
    this.#waiting = true;
    requestAnimationFrame(() => this.#reweigh());
  }

  protected override render(): TemplateResult {
    const locale = this.currentLocale();
    const t = WEIGHTS_STRINGS[locale];
    if (!this.for)
      return html`<div part="error" class="error" role="alert"><strong>${t.error}:</strong> ${t.noFor}</div>`;
    const { nodes, problem, official } = this.#nodes();
    const failed = this.#link.state.error;
    if (!official && failed)
      return html`<div part="error" class="error" role="alert"><strong>${t.error}:</strong> ${failed}</div>`;
    if (!official)
      return html`<p part="status" class="status" role="status">${this.#link.linked ? t.waiting : t.notLinked(this.for)}</p>`;
    if (problem)
      return html`<div part="error" class="error" role="alert"><strong>${t.error}:</strong> ${problemText(problem, t)}</div>`;
    return this.#sliders(nodes ?? [], locale, t);
  }

  #sliders(nodes: readonly WeighedNode[], locale: Locale, t: WeightsStrings): TemplateResult {
    // Made once per language, not on every move of a slider.
    formats[locale] ??= {
      whole: new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }),
      percent: new Intl.NumberFormat(intlLocale(locale), {
        style: 'percent',
        maximumFractionDigits: 1,
      }),
    };
    const { whole, percent } = formats[locale];
    const values = nodes.map((n) => this._weights?.[n.node.id] ?? n.official);
    const total = values.reduce((a, b) => a + b, 0);
    const share = (w: number) => (total > 0 ? percent.format(w / total) : '—');
    const label = (n: WeighedNode) => labelIn(n.node.label, locale);
    const table = this.#link.state.table;
    const lacking =
      this._weights && table
        ? table.units.filter((u, i) => u.value === null && this.#link.state.official?.units[i]?.value !== null).length
        : 0;
    return html`<fieldset part="base" class="base">
      <legend>${t.title}</legend>
      ${this._weights && total > 0 ? html`<p part="banner" class="banner" role="note">${STRINGS[locale].whatIfBanner}</p>` : html`<p class="muted">${t.official}</p>`}
      ${nodes.map((n, i) => {
        const v = values[i] as number;
        const said = t.share(whole.format(v), share(v));
        return html`<div class="row">
          <label for=${`w-${i}`}>${label(n)}</label>
          <input part="slider" id=${`w-${i}`} type="range" min="0" max="100" step="1" .value=${String(Math.round(v))}
            aria-valuetext=${said} aria-describedby=${`o-${i}`}
            @input=${(e: Event) => this.#slide(e, n.node.id)}
            @change=${() => {
              // The last move, if it waits for a frame, is applied before its ranks are announced.
              this.#reweigh();
              this.#announceRanks(t, locale);
            }} />
          <output part="weight" for=${`w-${i}`}>${said}</output>
          <span class="muted" id=${`o-${i}`}>${t.officialWeight(percent.format(n.official / 100))}</span>
        </div>`;
      })}
      <p part="total" class="total">${t.total(whole.format(total))} · ${t.normalised}</p>
      ${total === 0 ? html`<p class="error" role="alert">${t.allZero}</p>` : nothing}
      ${lacking > 0 ? html`<p class="muted">${t.noValue(whole.format(lacking))}</p>` : nothing}
      <button part="reset" type="button" ?disabled=${!this._weights} @click=${() => {
        this.#moved = undefined;
        this.#apply(undefined);
        this.#announceRanks(t, locale);
      }}>${t.reset}</button>
      <div class="sr-only" role="status" aria-live="polite">${this._announce}</div>
    </fieldset>`;
  }
}

function problemText(p: WhatIfProblem, t: WeightsStrings): string {
  switch (p.code) {
    case 'no-groups':
      return t.problem['no-groups'];
    case 'unknown-group':
      return t.problem['unknown-group'](p.id, p.known.join(', '));
    case 'mixed-parents':
      return t.problem['mixed-parents'](p.ids.join(', '));
    case 'unlisted-children':
      return t.problem['unlisted-children'](p.parent, String(p.listed), String(p.points));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dti-weights': DtiWeights;
  }
  interface HTMLElementEventMap {
    'dti-weights': CustomEvent<{ weights: Readonly<Record<string, number>> | undefined }>;
  }
}
