import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests run hundreds of cases; on a loaded CI machine they can pass 5 s without being
    // wrong. Speed is measured in the benchmarks, so a test only needs a guard against hanging.
    testTimeout: 30_000,
  },
});
