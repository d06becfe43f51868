import { type ScoreTable, twinNames } from '@dti-kit/core/present';

const cache = new WeakMap<ScoreTable, Map<string, string>>();

/**
 * What tells apart the units of a table that share a name, by unit id: the parent, else the id (core's
 * `twinNames`), once per table. Loaded with the notices, only for a table whose names repeat.
 *
 * @example twinsOf(communes).get('xa-00508') // → 'Lạng Sơn'
 */
export function twinsOf(table: ScoreTable): Map<string, string> {
  let twins = cache.get(table);
  if (!twins) {
    twins = twinNames(table.units);
    cache.set(table, twins);
  }
  return twins;
}
