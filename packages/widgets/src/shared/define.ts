/**
 * Registers an element unless the name is taken, so a page that loads the script twice (two CMS blocks,
 * a theme and a plugin) keeps working instead of throwing.
 *
 * @example defineOnce('dti-gauge', DtiGauge)
 */
export function defineOnce(name: string, element: CustomElementConstructor): void {
  if (typeof customElements !== 'undefined' && !customElements.get(name)) customElements.define(name, element);
}
