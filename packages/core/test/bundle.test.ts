// The core must stay tree-shakable and free of Node built-ins, so widgets can take one helper
// without the validation layer, and everything runs in browsers and Web Workers.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

async function bundle(code: string): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: new URL('.', import.meta.url).pathname, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    minify: true,
    treeShaking: true,
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('bundles', () => {
  it('a single helper leaves zod and the scoring engine out', async () => {
    const code = await bundle("export { rank } from '../src/index.ts';");
    expect(code).not.toContain('zod');
    expect(code).not.toMatch(/strictObject|safeParse/);
    expect(code.length).toBeLessThan(3000);
  });
  it('the whole engine bundles for the browser without Node built-ins', async () => {
    const code = await bundle("export { score, defineFramework, compare, rollUp } from '../src/index.ts';");
    expect(code).not.toMatch(/from\s*["']node:|require\(/);
    expect(code.length).toBeGreaterThan(10_000);
  });
});
