import { describe, expect, it } from 'vitest';
import { loadPreset, presetIds } from '../../src/index.js';
import { foldText } from '../../src/sheets/fold.js';
import { foldHeader } from '../../src/sheets/spelling.js';
import { readDataset } from '../../src/sheets.js';
import { csv, rateAndCount, valueIn } from '../helpers.js';

// Vietnamese writes tỉ/tỷ, lí/lý, kĩ/kỹ, mĩ/mỹ, hi/hy, qui/quy both ways: a header is one column either way.
const framework = rateAndCount('ti');

describe('headers spelt with i or y', () => {
  it('"Tỉ lệ A" is the column labelled "Tỷ lệ A", and "Tỷ lệ A" still is', () => {
    for (const header of ['Tỉ lệ A', 'Tỷ lệ A', 'TỈ LỆ A (%)']) {
      const r = readDataset(csv(`Mã;${header};Số C\nx1;97,8;3\nx2;50;4\n`), framework, { name: 'ti.csv' });
      expect([valueIn(r, 'x1', 'a'), valueIn(r, 'x2', 'a'), valueIn(r, 'x1', 'c')]).toEqual([97.8, 50, 3]);
      expect(r.issues.filter((i) => i.code === 'unknown-column')).toEqual([]);
    }
  });

  it('folds each pair of spellings alike, and only whole syllables', () => {
    const pairs = [
      ['tỉ lệ', 'tỷ lệ'],
      ['lí do', 'lý do'],
      ['kĩ thuật', 'kỹ thuật'],
      ['Mĩ', 'Mỹ'],
      ['hi vọng', 'hy vọng'],
      ['qui định', 'quy định'],
    ];
    for (const [i, y] of pairs) expect(foldHeader(i as string)).toBe(foldHeader(y as string));
    expect(foldHeader('Tỷ lệ')).toBe('ti le');
    expect(foldHeader('tuy nhiên')).toBe('tuy nhien');
    expect(foldHeader('y tế')).toBe('y te');
  });

  it('no two different headers of a bundled preset become one under the fold', async () => {
    for (const id of presetIds) {
      const preset = await loadPreset(id);
      const names = new Set<string>();
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) for (const item of node) walk(item);
        else if (node !== null && typeof node === 'object') {
          const { id: key, label } = node as { id?: unknown; label?: { vi?: unknown; en?: unknown } };
          if (typeof key === 'string' && label !== undefined)
            for (const name of [key, label.vi, label.en]) if (typeof name === 'string') names.add(name);
          for (const value of Object.values(node)) walk(value);
        }
      };
      walk(preset);
      // Two names folded apart before must stay apart: the fold may join only spellings of one name.
      const byHeader = new Map<string, string>();
      for (const name of names) {
        const before = byHeader.get(foldHeader(name));
        if (before !== undefined) expect([id, foldText(name)]).toEqual([id, before]);
        byHeader.set(foldHeader(name), foldText(name));
      }
      expect(names.size).toBeGreaterThan(5);
    }
  });
});
