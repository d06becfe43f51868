import type { StorybookConfig } from '@storybook/web-components-vite';

// Storybook for designers: every widget state, Vietnamese and English, light and dark, narrow and wide.
const config: StorybookConfig = {
  stories: ['../packages/widgets/src/**/*.stories.ts', '../packages/widgets/src/**/*.mdx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Example data (the core's CSV, the communes) is served as static files.
  staticDirs: [{ from: '../packages/core/examples/data', to: '/data' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(config) {
    // Lit uses standard class fields with `declare`; esbuild must not define them over the accessors.
    config.esbuild = {
      ...(config.esbuild ?? {}),
      target: 'es2022',
      tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
    };
    return config;
  },
};
export default config;
