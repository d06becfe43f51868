import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../packages/widgets/custom-elements.json';
import '../packages/widgets/src/define.ts';

// Controls and docs come from the manifest generated from the components' JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // Accessibility checks fail the story's test on violations, not just warn.
    a11y: { test: 'error' },
    layout: 'padded',
  },
};
export default preview;
