/**
 * A value as it reads in a sentence about bad data: JSON, cut after 40 characters.
 *
 * @example show({ a: 1 }) // → '{"a":1}'
 */
export function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  try {
    const text = JSON.stringify(value);
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
  } catch {
    return String(value);
  }
}
