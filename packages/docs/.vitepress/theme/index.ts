import type { Theme } from 'vitepress';
import DefaultTheme from 'vitepress/theme';
import { defineAsyncComponent } from 'vue';
import DtiAnalysisWarnings from './DtiAnalysisWarnings.vue';
import DtiPlayground from './DtiPlayground.vue';
import './custom.css';

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('DtiPlayground', DtiPlayground);
    app.component('DtiAnalysisWarnings', DtiAnalysisWarnings);
    // Its own chunk: only the embedding pages load the reference.
    app.component(
      'DtiAttributeReference',
      defineAsyncComponent(() => import('./DtiAttributeReference.vue')),
    );
    // The elements exist only in the browser; the static HTML keeps the tags for them to upgrade.
    if (!import.meta.env.SSR) void import('@dti-kit/widgets/define.js');
  },
} satisfies Theme;
