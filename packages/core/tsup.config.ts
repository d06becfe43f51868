import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/**/*.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  // One file per module keeps the package tree-shakable for widgets that need a single helper.
  bundle: false,
  splitting: false,
  treeshake: false,
  outDir: 'dist',
  // Presets are JSON modules: keep `with { type: 'json' }`, which Node and browsers require.
  esbuildOptions(options) {
    options.supported = { ...options.supported, 'import-attributes': true };
  },
});
