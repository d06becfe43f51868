// Widget tests in Debian's Chromium (/usr/bin/chromium), headless and offline: nothing downloads a browser.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

export const browser = chromeLauncher({
  launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
});

export default {
  // Serve the whole repository so tests can fetch the core's fixtures and the example page.
  rootDir: fileURLToPath(new URL('../..', import.meta.url)),
  files: ['test/**/*.browser.test.ts'],
  nodeResolve: true,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // What screen readers get: the browser's accessibility tree (`a11ySnapshot` in tests).
    a11ySnapshotPlugin(),
  ],
  browsers: [browser],
  concurrency: 1,
  testFramework: { config: { timeout: 15000 } },
};
