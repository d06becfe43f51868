import type { StorybookConfig } from '@storybook/web-components-vite';

// Storybook for designers: every widget state, Vietnamese and English, light and dark, narrow and wide.
const config: StorybookConfig = {
  // Stories are CSF files only: a glob for `*.mdx` that matches nothing makes every start warn.
  stories: ['../packages/widgets/src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Example data (the core's CSV, the communes) is served as static files.
  staticDirs: [
    { from: '../packages/core/examples/data', to: '/data' },
    { from: '../packages/widgets/examples/data', to: '/examples' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(config) {
    // Lit uses standard class fields with `declare`; esbuild must not define them over the accessors.
    config.esbuild = {
      ...(config.esbuild ?? {}),
      target: 'es2022',
      tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
    };
    const build = config.build ?? {};
    const rollupOptions = build.rollupOptions ?? {};
    const onwarn = rollupOptions.onwarn;
    config.build = {
      ...build,
      // Storybook's own runtime, its docs renderer and axe (the accessibility panel) are one chunk each,
      // about 1 MB: they are the workshop, not what a portal downloads (the widgets' budgets are checked
      // by the widgets' tests). The limit stays low enough to flag a story that pulls in something big.
      chunkSizeWarningLimit: 1200,
      rollupOptions: {
        ...rollupOptions,
        onwarn(warning, warn) {
          // zod's sources explain their /*@__PURE__*/ marks in comments that mention the mark by name;
          // Rollup drops those comments (they annotate nothing) and says so. Only that, only for zod.
          if (warning.code === 'INVALID_ANNOTATION' && /[\\/]zod[\\/]/u.test(warning.id ?? '')) return;
          if (onwarn) onwarn(warning, warn);
          else warn(warning);
        },
      },
    };
    return config;
  },
};
export default config;
