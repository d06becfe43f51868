// A unit's row of the league table: its cells, its mark when chosen, and its keys.
import { html, nothing, type TemplateResult } from 'lit';
import { bodyCell, type CellContext, type Head } from './cells.js';
import type { RowKeys } from './keyboard.js';
import type { Page } from './paging.js';
import { isPartial, type RowModel } from './view-model.js';

/**
 * A unit's row: a Tab stop when it has the focus (`keys`), chosen by click, Enter or Space (`choose`),
 * marked when its unit is the one highlighted.
 *
 * @example page.rows.map((row, i) => rowTemplate(row, i, page, heads, ctx, this.highlight, this.#keys, choose))
 */
export function rowTemplate(
  row: RowModel,
  i: number,
  page: Page<RowModel>,
  heads: readonly Head[],
  ctx: CellContext,
  highlight: string | undefined,
  keys: RowKeys,
  choose: (row: RowModel) => void,
): TemplateResult {
  const id = row.unit.id;
  const at = page.first + i;
  return html`<tr
    role="row"
    part=${id === highlight ? 'row row-highlight' : 'row'}
    class=${id === highlight ? 'highlight' : ''}
    aria-current=${id === highlight ? 'true' : nothing}
    data-id=${id}
    aria-rowindex=${at + 2}
    aria-describedby=${isPartial(row.unit, ctx.model.table) ? `partial-${at}` : nothing}
    tabindex=${id === keys.focusId ? 0 : -1}
    @click=${() => {
      keys.focusId = id;
      choose(row);
    }}
    @keydown=${(e: KeyboardEvent) => keys.onKey(e, row, page.rows, i, choose)}
  >
    ${heads.map((h) => bodyCell(row, h, at, ctx))}
  </tr>`;
}
