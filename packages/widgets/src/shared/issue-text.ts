import type { DtiIssue } from '@dti-kit/core';
import type { ReactiveControllerHost } from 'lit';
import type { Locale } from './locale.js';

// The sentences for every kind of data problem, in Vietnamese and English, weigh about 5 KB gzip: a
// page that shows a clean score table never needs them, so they load with the first issue to show.

type FormatIssue = (issue: DtiIssue, locale: Locale) => string;

let format: FormatIssue | undefined;
let loading: Promise<void> | undefined;

/**
 * Hands over the core's `formatIssue` when it is already loaded (the scoring code brings it), so the
 * issues of raw data are worded at once, without another request.
 *
 * @example provideIssueText(formatIssue)
 */
export function provideIssueText(formatIssue: FormatIssue): void {
  format = formatIssue;
}

/**
 * Loads the issue sentences once per page; resolves when `issueText` words issues in full.
 *
 * @example if (issues.length > 0) await loadIssueText();
 */
export function loadIssueText(): Promise<void> {
  loading ??= format
    ? Promise.resolve()
    : import('./issue-sentences.js').then((m) => {
        format ??= m.formatIssue;
      });
  return loading;
}

/**
 * An issue as a sentence in the page's language (the core's `formatIssue`). Until the sentences have
 * loaded it gives the issue's own (English) message, and asks `host` to render again once they arrive.
 *
 * @example html`<li>${issueText(issue, 'vi', this)}</li>`
 */
export function issueText(issue: DtiIssue, locale: Locale, host: ReactiveControllerHost): string {
  if (format) return format(issue, locale);
  void loadIssueText().then(() => host.requestUpdate());
  return issue.message;
}
