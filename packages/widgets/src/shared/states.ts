/**
 * Declares internal reactive state (`_…` fields): setting one renders again; it has no attribute and is
 * no API (Lit's `state: true`).
 *
 * @example static override properties = { src: { reflect: true }, ...states('_focus', '_tip') };
 */
export function states<K extends `_${string}`>(...names: K[]): Record<K, { state: true }> {
  return Object.fromEntries(names.map((name) => [name, { state: true }])) as Record<K, { state: true }>;
}
