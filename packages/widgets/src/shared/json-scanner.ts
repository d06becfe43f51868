// The JSON grammar (RFC 8259, as `JSON.parse` reads it) walked one step at a time, to find where a text
// stops being JSON. Iterative, with the open brackets on a stack of its own, so deep nesting cannot
// overflow the call stack.
//
// The walk keeps its place in this module's variables rather than in an object: it runs from start to
// end without a pause, so two walks never overlap, and the minifier shortens local names where it
// would keep every member name of a class whole (0.2 KB on the classic script).

/** Characters a string holds as they are: not a quote, a backslash or a control character. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON strings may not hold raw control characters; this stops at them.
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /[0-9a-fA-F]{4}/y;

/** The text being walked. */
let text = '';
/** Where the walk has got to, in UTF-16 code units; where it stopped when the text breaks. */
let i = 0;
/** Arrays and objects open at `i`, innermost last. */
let open: ('{' | '[')[] = [];

/**
 * Offset (UTF-16 code units from 0) of the first character where `source` stops being JSON, the text's
 * length where it ended while more was needed (an unclosed `{`, `[` or string), or undefined when it is
 * JSON as `JSON.parse` reads it.
 *
 * @example jsonErrorOffset('[1 2]') // → 3, at "2"
 * @example jsonErrorOffset('{"a": [') // → 7, the end
 */
export function jsonErrorOffset(source: string): number | undefined {
  text = source;
  i = 0;
  open = [];
  const broken = walk() ? undefined : Math.min(i, text.length);
  // Nothing of a large text is kept once its answer is known.
  text = '';
  open = [];
  return broken;
}

/** Reads values and what follows them to the end of the text; false where the text breaks. */
function walk(): boolean {
  for (;;) {
    const depth = open.length;
    if (!value()) return false;
    // An array or object just opened: its first value comes next, not a comma or a closing bracket.
    if (open.length > depth) continue;
    // No comma after the value: either the end of the text with nothing open, or a break.
    if (!next()) return open.length === 0 && i === text.length;
  }
}

/**
 * Reads one value, or the opening of an array or object that holds something (it then stays on `open`)
 * and, in an object, its first key; false where it breaks.
 */
function value(): boolean {
  skip();
  const c = text[i];
  if (c !== '{' && c !== '[') return scalar();
  i++;
  skip();
  if (text[i] === (c === '{' ? '}' : ']')) {
    i++;
    return true;
  }
  open.push(c);
  return c === '[' || key();
}

/**
 * After a value: the closing brackets, then a comma and, in an object, the next key; true when another
 * value is to be read, false at the end of the text or where it breaks.
 */
function next(): boolean {
  for (;;) {
    skip();
    const top = open.at(-1);
    if (top === undefined) return false;
    if (text[i] === ',') {
      i++;
      return top === '[' || key();
    }
    if (text[i] !== (top === '{' ? '}' : ']')) return false;
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

/** Reads a value that is not an object or array; false where it breaks. */
function scalar(): boolean {
  const c = text[i];
  if (c === '"') return string();
  const word = c === 't' ? 'true' : c === 'f' ? 'false' : c === 'n' ? 'null' : undefined;
  if (!word) return number();
  // The error is at the first letter that differs: "tru}" breaks at "}".
  for (const letter of word) {
    if (text[i] !== letter) return false;
    i++;
  }
  return true;
}

/** Reads a string from its opening quote; false where it breaks. */
function string(): boolean {
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
      if (!escaped()) return false;
    } else i++;
  }
  return false;
}

/** Reads an escape from its backslash (`\n`, `\u00e1`); false where it breaks. */
function escaped(): boolean {
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
    return true;
  }
  if (!ESCAPES.has(e)) {
    i++;
    return false;
  }
  i += 2;
  return true;
}

/** Reads a number; false at the first character that breaks it ("1." at the end, "-x" at "x"). */
function number(): boolean {
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
}

/** Reads one or more digits; false when there is none. */
function digits(): boolean {
  const from = i;
  for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(i)) i++;
  return i > from;
}

/** Skips the white space JSON allows between tokens: space, line feed, carriage return, tab. */
function skip(): void {
  for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(i)) i++;
}
