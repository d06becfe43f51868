// The `--dti-…` custom properties as the styles define them: which ones each element's stylesheet
// reads, and the fallback each falls back to in the light and the dark theme. The manifest build takes
// the defaults from here, so the documentation states what the CSS does instead of a copy of it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Every `var(--dti-name, fallback)` in a piece of CSS, fallbacks read up to the matching parenthesis
 * (a font list has commas, a fallback may itself be a function).
 * @param {string} css
 * @returns {Map<string, string | undefined>} property name → fallback (undefined when there is none)
 */
export function dtiVars(css) {
  const found = new Map();
  for (const match of css.matchAll(/var\(\s*(--dti-[a-z0-9-]+)\s*([,)])/gu)) {
    const [, name, after] = match;
    if (after === ')') {
      if (!found.has(name)) found.set(name, undefined);
      continue;
    }
    let depth = 1;
    let i = match.index + match[0].length;
    const start = i;
    for (; i < css.length && depth > 0; i++) {
      if (css[i] === '(') depth++;
      else if (css[i] === ')') depth--;
    }
    if (depth > 0) throw new Error(`unclosed var(${name}, …) in the styles`);
    found.set(name, css.slice(start, i - 1).trim());
  }
  return found;
}

/** The text of the css`…` template assigned to `const <name>`. */
function template(source, name, file) {
  const match = new RegExp(`const ${name}\\s*=\\s*css\`([^\`]*)\``, 'u').exec(source);
  if (!match) throw new Error(`${file}: no css\`…\` template named ${name}`);
  return match[1];
}

/**
 * The shared theme tokens of `src/shared/tokens.ts`: for each private `--_x`, the public property it
 * reads and its light and dark fallbacks; and the properties the host rule itself reads (text colour,
 * font), which every element using the tokens therefore reads too.
 * @param {string} file path of tokens.ts
 */
export function readTokens(file) {
  const source = readFileSync(file, 'utf8');
  const tokensCss = template(source, 'tokens', file);
  // The first `:host { … }` is the light theme; later rules (dark, forced colours) only reassign.
  const light = /:host\s*\{([^}]*)\}/u.exec(tokensCss)?.[1];
  if (light === undefined) throw new Error(`${file}: no :host rule in the tokens`);
  const dark = template(source, 'dark', file);
  /** @type {Map<string, { property: string, light: string | undefined, dark: string | undefined }>} */
  const privates = new Map();
  const declarations = (css) =>
    [...css.matchAll(/(--_[a-z0-9-]+)\s*:\s*var\(\s*(--dti-[a-z0-9-]+)/gu)].map(([, local, property]) => ({
      local,
      property,
    }));
  const lightVars = dtiVars(light);
  const darkVars = dtiVars(dark);
  // Not reassigned by the dark theme (radius): the light value holds in both.
  for (const { local, property } of declarations(light))
    privates.set(local, {
      property,
      light: lightVars.get(property),
      dark: darkVars.get(property) ?? lightVars.get(property),
    });
  for (const { local, property } of declarations(dark))
    if (!privates.has(local)) throw new Error(`${file}: ${local} (${property}) is set for dark only`);
  // Read by the host rule itself (font-family, and the text colour through --_text).
  const host = new Set([...lightVars.keys()].filter((p) => ![...privates.values()].some((t) => t.property === p)));
  for (const [, local] of light.matchAll(/^\s*(?!--)[a-z-]+\s*:[^;]*var\((--_[a-z0-9-]+)\)/gmu)) {
    const token = privates.get(local);
    if (token) host.add(token.property);
  }
  return { privates, host, lightVars, darkVars };
}

/**
 * What an element's stylesheet reads: each `--dti-…` property with its light and dark default.
 * @param {string} stylesFile path of the element's `*.styles.ts`
 * @param {ReturnType<typeof readTokens>} tokens
 * @returns {Map<string, { light: string | undefined, dark: string | undefined }>}
 */
export function propertiesRead(stylesFile, tokens) {
  const source = withSharedSheets(stylesFile);
  const read = new Map();
  if (/\btokens\b/u.test(source))
    for (const property of tokens.host)
      read.set(property, {
        light: tokens.lightVars.get(property),
        dark: tokens.darkVars.get(property) ?? tokens.lightVars.get(property),
      });
  for (const [, local] of source.matchAll(/var\((--_[a-z0-9-]+)\)/gu)) {
    const token = tokens.privates.get(local);
    if (token) read.set(token.property, { light: token.light, dark: token.dark });
  }
  for (const [property, fallback] of dtiVars(source)) read.set(property, { light: fallback, dark: fallback });
  return read;
}

/**
 * The text of a stylesheet module and of the shared sheets it imports (`../shared/x.js`, and what those
 * import in turn), so that a rule moved into a shared sheet still counts for every element that uses it.
 * The tokens module is left out: `propertiesRead` reads it as the tokens.
 * @param {string} file path of a `*.styles.ts` or shared `.ts` module
 */
function withSharedSheets(file, seen = new Set()) {
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  const imported = [...source.matchAll(/from\s+'((?:\.\.\/shared|\.)\/[a-z-]+)\.js'/gu)]
    .map(([, path]) => join(dirname(file), `${path}.ts`))
    .filter((path) => !seen.has(path) && !path.endsWith('tokens.ts') && path.includes('/shared/'));
  return [source, ...imported.map((path) => withSharedSheets(path, seen))].join('\n');
}

/** The stylesheet of an element module: the `*.styles.js` it imports, as a `.ts` path. */
export function stylesFileOf(moduleFile) {
  const source = readFileSync(moduleFile, 'utf8');
  const match = /from\s+'(\.\/[^']+\.styles)\.js'/u.exec(source);
  if (!match) throw new Error(`${moduleFile}: imports no ./*.styles.js`);
  return join(dirname(moduleFile), `${match[1]}.ts`);
}

/** The CSS syntax of a default value, for tools that offer a picker: a colour, a length, a time. */
export function syntaxOf(value) {
  if (value === undefined) return undefined;
  if (/^#[0-9a-f]{3,8}$/iu.test(value)) return '<color>';
  if (/^-?[\d.]+(px|rem|em|vh|vw|%)$|^0$/u.test(value)) return '<length>';
  if (/^[\d.]+m?s$/u.test(value)) return '<time>';
  return undefined;
}
