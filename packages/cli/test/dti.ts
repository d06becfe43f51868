import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FrameworkNode, Indicator } from '@dti-kit/core';
import { loadFramework } from '../src/inputs.js';
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

const template = loadFramework('self-assessment-template');

function indicatorsOf(node: FrameworkNode): Indicator[] {
  return node.kind === 'indicator' ? [node] : node.children.flatMap(indicatorsOf);
}

/**
 * A value for every column self-assessment-template reads, by id: 80 for each indicator reported
 * directly (all are % goalposts) and 10 for each field its formulas read, so every ratio is 10/10.
 * Data that is not about missing columns uses these so the reader has nothing to warn about.
 */
export const templateValues: Readonly<Record<string, string>> = Object.fromEntries([
  ...indicatorsOf(template.root)
    .filter((i) => !i.formula)
    .map((i) => [i.id, '80']),
  ...(template.fields ?? []).map((f) => [f.id, '10']),
]);

/**
 * A wide CSV (`;`) with every column of self-assessment-template; `values` replace single cells. The
 * columns named in the first unit's `values` come first, right after id and name (C, D, …), so the
 * cells a test is about keep short, stable addresses.
 */
export function completeCsv(units: { id: string; name: string; values?: Record<string, string> }[]): string {
  const first = Object.keys(units[0]?.values ?? {});
  const ids = [...first, ...Object.keys(templateValues).filter((id) => !first.includes(id))];
  const rows = units.map((u) => [
    u.id,
    u.name,
    ...ids.map((id) => (u.values && Object.hasOwn(u.values, id) ? u.values[id] : templateValues[id])),
  ]);
  return `${[['Mã đơn vị', 'Tên đơn vị', ...ids], ...rows].map((r) => r.join(';')).join('\n')}\n`;
}

/** The same in the long layout of seeds-long.csv: one row per unit and indicator or field. */
export function completeLongCsv(units: { id: string; name: string }[]): string {
  const rows = units.flatMap((u) => Object.entries(templateValues).map(([id, v]) => [u.id, u.name, id, v]));
  return `${[['Mã đơn vị', 'Tên đơn vị', 'Chỉ số', 'Giá trị'], ...rows].map((r) => r.join(',')).join('\n')}\n`;
}
