// Types of css-properties.mjs, for the tests.
/** Every `var(--dti-name, fallback)` in a piece of CSS: name → fallback (undefined when there is none). */
export function dtiVars(css: string): Map<string, string | undefined>;
/** The shared theme tokens of tokens.ts. */
export function readTokens(file: string): {
  privates: Map<string, { property: string; light: string | undefined; dark: string | undefined }>;
  host: Set<string>;
  lightVars: Map<string, string | undefined>;
  darkVars: Map<string, string | undefined>;
};
/** What an element's stylesheet reads: each `--dti-…` property with its light and dark default. */
export function propertiesRead(
  stylesFile: string,
  tokens: ReturnType<typeof readTokens>,
): Map<string, { light: string | undefined; dark: string | undefined }>;
/** The stylesheet of an element module. */
export function stylesFileOf(moduleFile: string): string;
/** The CSS syntax of a default value: `<color>`, `<length>`, `<time>`, or undefined. */
export function syntaxOf(value: string | undefined): string | undefined;
