import { describe, expect, it } from 'vitest';
import { jsonSyntaxError, notJsonMessage } from '../src/shared/json-syntax.js';

describe('where JSON text breaks', () => {
  it.each([
    // text, offset, line, column, ran out
    ['{"a": 1,}', 8, 1, 9, false],
    ['{"a": 1,\n "b" 2}', 14, 2, 6, false],
    ['{"tên": "Hà Nội"}x', 17, 1, 18, false],
    ['[1 2]', 3, 1, 4, false],
    ['{"a":tru}', 8, 1, 9, false],
    ['1.', 2, 1, 3, true],
    ['\uFEFF{}', 0, 1, 1, false],
    ['{"a": "b\nc"}', 8, 1, 9, false],
    ['{"kind": "dti-score-table", ', 28, 1, 29, true],
  ] as const)('%j: offset %i, line %i, column %i', (text, offset, line, column, end) => {
    expect(jsonSyntaxError(text)).toEqual({ offset, line, column, end });
    expect(() => JSON.parse(text)).toThrow();
  });

  it('finds nothing in JSON that JSON.parse reads', () => {
    for (const text of [
      '{}',
      '[]',
      '0',
      '-0.5E+3',
      '"\\u00e1\\n"',
      ' {"a": [true, false, null, {"b": []}]} ',
      '[[[[[[]]]]]]',
    ])
      expect(jsonSyntaxError(text), text).toBeUndefined();
  });

  it('is not undone by deep nesting', () => {
    expect(jsonSyntaxError(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBeUndefined();
    expect(jsonSyntaxError('['.repeat(100_000))?.end).toBe(true);
  });
});

describe('the sentence, in the page language', () => {
  it('names the source, line, column and the character found', () => {
    expect(notJsonMessage('{"a": 1,\n "b" 2}', 'du-lieu.json', 'vi')).toBe(
      'du-lieu.json không phải JSON hợp lệ: lỗi cú pháp ở dòng 2, cột 6 (gặp "2")',
    );
    expect(notJsonMessage('{"a": 1,\n "b" 2}', 'du-lieu.json', 'en')).toBe(
      'du-lieu.json is not valid JSON: syntax error at line 2, column 6 (found "2")',
    );
  });

  it('says an empty text is empty, and an invisible character by its code', () => {
    expect(notJsonMessage(' \n', 'a.json', 'vi')).toBe('a.json trống: không có dữ liệu JSON');
    expect(notJsonMessage('\uFEFF{}', 'a.json', 'en')).toBe(
      'a.json is not valid JSON: syntax error at line 1, column 1 (found U+FEFF)',
    );
  });
});
