import { type ScoreTable, twinNames } from '@dti-kit/core/present';
import { html, nothing } from 'lit';

/** After a unit's name, by its id: what tells it apart from the units that share its name, else nothing. */
export type TwinView = (id: string) => ReturnType<typeof html> | typeof nothing;

const cache = new WeakMap<ScoreTable, TwinView>();

/**
 * What tells apart the units of a table that share a name, drawn after the name by unit id: the parent,
 * else the id (core's `twinNames`), " (Lạng Sơn)"; nothing after a name of its own. Made once per
 * table. Loaded with the notices, only for a table whose names repeat.
 *
 * @example twinView(communes)('xa-00508') // → html` <span part="twin" class="twin">(Lạng Sơn)</span>`
 */
export function twinView(table: ScoreTable): TwinView {
  let view = cache.get(table);
  if (!view) {
    const twins = twinNames(table.units);
    view = (id) => (twins.has(id) ? html` <span part="twin" class="twin">(${twins.get(id)})</span>` : nothing);
    cache.set(table, view);
  }
  return view;
}
