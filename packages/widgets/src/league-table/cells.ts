// The cells of the league table: one small template per column kind, from the values one render shares.
import type { Tier } from '@dti-kit/core';
import { intlLocale, labelIn, tierOf } from '@dti-kit/core/present';
import { html, nothing, type ReactiveControllerHost, svg, type TemplateResult } from 'lit';
import { type Locale, numberFormat, type Strings } from '../shared/i18n.js';
import { rankText } from '../shared/locale.js';
import { drawnColour } from '../shared/tier-colour.js';
import { notices } from './notices-load.js';
import {
  type ColumnKey,
  isPartial,
  type RowModel,
  type SortKey,
  type TableModel,
  type ViewColumn,
} from './view-model.js';
import { namesRepeat } from './warnings.js';

/** A column as drawn: its sort key and whether it holds numbers (right-aligned). */
export interface Head extends ViewColumn {
  sort: SortKey;
  numeric: boolean;
}

/** What the cells of one render share: the model, the words, the formats and the element they draw in. */
export interface CellContext {
  model: TableModel;
  t: Strings;
  locale: Locale;
  /** The rank column counts within the parent shown. */
  within: boolean;
  /** Scores, with the framework's precision. */
  format: Intl.NumberFormat;
  /** Shares of indicators reported. */
  percent: Intl.NumberFormat;
  tierLabel: ReadonlyMap<string, string>;
  /** The column that carries the ◐ mark of partial data. */
  markKey: ColumnKey | undefined;
  /** The element: tier colours that are not hex are resolved through it. */
  host: ReactiveControllerHost;
  /** The pointer entered a ◐ mark: its explanation may show again after Escape hid it. */
  tipsOn: () => void;
  /** What tells apart units that share a name, drawn after the name, by id; absent when no name repeats. */
  twin: ((id: string) => unknown) | undefined;
}

/** The colour of the tier `value` falls in (the highest minimum at or below it). */
function tierColour(tiers: readonly Tier[], value: number | null): string | undefined {
  return value === null ? undefined : tierOf(tiers, value)?.color;
}

/**
 * What the cells of one render share, made once per render.
 *
 * @example bodyCell(row, head, 0, cellContext(model, heads, false, 'vi', STRINGS.vi, this, tipsOn))
 */
export function cellContext(
  model: TableModel,
  heads: readonly Head[],
  within: boolean,
  locale: Locale,
  t: Strings,
  host: ReactiveControllerHost,
  tipsOn: () => void,
): CellContext {
  return {
    model,
    t,
    locale,
    within,
    format: numberFormat(locale, model.table.framework.precision),
    percent: new Intl.NumberFormat(intlLocale(locale), {
      style: 'percent',
      maximumFractionDigits: 1,
    }),
    tierLabel: new Map(model.tiers.map((tier) => [tier.id, labelIn(tier.label, locale)])),
    twin: namesRepeat(model.table) ? notices(host)?.twinView(model.table) : undefined,
    // The ◐ mark sits beside the score; with the score column hidden, beside the name (else the first column).
    markKey: (['value', 'name'] as const).find((k) => heads.some((h) => h.key === k)) ?? heads[0]?.key,
    host,
    tipsOn,
  };
}

/** A sortable column header, with `aria-sort` and the arrow of the current sort. */
export function headerCell(
  h: Head,
  sort: { key: SortKey; direction: 'ascending' | 'descending' },
  onSort: (h: Head) => void,
): TemplateResult {
  const active = h.sort === sort.key;
  return html`<th part="header" role="columnheader" scope="col" aria-sort=${active ? sort.direction : 'none'} class=${h.numeric ? 'num' : ''}>
    <button part="sort-button" type="button" @click=${() => onSort(h)}>
      ${h.label}<span class="arrow" aria-hidden="true">${active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
    </button>
  </th>`;
}

/** A score's bar, the share of the framework's scale it reaches. */
function bar(ctx: CellContext, value: number | null, colour?: string): TemplateResult {
  const { min, max } = ctx.model.table.framework.scale;
  const share = value === null ? 0 : Math.min(1, Math.max(0, (value - min) / (max - min)));
  return svg`<svg part="bar" class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="track" width="100" height="8"></rect><rect class=${colour ? 'fill banded' : 'fill'} width=${share * 100} height="8" fill=${colour ?? nothing}></rect></svg>`;
}

/** The rank change: arrows for the eye, words for screen readers (aria-label is not allowed on a span). */
function change(row: RowModel, ctx: CellContext): TemplateResult {
  const { t } = ctx;
  const moved = ctx.within ? row.parentChange : row.change;
  if (moved === null) return html`<span aria-hidden="true">—</span>`;
  if (moved === 'new') return html`<span part="change" class="change new">${t.isNew}</span>`;
  if (moved === 0)
    return html`<span part="change" class="change same"><span aria-hidden="true">=</span><span class="sr-only">${t.same}</span></span>`;
  return moved > 0
    ? html`<span part="change" class="change up"><span aria-hidden="true">▲ ${moved}</span><span class="sr-only">${t.up(moved)}</span></span>`
    : html`<span part="change" class="change down"><span aria-hidden="true">▼ ${-moved}</span><span class="sr-only">${t.down(-moved)}</span></span>`;
}

/** A rank cell; the rank column counts within the parent while ranking within one, `national-rank` never. */
function rankCell(row: RowModel, h: Head, mark: unknown, ctx: CellContext): TemplateResult {
  const { t } = ctx;
  const u = row.unit;
  const own = ctx.within && h.key === 'rank';
  const rank = own ? row.parentRank : u.rank;
  return html`<td part="cell" role="cell" class=${`num rank ${h.key}`} data-label=${h.label}>
    ${
      rank === null
        ? html`<span class="muted">${ctx.model.table.source === 'published' ? t.notPublished : u.status === 'unscored' ? t.unscored : t.notRanked}</span>`
        : (own ? row.parentTied : row.tied)
          ? html`<span aria-hidden="true">${rankText(rank, ctx.locale)}<span class="tie"> =</span></span><span class="sr-only">${t.tiedRank(rank)}</span>`
          : rankText(rank, ctx.locale)
    }${mark}
  </td>`;
}

/** A tier badge: the tier's colour dot and its name. */
function tierCell(row: RowModel, h: Head, mark: unknown, ctx: CellContext): TemplateResult {
  const tier = row.unit.tier;
  const colour = drawnColour(ctx.model.tiers.find((x) => x.id === tier)?.color, ctx.host);
  return html`<td part="cell" role="cell" data-label=${h.label}>
    ${
      tier
        ? html`<span part="badge" class="badge"
            ><svg class="dot" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><circle cx="5" cy="5" r="5" fill=${colour ?? 'currentColor'}></circle></svg
            >${ctx.tierLabel.get(tier) ?? tier}</span
          >`
        : html`<span class="muted">—</span>`
    }${mark}
  </td>`;
}

/** A figure with its bar: the score, or a pillar's score in its tier's colour. */
function figureCell(value: number | null, kind: string, h: Head, mark: unknown, ctx: CellContext, colour?: string) {
  return html`<td part="cell" role="cell" class=${`num ${kind}`} data-label=${h.label}>
    <span class="figure">${value === null ? '—' : ctx.format.format(value)}</span>${value === null && ctx.model.table.source === 'published' ? html`<span class="sr-only">${ctx.t.notPublished}</span>` : nothing}${mark}${bar(ctx, value, colour)}
  </td>`;
}

/** One cell of a row; `at` is the row's place in the whole view (it names the row's explanation). */
export function bodyCell(row: RowModel, h: Head, at: number, ctx: CellContext): TemplateResult {
  const u = row.unit;
  const mark = h.key === ctx.markKey ? partialMark(u, `partial-${at}`, ctx) : nothing;
  switch (h.key) {
    case 'rank':
    case 'national-rank':
      return rankCell(row, h, mark, ctx);
    case 'name':
      return html`<th part="cell" role="rowheader" scope="row" class="name" data-label=${h.label}>${u.name}${ctx.twin?.(u.id)}${mark}</th>`;
    case 'group':
      return html`<td part="cell" role="cell" class="group" data-label=${h.label}>${u.peerGroup ?? '—'}${mark}</td>`;
    case 'value':
      return figureCell(u.value, 'value', h, mark, ctx);
    case 'pillars': {
      const v = u.nodes[h.node ?? '']?.value ?? null;
      return figureCell(v, 'pillar', h, mark, ctx, drawnColour(tierColour(ctx.model.tiers, v), ctx.host));
    }
    case 'change':
      return html`<td part="cell" role="cell" class="num" data-label=${h.label}>${change(row, ctx)}${mark}</td>`;
    case 'coverage':
      return html`<td part="cell" role="cell" class="num coverage" data-label=${h.label}>${ctx.model.table.source === 'published' ? '—' : ctx.percent.format(u.coverage)}${mark}</td>`;
    case 'tier':
      return tierCell(row, h, mark, ctx);
  }
}

/**
 * The ◐ mark of a unit scored on partial data (partial-mark.ts, one of the table's notices, which the
 * table loads with data that has such a unit).
 */
export function partialMark(unit: RowModel['unit'], id: string, ctx: CellContext): TemplateResult | typeof nothing {
  if (!isPartial(unit, ctx.model.table)) return nothing;
  return notices(ctx.host)?.partialMarkView(unit, id, ctx) ?? nothing;
}
