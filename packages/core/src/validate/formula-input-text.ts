import type { DtiIssue } from './issue.js';
import { vi } from './vi-number.js';

/**
 * The input cells of a computed indicator as the messages name them, each with the number read there,
 * written as the language writes numbers ("0,5" in Vietnamese).
 *
 * @example formulaInputText(issue.inputs ?? [], 'vi')
 * // → 'Số liệu!C2 "Số hồ sơ đúng hạn" = 5, Số liệu!D2 "Số hồ sơ tiếp nhận" = 0'
 */
export function formulaInputText(inputs: NonNullable<DtiIssue['inputs']>, locale: 'vi' | 'en'): string {
  return inputs
    .map(
      ({ cell, value }) =>
        `${cell.sheet}!${cell.column}${cell.row}${cell.header ? ` "${cell.header}"` : ''} = ${locale === 'vi' ? vi(value) : value}`,
    )
    .join(', ');
}
