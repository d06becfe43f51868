// The notes around the league table: what a tied rank's "=" means, and the parents to pick from when
// the one asked for is not in the data.
import { foldText } from '@dti-kit/core/present';
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../shared/i18n.js';
import type { ColumnKey, RowModel, ViewColumn } from './view-model.js';

/**
 * The note under the table that says what the "=" of a tied rank means, while a tied rank is on screen
 * in a rank column shown (`within`: the rank column counts within the parent).
 *
 * @example tieLegend(page.rows, heads, false, STRINGS.vi)
 */
export function tieLegend(
  shown: readonly RowModel[],
  heads: readonly ViewColumn[],
  within: boolean,
  t: Strings,
): TemplateResult | typeof nothing {
  const shows = (key: ColumnKey) => heads.some((h) => h.key === key);
  const tied = shown.some(
    (r) => (shows('rank') && (within ? r.parentTied : r.tied)) || (shows('national-rank') && r.tied),
  );
  return tied ? html`<p part="legend" class="legend">${t.tieLegend}</p>` : nothing;
}

/**
 * A few of the table's parents, those that match the name asked for without diacritics first, for the
 * note on an unknown parent: at most five, then "…".
 *
 * @example parentHints(['Hà Nội', 'Huế', 'Đà Nẵng'], 'Da Nang') // → 'Đà Nẵng, Hà Nội, Huế'
 */
export function parentHints(parents: readonly string[], asked: string): string {
  const near = (p: string) => +(foldText(p) !== foldText(asked));
  const listed = [...parents].sort((a, b) => near(a) - near(b));
  return `${listed.slice(0, 5).join(', ')}${listed.length > 5 ? ', …' : ''}`;
}
