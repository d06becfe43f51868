// custom-elements.json from the JSDoc tags on each element class (@tagname, @csspart, @cssproperty,
// @event): it feeds editors' autocompletion, the docs and Storybook's controls.

/** Internal reactive state (`_status`, …) is not API: keep it out of the manifest. */
const hideInternalState = {
  name: 'hide-internal-state',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules)
      for (const decl of mod.declarations ?? []) {
        if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !a.name.startsWith('_'));
        if (decl.members) decl.members = decl.members.filter((m) => !m.name.startsWith('_') && m.privacy !== 'private');
      }
  },
};

export default {
  globs: ['src/gauge/gauge.ts', 'src/league-table/league-table.ts', 'src/rank-interval/rank-interval.ts'],
  outdir: '.',
  litelement: true,
  plugins: [hideInternalState],
};
