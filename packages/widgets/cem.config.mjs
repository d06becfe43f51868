// custom-elements.json from the JSDoc tags on each element class (@tagname, @csspart, @cssproperty,
// @event): it feeds editors' autocompletion, the docs and Storybook's controls.
import { propertiesRead, readTokens, stylesFileOf, syntaxOf } from './scripts/css-properties.mjs';

/** Internal reactive state (`_status`, …) is not API: keep it out of the manifest. */
const hideInternalState = {
  name: 'hide-internal-state',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules)
      for (const decl of mod.declarations ?? []) {
        // The base class (DtiElement) is read for what every element inherits; it is no element itself.
        if (decl.customElement && !decl.tagName) delete decl.customElement;
        if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !a.name.startsWith('_'));
        if (decl.members) decl.members = decl.members.filter((m) => !m.name.startsWith('_') && m.privacy !== 'private');
        // An attribute declared on a base class (`for`) keeps the element's own words for it where the
        // element documents its field.
        for (const attribute of decl.attributes ?? []) {
          const own = decl.members?.find((m) => m.name === attribute.fieldName)?.description;
          if (attribute.inheritedFrom && own) attribute.description = own;
        }
      }
  },
};

/**
 * The `@cssproperty` tags say what a property colours; the styles say its default. This fills in
 * `default` (light theme), `syntax` and the dark theme's default (`darkDefault`) from the styles, and fails the build when an element's tags and the properties its
 * stylesheet reads disagree, or when a tag states a default of its own that could drift.
 */
const cssPropertyDefaults = {
  name: 'css-property-defaults',
  packageLinkPhase({ customElementsManifest }) {
    const tokens = readTokens('src/shared/tokens.ts');
    const problems = [];
    for (const mod of customElementsManifest.modules)
      for (const decl of mod.declarations ?? []) {
        if (!decl.customElement) continue;
        const read = propertiesRead(stylesFileOf(mod.path), tokens);
        const tagged = decl.cssProperties ?? [];
        for (const name of read.keys())
          if (!tagged.some((p) => p.name === name))
            problems.push(`<${decl.tagName}> reads ${name} but has no @cssproperty tag for it`);
        for (const property of tagged) {
          const defaults = read.get(property.name);
          if (!defaults) {
            problems.push(`<${decl.tagName}> has a @cssproperty tag for ${property.name}, which its styles never read`);
            continue;
          }
          if (/\bdefault\b/iu.test(property.description ?? ''))
            problems.push(
              `<${decl.tagName}> ${property.name}: the tag states a default; the styles are its only source`,
            );
          if (defaults.light === undefined) continue;
          property.default = defaults.light;
          const syntax = syntaxOf(defaults.light);
          if (syntax) property.syntax = syntax;
          // Not a field of the manifest schema: tools that do not know it ignore it.
          if (defaults.dark !== undefined && defaults.dark !== defaults.light) property.darkDefault = defaults.dark;
        }
      }
    if (problems.length) throw new Error(`custom-elements.json:\n  - ${problems.join('\n  - ')}`);
  },
};

export default {
  globs: [
    'src/shared/dti-element.ts',
    'src/gauge/gauge.ts',
    'src/league-table/league-table.ts',
    'src/rank-interval/rank-interval.ts',
    'src/trend/trend.ts',
    'src/map/map.ts',
    'src/scorecard/scorecard.ts',
    'src/weights/weights.ts',
  ],
  outdir: '.',
  litelement: true,
  plugins: [hideInternalState, cssPropertyDefaults],
};
