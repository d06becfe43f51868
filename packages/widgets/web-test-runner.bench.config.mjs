// pnpm bench: the widget benchmarks in Chromium, printed to the terminal. Timings are reported, not
// asserted: budgets belong in benchmarks, not in tests that a busy machine could fail.
import base from './web-test-runner.config.mjs';

export default { ...base, files: ['bench/**/*.bench.ts'], testFramework: { config: { timeout: 120000 } } };
