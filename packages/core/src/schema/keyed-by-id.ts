/**
 * Records keyed by framework, field or unit ids. Ids are user data: `toString`, `constructor` or
 * `__proto__` are valid ids, so a plain `record[id]` would read `Object.prototype` members for an
 * absent id, and `record[id] = v` would replace the prototype for `__proto__`. Every lookup and write
 * keyed by an id goes through these two functions.
 */

/**
 * The record's own value for `id`, or `undefined` when the record has no such own property.
 *
 * @example ownValue({}, 'toString') // → undefined (not Object.prototype.toString)
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, id: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, id) ? record[id] : undefined;
}

/**
 * Sets an own, enumerable property, also for `__proto__` (which plain assignment would turn into a
 * prototype change). JSON.stringify writes it like any other key.
 *
 * @example const r = {}; setOwn(r, '__proto__', 1); JSON.stringify(r) // → '{"__proto__":1}'
 */
export function setOwn<T>(record: Record<string, T>, id: string, value: T): void {
  // Assignment defines an own data property for every other name (what a plain object inherits under
  // them is writable data), at a fraction of the cost of defineProperty; `__proto__` is an accessor.
  if (id === '__proto__' || !isPlainRecord(record))
    Object.defineProperty(record, id, { value, enumerable: true, writable: true, configurable: true });
  else record[id] = value;
}

/** Names a plain object inherits (`toString`, `constructor`, `__proto__`…): reading them needs a check. */
const INHERITED = new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__']);

/**
 * Whether a plain read `record[id]` is safe for this id on a {@link isPlainRecord plain record}: true
 * unless the id names something every plain object inherits. Hot loops compute it once per id and
 * call {@link ownValue} only where it is false.
 *
 * @example plainReadable('online') // → true; plainReadable('toString') // → false
 */
export function plainReadable(id: string): boolean {
  return !INHERITED.has(id);
}

/**
 * Whether a record inherits nothing but `Object.prototype` (or nothing at all), as JSON and object
 * literals do: for such a record and a {@link plainReadable} id, `record[id]` sees own values only.
 *
 * @example isPlainRecord({}) // → true; isPlainRecord(Object.create({ a: 1 })) // → false
 */
export function isPlainRecord(record: object): boolean {
  const proto = Object.getPrototypeOf(record);
  return proto === Object.prototype || proto === null;
}
