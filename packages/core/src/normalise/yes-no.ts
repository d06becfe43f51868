import { type Better, type Column, mapPresent } from './column.js';

/** Options of {@link yesNo}: `lower` when "no" is the better answer. */
export interface YesNoOptions {
  direction?: Better;
}

/**
 * Yes/no: 1 (yes) scores 1 and 0 (no) scores 0; reversed when lower is better ("has a backlog": no is
 * good). Values other than 0 and 1 are rejected by the dataset validation.
 *
 * @example yesNo(Float64Array.of(1, 0)) // → [1, 0]
 */
export function yesNo(values: ArrayLike<number>, options: YesNoOptions = {}): Column {
  return options.direction === 'lower' ? mapPresent(values, (x) => 1 - x) : mapPresent(values, (x) => x);
}
