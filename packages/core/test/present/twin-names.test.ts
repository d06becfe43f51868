import { describe, expect, it } from 'vitest';
import { twinNames } from '../../src/present.js';

describe('twinNames', () => {
  it('tells units of one name apart by their parent, else by their id', () => {
    const units = [
      { id: 'xa-00508', name: 'Xã Long Phú', parent: 'Lạng Sơn' },
      { id: 'xa-00865', name: 'Xã Long Phú', parent: 'Nghệ An' },
      // Decomposed (NFD) "Phú": the same name.
      { id: 'xa-01027', name: 'Xã Long Phu\u0301', parent: 'Cao Bằng' },
      { id: 'xa-00001', name: 'Phường Đức Khánh', parent: 'Hà Nội' },
      // Two of the same name and the same parent: only the ids tell them apart; one without a parent too.
      { id: 'a', name: 'Xã An Phú', parent: 'Huế' },
      { id: 'b', name: 'Xã An Phú', parent: 'Huế' },
      { id: 'c', name: 'Xã An Phú' },
      { id: 'd', name: 'Xã An Phú', parent: 'Gia Lai' },
    ];
    expect([...twinNames(units)]).toEqual([
      ['xa-00508', 'Lạng Sơn'],
      ['xa-00865', 'Nghệ An'],
      ['xa-01027', 'Cao Bằng'],
      ['a', 'a'],
      ['b', 'b'],
      ['c', 'c'],
      ['d', 'Gia Lai'],
    ]);
  });

  it('reads a name typed with two spaces as the same name: its row is told apart too', () => {
    // "Xã Long  Phú" was shown bare beside "Xã Long Phú (x1)" and "Xã Long Phú (x2)": three alike rows.
    const units = [
      { id: 'x1', name: 'Xã Long Phú' },
      { id: 'x2', name: 'Xã Long Phú' },
      { id: 'x3', name: 'Xã Long  Phú', parent: 'Cao Bằng' },
    ];
    expect([...twinNames(units)]).toEqual([
      ['x1', 'x1'],
      ['x2', 'x2'],
      ['x3', 'Cao Bằng'],
    ]);
  });

  it('is empty when every name is its own', () => {
    expect(
      twinNames([
        { id: 'x', name: 'Xã X' },
        { id: 'y', name: 'Xã Y', parent: 'Huyện A' },
      ]).size,
    ).toBe(0);
  });
});
