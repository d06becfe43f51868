// Elements few pages use load when they appear, as the page is parsed or added later by script.

/**
 * Calls `load` once, as soon as an element named `tag` is in the document: at once if it is there
 * already, else when the parser or a script adds one (a `MutationObserver` on the document, stopped
 * after the first). Elements inside another component's shadow root are not seen: such a page imports
 * the element itself.
 *
 * @example whenPresent('dti-rank-interval', () => import('./define-rank-interval.js'));
 */
export function whenPresent(tag: string, load: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || customElements.get(tag)) return;
  const found = (node: Node): boolean =>
    node instanceof Element && (node.localName === tag || node.querySelector(tag) !== null);
  const start = () => {
    observer.disconnect();
    void load();
  };
  const observer = new MutationObserver((records) => {
    if (records.some((r) => [...r.addedNodes].some(found))) start();
  });
  if (document.querySelector(tag)) start();
  else observer.observe(document, { childList: true, subtree: true });
}
