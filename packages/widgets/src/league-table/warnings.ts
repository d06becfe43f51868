import type { DtiIssue, ScoreTable } from '@dti-kit/core';
import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Locale } from '../shared/i18n.js';
import { colourWarnings } from '../shared/tier-colour.js';
import { loadedNotices, notices } from './notices-load.js';
import { isPartial, type TableModel } from './view-model.js';

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
  // Counted among the units the page ranks: the chosen parent's, not the whole table's. Without the
  // notices there is none: a table with units on partial data loads them before it shows (noticesOfItsOwn).
  const partial = loadedNotices()?.partialCount(model, parent) ?? 0;
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
 * `twinView`), so the notices load with the table. Once per table.
 *
 * @example namesRepeat(communes) // → true: four "Xã Long Phú"
 */
export function namesRepeat(table: ScoreTable): boolean {
  let found = repeats.get(table);
  if (found === undefined) {
    const seen = new Set<string>();
    // Read before the table's shape is checked: a name that is no string must not throw here.
    for (const u of table.units) seen.add(twinKey(`${u.name}`));
    found = seen.size < table.units.length;
    repeats.set(table, found);
  }
  return found;
}

/**
 * A name as core's `twinNames` compares it (NFC, each run of white space one space): "Xã  Một" (two
 * spaces) is "Xã Một". The replace runs only on the few names with white space other than single
 * spaces: on 100,000 names, normalising costs about 2 ms (strings already in NFC), replacing on each
 * about 50.
 */
const twinKey = (name: string) => {
  const nfc = name.normalize('NFC');
  return /\s\s|[^\S ]/u.test(nfc) ? nfc.replace(/\s+/gu, ' ') : nfc;
};
