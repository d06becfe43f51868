import { describe, expect, it } from 'vitest';
import { labelIn } from '../../src/present.js';

const pillar = { vi: 'Chính quyền số', en: 'Digital government' };

describe('labelIn', () => {
  it('gives the Vietnamese label to a Vietnamese reader, even when an English one exists', () => {
    expect(labelIn(pillar, 'vi')).toBe('Chính quyền số');
  });

  it('gives the English label to an English reader', () => {
    expect(labelIn(pillar, 'en')).toBe('Digital government');
  });

  it('falls back to the Vietnamese label, diacritics kept, when the framework has no English', () => {
    expect(labelIn({ vi: 'Xã hội số' }, 'en')).toBe('Xã hội số');
    expect(labelIn({ vi: 'Kinh tế số', en: undefined }, 'en')).toBe('Kinh tế số');
  });
});
