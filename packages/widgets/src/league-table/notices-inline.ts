// What the classic script (dti-widgets.classic.js) has in place of notices-load.ts. A classic script
// cannot load a part later, so the notices are inside it; imported statically, as here, they are plain
// modules there, where an `import()` would wrap them and every module they import in lazy starters
// (about 0.7 KB gzip more).
import type { ReactiveControllerHost } from 'lit';
import { adoptNoticeStyles } from './adopt-notice-styles.js';
import { NOTICE_STRINGS } from './notice-strings.js';
import { noticeStyles } from './notice-styles.js';
import { partialCount } from './partial-count.js';
import { partialMarkView } from './partial-mark.js';
import { twinView } from './twins.js';
import { unknownParentNote } from './unknown-parent.js';
import { warningsView } from './warnings-view.js';

// The same names as notices.ts exports, without a module namespace object (the bundle would build one).
const part = { NOTICE_STRINGS, noticeStyles, partialCount, partialMarkView, twinView, unknownParentNote, warningsView };

/**
 * The table's notices, already there.
 *
 * @example const { NOTICE_STRINGS } = await loadNotices();
 */
export function loadNotices(): Promise<typeof import('./notices.js')> {
  return Promise.resolve(part);
}

/**
 * The table's notices, already there; their styles added to `host`'s.
 *
 * @example notices(this)?.unknownParentNote('Hải Phòng', parents, 'vi') ?? nothing
 */
export function notices(host: ReactiveControllerHost): typeof import('./notices.js') {
  adoptNoticeStyles(host, noticeStyles);
  return part;
}

/**
 * The table's notices, already there.
 *
 * @example loadedNotices()?.partialCount(model, '') // → 2
 */
export function loadedNotices(): typeof import('./notices.js') {
  return part;
}
