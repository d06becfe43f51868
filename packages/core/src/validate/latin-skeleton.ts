// No imports: folding text for matching (fold-text.ts) reads this on every page that searches names.

// Cyrillic and Greek letters drawn like Latin ones ("Н" U+041D and "H"), as a keyboard switched to
// another layout types them, read as the Latin letter they look like, to find ids that only look alike.
// Each letter of FROM reads as the letter at the same place in TO (strings rather than a table: this
// module is on every page).
const FROM = 'АВЕКМНОРСТХУІЈЅаеорсухіјѕһԁԛԝΑΒΕΖΗΙΚΜΝΟΡΤΥΧονικρτυχ';
const TO = 'ABEKMHOPCTXYIJSaeopcyxijshdqwABEZHIKMNOPTYXovikptux';
/** A Cyrillic or Greek letter. */
export const OTHER_SCRIPT = /[\u0370-\u03ff\u0400-\u052f]/u;
const OTHER_SCRIPT_ALL = /[\u0370-\u03ff\u0400-\u052f]/gu;

/**
 * A text with its Cyrillic and Greek look-alikes of Latin letters read as those letters; a text with
 * none is returned as it is, without a copy.
 *
 * @example latinSkeleton('НN') // → 'HN'
 */
export function latinSkeleton(text: string): string {
  return OTHER_SCRIPT.test(text) ? text.replace(OTHER_SCRIPT_ALL, (c) => TO[FROM.indexOf(c)] ?? c) : text;
}
