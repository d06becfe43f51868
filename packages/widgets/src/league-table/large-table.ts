// What only a table of over 2,000 units needs, loaded while its first page shows (sorts.ts): the
// sorts of packed numbers, and the warm-up that makes its search and other orders in idle time. A
// smaller table sorts with a comparator and folds its names on first use, within a frame.
export { ascendingOrder, firstInOrder, reversedOrder } from '../shared/sort-order.js';
export { warmModel } from './warm.js';
