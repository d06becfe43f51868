// The note under the league table that says what a tied rank's "=" means (the note on a parent the
// data lacks is one of the table's notices, unknown-parent.ts).
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
