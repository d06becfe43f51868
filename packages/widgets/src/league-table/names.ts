// What the portal bundle loads for a table with names to sort or a parent chosen (names-load.ts): the
// Vietnamese collation and the ranks within a parent.
export { collationKey } from '../shared/collate.js';
export { withinParents } from './ranks-within.js';
