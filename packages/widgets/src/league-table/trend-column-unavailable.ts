// What the classic script (dti-widgets.classic.js) has in place of trend-column-load.ts. The classic
// script is for pages opened from a file, where browsers refuse to read any other file, a series
// included: a table with `trend-src` shows without its "Xu hướng" column there (the module bundle,
// dti-widgets.js, loads the column when asked for). The widgets README says so.

/**
 * Leaves the table as it is: the classic script has no "Xu hướng" column (a message would cost the
 * classic script, which every such page downloads, more than its size budget leaves).
 *
 * @example loadTrendColumn(table) // nothing: no column in dti-widgets.classic.js
 */
export function loadTrendColumn(_table: HTMLElement): void {}
