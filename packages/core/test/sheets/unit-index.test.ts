import { describe, expect, it } from 'vitest';
import { UnitIndex } from '../../src/sheets/unit-index.js';

describe('UnitIndex', () => {
  it('gives each id the position it was added at, across growth, and nothing for an id not added', () => {
    const ids = new UnitIndex();
    for (let u = 0; u < 5000; u++) expect(ids.add(`x${u}`)).toBe(u);
    expect(ids.size).toBe(5000);
    expect([ids.get('x0'), ids.get('x511'), ids.get('x512'), ids.get('x4999')]).toEqual([0, 511, 512, 4999]);
    expect([ids.get('x5000'), ids.get('X0'), ids.get(''), ids.get('x0 ')]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('tells apart ids that differ in one character, in case, in Unicode form or by a lone surrogate', () => {
    const ids = new UnitIndex();
    const written = ['Hà Nội', 'Ha\u0300 No\u0323i', 'HÀ NỘI', 'ha-noi', '\ud800', '\udc00', '', 'a'.repeat(300)];
    written.forEach((id, u) => {
      expect(ids.add(id)).toBe(u);
    });
    expect(written.map((id) => ids.get(id))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(ids.get('a'.repeat(299))).toBeUndefined();
  });
});
