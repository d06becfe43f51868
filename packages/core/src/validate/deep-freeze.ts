/**
 * Freezes `value` and every object and array reachable from it, in place, and returns it. A checked
 * framework is frozen so that its compiled plan and its validation, kept by identity, can never go
 * stale: an assignment into it throws a `TypeError` (in strict code, as every ES module is) instead of
 * being half ignored (the weights read from the old plan, the goalposts from the object).
 *
 * @example deepFreeze({ a: { b: [1] } }).a.b // a frozen array: push(2) throws a TypeError
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}
