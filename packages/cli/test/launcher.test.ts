import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;

describe('the dti launcher', () => {
  it('`npx dti --help` works from the workspace root: the committed launcher is linked at install', () => {
    const r = spawnSync('npx', ['--no-install', 'dti', '--version'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('dti 0.1.0\n');
  });

  it('says how to build when the command is not built yet', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dti-launcher-'));
    mkdirSync(join(dir, 'bin'));
    copyFileSync(new URL('../bin/dti.js', import.meta.url), join(dir, 'bin', 'dti.js'));
    const r = spawnSync(process.execPath, [join(dir, 'bin', 'dti.js'), '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('Run "pnpm build" at the root of the repository first.');
  });
});
