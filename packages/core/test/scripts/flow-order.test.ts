import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/flow-order.mjs', import.meta.url));
const trees: string[] = [];

/** A fake src tree from `{ 'folder/file.ts': 'source' }`, checked by the script. */
function check(files: Record<string, string>): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'flow-order-'));
  trees.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const run = spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

afterEach(() => {
  for (const dir of trees.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// Each case starts a Node process: a generous limit, as the machine may be busy.
describe('flow-order script', { timeout: 30_000 }, () => {
  it('passes a tree whose folders import only earlier folders, entry files importing anything', () => {
    const result = check({
      'schema/framework.ts': 'export type Framework = { id: string };\n',
      'normalise/min-max.ts': "import type { Framework } from '../schema/framework.js';\nexport const a = 1;\n",
      'sensitivity/sobol.ts': "import { a } from '../normalise/min-max.js';\nexport const b = a;\n",
      'index.ts': "export { b } from './sensitivity/sobol.js';\n",
      'globals.d.ts': 'declare const x: number;\n',
    });
    expect(result.output).toContain('no import against it');
    expect(result.status).toBe(0);
  });

  it('fails on an import of a later folder, naming the file, the import and both folders', () => {
    const result = check({
      'rank/rank.ts': 'export const rank = 1;\n',
      'normalise/percentile-rank.ts': "import {\n  rank,\n} from '../rank/rank.js';\nexport const p = rank;\n",
      'aggregate/mean.ts': "export const m = await import('../score/score.js');\n",
      'score/score.ts': 'export const s = 1;\n',
    });
    expect(result.status).toBe(1);
    expect(result.output).toContain('2 import(s) against the flow');
    expect(result.output).toContain(
      'normalise/percentile-rank.ts imports rank/rank.js, but rank/ comes after normalise/ in the flow',
    );
    expect(result.output).toContain('aggregate/mean.ts imports score/score.js, but score/ comes after aggregate/');
  });

  it('fails on a root file that is not an entry point, on imports of it and on undeclared folders', () => {
    const result = check({
      'compile.ts': 'export const plan = 1;\n',
      'validate/dataset.ts': "import { plan } from '../compile.js';\nexport const d = plan;\n",
      'helpers/util.ts': 'export const u = 1;\n',
    });
    expect(result.status).toBe(1);
    expect(result.output).toContain('3 import(s) against the flow');
    expect(result.output).toContain('compile.ts is not an entry file');
    expect(result.output).toContain('validate/dataset.ts imports the root file compile.js');
    expect(result.output).toContain('helpers/util.ts: folder "helpers" is not in the declared flow');
  });
});
