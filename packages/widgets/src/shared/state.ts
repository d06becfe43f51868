/**
 * The declaration of an internal reactive state (a `_…` field) in `static properties`: setting it
 * renders again; it has no attribute and is no API (Lit's `state: true`). One object for every element.
 *
 * @example static override properties = { src: { reflect: true }, _focus: state, _tip: state };
 */
export const state = { state: true } as const;
