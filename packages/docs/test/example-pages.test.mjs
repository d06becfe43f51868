// The example pages on the built site (/vi-du/), in Chromium (/usr/bin/chromium, offline), as a reader
// meets them: under their strict Content-Security-Policy, with no console error, the widgets drawn from
// the data copied next to them, linked (a row chosen in the table is the one the scorecard, the map and the
// trend show), in Vietnamese and in English. Reads .vitepress/dist: run the build first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { loadPreset, score } from '@dti-kit/core';
import { twinNames } from '@dti-kit/core/present';
import { readDataset } from '@dti-kit/core/sheets';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { serve } from '../../../scripts/serve.mjs';
import { EXAMPLE_PAGES, sitePage } from '../scripts/copy-examples.mjs';

const dist = new URL('../.vitepress/dist/', import.meta.url);
let server;
let browser;
let base;

before(async () => {
  server = await serve(dist.pathname);
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});
after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * Opens a page and records what would show something went wrong: console errors, uncaught exceptions,
 * failed requests and Content-Security-Policy violations (listened for before the page's own scripts run).
 */
async function open(path, options = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, ...options });
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`${base}${path}`);
  return { page, problems };
}

/** Everything that went wrong on the page, CSP violations included; `[]` when nothing did. */
const problemsOf = async ({ page, problems }) => [
  ...problems,
  ...(await page.evaluate(() => window.cspViolations)).map((v) => `CSP: ${v}`),
];

const clean = (s) => (s ?? '').replace(/\s+/gu, ' ').trim();

/** The table's rows on screen as [rank, name, score], read from its shadow root. */
const rowsOf = (page) =>
  page.evaluate(() =>
    [...(document.querySelector('dti-league-table')?.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
      [tr.querySelector('td.rank'), tr.querySelector('th'), tr.querySelector('td.value .figure')].map((c) =>
        (c?.textContent ?? '').replace(/\s+/gu, ' ').trim(),
      ),
    ),
  );
const waitForRows = (page, n) =>
  page.waitForFunction(
    (count) => document.querySelector('dti-league-table')?.shadowRoot?.querySelectorAll('tbody tr').length === count,
    n,
    { timeout: 20000 },
  );
const shadowText = (page, tag, selector) =>
  page.evaluate(
    ([t, s]) => document.querySelector(t)?.shadowRoot?.querySelector(s)?.textContent ?? null,
    [tag, selector],
  );

test('the build puts the four pages on the site with their script, styles and data next to them', () => {
  const copied = new URL('vi-du/', dist);
  for (const name of EXAMPLE_PAGES) {
    const html = readFileSync(new URL(name, copied), 'utf8');
    // The same page as in packages/widgets/examples, only the two repository paths rewritten.
    assert.equal(html, sitePage(readFileSync(new URL(`../../widgets/examples/${name}`, import.meta.url), 'utf8')));
    assert.match(html, /<script type="module" src="cdn\/dti-widgets\.js"><\/script>/u, name);
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self';/u,
    );
    // No inline script or style: every <script> has a src, no style attribute or element.
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/u, `${name}: inline script`);
    assert.doesNotMatch(html, /<style\b|\sstyle="/u, `${name}: inline style`);
  }
  const cdn = new URL('../../widgets/dist/cdn/dti-widgets.js', import.meta.url);
  assert.deepEqual(readFileSync(new URL('cdn/dti-widgets.js', copied)), readFileSync(cdn));
  assert.throws(
    () => sitePage('<script src="../elsewhere/x.js"></script>', 'x.html'),
    /x\.html: src="\.\.\/elsewhere\/x\.js"/u,
  );
});

test('province page (vi): gauges, 34 tiles, the published ranking, linked scorecard, map and trend, no error', async () => {
  const opened = await open('/vi-du/province.html');
  const { page } = opened;
  await waitForRows(page, 10);
  // DTI 2024 of the 34 provinces as published on 21/10/2025 (dantri.com.vn): Hà Nội 0.8241, Huế 0.7951,
  // Hải Phòng 0.7857, TP. Hồ Chí Minh 0.7770; Thanh Hóa 5th with no value reported.
  assert.deepEqual((await rowsOf(page)).slice(0, 5), [
    ['1', 'Hà Nội', '0,8241'],
    ['2', 'Huế', '0,7951'],
    ['3', 'Hải Phòng', '0,7857'],
    ['4', 'TP. Hồ Chí Minh', '0,7770'],
    ['5', 'Thanh Hóa', '—'],
  ]);
  assert.equal(
    clean(await shadowText(page, 'dti-league-table', '[part~="pagination"]')),
    'Trang trước Trang 1/4 · 10 trên 34 đơn vị Trang sau',
  );
  assert.equal(
    await page.evaluate(() =>
      document.querySelector('dti-gauge')?.shadowRoot?.querySelector('[role="meter"]')?.getAttribute('aria-valuetext'),
    ),
    '0,7955 trên 1,0000, kỳ trước 0,7326 (+0,0629)',
  );

  // The tile map of 2025: 34 tiles; the five with a published value are coloured (Đà Nẵng's 0.7069 the
  // mean of the former Đà Nẵng and Quảng Nam, as reported), the others hatched.
  await page.waitForFunction(
    () => document.querySelector('dti-map')?.shadowRoot?.querySelectorAll('[data-id]').length === 34,
  );
  const tiles = await page.evaluate(() =>
    [...(document.querySelector('dti-map')?.shadowRoot?.querySelectorAll('[data-id]') ?? [])].map((g) => ({
      id: g.getAttribute('data-id'),
      missing: g.classList.contains('missing'),
      pressed: g.getAttribute('aria-pressed'),
    })),
  );
  assert.equal(tiles.length, 34);
  assert.deepEqual(
    tiles
      .filter((t) => !t.missing)
      .map((t) => t.id)
      .sort(),
    ['da-nang', 'ha-noi', 'hai-phong', 'hue', 'tp-ho-chi-minh'],
  );
  // The page highlights Huế: every linked element shows it.
  assert.deepEqual(
    tiles.filter((t) => t.pressed === 'true').map((t) => t.id),
    ['hue'],
  );
  await page.waitForFunction(() => document.querySelector('dti-scorecard')?.shadowRoot?.querySelector('#name'));
  assert.equal(clean(await shadowText(page, 'dti-scorecard', '#name')), 'Huế · 2024');

  // Choosing Hải Phòng in the table: the scorecard, the map and the trend follow.
  await page.locator('dti-league-table').locator('tbody tr', { hasText: 'Hải Phòng' }).click();
  await page.waitForFunction(() =>
    document.querySelector('dti-scorecard')?.shadowRoot?.querySelector('#name')?.textContent?.includes('Hải Phòng'),
  );
  assert.equal(clean(await shadowText(page, 'dti-scorecard', '#name')), 'Hải Phòng · 2024');
  assert.equal(clean(await shadowText(page, 'dti-scorecard', '.fact.big dd')), '0,7857');
  await page.waitForFunction(() =>
    document.querySelector('dti-trend')?.shadowRoot?.querySelector('figcaption')?.textContent?.includes('Hải Phòng'),
  );
  assert.equal(clean(await shadowText(page, 'dti-trend', 'figcaption')), 'Diễn biến thứ hạng qua các năm: Hải Phòng');
  assert.equal(
    await page.evaluate(() =>
      document.querySelector('dti-map')?.shadowRoot?.querySelector('[aria-pressed="true"]')?.getAttribute('data-id'),
    ),
    'hai-phong',
  );
  assert.deepEqual(await problemsOf(opened), []);
  await page.close();
});

test('province page (en, dark, 390 px): English throughout, no page-wide horizontal scroll, the link back to Vietnamese', async () => {
  const opened = await open('/vi-du/province.en.html', { viewport: { width: 390, height: 800 }, colorScheme: 'dark' });
  const { page } = opened;
  await waitForRows(page, 10);
  assert.deepEqual((await rowsOf(page))[0], ['1', 'Hà Nội', '0.8241']);
  assert.equal(
    clean(await shadowText(page, 'dti-league-table', '[part~="pagination"]')),
    'Previous page Page 1 of 4 · 10 of 34 units Next page',
  );
  await page.waitForFunction(
    () => document.querySelector('dti-map')?.shadowRoot?.querySelectorAll('[data-id]').length === 34,
  );
  await page.waitForFunction(() => document.querySelector('dti-trend')?.shadowRoot?.querySelector('figcaption'));
  assert.equal(clean(await shadowText(page, 'dti-trend', 'figcaption')), 'Rank over the years: Huế');
  // The widgets follow the dark setting (theme="auto"): the table's surface is the dark one, not white.
  assert.equal(
    await page.evaluate(() => getComputedStyle(document.querySelector('dti-league-table')).colorScheme),
    'dark',
  );
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390);
  await page.getByRole('link', { name: 'Tiếng Việt' }).click();
  await page.waitForURL(/\/vi-du\/province\.html$/u);
  await waitForRows(page, 10);
  assert.deepEqual((await rowsOf(page))[0], ['1', 'Hà Nội', '0,8241']);
  assert.deepEqual(await problemsOf(opened), []);
  await page.close();
});

test('commune page: the 3,321 generated communes ranked as the core ranks them, and what-if weights', async () => {
  // What the core gives for the same file and framework.
  const framework = await loadPreset('self-assessment-template');
  const csv = new Uint8Array(readFileSync(new URL('../../core/examples/data/communes-2025.csv', import.meta.url)));
  const { prepared } = readDataset(csv, framework);
  const result = score(framework, prepared);
  const byRank = result.units.filter((u) => u.rank !== null).sort((a, b) => a.rank - b.rank);
  // A name other communes share is shown with its province ("Xã Long Phú (Nghệ An)"): the top three have twins.
  const twins = twinNames(result.units);
  const shown = (u) => (twins.has(u.id) ? `${u.name} (${twins.get(u.id)})` : u.name);

  for (const [path, pagination, banner] of [
    ['/vi-du/what-if.html', 'Trang 1/333 · 10 trên 3.321 đơn vị', 'Kết quả giả định — không phải kết quả chính thức'],
    ['/vi-du/what-if.en.html', 'Page 1 of 333 · 10 of 3,321 units', 'Hypothetical results — not the official results'],
  ]) {
    const opened = await open(path);
    const { page } = opened;
    await waitForRows(page, 10);
    assert.ok(clean(await shadowText(page, 'dti-league-table', '[part~="pagination"]')).includes(pagination), path);
    assert.deepEqual(
      (await rowsOf(page)).slice(0, 3).map(([rank, name]) => [rank.replace(/\D+/gu, ''), name]),
      byRank.slice(0, 3).map((u) => [String(u.rank), shown(u)]),
      path,
    );
    // Choosing the first commune: the scorecard shows it.
    await page.locator('dti-league-table').locator('tbody tr').first().click();
    await page.waitForFunction(
      (name) =>
        document.querySelector('dti-scorecard')?.shadowRoot?.querySelector('#name')?.textContent?.includes(name),
      byRank[0].name,
    );
    // A weight moved: the banner says these are not the official results; reset brings the official back.
    await page.waitForFunction(() =>
      document.querySelector('dti-weights')?.shadowRoot?.querySelector('input[type="range"]'),
    );
    assert.equal(await page.locator('dti-weights').locator('[part~="banner"]').count(), 0);
    await page.locator('dti-weights').locator('input[type="range"]').first().fill('80');
    assert.equal(clean(await page.locator('dti-weights').locator('[part~="banner"]').textContent()), banner);
    await page.locator('dti-weights').locator('[part~="reset"]').click();
    assert.equal(await page.locator('dti-weights').locator('[part~="banner"]').count(), 0);
    assert.deepEqual(await problemsOf(opened), [], path);
    await page.close();
  }
});

// axe-core, a dev dependency of the repository root; evaluated through the debugging protocol, which the
// page's CSP does not govern (a <script> added to the page would be refused, as it should be).
const axeSource = readFileSync(new URL('../../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

test('axe finds nothing on the province page (vi light, en dark) and the commune page (vi), shadow roots included', async () => {
  for (const [path, colorScheme] of [
    ['/vi-du/province.html', 'light'],
    ['/vi-du/province.en.html', 'dark'],
    ['/vi-du/what-if.html', 'light'],
  ]) {
    const opened = await open(path, { colorScheme });
    const { page } = opened;
    await waitForRows(page, 10);
    await page.waitForFunction(() => document.querySelector('dti-scorecard')?.shadowRoot?.querySelector('#name'));
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const results = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      return {
        violations: results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        // Contrast checked inside the widgets' shadow roots (a target with a shadow path is an array).
        shadowContrast: results.passes
          .find((r) => r.id === 'color-contrast')
          ?.nodes.filter((n) => Array.isArray(n.target[0])).length,
      };
    });
    assert.deepEqual(violations.violations, [], `${path} (${colorScheme})`);
    assert.ok(violations.shadowContrast > 20, `${path}: contrast checked in ${violations.shadowContrast} shadow nodes`);
    assert.deepEqual(await problemsOf(opened), [], path);
    await page.close();
  }
});

test('the example pages are described and linked in both languages and listed in both sidebars', () => {
  for (const [file, links, sidebar] of [
    ['trang-vi-du.html', ['/vi-du/province.html', '/vi-du/what-if.html'], 'href="/trang-vi-du"'],
    ['en/example-pages.html', ['/vi-du/province.en.html', '/vi-du/what-if.en.html'], 'href="/en/example-pages"'],
  ]) {
    const html = readFileSync(new URL(file, dist), 'utf8');
    for (const link of links) assert.ok(html.includes(`href="${link}" target="_self"`), `${file} links ${link}`);
    assert.ok(html.includes(sidebar), `${file}: sidebar entry`);
  }
});
