import { describe, expect, it } from 'vitest';
import {
  collapseHtml,
  minifyCssParts,
  minifyTemplates,
  shortTokens,
  tightenCssParts,
} from '../scripts/minify-templates.mjs';

describe('template minification at build time', () => {
  it('collapses whitespace in text to one space, or one line break where the run held one', () => {
    expect(collapseHtml(['<p>\n      a   b\n    </p>'])).toEqual(['<p>\na b\n</p>']);
    // Words and inline elements stay apart: the space between them is kept.
    expect(collapseHtml(['<span>a</span>   <span>b</span>'])).toEqual(['<span>a</span> <span>b</span>']);
  });

  it('drops whitespace before the end of a tag, across expressions, and keeps one between attributes', () => {
    expect(collapseHtml(['<button\n    type="button"\n    class=', '\n  >', '</button\n>'])).toEqual([
      '<button\ntype="button"\nclass=',
      '>',
      '</button>',
    ]);
    expect(collapseHtml(['<input  ', '  />'])).toEqual(['<input ', '/>']);
  });

  it('leaves quoted attribute values, comments, <pre> and <textarea> as written', () => {
    expect(collapseHtml(['<p title="a   b">x</p>'])).toEqual(['<p title="a   b">x</p>']);
    expect(collapseHtml(['<!--  a  --> <pre>  a\n   b </pre>  <textarea> ', ' </textarea>'])).toEqual([
      '<!--  a  --> <pre>  a\n   b </pre> <textarea> ',
      ' </textarea>',
    ]);
    // A no-break space is text, not whitespace.
    expect(collapseHtml(['a\u00a0\u00a0b'])).toEqual(['a\u00a0\u00a0b']);
  });

  it('minifies CSS and keeps one space where whitespace meets an expression', () => {
    expect(minifyCssParts([':host {\n  display: block; /* x */\n}\n'])).toEqual([':host{display: block}']);
    expect(minifyCssParts(['a { margin: ', ' ', '; }'])).toEqual(['a{margin: ', ' ', '}']);
  });

  it('drops the space after a colon or a comma outside quoted strings, quotes followed across expressions', () => {
    expect(tightenCssParts([":host{display: block}a, b{content: 'x: y, z'}"])).toEqual([
      ":host{display:block}a,b{content:'x: y, z'}",
    ]);
    // The quote opened before an expression is still open after it; an escaped quote does not close it.
    expect(tightenCssParts(["a{content: 'p, ", " q: \\' r, s';margin: ", ', 0}'])).toEqual([
      "a{content:'p, ",
      " q: \\' r, s';margin:",
      ',0}',
    ]);
    // A leading zero goes after a colon, space, comma or parenthesis; not in 10.5, a name or a quote.
    expect(
      tightenCssParts(["a{gap: 0.5rem 0.75rem;font: clamp(0.7rem,6cqi,1rem);width: 10.5px;content: '0.5'}.x0.5{}"]),
    ).toEqual(["a{gap:.5rem .75rem;font:clamp(.7rem,6cqi,1rem);width:10.5px;content:'0.5'}.x0.5{}"]);
  });

  it('rewrites only css, html and svg templates, nested ones included', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source text, not a template.
    const source = 'const a = html`<p>\n  ${b ? html`<i>  x  </i>` : c}\n</p>`;\nconst d = `keep   this`;';
    expect(minifyTemplates(source, 'x.ts')).toBe(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source text, not a template.
      'const a = html`<p>\n${b ? html`<i> x </i>` : c}\n</p>`;\nconst d = `keep   this`;',
    );
  });

  it('writes the theme tokens with one letter in the portal bundles, and no other custom property', () => {
    expect(shortTokens(':host{--_muted:var(--dti-color-muted,#57606a)}a{color:var(--_muted);--_share:0;--_s1:1}')).toBe(
      ':host{--_m:var(--dti-color-muted,#57606a)}a{color:var(--_m);--_share:0;--_s1:1}',
    );
    expect(shortTokens('b{border:1px solid var(--_border);--_text-x:1;--_upper:2;c:var(--_up)}')).toBe(
      'b{border:1px solid var(--_o);--_text-x:1;--_upper:2;c:var(--_u)}',
    );
  });
});
