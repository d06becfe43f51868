import { defineConfig } from 'vitest/config';

// Pure view-model and formatting tests run in Node; everything that renders runs in Chromium (wtr).
export default defineConfig({
  test: { include: ['test/**/*.unit.test.ts'] },
});
