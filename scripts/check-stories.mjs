// Opens every story of the built Storybook in headless Chromium (/usr/bin/chromium, offline) and fails
// if one does not render its element, throws, logs a console error, or has an axe-core violation; then
// checks the controls designers read and the theming page's CSS (check-controls.mjs).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { checkControls } from './check-controls.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { serve } from './serve.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const server = await serve('storybook-static');
const base = `http://127.0.0.1:${server.address().port}`;
const index = await (await fetch(`${base}/index.json`)).json();
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const failures = [];
for (const story of stories) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const errors = [];
  page.on('console', (m) => {
    // The browser asks every server for a favicon; Storybook's static build has none.
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
  try {
    await page.waitForFunction(
      () =>
        document.body.classList.contains('sb-show-main') || document.body.classList.contains('sb-show-errordisplay'),
      null,
      { timeout: 10000 },
    );
    // Let data load (spreadsheet stories fetch and score in the browser).
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('dti-gauge, dti-league-table, dti-rank-interval')].every((el) =>
          el.shadowRoot?.querySelector('[role="meter"], [part~="meter"], table, [role="alert"], [part~="status"]'),
        ),
      null,
      { timeout: 10000 },
    );
  } catch (error) {
    errors.push(`did not render: ${error.message.split('\n')[0]}`);
  }
  const shown = await page.evaluate(() => ({
    error: document.body.classList.contains('sb-show-errordisplay'),
    // Any of the kit's elements (every tag starts with dti-).
    widgets: [...document.querySelectorAll('#storybook-root *')].filter((e) => e.localName.startsWith('dti-')).length,
  }));
  if (shown.error) errors.push('Storybook shows its error display');
  if (shown.widgets === 0) errors.push('no widget in the story');
  // The error stories show their alert on purpose: the console message is the component reporting it.
  const expectsError = /error|bad-value/u.test(story.id);
  const unexpected = expectsError ? errors.filter((e) => !e.startsWith('console: Failed to load resource')) : errors;
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    // Storybook's accessibility addon runs axe in the same page: wait for its run to finish.
    for (let attempt = 0; ; attempt++) {
      try {
        const r = await window.axe.run(document.querySelector('#storybook-root'), {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
        });
        return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
      } catch (error) {
        if (attempt > 50 || !String(error).includes('already running')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });
  if (violations.length) unexpected.push(`axe: ${violations.join(', ')}`);
  console.log(
    `${unexpected.length ? '✗' : '✓'} ${story.title} / ${story.name}${unexpected.length ? `\n    ${unexpected.join('\n    ')}` : ''}`,
  );
  if (unexpected.length) failures.push(story.id);
  await page.close();
}
const controls = await checkControls(browser, base);
console.log(
  `${controls.length ? '✗' : '✓'} controls and theming CSS${controls.length ? `\n    ${controls.join('\n    ')}` : ''}`,
);
await browser.close();
server.close();
console.log(`${stories.length - failures.length} passed, ${failures.length} failed`);
if (failures.length || controls.length) process.exit(1);
