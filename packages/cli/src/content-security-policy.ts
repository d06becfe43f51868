import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy source of a `<style>` element's text: `'sha256-…'`, the base64 SHA-256
 * of its UTF-8 bytes, which a browser computes over the element's text exactly as written.
 *
 * @example styleSource('p{}') // → "'sha256-…'"
 */
export function styleSource(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/**
 * The strictest policy a standalone report can carry in a `<meta>` element: nothing loads or runs but
 * the one style element whose hash is given and `data:` images. `frame-ancestors` and `sandbox` have
 * no effect in a `<meta>` policy, so they are left to the server that publishes the file.
 *
 * @example reportPolicy(styleSource(css)) // → "default-src 'none'; style-src 'sha256-…'; img-src data:; base-uri 'none'; form-action 'none'"
 */
export function reportPolicy(style: string): string {
  return `default-src 'none'; style-src ${style}; img-src data:; base-uri 'none'; form-action 'none'`;
}
