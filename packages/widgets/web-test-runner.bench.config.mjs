// pnpm bench: the widget benchmarks in Chromium, printed to the terminal. Timings are reported, not
// asserted: budgets belong in benchmarks, not in tests that a busy machine could fail.
import base from './web-test-runner.config.mjs';

// Three table libraries at 10,000 rows and ours at 100,000 take minutes on a busy machine: time enough.
export default {
  ...base,
  files: ['bench/**/*.bench.ts'],
  testFramework: { config: { timeout: 600000 } },
  testsFinishTimeout: 900000,
};
