// What the league table shows only when something is off (warnings above the table, the mark of a unit
// scored on partial data, a parent the data lacks, a pasted block in the wrong place, names that repeat): a part of its own, loaded with `import()` by notices-load.ts
// before the table that needs it is shown, so that a clean score table's page does not download it.
export { NOTICE_STRINGS } from './notice-strings.js';
export { noticeStyles } from './notice-styles.js';
export { partialCount } from './partial-count.js';
export { partialMarkView } from './partial-mark.js';
export { twinView } from './twins.js';
export { unknownParentNote } from './unknown-parent.js';
export { warningsView } from './warnings-view.js';
