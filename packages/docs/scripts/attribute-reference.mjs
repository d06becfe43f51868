// The attribute reference on the embedding pages, built from the widgets' custom-elements.json: the list
// of elements and attributes, their types and defaults come only from the manifest, so the page cannot
// list an attribute that no longer exists or miss a new one. Vietnamese descriptions and examples live
// in attribute-descriptions.vi.mjs; a translation records a key of the English text it translates, and
// once that text changes the page shows the English again until the translation is brought up to date.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { VI } from './attribute-descriptions.vi.mjs';

/** Where the widgets' build writes the manifest. */
export const manifestFile = new URL('../../widgets/custom-elements.json', import.meta.url);

/**
 * A short key of an English description: a translation carries the key of the text it was made from.
 *
 * @example descriptionKey('Id of a unit to highlight.') // '1c0f…' (8 hex digits)
 */
export function descriptionKey(text) {
  return createHash('sha1').update(text).digest('hex').slice(0, 8);
}

const oneLine = (s) => s.replace(/\s+/gu, ' ').trim();
const unquote = (s) => s.replace(/^'(.*)'$/u, '$1');

/** Values listed at the start of a description: "`light` (default), `dark` or `auto` …". */
const LEADING_LIST = /^((?:`[^`]+`(?: \(default\))?(?:, | or |;|\.| |$))+)/u;

/**
 * What an attribute accepts, read from its TypeScript type and, for a plain string, from the values its
 * description lists first.
 *
 * @example valuesOf({ type: { text: "'semicircle' | 'circle'" } }) // { kind: 'enum', list: ['semicircle', 'circle'] }
 */
export function valuesOf(attribute) {
  const parts = (attribute.type?.text ?? 'string')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined' && p !== 'null');
  const literals = parts.filter((p) => /^'.*'$/u.test(p)).map(unquote);
  if (literals.length > 0 && literals.length === parts.length) return { kind: 'enum', list: literals };
  if (parts.includes('number')) return { kind: 'number' };
  if (parts.includes('boolean')) return { kind: 'boolean' };
  if (parts.includes('string')) {
    const listed = oneLine(attribute.description ?? '').match(LEADING_LIST)?.[1];
    const list = listed ? [...listed.matchAll(/`([^`]+)`/gu)].map((m) => m[1]) : [];
    return list.length > 1 ? { kind: 'enum', list } : { kind: 'text' };
  }
  return { kind: 'json', type: parts.join(' | ') };
}

/**
 * The default of an attribute: the manifest's `default`, else what its description says ("`light`
 * (default)", "default 25", "(default: all …)"). `code` is a literal value, `text` is English prose.
 *
 * @example defaultOf({ description: 'Lower end of the scale; default 0.' }) // { code: '0' }
 */
export function defaultOf(attribute) {
  if (attribute.default !== undefined) return { code: unquote(attribute.default) };
  const d = oneLine(attribute.description ?? '');
  const marked = d.match(/`([^`]+)` \(default\)/u);
  if (marked) return { code: marked[1] };
  const said = d.match(/\(default:? ([^)]*)\)/u)?.[1] ?? d.match(/\bdefault:? ([^;]+?)(?:[;.](?:\s|$)|$)/u)?.[1];
  if (said === undefined) return null;
  return /^-?[\d.]+$|^`[^`]+`$/u.test(said) ? { code: said.replace(/`/gu, '') } : { text: said };
}

/** An example line when none is written down: the tag with one value the attribute accepts. */
function derivedExample(tag, name, values, fallback) {
  const value =
    values.kind === 'enum'
      ? (values.list.find((v) => v !== fallback?.code) ?? values.list[0])
      : values.kind === 'number'
        ? (fallback?.code ?? '1')
        : '…';
  return `<${tag} ${name}="${value}"></${tag}>`;
}

/**
 * The reference: every custom element of the manifest with every attribute, its values, default,
 * description in both languages and an example line. `vi` is the map of attribute-descriptions.vi.mjs.
 *
 * @example attributeReference(JSON.parse(readFileSync(manifestFile, 'utf8')), VI)[0].tag // 'dti-gauge'
 */
export function attributeReference(manifest, vi = {}) {
  const elements = [];
  for (const module of manifest.modules ?? [])
    for (const decl of module.declarations ?? []) {
      if (!decl.customElement || !decl.tagName) continue;
      const tag = decl.tagName;
      const own = vi[tag] ?? {};
      const attributes = (decl.attributes ?? []).map((a) => {
        const en = oneLine(a.description ?? '');
        const translation = own.attributes?.[a.name];
        const current = translation !== undefined && translation.key === descriptionKey(en);
        const values = valuesOf(a);
        const fallback = defaultOf(a);
        const byDefault =
          fallback?.text && current && translation.default ? { ...fallback, vi: translation.default } : fallback;
        return {
          name: a.name,
          values,
          default: byDefault,
          description: { en, vi: current ? translation.vi : null },
          translation: translation === undefined ? 'missing' : current ? 'current' : 'stale',
          key: descriptionKey(en),
          example: translation?.example ?? derivedExample(tag, a.name, values, fallback),
        };
      });
      elements.push({ tag, summary: own.summary ?? null, attributes });
    }
  return elements;
}

/**
 * The reference for the built site: the manifest written by the widgets' build, and the translations.
 *
 * @example loadAttributeReference()[1].tag // 'dti-league-table'
 */
export function loadAttributeReference() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch (error) {
    throw new Error(
      `packages/widgets/custom-elements.json cannot be read (${error.message}): run \`pnpm --filter @dti-kit/widgets build\` first`,
    );
  }
  return attributeReference(manifest, VI);
}

// `node scripts/attribute-reference.mjs`: the attributes whose Vietnamese text is missing or out of date,
// with the key a new translation must carry.
if (process.argv[1]?.endsWith('attribute-reference.mjs')) {
  for (const element of loadAttributeReference())
    for (const a of element.attributes)
      if (a.translation !== 'current')
        console.log(`${element.tag} ${a.name} (${a.translation}) key: '${a.key}'\n  ${a.description.en}`);
}
