import { html, type TemplateResult } from 'lit';
import type { CellContext } from './cells.js';
import { NOTICE_STRINGS } from './notice-strings.js';
import type { RowModel } from './view-model.js';

/**
 * The ◐ mark of a unit scored on partial data, with its explanation (`id`) on hover, focus and in print.
 *
 * @example partialMarkView(row.unit, 'partial-3', ctx)
 */
export function partialMarkView(unit: RowModel['unit'], id: string, ctx: CellContext): TemplateResult {
  const t = NOTICE_STRINGS[ctx.locale];
  // Not a Tab stop of its own: the row is, and the row is described by the explanation (its id).
  return html`<button
      type="button"
      part="partial"
      class="partial"
      tabindex="-1"
      aria-describedby=${id}
      @click=${(e: Event) => e.stopPropagation()}
      @pointerenter=${ctx.tipsOn}
    ><span aria-hidden="true">◐</span><span class="sr-only">${t.partialMark}</span></button
    ><span role="tooltip" id=${id} class="tip">${t.partialExplain(ctx.percent.format(unit.coverage), unit.imputed)}</span>`;
}
