import { defineConfig } from 'tsup';
import { minifyLitTemplates } from './scripts/minify-templates.mjs';

// npm build: one module per source file (tree-shakable), Lit, d3 and the core left as imports; the
// templates' whitespace minified as in the portal bundles, since applications' bundlers leave it.
export default defineConfig({
  entry: ['src/**/*.ts', '!src/**/*.stories.ts', '!src/stories/**'],
  format: ['esm'],
  dts: true,
  // No source maps: unminified, one module per source file, readable as shipped; src/ is not shipped.
  sourcemap: false,
  clean: true,
  bundle: false,
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
  esbuildPlugins: [minifyLitTemplates],
});
