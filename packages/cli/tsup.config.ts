import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { dti: 'src/bin.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  clean: true,
  // No source map: the bundle is unminified and readable as shipped; src/ is not shipped.
  sourcemap: false,
  // The core stays an import: one copy, and its presets resolve from its own package folder.
  external: ['@dti-kit/core'],
  banner: { js: '#!/usr/bin/env node' },
});
