import type { Framework } from '../schema/framework.js';
import { walkFramework } from '../schema/walk.js';
import { clip, type DtiIssue } from '../validate/issue.js';
import { foldText } from './fold.js';
import { cellText } from './headers.js';
import { type Cell, columnLetter } from './sheet.js';

/** Rows named in the note, at most; the rest are counted. */
const NAMED_ROWS = 5;

/**
 * The note on the rows above the header: a title such as "Kết quả DTI 2024" on row 1 with the header on
 * row 3. Those rows are never read as data (units start on the row after the header), and the note
 * says so, with the header row found, so an editor who meant row 1 as the header, or a first unit
 * typed above it, sees where reading began. A `reading-note` warning (`strict` leaves it one), or
 * undefined when every row above is empty or names only the framework's groups (the pillar row that
 * `dti init` writes above its headers). `lines` gives a CSV row's 1-based line.
 *
 * @example rowsAboveHeader('Số liệu', [['Kết quả DTI 2024'], [], header], 2, framework)
 * // → { code: 'reading-note', detail: 'rows-above-header', value: { header: 3, rows: [1] }, … }
 */
export function rowsAboveHeader(
  sheet: string,
  head: readonly (readonly Cell[])[],
  headerRow: number,
  framework: Framework,
  lines?: readonly number[],
): DtiIssue | undefined {
  if (headerRow <= 0) return undefined;
  const groups = groupNames(framework);
  const rowNumber = (r: number) => lines?.[r] ?? r + 1;
  const rows: number[] = [];
  let first = '';
  let column = 0;
  for (let r = 0; r < headerRow; r++) {
    const cells = (head[r] ?? []).map((c) => cellText(c).trim());
    const texts = cells.filter((t) => t !== '');
    if (texts.length === 0 || texts.every((t) => groups.has(foldText(t)))) continue;
    rows.push(rowNumber(r));
    if (first === '') {
      first = texts[0] as string;
      column = cells.indexOf(first);
    }
  }
  if (rows.length === 0) return undefined;
  const header = rowNumber(headerRow);
  const named = rows.slice(0, NAMED_ROWS).join(', ');
  const more = rows.length > NAMED_ROWS ? ` (+${rows.length - NAMED_ROWS})` : '';
  const one = rows.length === 1;
  const quoted = `"${clip(first)}"`;
  return {
    severity: 'warning',
    code: 'reading-note',
    detail: 'rows-above-header',
    path: [],
    value: { header, rows },
    cell: { sheet, row: rows[0] as number, column: columnLetter(column), text: clip(first) },
    message: `${sheet}: the header is row ${header}; ${one ? 'row' : 'rows'} ${named}${more} above it (${quoted}${one ? '' : ', …'}) ${one ? 'is' : 'are'} not read as data — if a unit is there, move it below the header`,
    messageVi: `${sheet}: dòng tiêu đề là dòng ${header}; dòng ${named}${more} phía trên (${quoted}${one ? '' : ', …'}) không được đọc như số liệu — nếu có đơn vị ở đó, hãy chuyển xuống dưới dòng tiêu đề`,
  };
}

/**
 * The framework's groups by folded label (vi, en) and id: what a pillar row above the header names,
 * with the heading `dti init` writes over the fields' columns ("Số liệu gốc").
 */
function groupNames(framework: Framework): Set<string> {
  const names = new Set<string>(['so lieu goc']);
  walkFramework(framework.root, (node) => {
    if (node.kind !== 'group') return;
    for (const name of [node.label.vi, node.label.en ?? '', node.id]) if (name) names.add(foldText(name));
  });
  return names;
}
