import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../packages/widgets/custom-elements.json';
import '../packages/widgets/src/define.ts';
import { asManifest, elementArgTypes } from '../packages/widgets/src/stories/manifest.ts';

// Controls and docs come from the manifest generated from the components' JSDoc. The framework's own
// reader keys every entry by its bare name, so a part named like an attribute (`value`, `label`) took
// the attribute's row: ours gives each kind of API its own category and key.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    docs: { extractArgTypes: (tagName: string) => elementArgTypes(asManifest(manifest), tagName) },
    // Accessibility checks fail the story's test on violations, not just warn.
    a11y: { test: 'error' },
    layout: 'padded',
  },
};
export default preview;
