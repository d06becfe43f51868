// Storybook's controls and the theming page, read from custom-elements.json: what the components'
// JSDoc tags say, each kind of API in its own category.
import type { ArgTypes } from '@storybook/web-components-vite';

/** One row of the controls table. */
type InputType = NonNullable<ArgTypes[string]>;

/** The part of a custom-elements.json item these readers use. */
interface Item {
  name: string;
  description?: string;
  summary?: string;
  type?: { text?: string };
  default?: string;
  kind?: string;
  static?: boolean;
  privacy?: string;
  attribute?: string;
  fieldName?: string;
  syntax?: string;
  /** Added by the manifest build: the property's fallback under `theme="dark"`. */
  darkDefault?: string;
}

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
}

/** A custom-elements.json (schema 2.x): modules of declarations. */
export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

/** The categories of the controls table, in the order they are shown. */
export const CATEGORIES = {
  attributes: 'attributes',
  properties: 'properties',
  events: 'events',
  slots: 'slots',
  cssProperties: 'css custom properties',
  cssParts: 'css shadow parts',
} as const;

/**
 * The manifest Storybook was given (`setCustomElementsManifest`), checked to be one.
 * @example asManifest(getCustomElements()).modules.length // 3
 */
export function asManifest(value: unknown): Manifest {
  if (typeof value === 'object' && value !== null && Array.isArray((value as { modules?: unknown }).modules))
    return value as Manifest;
  throw new Error('custom-elements.json is missing or has no modules: run the widgets build first');
}

/** The declaration of one element, by tag name. */
function declarationOf(manifest: Manifest, tagName: string): Declaration | undefined {
  for (const mod of manifest.modules)
    for (const decl of mod.declarations ?? []) if (decl.customElement && decl.tagName === tagName) return decl;
  return undefined;
}

/** Drops `| undefined` and `| null`: an absent attribute is the control left empty. */
function definedType(text: string): string {
  return text
    .split('|')
    .map((t) => t.trim())
    .filter((t) => t !== 'undefined' && t !== 'null')
    .join(' | ');
}

/** The control for a declared type: numbers, text, yes/no, a choice of literals; none for objects. */
function controlOf(typeText: string | undefined): Partial<Pick<InputType, 'control' | 'options' | 'type'>> {
  if (typeText === undefined) return { control: false };
  const type = definedType(typeText);
  if (type === 'number') return { type: { name: 'number' }, control: { type: 'number' } };
  if (type === 'string') return { type: { name: 'string' }, control: { type: 'text' } };
  if (type === 'boolean') return { type: { name: 'boolean' }, control: { type: 'boolean' } };
  const literals = type.split(' | ').map((t) => /^'([^']*)'$/u.exec(t)?.[1]);
  if (literals.every((l) => l !== undefined)) {
    const options = literals as string[];
    return { type: { name: 'enum', value: options }, options, control: { type: 'select' } };
  }
  return { type: { name: 'other', value: type }, control: false };
}

const row = (item: Item, category: string, extra: InputType = {}): InputType => ({
  name: item.name,
  description: item.description ?? item.summary ?? '',
  table: {
    category,
    ...(item.type?.text && { type: { summary: item.type.text } }),
    ...(item.default !== undefined && { defaultValue: { summary: item.default } }),
  },
  ...extra,
});

/**
 * The controls of one element: attributes (with their property), properties without an attribute,
 * events, slots, CSS custom properties and CSS parts, each in its category with its own description.
 * Only attributes and properties are keyed by their own name (the args a story passes); the rest are
 * keyed by category, so a part named like an attribute (`value`, `label`) no longer replaces it.
 * @example elementArgTypes(manifest, 'dti-gauge').value.table.category // 'attributes'
 */
export function elementArgTypes(manifest: Manifest, tagName: string): ArgTypes {
  const decl = declarationOf(manifest, tagName);
  if (!decl) return {};
  const argTypes: ArgTypes = {};
  const fields = (decl.members ?? []).filter((m) => m.kind === 'field' && !m.static && m.privacy !== 'private');
  for (const attribute of decl.attributes ?? []) {
    const field = fields.find((f) => f.name === attribute.fieldName);
    const property = attribute.fieldName && attribute.fieldName !== attribute.name ? attribute.fieldName : undefined;
    const description = attribute.description ?? field?.description ?? '';
    argTypes[attribute.name] = row(
      { ...attribute, default: attribute.default ?? field?.default },
      CATEGORIES.attributes,
      {
        description: property ? `${description}\n\nProperty: \`${property}\`.` : description,
        ...controlOf(attribute.type?.text ?? field?.type?.text),
      },
    );
  }
  for (const field of fields)
    if (!field.attribute && !(field.name in argTypes))
      argTypes[field.name] = row(field, CATEGORIES.properties, { control: false });
  for (const [list, category] of [
    [decl.events, CATEGORIES.events],
    [decl.slots, CATEGORIES.slots],
    [decl.cssProperties, CATEGORIES.cssProperties],
    [decl.cssParts, CATEGORIES.cssParts],
  ] as const)
    for (const item of list ?? []) {
      const base = row(item, category, { control: false });
      argTypes[`${category}: ${item.name}`] = {
        ...base,
        table: {
          ...base.table,
          ...(item.syntax && { type: { summary: item.syntax } }),
          ...(item.darkDefault && {
            defaultValue: { summary: item.default, detail: `theme="dark": ${item.darkDefault}` },
          }),
        },
      };
    }
  return argTypes;
}

/** A `--dti-…` property as the theming page shows it: its defaults and what it does in each element. */
export interface ThemeProperty {
  name: string;
  /** CSS syntax of the value (`<color>`, `<length>`, `<time>`), when the build could tell. */
  syntax: string | undefined;
  /** Default of the light theme (the widgets' default). */
  light: string;
  /** Default under `theme="dark"` (the light one when the dark theme keeps it). */
  dark: string;
  /** Each element that reads it, with what it does there. */
  uses: { tagName: string; description: string }[];
}

/**
 * Every `--dti-…` property of every element, once, in the order of the element that reads the most
 * (its tags are grouped by role: text, surfaces, accents, shape).
 * @example themeProperties(manifest)[0] // { name: '--dti-color-text', light: '#1b1f24', dark: '#e6edf3', … }
 */
export function themeProperties(manifest: Manifest): ThemeProperty[] {
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => (b.cssProperties?.length ?? 0) - (a.cssProperties?.length ?? 0));
  const found = new Map<string, ThemeProperty>();
  for (const decl of elements)
    for (const item of decl.cssProperties ?? []) {
      if (item.default === undefined)
        throw new Error(`<${decl.tagName}> ${item.name} has no default in custom-elements.json`);
      const property = found.get(item.name) ?? {
        name: item.name,
        syntax: item.syntax,
        light: item.default,
        dark: item.darkDefault ?? item.default,
        uses: [],
      };
      property.uses.push({ tagName: decl.tagName ?? '', description: item.description ?? '' });
      found.set(item.name, property);
    }
  return [...found.values()];
}
