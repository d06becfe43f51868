// The league table's error box: what could not be shown, and the first data problems behind it.
import type { ReactiveControllerHost } from 'lit';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, Strings } from '../shared/i18n.js';
import { issueText } from '../shared/issue-text.js';
import type { LoadError } from '../shared/source-controller.js';

/**
 * The error box: a bold "Lỗi:" / "Error:" lead-in, the message, and the first five issues behind it in
 * the page's language (then "… n" for the rest). `host` re-renders once the issue sentences load.
 *
 * @example errorTemplate(new LoadError('diem.json: không có tệp'), 'vi', STRINGS.vi, this)
 */
export function errorTemplate(
  error: LoadError,
  locale: Locale,
  t: Strings,
  host: ReactiveControllerHost,
): TemplateResult {
  const { issues } = error;
  return html`<div part="error" role="alert">
    <strong>${t.error}:</strong> ${error.message}
    ${
      issues.length
        ? html`<ul>
            ${issues.slice(0, 5).map((i) => html`<li>${issueText(i, locale, host)}</li>`)}
            ${issues.length > 5 ? html`<li>… ${issues.length - 5}</li>` : nothing}
          </ul>`
        : nothing
    }
  </div>`;
}
