// The HTML report in Chromium (/usr/bin/chromium, offline), opened from a file as an official would:
// cards at 390 px with nothing wider than the screen, a table at 1280 px, light and dark, print, no
// Content-Security-Policy violation, and no axe-core WCAG A/AA violation (contrast included).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dti } from './dti.js';
import { bidiFixture, reportFixture } from './report-fixture.js';

// How every tool of the repository launches Chromium; imported by address, as it has no types.
const launcher = new URL('../../../scripts/chromium.mjs', import.meta.url).href;
const { chromiumPath, chromiumArgs } = (await import(launcher)) as { chromiumPath: string; chromiumArgs: string[] };
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const fixture = reportFixture();
const pages: Record<'vi' | 'en', string> = {
  vi: join(fixture.dir, 'bao-cao.html'),
  en: join(fixture.dir, 'report.html'),
};
for (const locale of ['vi', 'en'] as const) {
  const r = dti(
    'score',
    fixture.data,
    '-f',
    fixture.framework,
    '--format',
    'html',
    '--locale',
    locale,
    '--out',
    pages[locale],
  );
  if (r.code !== 0) throw new Error(r.err.join('\n'));
}

// Labels with a right-to-left override (U+202E); and a tier label of 400 letters with no space.
const bidi = bidiFixture();
const bidiPage = join(bidi.dir, 'bidi.html');
const longTier = bidiFixture('T'.repeat(400));
const longTierPage = join(longTier.dir, 'long-tier.html');
for (const [f, out] of [
  [bidi, bidiPage],
  [longTier, longTierPage],
] as const) {
  const r = dti('score', f.data, '-f', f.framework, '--period', '2025', '--format', 'html', '--out', out);
  if (r.code !== 0) throw new Error(r.err.join('\n'));
}

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});
afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  /** Console errors and `securitypolicyviolation` events (directive and what was blocked). */
  problems: string[];
}

async function open(
  file: string,
  width: number,
  options: { colorScheme?: 'light' | 'dark'; media?: 'screen' | 'print' } = {},
): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: options.colorScheme ?? 'light' });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // Added through the DevTools protocol, which the page's policy does not govern.
  await page.addInitScript({
    content: `window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));`,
  });
  await page.emulateMedia({ media: options.media ?? 'screen', colorScheme: options.colorScheme ?? 'light' });
  await page.goto(`file://${file}`);
  const violations = (await page.evaluate('window.violations')) as string[];
  problems.push(...violations.map((v) => `CSP violation: ${v}`));
  return { page, problems };
}

// The code below runs in the page, given as text: this package is compiled without the DOM's types.

/** axe-core's WCAG 2 A and AA violations (contrast included), each as "rule: targets". */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return (await page.evaluate(`axe
    .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } })
    .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`)) as string[];
}

interface Layout {
  scrollWidth: number;
  table: string;
  row: string;
  rowWidth: number;
  headVisible: boolean;
  background: string;
  colour: string;
}

/** How the page laid itself out: the widest scroll, how rows and the table display, the body colours. */
const layout = async (page: Page) =>
  (await page.evaluate(`(() => {
    const row = document.querySelector('tbody tr');
    const head = document.querySelector('thead');
    const body = getComputedStyle(document.body);
    return {
      scrollWidth: document.scrollingElement.scrollWidth,
      table: getComputedStyle(document.querySelector('table')).display,
      row: getComputedStyle(row).display,
      rowWidth: row.getBoundingClientRect().width,
      headVisible: head.getBoundingClientRect().height > 1,
      background: body.backgroundColor,
      colour: body.color,
      head: getComputedStyle(head).display,
    };
  })()`)) as Layout & { head: string };

describe('the HTML report in Chromium', { timeout: 90_000 }, () => {
  it('at 390 px shows a card per unit and nothing wider than the screen, in both languages and schemes', async () => {
    for (const locale of ['vi', 'en'] as const)
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page, problems } = await open(pages[locale], 390, { colorScheme });
        const seen = await layout(page);
        expect(seen.scrollWidth, `${locale} ${colorScheme}`).toBeLessThanOrEqual(390);
        expect(seen.table).toBe('block');
        expect(seen.row).toBe('flex');
        expect(seen.rowWidth).toBeLessThanOrEqual(390 - 2 * 12);
        expect(seen.headVisible).toBe(false);
        expect(seen.background).toBe(colorScheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)');
        expect(await axeViolations(page), `${locale} ${colorScheme}`).toEqual([]);
        expect(problems).toEqual([]);
        await page.close();
      }
  });

  it('at 1280 px shows a table with its header, light and dark, with no violation', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, problems } = await open(pages.vi, 1280, { colorScheme });
      const seen = await layout(page);
      expect(seen.scrollWidth).toBeLessThanOrEqual(1280);
      expect(seen.table).toBe('table');
      expect(seen.row).toBe('table-row');
      expect(seen.headVisible).toBe(true);
      expect(seen.colour).toBe(colorScheme === 'dark' ? 'rgb(230, 237, 243)' : 'rgb(27, 31, 36)');
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it('prints light on A4 even from a dark screen, repeating the table header', async () => {
    const { page, problems } = await open(pages.vi, 1280, { colorScheme: 'dark', media: 'print' });
    const { background, colour, head } = await layout(page);
    expect({ background, colour, head }).toEqual({
      background: 'rgb(255, 255, 255)',
      colour: 'rgb(0, 0, 0)',
      head: 'table-header-group',
    });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reports a violation when the style element is not the one hashed (the check above can fail)', async () => {
    const tampered = join(fixture.dir, 'sua.html');
    writeFileSync(tampered, readFileSync(pages.vi, 'utf8').replace('<style>', '<style>\n'));
    const { page, problems } = await open(tampered, 390);
    expect(problems.some((p) => p.startsWith('CSP violation: style-src-elem'))).toBe(true);
    // Blocked, the style sheet no longer lays the units out as cards.
    expect((await layout(page)).row).toBe('table-row');
    await page.close();
  });

  it('shows the numbers beside hostile labels in their order: "2025" in the title, "80" in the tier legend', async () => {
    const { page, problems } = await open(bidiPage, 1280);
    // The left edge on screen of each character of `text` where it first occurs inside `selector`.
    const edges = (selector: string, text: string) =>
      page.evaluate(`(() => {
        const walker = document.createTreeWalker(document.querySelector(${JSON.stringify(selector)}), NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.data.indexOf(${JSON.stringify(text)});
          if (at < 0) continue;
          return [...${JSON.stringify(text)}].map((_, i) => {
            const range = document.createRange();
            range.setStart(node, at + i);
            range.setEnd(node, at + i + 1);
            return range.getBoundingClientRect().left;
          });
        }
        return [];
      })()`) as Promise<number[]>;
    const ascending = (xs: number[]) => xs.length > 1 && xs.every((x, i) => i === 0 || x > (xs[i - 1] as number));
    expect(ascending(await edges('h1', '2025')), 'h1 2025').toBe(true);
    expect(ascending(await edges('.tiers li', '80')), 'legend 80').toBe(true);
    expect(await page.evaluate(`document.querySelector('h1').textContent`)).toBe('Bộ chỉ số � — 2025');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('wraps a tier label of 400 letters: nothing wider than the screen at 390 px, nor at 1280 px', async () => {
    for (const width of [390, 1280]) {
      const { page, problems } = await open(longTierPage, width);
      expect((await layout(page)).scrollWidth, `${width} px`).toBeLessThanOrEqual(width);
      expect(problems).toEqual([]);
      await page.close();
    }
  });
});
