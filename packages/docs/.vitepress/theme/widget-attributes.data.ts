// The attribute reference, built from packages/widgets/custom-elements.json when the site is built.
import { defineLoader } from 'vitepress';
import { loadAttributeReference } from '../../scripts/attribute-reference.mjs';

/** One attribute as the reference shows it (see scripts/attribute-reference.mjs). */
export interface AttributeEntry {
  name: string;
  values: { kind: 'enum'; list: string[] } | { kind: 'number' | 'boolean' | 'text' } | { kind: 'json'; type: string };
  default: { code?: string; text?: string; vi?: string } | null;
  description: { en: string; vi: string | null };
  translation: 'current' | 'stale' | 'missing';
  key: string;
  example: string;
}

/** One element with its attributes, in the manifest's order. */
export interface ElementEntry {
  tag: string;
  summary: { vi: string; en: string } | null;
  attributes: AttributeEntry[];
}

declare const data: ElementEntry[];

export { data };

export default defineLoader({
  watch: ['../../../widgets/custom-elements.json', '../../scripts/attribute-descriptions.vi.mjs'],
  load: (): ElementEntry[] => loadAttributeReference(),
});
