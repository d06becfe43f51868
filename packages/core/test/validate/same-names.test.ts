import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PreparedUnit } from '../../src/validate/dataset.js';
import { foldName } from '../../src/validate/fold-name.js';
import { latinSkeleton } from '../../src/validate/latin-skeleton.js';
import { SameNames } from '../../src/validate/same-names.js';

/** The definition: every name folded to text and looked up in a map of texts, then with its parent. */
function reference(units: readonly PreparedUnit[]): (number | undefined)[] {
  const byName = new Map<string, number>();
  const byParent = new Map<string, number>();
  const fold = (text: string) => foldName(latinSkeleton(text));
  const key = (name: string, u: number) => {
    const { parent } = units[u] as PreparedUnit;
    return parent === undefined ? `${name}\u0000` : `${name}\u0000${fold(parent)}`;
  };
  return units.map((unit, u) => {
    const name = fold(unit.name);
    const earlier = byName.get(name);
    if (earlier === undefined) {
      byName.set(name, u);
      return undefined;
    }
    if (!byParent.has(key(name, earlier))) byParent.set(key(name, earlier), earlier);
    const first = byParent.get(key(name, u));
    if (first === undefined) byParent.set(key(name, u), u);
    else if (first >= 0) {
      byParent.set(key(name, u), -1);
      return first;
    }
    return undefined;
  });
}

const unit = (name: string, parent?: string): PreparedUnit => ({ id: name, name, parent, ranked: true });

describe('SameNames: the units of one folded name and one parent', () => {
  it('names the first unit of a name and parent when a second one comes, once', () => {
    const names = new SameNames([
      unit('Xã Phú Lộc', 'Huế'),
      unit('XA PHU LOC', 'Hà Nội'),
      unit('xã phú lộc', 'HUẾ'),
      unit('Xa Phu Loc', 'hue'),
      unit('Xã Α Β', 'Huế'), // Greek Alpha and Beta
      unit('Xã A B', 'Huế'),
    ]);
    expect([0, 1, 2, 3, 4, 5].map((u) => names.first(u))).toEqual([undefined, undefined, 0, undefined, undefined, 4]);
  });

  it('tells apart names whose folds differ although their hashes are looked up in one table', () => {
    // 2,000 distinct names in a table of 4,096 slots: many probes pass slots of other names.
    const units = Array.from({ length: 2000 }, (_, k) => unit(`Xã ${k}`, 'p'));
    const names = new SameNames(units);
    expect(units.map((_, u) => names.first(u)).filter((f) => f !== undefined)).toEqual([]);
  });

  it('gives what folding every name to text gives, on names mixing case, marks, look-alikes and other scripts', () => {
    const letters = [
      'a',
      'A',
      'à',
      'Ạ',
      'ă',
      'đ',
      'Đ',
      'Ð',
      'o',
      'ơ',
      'Ο',
      'О',
      'x',
      'X',
      ' ',
      '-',
      '1',
      '\u0301',
      '中',
      'ß',
    ];
    const text = fc.array(fc.constantFrom(...letters), { maxLength: 4 }).map((cs) => cs.join('').normalize('NFC'));
    const units = fc.array(
      fc.record({ name: text, parent: fc.option(fc.constantFrom('Huế', 'HUE', 'Hà Nội', 'Н'), { nil: undefined }) }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(units, (list) => {
        const all = list.map((u) => unit(u.name, u.parent));
        const names = new SameNames(all);
        expect(all.map((_, u) => names.first(u))).toEqual(reference(all));
      }),
      { numRuns: 500 },
    );
  });
});
