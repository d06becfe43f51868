import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { framework as fixtureFramework, group, percentIndicator } from '@dti-kit/testing';
import { describe, expect, it } from 'vitest';
import { dti, scratch } from './dti.js';

const framework = JSON.stringify(
  fixtureFramework({
    id: 't1',
    label: 'T',
    root: group('root', [percentIndicator('a', { label: 'Tỷ lệ A' })], { label: 'R' }),
  }),
);

function files(data: string): { fw: string; file: string } {
  const dir = scratch();
  const fw = join(dir, 'fw.json');
  const file = join(dir, 'so-lieu.json');
  writeFileSync(fw, framework);
  writeFileSync(file, data);
  return { fw, file };
}

describe('a .json data file read from its bytes', () => {
  it('a key given twice in a unit is an error, not the last value scored', () => {
    const { fw, file } = files('{"units":[{"id":"x1","values":{"a":10,"a":90}},{"id":"x2","values":{"a":50}}]}');
    const r = dti('validate', file, '-f', fw, '--strict', '--locale', 'en');
    expect(r.code).toBe(1);
    expect(r.err).toContain('✗ unit "x1": "a" is given twice (10, then 90) — keep one');
    const vi = dti('score', file, '-f', fw);
    expect(vi.code).toBe(1);
    expect(vi.err).toContain('✗ đơn vị "x1": "a" được ghi hai lần (10, rồi 90) — hãy giữ một');
  });

  it('a valid file with a byte-order mark and leading space still reads', () => {
    const { fw, file } = files('\uFEFF \n{"units":[{"id":"x1","values":{"a":10}},{"id":"x2","values":{"a":90}}]}');
    const r = dti('validate', file, '-f', fw, '--locale', 'en');
    expect(r.code).toBe(0);
  });

  it('invalid JSON keeps its clear message', () => {
    const { fw, file } = files('{"units": [');
    const r = dti('validate', file, '-f', fw, '--locale', 'en');
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')} is not valid JSON: `, 'u'));
  });
});
