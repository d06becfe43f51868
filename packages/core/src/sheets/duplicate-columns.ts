import type { DtiIssue } from '../validate/issue.js';
import { clip } from '../validate/issue.js';
import { type ColumnRole, cellText } from './headers.js';
import { type Cell, columnLetter } from './sheet.js';
import type { SheetIssues } from './sheet-issues.js';

/** Meta columns that may repeat harmlessly: a second row number says nothing about a unit. */
const REPEATABLE = new Set(['ordinal']);

/**
 * Two columns that name the same indicator, field or unit column (two `Tỷ lệ A`, or `Tỷ lệ A` and
 * `Tỷ lệ A (%)`, or two id columns): which one holds the value is a guess, so each later column is an
 * error naming both, and only the first is read. Returns the roles with every later column set aside
 * (`unknown`) and the set-aside columns, which are not reported again as unknown.
 *
 * @example duplicateColumns(0, header.cells, header.roles, issues).roles
 */
export function duplicateColumns(
  row: number,
  cells: readonly Cell[],
  roles: readonly ColumnRole[],
  issues: SheetIssues,
): { roles: ColumnRole[]; duplicates: Set<number> } {
  const first = new Map<string, number>();
  const duplicates = new Set<number>();
  const out = roles.map((role, c): ColumnRole => {
    const key = role.kind === 'value' ? `value|${role.target.id}` : role.kind === 'meta' ? `meta|${role.meta}` : '';
    if (!key || (role.kind === 'meta' && REPEATABLE.has(role.meta))) return role;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, c);
      return role;
    }
    duplicates.add(c);
    const before = clip(cellText(cells[earlier]).trim());
    const after = clip(cellText(cells[c]).trim());
    const names =
      role.kind === 'value'
        ? `${role.target.indicator ? 'indicator' : 'field'} "${role.target.id}"`
        : `the unit's ${role.kind === 'meta' ? role.meta : ''} column`;
    const issue: DtiIssue = {
      severity: 'error',
      code: 'duplicate-column',
      path: [],
      detail: role.kind === 'value' ? 'value' : role.kind === 'meta' ? role.meta : '',
      value: { column: columnLetter(earlier), header: before },
      message: `${issues.where(row, c)}: columns ${columnLetter(earlier)} "${before}" and ${columnLetter(c)} "${after}" both name ${names}; which one holds the values is unclear: rename or remove one (only column ${columnLetter(earlier)} is read)`,
      cell: issues.at(row, c, cells[c]),
    };
    if (role.kind === 'value') issue.indicator = role.target.id;
    issues.add(issue);
    return { kind: 'unknown' };
  });
  return { roles: out, duplicates };
}
