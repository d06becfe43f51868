import type { DtiIssue } from '@dti-kit/core';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Locale, Strings } from '../shared/i18n.js';
import { issueText } from '../shared/issue-text.js';
import { colourWarnings } from '../shared/tier-colour.js';
import { isPartial, type TableModel, visibleRows } from './view-model.js';

// Warnings that change what a rank means: shown in a banner above the table, not folded away.
const RANKING_CODES = new Set<DtiIssue['code']>(['missing-column', 'several-sheets']);

/** A list of issues in sentences, the first `limit` of them and a count of the rest. */
function issueList(
  issues: readonly DtiIssue[],
  limit: number,
  locale: Locale,
  t: Strings,
  host: ReactiveControllerHost,
) {
  return html`<ul>
    ${issues.slice(0, limit).map((i) => html`<li>${issueText(i, locale, host)}</li>`)}
    ${issues.length > limit ? html`<li>${t.more(issues.length - limit)}</li>` : nothing}
  </ul>`;
}

/**
 * The ranked units on partial data among those the page ranks, counted once per table and parent: every
 * render (each keystroke of a search) reads it, and a pass over 100,000 rows is not free.
 */
function partialCount(model: TableModel, parent: string): number {
  let counts = partialCounts.get(model);
  if (!counts) {
    counts = new Map();
    partialCounts.set(model, counts);
  }
  let count = counts.get(parent);
  if (count === undefined) {
    const scope = parent
      ? visibleRows(model, { sort: 'rank', direction: 'ascending', query: '', parent, tier: '' }).map((r) => r.unit)
      : model.table.units;
    count = 0;
    for (const u of scope) if (u.rank !== null && isPartial(u)) count++;
    counts.set(parent, count);
  }
  return count;
}

const partialCounts = new WeakMap<TableModel, Map<string, number>>();

/**
 * Warnings that change what a rank means (an indicator without a column, units below the coverage
 * rule, units ranked on partial data) in a banner; tier colours refused; the other warnings folded below.
 */
export function warningsTemplate(
  warnings: readonly DtiIssue[],
  model: TableModel,
  parent: string,
  locale: Locale,
  t: Strings,
  host: ReactiveControllerHost,
): TemplateResult | typeof nothing {
  const ranking = warnings.filter((i) => RANKING_CODES.has(i.code));
  const rest = warnings.filter((i) => !RANKING_CODES.has(i.code));
  // Counted among the units the page ranks: the chosen parent's, not the whole table's.
  const partial = partialCount(model, parent);
  const colours = colourWarnings(model.tiers, locale, host);
  if (!ranking.length && !partial && !rest.length && !colours.length) return nothing;
  return html`
    ${colours.length ? html`<div part="warning" class="warning" role="status">${colours.map((w) => html`<p>${w}</p>`)}</div>` : nothing}
    ${
      ranking.length || partial
        ? html`<div part="warning" class="warning" role="status">
            <strong>${t.rankingWarning}</strong>
            ${ranking.length ? issueList(ranking, 5, locale, t, host) : nothing}
            ${partial ? html`<p>${t.partialRanked(partial)}</p>` : nothing}
          </div>`
        : nothing
    }
    ${
      rest.length
        ? html`<details part="warnings" class="warnings">
            <summary>${t.otherWarnings(rest.length)}</summary>
            ${issueList(rest, 50, locale, t, host)}
          </details>`
        : nothing
    }
  `;
}
