// Minifies the text inside Lit's tagged templates at build time: esbuild leaves template strings alone,
// and the indentation of the css`…` and html`…` templates is a good part of the widgets' own code.
// Used by the portal bundles (scripts/bundle.mjs) and the npm build (tsup.config.ts).
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

/**
 * CSS of a css`…` template without comments, indentation or spaces around braces and semicolons.
 * @param {string} body the template's text
 * @returns {string}
 * @example minifyCss('a {\n  color: red;\n}') // 'a{color:red}'
 */
export const minifyCss = (body) => minifyCssParts([body])[0] ?? '';

/**
 * The static parts of one css`…` template, minified as {@link minifyCss} does. Whitespace that meets an
 * expression stays one space (`margin: ${a} ${b}` needs it), except next to a brace or a semicolon.
 * @param {string[]} parts the template's raw text between expressions
 * @returns {string[]}
 * @example minifyCssParts([':host {\n  ', '\n}']) // [':host{', '}']
 */
export const minifyCssParts = (parts) =>
  parts.map((part, k) => {
    let css = part
      .replace(/\/\*[\s\S]*?\*\//gu, '')
      .replace(/\s+/gu, ' ')
      // Only around braces and semicolons: a space after ":" or "," may sit inside a quoted string.
      .replace(/\s*([{};])\s*/gu, '$1')
      .replace(/;\}/gu, '}');
    if (k === 0) css = css.trimStart();
    if (k === parts.length - 1) css = css.trimEnd();
    return css;
  });

/**
 * The parts {@link minifyCssParts} made, without the space after a colon or a comma outside quoted
 * strings (`color: red` → `color:red`, `a, b` → `a,b`) and without a number's leading zero
 * (`gap: 0.5rem` → `gap:.5rem`): one byte a declaration, in every element's sheet. Quotes are followed across expressions; a quoted string (`content: 'a: b'`) keeps its spaces.
 * @param {string[]} parts the minified static parts of one css`…` template
 * @returns {string[]}
 * @example tightenCssParts(["a{margin: 0;content: 'x, y'}", ', b']) // ["a{margin:0;content:'x, y'}", ',b']
 */
export function tightenCssParts(parts) {
  let quote = '';
  return parts.map((part) => {
    let out = '';
    for (let i = 0; i < part.length; i++) {
      const c = part[i];
      // A number's leading zero (`0.5rem` → `.5rem`) after a colon, space, comma, parenthesis or slash.
      if (!quote && c === '0' && /^\.\d/u.test(part.slice(i + 1, i + 3)) && /[: ,(/]$/u.test(out)) continue;
      out += c;
      if (quote) {
        if (c === quote && part[i - 1] !== '\\') quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if ((c === ':' || c === ',') && part[i + 1] === ' ') i++;
    }
    return out;
  });
}

// Elements whose content is kept as written: whitespace is significant there, or it is not HTML.
const VERBATIM = new Set(['pre', 'textarea', 'script', 'style']);

/**
 * The static parts of one html`…` or svg`…` template with their whitespace collapsed, as the browser
 * would collapse it: a run of whitespace in text becomes one space (one line break when it held one,
 * which renders the same), so words and inline elements stay apart; between attributes, one space;
 * before `>` or `/>`, none. Attribute values in quotes, comments and the content of `<pre>`,
 * `<textarea>`, `<script>` and `<style>` are left as written. The parts are the text between `${…}`
 * expressions, read in order, since a tag may span several of them.
 * @param {string[]} parts the template's raw text between expressions
 * @returns {string[]} the same parts, collapsed
 * @example collapseHtml(['<p>\n  a\n  ', '\n</p>']) // ['<p>\na\n', '\n</p>']
 */
export function collapseHtml(parts) {
  /** @type {'text' | 'tag' | '"' | "'" | 'comment' | 'verbatim'} */
  let state = 'text';
  let tagName = '';
  let verbatimEnd = '';
  return parts.map((part) => {
    let out = '';
    let i = 0;
    while (i < part.length) {
      const c = part[i];
      if (state === 'comment' || state === 'verbatim') {
        const end = state === 'comment' ? '-->' : verbatimEnd;
        const at = part.toLowerCase().indexOf(end, i);
        if (at < 0) {
          out += part.slice(i);
          break;
        }
        out += part.slice(i, at);
        i = at;
        if (state === 'comment') {
          out += end;
          i += end.length;
        }
        state = 'text';
        continue;
      }
      if (state === '"' || state === "'") {
        out += c;
        i++;
        if (c === state) state = 'tag';
        continue;
      }
      if (/[ \t\n\r\f]/u.test(c)) {
        let j = i;
        while (j < part.length && /[ \t\n\r\f]/u.test(part[j] ?? '')) j++;
        const run = part.slice(i, j);
        i = j;
        if (state === 'tag' && (part[j] === '>' || part.startsWith('/>', j))) continue;
        out += run.includes('\n') ? '\n' : ' ';
        continue;
      }
      if (state === 'text') {
        if (part.startsWith('<!--', i)) {
          state = 'comment';
          out += '<!--';
          i += 4;
          continue;
        }
        if (c === '<' && /[a-zA-Z/]/u.test(part[i + 1] ?? '')) {
          const name = /^<\/?([a-zA-Z][\w-]*)/u.exec(part.slice(i));
          tagName = name && !part.startsWith('</', i) ? (name[1] ?? '').toLowerCase() : '';
          state = 'tag';
        }
        out += c;
        i++;
        continue;
      }
      // In a tag.
      out += c;
      i++;
      if (c === '"' || c === "'") state = c;
      else if (c === '>') {
        if (VERBATIM.has(tagName)) {
          state = 'verbatim';
          verbatimEnd = `</${tagName}`;
        } else state = 'text';
        tagName = '';
      }
    }
    return out;
  });
}

/** @param {ts.Node} node */
const tagOf = (node) => (ts.isIdentifier(node) ? node.text : '');

/**
 * A TypeScript module with the text of its css`…`, html`…` and svg`…` templates minified; everything
 * else as written.
 * @param {string} source the module's text
 * @param {string} fileName for the parser
 * @returns {string}
 * @example minifyTemplates('html`<p>\n  ${x}\n</p>`', 'a.ts') // 'html`<p>\n${x}\n</p>`'
 */
export function minifyTemplates(source, fileName) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node)) {
      const tag = tagOf(node.tag);
      if (tag === 'css' || tag === 'html' || tag === 'svg') {
        const { template } = node;
        // Text ranges of the static parts, without the backticks and `${` / `}` around them.
        const ranges = ts.isNoSubstitutionTemplateLiteral(template)
          ? [[template.getStart() + 1, template.end - 1]]
          : [
              [template.head.getStart() + 1, template.head.end - 2],
              ...template.templateSpans.map((s) => [
                s.literal.getStart() + 1,
                s.literal.end - (ts.isTemplateMiddle(s.literal) ? 2 : 1),
              ]),
            ];
        const parts = ranges.map(([start, end]) => source.slice(start, end));
        const minified = tag === 'css' ? tightenCssParts(minifyCssParts(parts)) : collapseHtml(parts);
        ranges.forEach(([start, end], k) => {
          edits.push({ start, end, text: minified[k] ?? '' });
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/**
 * esbuild plugin: minifies the templates of the widgets' own TypeScript modules as they load.
 * @type {import('esbuild').Plugin}
 */
export const minifyLitTemplates = {
  name: 'minify-lit-templates',
  setup(b) {
    // Stories are not shipped; esbuild's filters (Go regular expressions) have no lookahead to skip them.
    b.onLoad({ filter: /[\\/]widgets[\\/]src[\\/].*\.ts$/ }, async (args) =>
      args.path.endsWith('.stories.ts')
        ? undefined
        : { contents: minifyTemplates(await readFile(args.path, 'utf8'), args.path), loader: 'ts' },
    );
  },
};

/** The theme's private tokens (src/shared/tokens.ts) → the one letter the portal bundles write. */
const SHORT_TOKENS = {
  text: 't',
  muted: 'm',
  bg: 'b',
  accent: 'a',
  radius: 'r',
  down: 'd',
  border: 'o',
  surface: 'c',
  track: 'k',
  up: 'u',
  focus: 'f',
  highlight: 'h',
};

/**
 * A module's text with the theme's private tokens one letter long (`var(--_muted)` → `var(--_m)`),
 * wherever they are written (css`…` templates, the trend column's plain sheet). Private: pages set the
 * public `--dti-…` properties, which keep their names; `--_share` (set from script) and others stay.
 * @param {string} source the module's text
 * @returns {string}
 * @example shortTokens('a{color:var(--_muted)}') // 'a{color:var(--_m)}'
 */
export const shortTokens = (source) =>
  source.replace(/--_([a-z]+)(?![\w-])/gu, (token, name) =>
    Object.hasOwn(SHORT_TOKENS, name) ? `--_${SHORT_TOKENS[name]}` : token,
  );

/**
 * esbuild plugin for the portal bundles (scripts/bundle.mjs): {@link minifyLitTemplates}, and the theme's
 * private tokens one letter long ({@link shortTokens}), about 30 bytes gzip of every page's script. Every
 * module of a portal bundle goes through it, so each sheet and the tokens it reads agree; the npm build
 * keeps the names as written (its modules are read, and mixed with an application's own).
 * @type {import('esbuild').Plugin}
 */
export const portalTemplates = {
  name: 'portal-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]widgets[\\/]src[\\/].*\.ts$/ }, async (args) =>
      args.path.endsWith('.stories.ts')
        ? undefined
        : { contents: shortTokens(minifyTemplates(await readFile(args.path, 'utf8'), args.path)), loader: 'ts' },
    );
  },
};
