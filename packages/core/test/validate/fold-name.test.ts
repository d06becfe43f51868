import { describe, expect, it } from 'vitest';
import { foldName } from '../../src/validate/fold-name.js';

/** The definition of folding, written out as the regular expressions it was first written with. */
const definition = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐÐð]/gu, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('foldName, letter by letter for Latin text', () => {
  it('folds Vietnamese names and headers to plain lower-case words', () => {
    expect(foldName('Tỷ lệ hồ sơ (%)')).toBe('ty le ho so');
    expect(foldName('  ĐÀ  NẴNG -- ')).toBe('da nang');
    expect(foldName('Ðồng Tháp')).toBe('dong thap');
    expect(foldName('Xã Phú Lộc 123')).toBe('xa phu loc 123');
    expect(foldName('')).toBe('');
    expect(foldName(' (%) ')).toBe('');
  });

  it('folds text typed on a Mac (NFD) and text beyond Latin as the definition does', () => {
    expect(foldName('Ha\u0300 No\u0323i')).toBe('ha noi');
    // Greek lower case depends on the letters around: a final sigma is ς.
    expect(foldName('ΟΔΟΣ Phú')).toBe('οδος phu');
    expect(foldName('HN\u200b')).toBe('hn');
  });

  it('gives what the definition gives for every Latin character, alone and inside a word', () => {
    const differ: string[] = [];
    for (const [from, to] of [
      [0, 0x250],
      [0x1e00, 0x1f00],
    ] as const)
      for (let c = from; c < to; c++) {
        const ch = String.fromCharCode(c);
        for (const text of [ch, `a${ch}b`, `Xã ${ch}.`])
          if (foldName(text) !== definition(text)) differ.push(`U+${c.toString(16)} in ${JSON.stringify(text)}`);
      }
    expect(differ).toEqual([]);
  });

  it('gives what the definition gives on 20,000 strings mixing Latin letters, marks and other scripts', () => {
    const characters: string[] = [];
    for (let c = 0; c < 0x370; c++) characters.push(String.fromCharCode(c));
    for (let c = 0x1e00; c < 0x1f00; c++) characters.push(String.fromCharCode(c));
    characters.push('Σ', 'ς', 'Н', '中', '😀', 'ﬁ', 'Å', '\u200b');
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const differ: string[] = [];
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const length = 1 + Math.floor(next() * 12);
      for (let j = 0; j < length; j++) text += characters[Math.floor(next() * characters.length)];
      if (foldName(text) !== definition(text)) differ.push(JSON.stringify(text));
    }
    expect(differ).toEqual([]);
  });
});
