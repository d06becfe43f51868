import type { LocalisedText } from '@dti-kit/core';

/** A label as fixtures write it: a Vietnamese string, or the full `{ vi, en }` text. */
export type Label = string | LocalisedText;

/**
 * The localised text of a fixture label: a plain string is the Vietnamese text.
 *
 * @example text('Kinh tế số') // { vi: 'Kinh tế số' }
 */
export function text(label: Label): LocalisedText {
  return typeof label === 'string' ? { vi: label } : label;
}
