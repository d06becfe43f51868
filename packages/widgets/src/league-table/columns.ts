// The table's columns: which are shown, in what order, and their headings in the page's language.
import { labelIn } from '@dti-kit/core/present';
import type { Locale, Strings } from '../shared/i18n.js';
import type { Head } from './cells.js';
import type { NoticeStrings } from './notice-strings.js';
import type { ColumnKey, TableModel } from './view-model.js';

// Shown unless `columns` says otherwise; `coverage` only when asked for (the marks show partial data).
// `national-rank` shows only while the table ranks within a parent, `group` only with peer groups.
const DEFAULT_COLUMNS: ColumnKey[] = ['rank', 'name', 'group', 'value', 'national-rank', 'pillars', 'change', 'tier'];
const ALL_COLUMNS: ColumnKey[] = [...DEFAULT_COLUMNS, 'coverage'];

/** What decides the columns beside the model: the element's `columns` and the state of its data. */
/**
 * What decides the columns beside the model: the `columns` attribute (comma-separated, or undefined for
 * the default columns); whether the rank column counts within the parent shown (the national rank then
 * gets a column of its own); whether units have a rank change (a previous period or a what-if table);
 * whether a what-if table is shown (the change column is then the move against the official rank).
 * A tuple: its names are not repeated in the bundle every page loads.
 */
export type ColumnChoice = [columns: string | undefined, within: boolean, hasPrevious: boolean, whatIf: boolean];

/** The columns asked for that have something to show. */
function shownColumns(model: TableModel, choice: ColumnChoice): ColumnKey[] {
  const [columns, within, hasPrevious] = choice;
  const asked = columns
    ? (columns.split(',').map((c) => c.trim()) as ColumnKey[]).filter((c) => ALL_COLUMNS.includes(c))
    : DEFAULT_COLUMNS;
  return asked.filter((c) => {
    if (c === 'pillars') return model.pillars.length > 0;
    if (c === 'change') return hasPrevious || Boolean(columns?.includes('change'));
    if (c === 'national-rank') return within;
    if (c === 'group') return model.groups.length > 0;
    if (c === 'tier') return model.tiers.length > 0;
    return true;
  });
}

/**
 * The columns shown, each pillar a column of its own, with the words of the locale; a table with peer
 * groups names its rank columns and its group column with the notices' words `g` (loaded with it).
 *
 * @example tableHeads(model, ['rank,name', false, false, false], 'vi', STRINGS.vi, undefined)
 * // → [{ key: 'rank', sort: 'rank', label: 'Hạng', numeric: true }, { key: 'name', sort: 'name', label: 'Đơn vị', numeric: false }]
 */
export function tableHeads(
  model: TableModel,
  choice: ColumnChoice,
  locale: Locale,
  t: Strings,
  g: NoticeStrings | undefined,
): Head[] {
  const grouped = g && model.groups.length > 0;
  const labels: Record<ColumnKey, string> = {
    rank: grouped ? g.groupRank : t.rank,
    name: t.unit,
    group: g?.group ?? '',
    value: t.score,
    'national-rank': grouped ? g.groupNationalRank : t.nationalRank,
    pillars: '',
    change: choice[3] ? t.whatIfChange : t.change,
    tier: t.tier,
    coverage: t.coverage,
  };
  return shownColumns(model, choice).flatMap((c): Head[] =>
    c === 'pillars'
      ? model.pillars.map((p) => ({
          key: c,
          node: p.id,
          sort: `node:${p.id}`,
          label: labelIn(p.label, locale),
          numeric: true,
        }))
      : [{ key: c, sort: c, label: labels[c], numeric: c !== 'name' && c !== 'tier' && c !== 'group' }],
  );
}
