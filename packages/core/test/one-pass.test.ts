import { describe, expect, it } from 'vitest';
import { validateDataset } from '../src/index.js';
import { flatFramework, indicator, plain } from './helpers.js';

// "a" is yes/no: its value below is `true`, which an indicator measured in numbers refuses.
const framework = flatFramework([indicator('a', { method: { type: 'yesNo' } }), indicator('b'), indicator('c')]);

describe('validation reads each unit’s values once', () => {
  it('reads every value a single time', () => {
    const reads: string[] = [];
    const values = {
      get c() {
        reads.push('c');
        return 30;
      },
      get a() {
        reads.push('a');
        return true;
      },
      b: null,
    };
    const r = validateDataset(framework, { units: [{ id: 'x', values }] });
    expect(reads).toEqual(['c', 'a']);
    expect(r.success && r.data.values.map((column) => plain(column))).toEqual([[1], [null], [30]]);
    expect(r.success && Array.from(r.data.reported)).toEqual([2]);
  });

  it('names the problems of a unit in framework order, then the unknown keys, whatever the key order', () => {
    const r = validateDataset(framework, {
      units: [
        { id: 'ok', values: { a: 1, b: 2, c: 3 } },
        { id: 'x', values: { zzz: 1, c: 'nhiều', a: Number.NaN, b: 5 } },
      ],
    });
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.unit, i.indicator, i.path])).toEqual([
      ['invalid-value', 'x', 'a', ['units', 1, 'values', 'a']],
      ['invalid-value', 'x', 'c', ['units', 1, 'values', 'c']],
      ['unknown-indicator', 'x', 'zzz', ['units', 1, 'values', 'zzz']],
    ]);
  });
});
