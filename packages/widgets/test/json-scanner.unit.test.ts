import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../src/shared/json-scanner.js';

describe('the offset where JSON text breaks', () => {
  it.each([
    // text, offset: the character that breaks the grammar, or the text's length where it ran out
    ['', 0],
    ['[1 2]', 3],
    ['[1}', 2],
    ['[1,]', 3],
    ['[1] [2]', 4],
    ['{a:1}', 1],
    ['{"a" 1}', 5],
    ['{"a":1,}', 7],
    ['{"a":', 5],
    ['nul', 3],
    ['trux', 3],
    ['-x', 1],
    ['01', 1],
    ['1.e5', 2],
    ['1e+', 3],
    ['"abc', 4],
    ['"a\tb"', 2],
    ['"\\x"', 2],
    ['"\\u12G4"', 3],
    ['"\\', 2],
  ] as const)('%j breaks at %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('finds no break in JSON', () => {
    for (const text of [
      '{}',
      ' [ ] ',
      '{"a":{"b":[1,{}]}}',
      '1.5e3',
      '-0',
      '"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00E1"',
      '"Hà Nội"',
    ]) {
      expect(jsonErrorOffset(text), text).toBeUndefined();
      expect(() => JSON.parse(text), text).not.toThrow();
    }
  });

  it('walks deep nesting without recursion', () => {
    expect(jsonErrorOffset(`${'{"a":['.repeat(50_000)}${']}'.repeat(50_000)}`)).toBeUndefined();
    expect(jsonErrorOffset(`${'['.repeat(50_000)}}`)).toBe(50_000);
  });
});
