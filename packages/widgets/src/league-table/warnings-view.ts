import type { DtiIssue } from '@dti-kit/core';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { issueText } from '../shared/issue-text.js';
import type { Locale } from '../shared/locale.js';
import { NOTICE_STRINGS } from './notice-strings.js';

// Warnings that change what a rank means: shown in a banner above the table, not folded away.
const RANKING_CODES = new Set<DtiIssue['code']>(['missing-column', 'several-sheets']);

/** A list of issues in sentences, the first `limit` of them and a count of the rest. */
function issueList(issues: readonly DtiIssue[], limit: number, locale: Locale, host: ReactiveControllerHost) {
  return html`<ul>
    ${issues.slice(0, limit).map((i) => html`<li>${issueText(i, locale, host)}</li>`)}
    ${issues.length > limit ? html`<li>${NOTICE_STRINGS[locale].more(issues.length - limit)}</li>` : nothing}
  </ul>`;
}

/**
 * Warnings that change what a rank means (an indicator without a column, units below the coverage
 * rule, `partial` units ranked on partial data) in a banner; the tier colours refused (`colours`, their
 * sentences); the other warnings folded below.
 *
 * @example warningsView(warnings, 3, [], 'vi', this)
 */
export function warningsView(
  warnings: readonly DtiIssue[],
  partial: number,
  colours: readonly string[],
  locale: Locale,
  host: ReactiveControllerHost,
): TemplateResult {
  const t = NOTICE_STRINGS[locale];
  const ranking = warnings.filter((i) => RANKING_CODES.has(i.code));
  const rest = warnings.filter((i) => !RANKING_CODES.has(i.code));
  return html`
    ${colours.length ? html`<div part="warning" class="warning" role="status">${colours.map((w) => html`<p>${w}</p>`)}</div>` : nothing}
    ${
      ranking.length || partial
        ? html`<div part="warning" class="warning" role="status">
            <strong>${t.rankingWarning}</strong>
            ${ranking.length ? issueList(ranking, 5, locale, host) : nothing}
            ${partial ? html`<p>${t.partialRanked(partial)}</p>` : nothing}
          </div>`
        : nothing
    }
    ${
      rest.length
        ? html`<details part="warnings" class="warnings">
            <summary>${t.otherWarnings(rest.length)}</summary>
            ${issueList(rest, 50, locale, host)}
          </details>`
        : nothing
    }
  `;
}
