import { adoptStyles, type CSSResult, LitElement, type ReactiveControllerHost, supportsAdoptingStyleSheets } from 'lit';

const styled = new WeakSet<ReactiveControllerHost>();

/**
 * Adds the notices' styles to those of `host`, once: called in the render that first shows a notice,
 * so the notice is never drawn unstyled. Where a browser cannot adopt style sheets, Lit has put each
 * sheet in a `<style>` of the shadow root: the notices' sheet then joins them the same way.
 *
 * @example adoptNoticeStyles(this, noticeStyles)
 */
export function adoptNoticeStyles(host: ReactiveControllerHost, styles: CSSResult): void {
  if (styled.has(host) || !(host instanceof LitElement) || !(host.renderRoot instanceof ShadowRoot)) return;
  styled.add(host);
  const own = (host.constructor as typeof LitElement).elementStyles;
  adoptStyles(host.renderRoot, supportsAdoptingStyleSheets ? [...own, styles] : [styles]);
}
