import type { ReactiveControllerHost } from 'lit';
import { adoptNoticeStyles } from './adopt-notice-styles.js';

// The table's notices (notices.ts) load on demand. The table awaits them while it loads data that needs
// them (its status is still "loading"), so the table and its notices are shown together, never one
// after the other; a notice that a later change brings (a parent typed in) renders once they arrive.

type Notices = typeof import('./notices.js');
let part: Notices | undefined;
let loading: Promise<Notices> | undefined;

/**
 * Loads the table's notices once per page (again after a failed attempt).
 *
 * @example const { NOTICE_STRINGS } = await loadNotices();
 */
export function loadNotices(): Promise<Notices> {
  loading ??= import('./notices.js').then(
    (m) => {
      part = m;
      return m;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * The notices when they have loaded, their styles added to `host`'s; else `undefined`, and `host`
 * renders again once they have.
 *
 * @example notices(this)?.unknownParentNote('Hải Phòng', parents, 'vi') ?? nothing
 */
export function notices(host: ReactiveControllerHost): Notices | undefined {
  if (part) adoptNoticeStyles(host, part.noticeStyles);
  else
    void loadNotices().then(
      () => host.requestUpdate(),
      () => undefined,
    );
  return part;
}

/**
 * The notices if they have loaded, else `undefined` (nothing is loaded nor adopted).
 *
 * @example loadedNotices()?.partialCount(model, '') // → 2
 */
export function loadedNotices(): Notices | undefined {
  return part;
}
