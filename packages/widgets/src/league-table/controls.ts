import type { Tier } from '@dti-kit/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../shared/i18n.js';

/** What the controls show and what they do. */
export interface ControlsInput {
  t: Strings;
  caption: string;
  query: string;
  /** The table's parents, the one chosen (`''`: all), the tiers and the one chosen. */
  parents: readonly string[];
  parent: string;
  tiers: readonly Tier[];
  tier: string;
  tierName: (tier: Tier) => string;
  filter: (key: '_query' | '_parent' | '_tier', value: string) => void;
  exportCsv: () => void;
}

const typedValue = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;

/** The search field, the parent and tier filters (when there is a choice) and the CSV button. */
export function controlsTemplate(c: ControlsInput): TemplateResult {
  const { t } = c;
  const parentSelect =
    c.parents.length > 1
      ? html`<label
          >${t.parent}
          <select part="filter" .value=${c.parent} @change=${(e: Event) => c.filter('_parent', typedValue(e))}>
            <option value="">${t.allParents}</option>
            ${c.parents.map((p) => html`<option value=${p} ?selected=${p === c.parent}>${p}</option>`)}
          </select></label
        >`
      : nothing;
  const tierSelect = c.tiers.length
    ? html`<label
        >${t.tier}
        <select part="filter" .value=${c.tier} @change=${(e: Event) => c.filter('_tier', typedValue(e))}>
          <option value="">${t.allTiers}</option>
          ${[...c.tiers].sort((a, b) => b.min - a.min).map((tier) => html`<option value=${tier.id} ?selected=${tier.id === c.tier}>${c.tierName(tier)}</option>`)}
        </select></label
      >`
    : nothing;
  return html`<div part="controls" class="controls" role="search" aria-label=${`${t.search} — ${c.caption}`}>
    <label class="search"
      >${t.search}
      <input
        part="search"
        type="search"
        placeholder=${t.searchPlaceholder}
        .value=${c.query}
        @input=${(e: Event) => c.filter('_query', typedValue(e))}
    /></label>
    ${parentSelect} ${tierSelect}
    <button part="export" type="button" class="export" @click=${c.exportCsv}>${t.exportCsv}</button>
  </div>`;
}
