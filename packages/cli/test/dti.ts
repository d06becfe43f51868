import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../src/main.js';

const core = new URL('../../core/', import.meta.url).pathname;
/** The five seed districts of 2024, as JSON. */
export const seeds = join(core, 'examples/data/seeds-2024.json');
/** Spreadsheets of the core's tests. */
export const fixtures = join(core, 'test/fixtures');

/** A fresh temporary directory for one test file. */
export function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'dti-cli-'));
}

/** Runs `dti` in-process and collects standard output, the message lines and the exit code. */
export function dti(...args: string[]): { code: number; out: string; err: string[] } {
  let out = '';
  const err: string[] = [];
  const code = run(
    args,
    (t) => {
      out += t;
    },
    (l) => err.push(l),
  );
  return { code, out, err };
}
