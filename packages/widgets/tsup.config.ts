import { defineConfig } from 'tsup';

// npm build: one module per source file (tree-shakable), Lit, d3 and the core left as imports.
export default defineConfig({
  entry: ['src/**/*.ts', '!src/**/*.stories.ts', '!src/stories/**'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  bundle: false,
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
});
