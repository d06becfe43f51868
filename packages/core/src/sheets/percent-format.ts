import { clip, type DtiIssue } from '../validate/issue.js';
import { vi } from '../validate/vi-number.js';
import type { CellTarget } from './cell-value.js';
import { isShareIndicator } from './share-indicator.js';
import type { SheetIssues } from './sheet-issues.js';

/**
 * Whether a cell formatted as a percentage in a workbook leaves its number in doubt: the column is an
 * indicator measured neither in % nor as a 0–1 share (a count such as "Số hồ sơ"), so the cell may
 * mean the percentage it shows (50 for "50%") or the number it stores (0.5).
 *
 * @example percentFormatInDoubt({ stored: 0.5, target: { id: 'so-ho-so', indicator: count }, … }) // → true
 */
export function percentFormatInDoubt(at: CellTarget): boolean {
  const indicator = at.target.indicator;
  return at.stored !== undefined && indicator !== undefined && indicator.unit !== '%' && !isShareIndicator(indicator);
}

/**
 * The warning on a percent-formatted cell in an indicator not measured in %, naming the cell, the
 * unit, the indicator and both readings, and the one used: the column's rule is kept (the percentage
 * shown where the indicator declares no unit, the number stored where it declares one), since either
 * may be what the person filling in the sheet meant; only they can say.
 *
 * @example percentFormatWarning(at, 50, issues).message
 * // → 'Số liệu!D2 (column "Số hồ sơ"): the cell for unit "a", indicator "so-ho-so" is formatted as a percentage and shows 50%, but the indicator is not measured in %: it is read as 50 (the percentage shown), not 0.5 (the number stored); check which one is meant and remove the % format'
 */
export function percentFormatWarning(at: CellTarget, used: number, issues: SheetIssues): DtiIssue {
  const stored = at.stored ?? used;
  const shown = Number((stored * 100).toPrecision(15));
  const fromShown = used !== stored;
  const other = fromShown ? stored : shown;
  const unit = clip(at.unit);
  const measured = at.target.indicator?.unit;
  const header = issues.header(at.column);
  const where = issues.where(at.row, at.column);
  return {
    path: [],
    unit: at.unit,
    indicator: at.target.id,
    cell: issues.at(at.row, at.column, at.cell),
    severity: 'warning',
    code: 'suspicious-value',
    detail: 'percent-format-in-non-percent',
    value: used,
    message: `${issues.whereWithHeader(at.row, at.column)}: the cell for unit "${unit}", indicator "${at.target.id}" is formatted as a percentage and shows ${shown}%, but the indicator is ${measured ? `measured in ${measured}` : 'not measured in %'}: it is read as ${used} (${fromShown ? 'the percentage shown' : 'the number stored'}), not ${other} (${fromShown ? 'the number stored' : 'the percentage shown'}); check which one is meant and remove the % format`,
    messageVi: `${where}${header ? ` (cột "${header}")` : ''}: ô của đơn vị "${unit}", chỉ số "${at.target.id}" được định dạng phần trăm và hiện ${vi(shown)}%, nhưng chỉ số này ${measured ? `tính bằng ${measured}` : 'không tính bằng %'}: được đọc là ${vi(used)} (${fromShown ? 'số phần trăm hiện ra' : 'số lưu trong ô'}), không phải ${vi(other)} (${fromShown ? 'số lưu trong ô' : 'số phần trăm hiện ra'}); hãy kiểm tra số nào đúng và bỏ định dạng %`,
  };
}
