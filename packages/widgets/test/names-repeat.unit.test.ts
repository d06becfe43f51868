import { twinNames } from '@dti-kit/core/present';
import { scoreTableOf, tableUnit } from '@dti-kit/testing';
import { describe, expect, it } from 'vitest';
import { namesRepeat } from '../src/league-table/warnings.js';

/** A table of units named `names`, in one parent, each ranked by its place. */
const named = (...names: string[]) =>
  scoreTableOf(names.map((name, k) => tableUnit(`u${k}`, name, { parent: 'Lạng Sơn', value: 90 - k, rank: k + 1 })));

describe('namesRepeat: whether the table shows what tells units of one name apart', () => {
  it('two names that differ only by a run of spaces are one name, as core’s twinNames reads them', () => {
    // "Xã  Một" (two spaces) reads as "Xã Một" in a table.
    expect(namesRepeat(named('Xã  Một', 'Xã Một'))).toBe(true);
    expect(namesRepeat(named('Xã Một', 'Xã\u00a0Một'))).toBe(true); // a no-break space
    expect(namesRepeat(named('Xã\tMột', 'Xã Một'))).toBe(true);
    expect(namesRepeat(named('Long   Phu', 'Long Phu'))).toBe(true);
  });

  it('a decomposed "Phú" (u + U+0301) is the same name as the composed one', () => {
    expect(namesRepeat(named('Xã Long Phu\u0301', 'Xã Long Phú'))).toBe(true);
  });

  it('names of their own do not repeat, in ASCII, Vietnamese or another script', () => {
    expect(namesRepeat(named('Xã Một', 'Xã Mốt', 'Xa Mot', 'xã một'))).toBe(false);
    expect(namesRepeat(named('Xã  Một', 'Xã Hai'))).toBe(false);
    expect(namesRepeat(named('Ξ Μ', 'Ξ  Ν'))).toBe(false);
  });

  it('agrees with core’s twinNames on every pair of names of up to two letters, marks and white spaces', () => {
    const letters = ['a', 'ú', 'u\u0301', 'Ạ', 'Ξ', ' ', '\t', '\u00a0', '\u3000', '-'];
    const names = ['', ...letters, ...letters.flatMap((a) => letters.map((b) => a + b))];
    const disagree: string[][] = [];
    for (const a of names)
      for (const b of names) {
        const table = named(a, b);
        if (namesRepeat(table) !== twinNames(table.units).size > 0) disagree.push([a, b]);
      }
    expect(disagree).toEqual([]);
  });
});
