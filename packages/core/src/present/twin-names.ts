import type { ScoreTableUnit } from '../explain/table.js';

/**
 * What tells apart units of one table that share a name (the bundled communes have four "Xã Long Phú",
 * in Lạng Sơn, Nghệ An, Cao Bằng and Đà Nẵng): for each such unit, its parent's name when no other unit of
 * that name has the same parent, else its id. Names are compared as written, after Unicode NFC (a
 * decomposed "Phú" is the same name) and with each run of spaces read as one. A unit whose name is its own has no entry, so a table without
 * repeated names gets an empty map. Keyed by unit id.
 *
 * @example twinNames(table.units).get('xa-00508') // → 'Lạng Sơn'
 */
export function twinNames(units: readonly Pick<ScoreTableUnit, 'id' | 'name' | 'parent'>[]): Map<string, string> {
  const byName = new Map<string, Pick<ScoreTableUnit, 'id' | 'name' | 'parent'>[]>();
  for (const u of units) {
    // "Xã Long  Phú" (two spaces) reads as "Xã Long Phú" in a table: the same name to its reader.
    const key = u.name.normalize('NFC').replace(/\s+/gu, ' ');
    const same = byName.get(key);
    if (same) same.push(u);
    else byName.set(key, [u]);
  }
  const out = new Map<string, string>();
  for (const same of byName.values()) {
    if (same.length < 2) continue;
    const parents = new Map<string, number>();
    for (const u of same)
      if (u.parent) parents.set(u.parent.normalize('NFC'), (parents.get(u.parent.normalize('NFC')) ?? 0) + 1);
    for (const u of same) out.set(u.id, u.parent && parents.get(u.parent.normalize('NFC')) === 1 ? u.parent : u.id);
  }
  return out;
}
