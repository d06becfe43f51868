import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtGraph, gzipSize, staticClosure, weighBuilt } from '../scripts/page-weight.mjs';

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

// The portal bundle as built (scripts/bundle.mjs, run by `pnpm build` before the tests).
describe('the built portal bundle (dist/cdn)', () => {
  const cdn = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
  const text = (file: string) => readFileSync(`${cdn}${file}`, 'utf8');

  it('loads the entry and one chunk, which every element loaded on demand imports too', async () => {
    const [page] = await weighBuilt(cdn, ['dti-widgets.js']);
    const chunk = page?.files.find((f) => f !== 'dti-widgets.js') ?? '';
    expect(page?.files).toEqual(['dti-widgets.js', chunk].sort());
    expect(chunk).toMatch(/^dti-chunk-[A-Z0-9]+\.js$/u);
    const graph = await builtGraph(cdn, ['dti-widgets.js']);
    for (const prefix of ['dti-rank-interval-', 'dti-trend-', 'dti-map-', 'dti-scorecard-', 'dti-weights-']) {
      const element = page?.lazy.find((l) => l.chunk.startsWith(prefix));
      expect(element, prefix).toBeDefined();
      // Its static imports include the entry's chunk (Lit, the shared code), already loaded: not counted.
      expect(staticClosure(graph, [element?.chunk ?? '']).has(chunk), prefix).toBe(true);
      expect(element?.files, prefix).not.toContain(chunk);
    }
  });

  it("keeps what only on-demand parts use out of every page's download", async () => {
    const [page] = await weighBuilt(cdn, ['dti-widgets.js']);
    const eager = (page?.files ?? []).map(text).join('\n');
    // The CSS colour names (colour rule) and the CSV writer's quoting reach the core's index that the
    // entry also imports from; neither is on the first download.
    expect(eager).not.toContain('lightgoldenrodyellow');
    const colourRule = page?.lazy.find((l) => l.chunk.startsWith('dti-colour-rule-'));
    expect(colourRule?.files.map(text).join('\n')).toContain('lightgoldenrodyellow');
    // The uncertainty check comes with the rank interval's sentences, not with the score-table check.
    expect(eager).not.toContain('nominalRank');
  });
});
