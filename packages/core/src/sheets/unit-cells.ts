import type { DtiIssue } from '../validate/issue.js';
import type { SheetDataset } from './layout.js';

/** The field of a unit an issue's path ends in, when it is the id or the name: the unit checks' paths. */
export function unitField(key: unknown): 'id' | 'name' | undefined {
  return key === 'id' || key === 'name' ? key : undefined;
}

/**
 * An issue about a unit's id or name (a look-alike id, an invisible character, one name twice under one
 * parent) located at the cell it was read from, as the sheet's own notes are: `d.csv!A3 (column "Mã"):
 * …`; for two units of one name, the first unit's cell is named too. Undefined when the sheet has no
 * such cell, for the caller to name the row.
 *
 * @example atUnitCell(issue, 2, 'id', sheet)?.message // → 'd.csv!A4 (column "Mã"): unit "HN<U+200B>": …'
 */
export function atUnitCell(
  issue: DtiIssue,
  u: number,
  field: 'id' | 'name',
  sheet: SheetDataset,
): DtiIssue | undefined {
  const text = typeof issue.value === 'string' ? issue.value : field === 'id' ? (issue.unit ?? '') : nameOf(issue);
  const other =
    issue.detail === 'homoglyph'
      ? { en: 'the other unit', vi: 'đơn vị kia' }
      : { en: 'the first', vi: 'đơn vị đầu tiên' };
  const cell = sheet.unitCell(u, field, text);
  if (!cell) return undefined;
  const place = `${cell.sheet}!${cell.column}${cell.row}`;
  const first = firstUnitCell(issue, field, sheet);
  const located: DtiIssue = {
    ...issue,
    cell,
    message: `${place}${cell.header ? ` (column "${cell.header}")` : ''}: ${issue.message}${first ? `; ${other.en} is at ${first}` : ''}`,
  };
  if (issue.messageVi !== undefined)
    located.messageVi = `${place}${cell.header ? ` (cột "${cell.header}")` : ''}: ${issue.messageVi}${first ? `; ${other.vi} ở ${first}` : ''}`;
  return located;
}

/** The name a same-name issue is about. */
function nameOf(issue: DtiIssue): string {
  const value = issue.value as { name?: unknown } | undefined;
  return typeof value?.name === 'string' ? value.name : '';
}

/** For two units of one name or look-alike ids: where the other unit's name or id is, as `d.csv!B2`. */
function firstUnitCell(issue: DtiIssue, field: 'id' | 'name', sheet: SheetDataset): string | undefined {
  const value = issue.value as { firstUnit?: unknown; first?: unknown } | undefined;
  if (typeof value?.firstUnit !== 'number') return undefined;
  const cell = sheet.unitCell(value.firstUnit, field, '');
  return cell ? `${cell.sheet}!${cell.column}${cell.row}` : undefined;
}
