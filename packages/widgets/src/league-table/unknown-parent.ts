// The note above the table when the parent a page asks for is not in the data.
import { foldText } from '@dti-kit/core/present';
import { html, type TemplateResult } from 'lit';
import type { Locale } from '../shared/locale.js';
import { NOTICE_STRINGS } from './notice-strings.js';

/**
 * A few of the table's parents, those that match the name asked for without diacritics first, for the
 * note on an unknown parent: at most five, then "…".
 *
 * @example parentHints(['Hà Nội', 'Huế', 'Đà Nẵng'], 'Da Nang') // → 'Đà Nẵng, Hà Nội, Huế'
 */
export function parentHints(parents: readonly string[], asked: string): string {
  const near = (p: string) => +(foldText(p) !== foldText(asked));
  const listed = [...parents].sort((a, b) => near(a) - near(b));
  return `${listed.slice(0, 5).join(', ')}${listed.length > 5 ? ', …' : ''}`;
}

/**
 * The note that the parent asked for is not in the data, naming a few that are; every unit is shown.
 *
 * @example unknownParentNote('Hải Phòng', ['Hà Nội', 'Huế'], 'vi')
 */
export function unknownParentNote(asked: string, parents: readonly string[], locale: Locale): TemplateResult {
  const words = NOTICE_STRINGS[locale].unknownParent(asked, parentHints(parents, asked));
  return html`<p part="warning" class="warning" role="status">${words}</p>`;
}
