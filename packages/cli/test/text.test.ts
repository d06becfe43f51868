import { describe, expect, it } from 'vitest';
import { escapeHtml, textTable } from '../src/text.js';

describe('textTable', () => {
  it('lays out 200,000 rows (a column is never spread into Math.max)', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [String(i + 1), i === 7 ? 'Xã Dài Nhất' : 'Xã']);
    const lines = textTable(['Hạng', 'Đơn vị'], rows, [true, false]).split('\n');
    expect(lines).toHaveLength(200_002);
    expect(lines[0]).toBe('  Hạng  Đơn vị');
    expect(lines[9]).toBe('     8  Xã Dài Nhất');
    expect(lines.at(-1)).toBe('200000  Xã');
  });

  it('shows a line break in a cell as a placeholder instead of breaking the row', () => {
    expect(textTable(['Đơn vị'], [['a\nb']], [false]).split('\n')).toEqual(['Đơn vị', '──────', 'a␊b']);
  });
});

describe('escapeHtml', () => {
  it('escapes markup and drops NUL, ESC and C1 characters', () => {
    expect(escapeHtml('<b a="1">\u0000x\u001b[2J\u009b&\'')).toBe('&lt;b a=&quot;1&quot;&gt;x[2J&amp;&#39;');
  });
});
