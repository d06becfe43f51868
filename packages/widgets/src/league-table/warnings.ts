import type { DtiIssue, ScoreTable } from '@dti-kit/core';
import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Locale } from '../shared/i18n.js';
import { colourWarnings } from '../shared/tier-colour.js';
import { notices } from './notices-load.js';
import { isPartial, type TableModel, visibleRows } from './view-model.js';

/**
 * The ranked units on partial data among those the page ranks, counted once per table and parent: every
 * render (each keystroke of a search) reads it, and a pass over 100,000 rows is not free.
 */
function partialCount(model: TableModel, parent: string): number {
  let counts = partialCounts.get(model);
  if (!counts) {
    counts = new Map();
    partialCounts.set(model, counts);
  }
  let count = counts.get(parent);
  if (count === undefined) {
    const scope = parent
      ? visibleRows(model, { sort: 'rank', direction: 'ascending', query: '', parent, tier: '' }).map((r) => r.unit)
      : model.table.units;
    count = 0;
    for (const u of scope) if (u.rank !== null && isPartial(u, model.table)) count++;
    counts.set(parent, count);
  }
  return count;
}

const partialCounts = new WeakMap<TableModel, Map<string, number>>();

/**
 * The warnings above the table (see warnings-view.ts), when there are any: the reader's, units ranked on
 * partial data, tier colours refused. Their words load on demand (notices-load.ts); the table loads
 * them before it shows data that has warnings, and renders again if they arrive later.
 *
 * @example warningsTemplate(warnings, model, '', 'vi', this)
 */
export function warningsTemplate(
  warnings: readonly DtiIssue[],
  model: TableModel,
  parent: string,
  locale: Locale,
  host: ReactiveControllerHost,
): TemplateResult | typeof nothing {
  // Counted among the units the page ranks: the chosen parent's, not the whole table's.
  const partial = partialCount(model, parent);
  const colours = colourWarnings(model.tiers, locale, host);
  if (!warnings.length && !partial && !colours.length) return nothing;
  return notices(host)?.warningsView(warnings, partial, colours, locale, host) ?? nothing;
}

/**
 * Whether a table shows notices on its own: a unit on partial data has a mark, and a warning when ranked;
 * peer groups name the rank columns and have a note.
 *
 * @example if (noticesOfItsOwn(table)) await loadNotices();
 */
export function noticesOfItsOwn(table: ScoreTable): boolean {
  // A loop, not `some` with a callback: it reads every unit of a table without either, before its first frame.
  for (const u of table.units) if (isPartial(u, table) || u.peerGroup) return true;
  return namesRepeat(table);
}

const repeats = new WeakMap<ScoreTable, boolean>();

/**
 * Whether two units of a table share a name: then each such name shows what tells it apart (the notices'
 * `twinsOf`), so the notices load with the table. Once per table.
 *
 * @example namesRepeat(communes) // → true: four "Xã Long Phú"
 */
export function namesRepeat(table: ScoreTable): boolean {
  let found = repeats.get(table);
  if (found === undefined) {
    const seen = new Set<string>();
    // Read before the table's shape is checked: a name that is no string must not throw here.
    for (const u of table.units) seen.add(`${u.name}`.normalize('NFC'));
    found = seen.size < table.units.length;
    repeats.set(table, found);
  }
  return found;
}
