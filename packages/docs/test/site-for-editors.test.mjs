// The built site as a portal editor meets it, in Chromium (/usr/bin/chromium, offline): the download and
// its example page opened from the disk, the attribute reference against custom-elements.json, the
// favicon, and the home pages' league table readable at 1280 and 390 px.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { loadPreset, score } from '@dti-kit/core';
import { readDataset } from '@dti-kit/core/sheets';
import { strFromU8, unzipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { serve } from '../../../scripts/serve.mjs';

const widgets = new URL('../../widgets/', import.meta.url);
const version = JSON.parse(readFileSync(new URL('package.json', widgets), 'utf8')).version;
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', widgets), 'utf8'));
let server;
let browser;
let base;
let unzipped;

before(async () => {
  server = await serve(new URL('../.vitepress/dist', import.meta.url).pathname);
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});
after(async () => {
  await browser?.close();
  server?.close();
  if (unzipped) rmSync(unzipped, { recursive: true, force: true });
});

test('the site offers dti-widgets-<version>.zip: every cdn file, the guide naming the script, an example page', async () => {
  const response = await fetch(`${base}/downloads/dti-widgets-${version}.zip`);
  assert.equal(response.status, 200);
  const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
  const folder = `dti-widgets-${version}`;
  const cdn = readdirSync(new URL('dist/cdn/', widgets)).filter((f) => f.endsWith('.js'));
  assert.deepEqual(
    Object.keys(files).sort(),
    [...cdn, 'DOC-CHO-BIEN-TAP-VIEN.txt', 'vi-du-mo-tu-may.html'].map((f) => `${folder}/${f}`).sort(),
  );
  for (const f of cdn)
    assert.deepEqual(files[`${folder}/${f}`], new Uint8Array(readFileSync(new URL(`dist/cdn/${f}`, widgets))), f);

  const guideBytes = files[`${folder}/DOC-CHO-BIEN-TAP-VIEN.txt`];
  assert.deepEqual([...guideBytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a byte-order mark, so Notepad reads UTF-8');
  const guide = strFromU8(guideBytes);
  assert.ok(guide.includes('\r\n'), 'Windows line ends');
  const line = `<script type="module" src="/assets/${folder}/dti-widgets.js"></script>`;
  assert.equal(guide.split(line).length - 1, 2, 'the line to paste, in Vietnamese and in English');
  assert.match(guide, /TẢI LÊN CỔNG THÔNG TIN/u);
  assert.match(guide, /UPLOAD TO THE PORTAL/u);
  assert.match(guide, /dti-widgets\.classic\.js/u);

  // The example page, opened from the disk as an editor would double-click it.
  unzipped = mkdtempSync(join(tmpdir(), 'dti-download-'));
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(unzipped, name)), { recursive: true });
    writeFileSync(join(unzipped, name), bytes);
  }
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(join(unzipped, folder, 'vi-du-mo-tu-may.html')).href);
  await page.waitForFunction(
    () => (document.querySelector('dti-league-table')?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) === 5,
  );
  const framework = await loadPreset('dti-province-2022');
  const data = readFileSync(new URL('../../core/examples/data/dti-2022-top5.json', import.meta.url));
  const expected = score(framework, readDataset(new Uint8Array(data), framework).prepared).units.map((u) => [
    String(u.rank),
    u.name,
  ]);
  const shown = await page.evaluate(() =>
    [...(document.querySelector('dti-league-table')?.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((tr) => [
      tr.querySelector('td.rank')?.textContent?.trim() ?? '',
      tr.querySelector('th')?.textContent?.trim() ?? '',
    ]),
  );
  assert.deepEqual(shown, expected);
  assert.equal(
    await page.evaluate(() =>
      document.querySelector('dti-gauge')?.shadowRoot?.querySelector('[role="meter"]')?.getAttribute('aria-valuetext'),
    ),
    '0,6961 trên 1,0000, kỳ trước 0,6783 (+0,0178)',
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test('both embedding pages link the download and show the versioned script line', async () => {
  for (const [path, text] of [
    ['/nhung-widget', `Tải dti-widgets-${version}.zip`],
    ['/en/embedding', `Download dti-widgets-${version}.zip`],
  ]) {
    const page = await browser.newPage();
    await page.goto(`${base}${path}`);
    const link = page.locator('a.dti-download-button');
    assert.equal((await link.textContent())?.trim(), text);
    assert.equal(await link.getAttribute('href'), `/downloads/dti-widgets-${version}.zip`);
    const code = await page.evaluate(() =>
      [...document.querySelectorAll('pre code')].map((c) => c.textContent).join('\n'),
    );
    assert.ok(code.includes(`src="/assets/dti-widgets-${version}/dti-widgets.js"`), path);
    assert.ok(!(await page.content()).includes('%DTI_WIDGETS_'), `no placeholder left on ${path}`);
    await page.close();
  }
});

test('no page of the built site is left with a release placeholder', () => {
  const dist = new URL('../.vitepress/dist/', import.meta.url).pathname;
  const pages = readdirSync(dist, { recursive: true }).filter(
    (f) => String(f).endsWith('.html') && !String(f).startsWith('api'),
  );
  assert.ok(pages.length > 10);
  const left = pages.filter((f) => readFileSync(join(dist, String(f)), 'utf8').includes('%DTI_WIDGETS_'));
  assert.deepEqual(left, []);
});

test('the attribute reference lists every attribute of every element in custom-elements.json', async () => {
  const expected = {};
  for (const m of manifest.modules)
    for (const d of m.declarations ?? [])
      if (d.customElement) expected[d.tagName] = (d.attributes ?? []).map((a) => a.name);
  assert.ok(expected['dti-league-table'].includes('page-size'));
  for (const [path, prefix] of [
    ['/nhung-widget', 'thuoc-tinh'],
    ['/en/embedding', 'attributes'],
  ]) {
    const page = await browser.newPage();
    await page.goto(`${base}${path}`);
    await page.waitForSelector('.dti-attr-ref');
    const shown = await page.evaluate(
      ({ tags, prefix }) =>
        Object.fromEntries(
          tags.map((tag) => [
            tag,
            [
              ...(document.getElementById(`${prefix}-${tag}`)?.closest('section')?.querySelectorAll('.dti-attr') ?? []),
            ].map((el) => el.querySelector('dt')?.textContent?.trim()),
          ]),
        ),
      { tags: Object.keys(expected), prefix },
    );
    assert.deepEqual(shown, expected, path);
    // Every attribute has a description and an example line that uses it.
    const incomplete = await page.evaluate(() =>
      [...document.querySelectorAll('.dti-attr')]
        .filter((el) => {
          const name = el.querySelector('dt')?.textContent?.trim();
          const example = el.querySelector('.dti-attr-example code')?.textContent ?? '';
          return !el.querySelector('dd p')?.textContent?.trim() || !example.includes(` ${name}=`);
        })
        .map((el) => el.querySelector('dt')?.textContent),
    );
    assert.deepEqual(incomplete, [], path);
    await page.close();
  }
});

test('the home pages load without a failed request, the favicon included', async () => {
  for (const path of ['/', '/en/']) {
    const page = await browser.newPage();
    const failed = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
    await page.goto(`${base}${path}`);
    await page.waitForFunction(
      () => (document.querySelector('dti-league-table')?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) === 5,
    );
    const icon = await page.evaluate(() => document.querySelector('link[rel="icon"]')?.getAttribute('href'));
    assert.equal(icon, '/favicon.svg');
    const served = await fetch(`${base}${icon}`);
    assert.equal(served.status, 200);
    assert.equal(served.headers.get('content-type'), 'image/svg+xml');
    for (const fallback of ['/favicon.png', '/favicon.ico', '/apple-touch-icon.png'])
      assert.equal((await fetch(`${base}${fallback}`)).status, 200, fallback);
    assert.deepEqual(failed, [], path);
    await page.close();
  }
});

test('the home pages’ league table fits its column at 1280 and 390 px, in Vietnamese and English', async () => {
  for (const path of ['/', '/en/'])
    for (const width of [1280, 390]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${base}${path}`);
      await page.waitForFunction(
        () => (document.querySelector('dti-league-table')?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) === 5,
      );
      const fit = await page.evaluate(() => {
        const host = document.querySelector('dti-league-table');
        const table = host?.shadowRoot?.querySelector('table');
        const names = [...(table?.querySelectorAll('tbody th') ?? [])];
        // A name on one line has all its text boxes at one height.
        const lines = (th) => {
          const range = document.createRange();
          range.selectNodeContents(th);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        };
        return {
          overflow: (table?.scrollWidth ?? 0) - (table?.parentElement?.clientWidth ?? 0),
          page: document.documentElement.scrollWidth - window.innerWidth,
          wrappedNames: names.filter((th) => lines(th) > 1).length,
          hostWidth: host?.getBoundingClientRect().width ?? 0,
        };
      });
      const where = `${path} at ${width} px`;
      assert.ok(fit.overflow <= 1, `${where}: the table is ${fit.overflow} px wider than its box`);
      assert.equal(fit.page, 0, `${where}: the page scrolls sideways`);
      if (width === 1280) {
        assert.equal(fit.wrappedNames, 0, `${where}: unit names wrap`);
        assert.ok(fit.hostWidth >= 1000, `${where}: the table is ${fit.hostWidth} px wide`);
      }
      await page.close();
    }
});
