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

/** Characters a string holds as they are: not a quote, a backslash or a control character. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON strings may not hold raw control characters; this stops at them.
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /[0-9a-fA-F]{4}/y;

/**
 * Finds the first place where `text` is not JSON (RFC 8259, as `JSON.parse` reads it), or undefined
 * when it is JSON. The browser's own message differs from engine to engine and is English only, so the
 * widgets locate the error themselves and say it in the page's language. Iterative, so deep nesting
 * cannot overflow the stack.
 *
 * @example jsonSyntaxError('{"a": 1,\n "b" 2}') // → { offset: 14, line: 2, column: 6, end: false }
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const open: ('{' | '[')[] = [];
  let i = 0;
  const skip = () => {
    for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(i)) i++;
  };
  const fail = () => at(text, Math.min(i, text.length));
  /** Reads a string from its opening quote; false where it breaks. */
  const string = (): boolean => {
    i++;
    while (i < text.length) {
      // Runs of plain characters in one step: a large file's error is found in a blink.
      PLAIN.lastIndex = i;
      PLAIN.test(text);
      i = PLAIN.lastIndex;
      const c = text[i];
      if (c === undefined) break;
      if (c === '"') {
        i++;
        return true;
      }
      if (c < ' ') return false;
      if (c === '\\') {
        const e = text[i + 1];
        if (e === undefined) {
          i = text.length;
          return false;
        }
        if (e === 'u') {
          HEX4.lastIndex = i + 2;
          if (!HEX4.test(text)) {
            i += 2;
            return false;
          }
          i += 6;
          continue;
        }
        if (!ESCAPES.has(e)) {
          i++;
          return false;
        }
        i += 2;
        continue;
      }
      i++;
    }
    return false;
  };
  /** Reads a value that is not an object or array; false where it breaks. */
  const scalar = (): boolean => {
    const c = text[i];
    if (c === '"') return string();
    const word = c === 't' ? 'true' : c === 'f' ? 'false' : c === 'n' ? 'null' : undefined;
    if (word) {
      // The error is at the first letter that differs: "tru}" breaks at "}".
      for (const letter of word) {
        if (text[i] !== letter) return false;
        i++;
      }
      return true;
    }
    return number();
  };
  /** Reads a number; false at the first character that breaks it ("1." at the end, "-x" at "x"). */
  const number = (): boolean => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (!digits()) return false;
    if (text[i] === '.') {
      i++;
      if (!digits()) return false;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!digits()) return false;
    }
    return true;
  };
  const digits = (): boolean => {
    const from = i;
    for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(i)) i++;
    return i > from;
  };
  // Each turn reads one value, then the commas and closing brackets after it.
  for (;;) {
    skip();
    const c = text[i];
    if (c === '{' || c === '[') {
      i++;
      skip();
      if (text[i] === (c === '{' ? '}' : ']')) i++;
      else {
        open.push(c);
        if (c === '{' && !key()) return fail();
        continue;
      }
    } else if (!scalar()) return fail();
    // After a value: the end of the text, or a comma or the closing bracket of what is open.
    for (;;) {
      skip();
      const top = open.at(-1);
      if (top === undefined) return i === text.length ? undefined : fail();
      if (text[i] === ',') {
        i++;
        if (top === '{' && !key()) return fail();
        break;
      }
      if (text[i] !== (top === '{' ? '}' : ']')) return fail();
      open.pop();
      i++;
    }
  }
  /** Reads `"key":` inside an object; false where it breaks. */
  function key(): boolean {
    skip();
    if (text[i] !== '"' || !string()) return false;
    skip();
    if (text[i] !== ':') return false;
    i++;
    return true;
  }
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
