import { defineConfig } from 'tsup';

export default defineConfig({
  // globals.d.ts only declares types for the engine's own typecheck: compiling it would ship an empty
  // globals.d.js and a globals.d.d.ts.
  entry: ['src/**/*.ts', '!src/**/*.d.ts'],
  format: ['esm'],
  dts: true,
  // No source maps: the output is one unminified module per source file, readable as it stands, and a
  // map would point at src/, which the package does not ship (and double the tarball).
  sourcemap: false,
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
