import { describe, expect, it } from 'vitest';
import { toNfc } from '../../src/validate/nfc.js';

describe('toNfc', () => {
  it('composes decomposed Vietnamese and leaves composed text as it is', () => {
    expect(toNfc('Hà Nội'.normalize('NFD'))).toBe('Hà Nội');
    expect(toNfc('Hà Nội')).toBe('Hà Nội');
    expect(toNfc('\u212b')).toBe('\u00c5'); // the Angstrom sign is Å in NFC
  });

  it('gives what the normaliser gives for every character of its fast path and every pair of them', () => {
    const known: string[] = [];
    for (let c = 0; c < 0x370; c++) known.push(String.fromCharCode(c));
    for (let c = 0x1e00; c < 0x1f00; c++) known.push(String.fromCharCode(c));
    const differ: string[] = [];
    for (const a of known) for (const b of known) if (toNfc(a + b) !== (a + b).normalize('NFC')) differ.push(a + b);
    expect(differ).toEqual([]);
  });
});
