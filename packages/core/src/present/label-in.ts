import type { LocalisedText } from '../schema/framework.js';
import type { Locale } from './locale.js';

/**
 * A framework label (a node, tier or framework name) in `locale`: the English text when English is
 * asked for and the framework has one, else the Vietnamese, which every label has.
 *
 * @example labelIn({ vi: 'Chính quyền số', en: 'Digital government' }, 'en') // 'Digital government'
 * @example labelIn({ vi: 'Chính quyền số' }, 'en') // 'Chính quyền số'
 */
export function labelIn(label: LocalisedText, locale: Locale): string {
  return locale === 'en' ? (label.en ?? label.vi) : label.vi;
}
