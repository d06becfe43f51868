// Outside strings JSON text is ASCII, so these only ever occur inside strings, where \uXXXX is the same
// text. Escaped: `<` (so the JSON pasted into a `<script>` element can never close it), C1 controls and
// the invisible format characters a terminal or a page would obey (bidi overrides, line and paragraph
// separators, zero-width characters), so the text shown is the data.
const UNSAFE = /[<\u0080-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/gu;

const asUnicodeEscape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * JSON text that is safe to paste inside `<script type="application/json">` in a web page and to print on
 * a terminal: the same value as `JSON.stringify(value, null, indent)`, with every `<` written `\u003c`
 * (so `</script>` can never occur) and invisible control and format characters written as `\uXXXX`.
 * `JSON.parse` reads it back to the same value.
 *
 * @param indent spaces per level (0: one line).
 * @example embeddableJson({ name: 'Xã </script>' }) // '{"name":"Xã \\u003c/script>"}'
 */
export function embeddableJson(value: unknown, indent = 0): string {
  return JSON.stringify(value, null, indent || undefined).replace(UNSAFE, asUnicodeEscape);
}
