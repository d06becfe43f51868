// The page a portal editor makes by following the embedding guide, opened as a file (file://) in
// Chromium: the classic script, the JSON pasted inside the element. Runs against the built bundle
// (dist/cdn/dti-widgets.classic.js), so it checks what editors download.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';

const classic = fileURLToPath(new URL('../dist/cdn/dti-widgets.classic.js', import.meta.url));
if (!existsSync(classic)) throw new Error(`${classic} is missing: run pnpm --filter @dti-kit/widgets build first`);

const unit = (id, name, value, rank) => ({
  id,
  name,
  parent: 'Hà Nội',
  status: 'ranked',
  value,
  rank,
  tier: null,
  coverage: 1,
  imputed: 0,
  targets: { met: 0, set: 0, share: null },
  nodes: {},
});
const table = {
  kind: 'dti-score-table',
  format: 1,
  framework: {
    id: 'thu',
    version: '1',
    label: { vi: 'Chỉ số chuyển đổi số cấp xã', en: 'Commune digital-transformation index' },
    scale: { min: 0, max: 1 },
    precision: 4,
    tiers: [],
  },
  period: '2024',
  nodes: [],
  units: [
    unit('gia-lam', 'Gia Lâm', 0.8123, 1),
    unit('phuc-tho', 'Phúc Thọ', 0.7, 2),
    // A name with "</script>" in it: pasted as the CLI writes it (every "<" as \u003c), it cannot end the block.
    unit('thu', 'Xã </script> Thử', 0.6, 3),
  ],
};
const pasted = JSON.stringify(table).replace(/</gu, '\\u003c');

/** An editor's page: the script tag in `<head>` (or after the table) and the element. */
const page = ({ lang = 'vi', scriptInHead = true, element }) => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>Xếp hạng</title>
${scriptInHead ? `<script src="${pathToFileURL(classic).href}"></script>` : ''}
</head>
<body>
<h1>Xếp hạng chuyển đổi số</h1>
${element}
${scriptInHead ? '' : `<script src="${pathToFileURL(classic).href}"></script>`}
</body>
</html>
`;
const inline = `<dti-league-table page-size="0">
  <script type="application/json">${pasted}</script>
</dti-league-table>`;

let dir;
let browser;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dti-file-url-'));
  await writeFile(join(dir, 'ket-qua.json'), JSON.stringify(table));
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
});

after(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Opens `html` as a file:// page and returns the text of the rows' name cells, or the message shown. */
async function open(name, html) {
  const file = join(dir, name);
  await writeFile(file, html);
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  try {
    await tab.goto(pathToFileURL(file).href);
    // Playwright's CSS selectors pierce open shadow roots.
    await tab.waitForSelector('dti-league-table tbody tr, dti-league-table [part~="error"]', { timeout: 10000 });
    const rows = await tab.locator('dti-league-table tbody th').allTextContents();
    const error = await tab
      .locator('dti-league-table [part~="error"]')
      .allTextContents()
      .then((t) => t.join(' ').replace(/\s+/gu, ' ').trim());
    return { rows: rows.map((r) => r.trim()), error, errors };
  } finally {
    await tab.close();
  }
}

describe('an editor’s page opened from a file (file://)', () => {
  it('shows the pasted table with the classic script in <head>', async () => {
    const { rows, error, errors } = await open('head.html', page({ element: inline }));
    assert.equal(error, '');
    assert.deepEqual(rows, ['Gia Lâm', 'Phúc Thọ', 'Xã </script> Thử']);
    assert.deepEqual(errors, []);
  });

  it('shows the pasted table with the classic script after the element', async () => {
    const { rows } = await open('body.html', page({ scriptInHead: false, element: inline }));
    assert.deepEqual(rows, ['Gia Lâm', 'Phúc Thọ', 'Xã </script> Thử']);
  });

  it('says in Vietnamese why a src cannot load from a file page, and what to do', async () => {
    const { rows, error } = await open(
      'src.html',
      page({ element: '<dti-league-table src="ket-qua.json"></dti-league-table>' }),
    );
    assert.deepEqual(rows, []);
    assert.match(error, /ket-qua\.json/u);
    assert.match(error, /file:\/\//u);
    assert.match(error, /dán JSON vào trong thẻ <dti-league-table>/u);
    assert.match(error, /mở trang qua máy chủ web \(http:\/\/\)/u);
  });

  it('says it in English on an English page', async () => {
    const { error } = await open(
      'src-en.html',
      page({ lang: 'en', element: '<dti-league-table src="ket-qua.json"></dti-league-table>' }),
    );
    assert.match(error, /Paste the JSON inside <dti-league-table>/u);
    assert.match(error, /open the page from a web server \(http:\/\/\)/u);
  });
});
