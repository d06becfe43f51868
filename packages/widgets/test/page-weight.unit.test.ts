import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gzipSize, weighBuilt } from '../scripts/page-weight.mjs';

// entry.js imports b.js, b.js imports c.js (static); entry.js imports lazy.js with import(), which
// imports c.js (already loaded) and d.js. b.js holds text that looks like imports of d.js.
const dir = fileURLToPath(new URL('./fixtures/page-weight/', import.meta.url));
const gz = (file: string) => gzipSize(readFileSync(`${dir}${file}`));

describe('page weight', () => {
  it('counts the entry and its static imports, transitively, each gzipped on its own', async () => {
    const [page] = await weighBuilt(dir, ['entry.js']);
    expect(page?.files).toEqual(['b.js', 'c.js', 'entry.js']);
    expect(page?.bytes).toBe(gz('entry.js') + gz('b.js') + gz('c.js'));
    expect(page?.external).toEqual([]);
  });

  it('counts a chunk behind import() apart, without what the page has already loaded', async () => {
    const [page] = await weighBuilt(dir, ['entry.js']);
    expect(page?.lazy).toEqual([{ chunk: 'lazy.js', files: ['d.js', 'lazy.js'], bytes: gz('d.js') + gz('lazy.js') }]);
  });

  it('weighs a lazy chunk as an entry of its own when a page loads it directly', async () => {
    const [lazy] = await weighBuilt(dir, ['lazy.js']);
    expect(lazy?.files).toEqual(['c.js', 'd.js', 'lazy.js']);
    expect(lazy?.lazy).toEqual([]);
  });
});
