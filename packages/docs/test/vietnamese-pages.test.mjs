// The reference pages in Vietnamese: built, titled in Vietnamese, reachable from the Vietnamese sidebar
// without a detour through English, linked to each other with links that land on a page and a heading
// that exist, and paired with their English pages by the language switch. Reads the built site
// (.vitepress/dist), so run the build first.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const dist = new URL('../.vitepress/dist/', import.meta.url);

/** The four reference pages: Vietnamese address, its H1, and the English page it translates. */
const pages = [
  { vi: '/phuong-phap', h1: 'Phương pháp tính', en: '/en/methodology' },
  { vi: '/dinh-dang-bo-chi-so', h1: 'Định dạng tệp bộ chỉ số (phiên bản 1)', en: '/en/framework-format' },
  { vi: '/bo-chi-so-co-san', h1: 'Bộ chỉ số có sẵn và dữ liệu mẫu', en: '/en/presets' },
  { vi: '/bang-tinh', h1: 'Nhập số liệu từ bảng tính', en: '/en/spreadsheets' },
];

/** The built file of a clean URL: `/` → index.html, `/en/` → en/index.html, `/bang-tinh` → bang-tinh.html. */
const fileOf = (path) => new URL(path.endsWith('/') ? `.${path}index.html` : `.${path}.html`, dist);
const html = (path) => readFileSync(fileOf(path), 'utf8');
const decode = (text) =>
  text
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&');
const between = (text, start, end) => {
  const from = text.indexOf(start);
  assert.ok(from >= 0, `no ${start}`);
  return text.slice(from, text.indexOf(end, from));
};
const hrefs = (fragment) => [...fragment.matchAll(/href="([^"]*)"/gu)].map((m) => decode(m[1]));
/** The link the language menu gives for a locale (`English`, `Tiếng Việt`); the same in both menus. */
const switchTo = (page, label) => {
  const links = [...page.matchAll(/<a class="VPLink link"[^>]*href="([^"]*)"[^>]*><!--\[--><span[^>]*>([^<]*)</gu)]
    .filter((m) => m[2].trim() === label)
    .map((m) => decode(m[1]));
  assert.ok(links.length > 0, `no language link to ${label}`);
  assert.equal(new Set(links).size, 1, `language links to ${label} disagree: ${links.join(', ')}`);
  return links[0];
};

test('each Vietnamese reference page is built, in Vietnamese, with its Vietnamese H1', () => {
  for (const { vi, h1 } of pages) {
    const page = html(vi);
    assert.match(page, /<html lang="vi"/u, vi);
    const heading = /<h1[^>]*>([^<]*)/u.exec(page)?.[1].trim();
    assert.equal(decode(heading ?? ''), h1, vi);
  }
});

test('the Vietnamese sidebar lists the four reference pages and no English page', () => {
  for (const path of ['/bat-dau', '/do-tin-cay', ...pages.map((p) => p.vi)]) {
    const sidebar = hrefs(between(html(path), '<aside class="VPSidebar', '</aside>'));
    assert.deepEqual(
      sidebar.filter((href) => href.startsWith('/en/') || href === '/en'),
      [],
      `sidebar of ${path}`,
    );
    for (const { vi } of pages) assert.ok(sidebar.includes(vi), `sidebar of ${path} lacks ${vi}`);
  }
});

test('the language switch goes from each page to its translation and back', () => {
  for (const { vi, en } of pages) {
    assert.equal(switchTo(html(vi), 'English'), en, `English link on ${vi}`);
    assert.equal(switchTo(html(en), 'Tiếng Việt'), vi, `Vietnamese link on ${en}`);
  }
  // The other pages too, whose slugs also differ between the languages.
  assert.equal(switchTo(html('/bat-dau'), 'English'), '/en/quick-start');
  assert.equal(switchTo(html('/en/robustness'), 'Tiếng Việt'), '/do-tin-cay');
  assert.equal(switchTo(html('/'), 'English'), '/en/');
});

test('every internal link of the reference pages lands on a built page and, with a #, on a heading there', () => {
  const site = 'http://site.invalid';
  for (const path of pages.flatMap((p) => [p.vi, p.en])) {
    const content = between(html(path), 'class="vp-doc', '<footer class="VPDocFooter');
    for (const href of hrefs(content)) {
      const url = new URL(href, `${site}${path}`);
      if (url.origin !== site) continue;
      const target = decodeURIComponent(url.pathname);
      if (target.startsWith('/api/')) {
        assert.ok(existsSync(new URL(`.${target}`, dist)), `${path}: ${href}`);
        continue;
      }
      assert.ok(existsSync(fileOf(target)), `${path}: ${href} is not a page`);
      if (url.hash) {
        const id = decodeURIComponent(url.hash.slice(1));
        assert.ok(html(target).includes(`id="${id}"`), `${path}: ${href} names no heading of ${target}`);
      }
      // A Vietnamese page sends its readers to Vietnamese pages.
      if (!path.startsWith('/en/')) assert.ok(!target.startsWith('/en/'), `${path}: ${href} leads to English`);
    }
  }
});

test('the Vietnamese reference pages keep the English heading anchors, so a link to a section works in both', () => {
  const ids = (path) =>
    [...between(html(path), 'class="vp-doc', '<footer class="VPDocFooter').matchAll(/<h[2-4] id="([^"]*)"/gu)].map(
      (m) => decode(m[1]),
    );
  for (const { vi, en } of pages) assert.deepEqual(ids(vi), ids(en), vi);
});
