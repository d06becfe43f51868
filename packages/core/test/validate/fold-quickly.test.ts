import { describe, expect, it } from 'vitest';
import { foldQuickly } from '../../src/validate/fold-quickly.js';
import { foldText } from '../../src/validate/fold-text.js';
import { toNfc } from '../../src/validate/nfc.js';

/** Every character the fast paths know (Latin, its marks, Vietnamese's letters), and a few they do not. */
const characters: string[] = [];
for (let c = 0; c < 0x370; c++) characters.push(String.fromCharCode(c));
for (let c = 0x1e00; c < 0x1f00; c++) characters.push(String.fromCharCode(c));
characters.push('Σ', 'ς', 'Н', '中', '😀', 'ﬁ', 'Å', '\u200b');

describe('foldQuickly', () => {
  it('folds Vietnamese names, separators and the look-alike Eth as documented', () => {
    expect(foldQuickly('Xã Phúc Thọ')).toBe('xa phuc tho');
    expect(foldQuickly('  Đắk Lắk -- (tỉnh) ')).toBe('dak lak tinh');
    expect(foldQuickly('ÐÀ NẴNG')).toBe('da nang');
    expect(foldQuickly('Tỷ lệ hồ sơ (%)')).toBe('ty le ho so');
    // Decomposed (as a Mac writes) folds as composed.
    expect(foldQuickly('Phu\u0301c Tho\u0323')).toBe('phuc tho');
    expect(foldQuickly('ΣΟΦΙΑ 2')).toBe('σοφια 2');
    expect(foldQuickly('')).toBe('');
  });

  it('agrees with foldText on every character it knows, alone and between letters', () => {
    for (const ch of characters) {
      expect(foldQuickly(ch), `U+${ch.codePointAt(0)?.toString(16)}`).toBe(foldText(ch));
      expect(foldQuickly(`a${ch}b`), `U+${ch.codePointAt(0)?.toString(16)}`).toBe(foldText(`a${ch}b`));
    }
  });

  it('agrees with foldText on 20,000 strings mixing those characters', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const length = 1 + Math.floor(next() * 12);
      for (let j = 0; j < length; j++) text += characters[Math.floor(next() * characters.length)];
      if (foldQuickly(text) !== foldText(text)) expect(foldQuickly(text), JSON.stringify(text)).toBe(foldText(text));
    }
  });
});

describe('toNfc', () => {
  it('composes decomposed Vietnamese and leaves composed text as it is', () => {
    expect(toNfc('Hà Nội'.normalize('NFD'))).toBe('Hà Nội');
    expect(toNfc('Hà Nội')).toBe('Hà Nội');
    expect(toNfc('\u212b')).toBe('\u00c5'); // the Angstrom sign is Å in NFC
  });

  it('gives what the normaliser gives for every character of its fast path and every pair of them', () => {
    const known = characters.slice(0, 0x370 + 0x100);
    for (const a of known)
      for (const b of known)
        if (toNfc(a + b) !== (a + b).normalize('NFC')) expect(toNfc(a + b)).toBe((a + b).normalize('NFC'));
  });
});
