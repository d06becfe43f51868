// End to end: the built site in Chromium (/usr/bin/chromium, offline). The playground loads an example
// file, the table is sorted and searched, and the ranks it shows are the core's.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { loadPreset, readDataset, score } from '@dti-kit/core';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { serve } from '../../../scripts/serve.mjs';

const dataFile = new URL('../../core/examples/data/seeds-2024.json', import.meta.url).pathname;
let server;
let browser;
let base;

before(async () => {
  server = await serve(new URL('../.vitepress/dist', import.meta.url).pathname);
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** The rows of the league table as [rank cell text, name]. */
const rowsOf = (page) =>
  page.evaluate(() =>
    [...(document.querySelector('dti-league-table')?.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((tr) => [
      tr.querySelector('td.rank')?.textContent?.replace(/\s+/gu, ' ').trim() ?? '',
      tr.querySelector('th')?.textContent?.trim() ?? '',
    ]),
  );

test('the playground scores a file, sorts, searches "phuc tho", and shows the core’s ranks', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/thu-nghiem`);
  await page.waitForSelector('.playground[data-ready="yes"]', { state: 'attached' });
  await page.setInputFiles('[data-testid="file"]', dataFile);
  await page.waitForFunction(
    () => (document.querySelector('dti-league-table')?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) > 0,
  );

  // What the core says for the same file and framework.
  const framework = await loadPreset('self-assessment-template');
  const { prepared } = readDataset(new Uint8Array(readFileSync(dataFile)), framework);
  const expected = new Map(
    score(framework, prepared).units.map((u) => [u.name, u.rank === null ? 'chưa đủ dữ liệu' : String(u.rank)]),
  );
  const shown = await rowsOf(page);
  assert.equal(shown.length, expected.size);
  for (const [rank, name] of shown) assert.equal(rank, expected.get(name), `rank of ${name}`);

  // Sort by name: Vietnamese order, Đ after D and before G.
  await page.locator('dti-league-table').locator('thead button', { hasText: 'Đơn vị' }).click();
  assert.deepEqual(
    (await rowsOf(page)).map(([, name]) => name),
    ['Đan Phượng', 'Gia Lâm', 'Giồng Trôm', 'Phúc Thọ', 'Sơn Châu'],
  );

  // Search without diacritics.
  await page.locator('dti-league-table').locator('input[type="search"]').fill('phuc tho');
  assert.deepEqual(await rowsOf(page), [[expected.get('Phúc Thọ'), 'Phúc Thọ']]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the home page shows live widgets, in Vietnamese and in English', async () => {
  for (const [path, text] of [
    ['/', '0,7955 trên 1,0000, kỳ trước 0,7326 (+0,0629)'],
    ['/en/', '0.7955 out of 1.0000, previous 0.7326 (+0.0629)'],
  ]) {
    const page = await browser.newPage();
    await page.goto(`${base}${path}`);
    await page.waitForFunction(() => document.querySelector('dti-gauge')?.shadowRoot?.querySelector('[role="meter"]'));
    const said = await page.evaluate(() =>
      document.querySelector('dti-gauge')?.shadowRoot?.querySelector('[role="meter"]')?.getAttribute('aria-valuetext'),
    );
    assert.equal(said, text);
    await page.waitForFunction(
      () => (document.querySelector('dti-league-table')?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) === 5,
    );
    await page.close();
  }
});
