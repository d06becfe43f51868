import { jsonErrorOffset } from './json-scanner.js';
import type { Locale } from './locale.js';

/** Where JSON text first breaks the grammar: 1-based line and column, and whether the text ran out. */
export interface JsonSyntaxError {
  /** Position in the text, in UTF-16 code units from 0. */
  offset: number;
  line: number;
  /** Column in characters (code points) from 1, as an editor counts them. */
  column: number;
  /** The text ended where more was needed (an unclosed `{`, `[` or string). */
  end: boolean;
}

/**
 * Finds the first place where `text` is not JSON (RFC 8259, as `JSON.parse` reads it), or undefined
 * when it is JSON. The browser's own message differs from engine to engine and is English only, so the
 * widgets locate the error themselves and say it in the page's language.
 *
 * @example jsonSyntaxError('{"a": 1,\n "b" 2}') // → { offset: 14, line: 2, column: 6, end: false }
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const offset = jsonErrorOffset(text);
  return offset === undefined ? undefined : at(text, offset);
}

/** Line and column of an offset; an offset at the end of the text is where more was needed. */
function at(text: string, offset: number): JsonSyntaxError {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let k = before.indexOf('\n'); k !== -1; k = before.indexOf('\n', k + 1)) line++;
  return { offset, line, column: [...before.slice(lineStart)].length + 1, end: offset >= text.length };
}

/** The character found, as a reader can see it: `"}"`, or `U+FEFF` for one that prints as nothing. */
function shown(text: string, offset: number): string {
  const c = String.fromCodePoint(text.codePointAt(offset) as number);
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(c)
    ? `"${c}"`
    : `U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;
}

const SAY = {
  vi: {
    empty: (source: string) => `${source} trống: không có dữ liệu JSON`,
    end: (source: string, e: JsonSyntaxError) =>
      `${source} không phải JSON hợp lệ: dữ liệu dừng giữa chừng ở dòng ${e.line}, cột ${e.column} (thiếu dấu đóng } ] hoặc ")`,
    unexpected: (source: string, e: JsonSyntaxError, found: string) =>
      `${source} không phải JSON hợp lệ: lỗi cú pháp ở dòng ${e.line}, cột ${e.column} (gặp ${found})`,
    unknown: (source: string) => `${source} không phải JSON hợp lệ`,
  },
  en: {
    empty: (source: string) => `${source} is empty: there is no JSON in it`,
    end: (source: string, e: JsonSyntaxError) =>
      `${source} is not valid JSON: the text ends too early at line ${e.line}, column ${e.column} (a closing } ] or " is missing)`,
    unexpected: (source: string, e: JsonSyntaxError, found: string) =>
      `${source} is not valid JSON: syntax error at line ${e.line}, column ${e.column} (found ${found})`,
    unknown: (source: string) => `${source} is not valid JSON`,
  },
} satisfies Record<Locale, unknown>;

/**
 * Why `text`, read from `source` (a URL, or the inline block), is not JSON, in the page's language:
 * the line and column of the first error and the character found there, never the browser's message.
 *
 * @example notJsonMessage('{"a": 1,}', 'data.json', 'vi')
 * // → 'data.json không phải JSON hợp lệ: lỗi cú pháp ở dòng 1, cột 9 (gặp "}")'
 */
export function notJsonMessage(text: string, source: string, locale: Locale): string {
  const say = SAY[locale];
  if (text.trim() === '') return say.empty(source);
  const error = jsonSyntaxError(text);
  // The scanner agrees with JSON.parse on every text the tests give; should they ever differ, the
  // source is still named rather than a wrong place given.
  if (!error) return say.unknown(source);
  return error.end ? say.end(source, error) : say.unexpected(source, error, shown(text, error.offset));
}
